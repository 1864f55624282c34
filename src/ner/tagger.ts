import { readFileSync } from "node:fs";
import type { Gazetteer } from "../resources/gazetteer.js";
import { cachedImage } from "../resources/image.js";
import { dataDir, loadGazetteer } from "../resources/ner-data.js";
import { loadClusters, WordClusters, type ClusterFeatureConfig } from "./clusters.js";
import { FEATURE_VERSION, isCapsSentence, NerFeatures } from "./features.js";
import { spansOf } from "./labels.js";
import { NerModel, type SharedNerModel } from "./model.js";
import { aliasTable, type AliasTable } from "./rules/aliases.js";
import { selectRules } from "./rules/index.js";
import { runRules, SpanSet, type DroppedSpan, type NerContext, type NerRule } from "./rules/rule.js";
import { isCap, type TokenSpan } from "./rules/span.js";

export type { TokenSpan } from "./rules/span.js";

// the data folder and the shared gazetteer live in src/resources (re-exported for the recogniser's scripts and tests)
export { dataDir, loadGazetteer, GAZETTEER_FILE, MODEL_FILE } from "../resources/ner-data.js";
export { loadClusters } from "./clusters.js";
import { MODEL_FILE } from "../resources/ner-data.js";

/** The word-cluster features a model was trained with (its header's info.clusters), or null. */
export function clusterConfigOf(model: NerModel): ClusterFeatureConfig | null {
  const c = model.header.info["clusters"] as ClusterFeatureConfig | undefined;
  return c && Array.isArray(c.word) && Array.isArray(c.context) ? c : null;
}

/** A model another thread loaded on shared memory (adoptModel), by its folder: loadModel of that folder returns it. */
let adopted: { dir: string; model: NerModel } | null = null;

const inference = new Map<string, NerModel>();

/**
 * The model in `dir`. `{ shared: true }`: for inference (emission tables on shared memory, without the
 * dense weights that serialising needs), loaded once per process and folder, from its load image when there
 * is one (src/resources/image.ts: the built tables of an earlier process instead of gunzip and table
 * building); the entities stage reads this one. Without: the file as it is, with everything serialize() writes.
 */
export function loadModel(dir = dataDir(), opts: { shared?: boolean } = {}): NerModel {
  if (adopted && adopted.dir === dir) return adopted.model;
  const file = dir + MODEL_FILE;
  const read = (o: { shared?: boolean }) => {
    const model = NerModel.deserialize(readFileSync(file), o);
    if (model.header.featureVersion !== FEATURE_VERSION)
      throw new Error(`NER model was trained with features v${model.header.featureVersion}, code has v${FEATURE_VERSION}: run npm run train`);
    return model;
  };
  if (!opts.shared) return read(opts);
  let model = inference.get(dir);
  if (!model) inference.set(dir, (model = NerModel.fromShared(cachedImage("ner-model", [file], () => read({ shared: true }).share()))));
  return model;
}

/** The model of `dir` for worker threads: its emission tables loaded once, on shared memory (about 3 MB instead of 10 per thread). */
export function shareModel(dir = dataDir()): SharedNerModel & { dir: string } {
  return { dir, ...loadModel(dir, { shared: true }).share() };
}

/** On a worker thread: the model shareModel built (on another thread) becomes what loadModel of its folder returns. */
export function adoptModel(s: SharedNerModel & { dir: string }): void {
  adopted = { dir: s.dir, model: NerModel.fromShared(s) };
}

/**
 * Named-entity tagger for whole documents: an averaged-perceptron BILOU model over rich lexical, shape,
 * gazetteer and document-level features, followed by rules for what rules do better (src/ner/rules/, word
 * lists in src/ner/words.ts).
 */
export class EntityTagger {
  readonly features: NerFeatures;
  /** Well-known names (src/nlp/link/aliases.ts) with the type of their group. */
  private readonly aliasTable: AliasTable;

  constructor(
    readonly model: NerModel,
    readonly gaz: Gazetteer,
    clusters: WordClusters | null = null,
  ) {
    // (tests of the rules pass no model)
    const cfg = model ? clusterConfigOf(model) : null;
    if (cfg && !clusters) throw new Error("this NER model was trained with word clusters: pass them (loadClusters)");
    this.features = new NerFeatures(gaz, clusters, cfg);
    this.aliasTable = aliasTable(gaz);
  }

  static load(dir?: string): EntityTagger {
    const d = dir ?? dataDir();
    const model = loadModel(d, { shared: true });
    // word clusters are read only by a model trained with them
    const clusters = clusterConfigOf(model) ? loadClusters(d) : null;
    return new EntityTagger(model, loadGazetteer(d), clusters);
  }

  /** Model spans (token indices into the flattened document), coarse types, and the truecased words. */
  tagModel(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): { spans: Array<{ start: number; end: number; type: number }>; forms: string[][] } {
    const ex = this.features.extract(doc, headlines);
    const labels = this.model.tag(ex);
    return { spans: spansOf(labels, 0, ex.n), forms: ex.forms };
  }

  /**
   * Mentions over the flattened token list of a document given as sentences of words: the model, then the
   * rules in order (src/ner/rules/index.ts; `rules` picks them, default: the default pack). With `explain`,
   * every span carries its edit `trail` and `dropped` lists what the rules removed.
   */
  tag(doc: readonly (readonly string[])[], headlines?: readonly boolean[], options: { rules?: readonly NerRule[]; explain?: boolean; dropped?: DroppedSpan[] } = {}): TokenSpan[] {
    const { spans: model, forms } = this.tagModel(doc, headlines);
    const words = forms.flat();
    const sentOf: number[] = [];
    const sentStart: number[] = [];
    forms.forEach((s, i) => {
      sentStart.push(sentOf.length);
      s.forEach(() => sentOf.push(i));
    });
    const spans = new SpanSet(words.length, options.explain === true);
    const ctx: NerContext = {
      gaz: this.gaz,
      aliasTable: this.aliasTable,
      doc,
      forms,
      words,
      lower: words.map((w) => w.toLowerCase()),
      cap: words.map((w) => isCap(w)),
      sentOf,
      sentStart,
      capsLine: doc.map((s) => isCapsSentence(s)),
      headlines,
      model,
      spans,
    };
    const out = runRules(options.rules ?? DEFAULT_RULES, ctx);
    if (options.dropped) options.dropped.push(...spans.dropped);
    return out;
  }
}

const DEFAULT_RULES = selectRules();
