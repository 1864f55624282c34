import { readFileSync } from "node:fs";
import type { Gazetteer } from "../resources/gazetteer.js";
import { dataDir, loadGazetteer, readGzJson } from "../resources/ner-data.js";
import { CLUSTERS_FILE, WordClusters, type ClusterData, type ClusterFeatureConfig } from "./clusters.js";
import { FEATURE_VERSION, isCapsSentence, isTitleCaseLine, NerFeatures } from "./features.js";
import { spansOf } from "./labels.js";
import { NerModel } from "./model.js";
import { acronyms, commonAcronyms } from "./rules/acronyms.js";
import { aliases, aliasTable, type AliasTable } from "./rules/aliases.js";
import { commonWords } from "./rules/common-words.js";
import { companyShortNames } from "./rules/companies.js";
import { demonyms } from "./rules/demonyms.js";
import { events } from "./rules/events.js";
import { gazetteerNames } from "./rules/gazetteer-names.js";
import { givenNames } from "./rules/given-names.js";
import { datelines } from "./rules/datelines.js";
import { theState } from "./rules/the-state.js";
import { possessiveNames } from "./rules/possessive-names.js";
import { headlineNames } from "./rules/headlines.js";
import { mediaNames } from "./rules/media.js";
import { modelSpans } from "./rules/model-spans.js";
import { nameTitles } from "./rules/name-titles.js";
import { people } from "./rules/people.js";
import { personShapes } from "./rules/person-shapes.js";
import { isCap, type TokenSpan } from "./rules/span.js";
import { sports } from "./rules/sports.js";
import { stateOrgs } from "./rules/state-orgs.js";
import { teams } from "./rules/teams.js";
import { numberedUnits } from "./rules/units.js";
import { leaders } from "./rules/leaders.js";
import { works } from "./rules/works.js";
import { theBody } from "./rules/the-body.js";
import { titleOrgs } from "./rules/title-orgs.js";
import { bracketedNationality } from "./rules/bracketed-nationality.js";
import { capsVerbs } from "./rules/caps-verbs.js";
import { cricket } from "./rules/cricket.js";
import { orgNouns } from "./rules/org-nouns.js";
import { vote } from "./rules/vote.js";

export type { TokenSpan } from "./rules/span.js";

// the data folder and the shared gazetteer live in src/resources (re-exported for the recogniser's scripts and tests)
export { dataDir, loadGazetteer, GAZETTEER_FILE, MODEL_FILE } from "../resources/ner-data.js";
import { MODEL_FILE } from "../resources/ner-data.js";

export function loadClusters(dir = dataDir()): WordClusters {
  return new WordClusters(readGzJson<ClusterData>(dir + CLUSTERS_FILE));
}

/** The word-cluster features a model was trained with (its header's info.clusters), or null. */
export function clusterConfigOf(model: NerModel): ClusterFeatureConfig | null {
  const c = model.header.info["clusters"] as ClusterFeatureConfig | undefined;
  return c && Array.isArray(c.word) && Array.isArray(c.context) ? c : null;
}

export function loadModel(dir = dataDir()): NerModel {
  const model = NerModel.deserialize(readFileSync(dir + MODEL_FILE));
  if (model.header.featureVersion !== FEATURE_VERSION)
    throw new Error(`NER model was trained with features v${model.header.featureVersion}, code has v${FEATURE_VERSION}: run npm run train`);
  return model;
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
    const model = loadModel(d);
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

  /** Mentions over the flattened token list of a document given as sentences of words: the model, then the rules in order. */
  tag(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): TokenSpan[] {
    const { spans, forms } = this.tagModel(doc, headlines);
    const gaz = this.gaz;
    const words = forms.flat();
    const sentOf: number[] = [];
    const sentStart: number[] = [];
    forms.forEach((s, i) => {
      sentStart.push(sentOf.length);
      s.forEach(() => sentOf.push(i));
    });
    const lower = words.map((w) => w.toLowerCase());
    let out = modelSpans(gaz, spans, words, lower);
    const cap = words.map((w) => isCap(w));
    const capsLine = doc.map((s) => isCapsSentence(s));
    if (capsLine.includes(true)) {
      const phraseWord = gaz.phraseTokens(lower);
      out = capsVerbs(gaz, out, lower, (i) => capsLine[sentOf[i]!] === true, (i) => phraseWord[i] === 1);
    }
    out = gazetteerNames(gaz, out, lower, cap, forms, sentStart, capsLine);
    out = events(out, words, lower, cap, forms, sentStart);
    mediaNames(gaz, out, words, lower, sentOf);
    orgNouns(gaz, out, words, lower, sentOf);
    companyShortNames(gaz, out, words, lower);
    out = aliases(this.aliasTable, out, words, cap, forms, sentStart);
    out = teams(gaz, out, words, lower, cap, forms, sentStart);
    out = sports(gaz, out, words, lower, cap, forms, sentStart);
    bracketedNationality(gaz, out, words, lower, sentOf);
    out = cricket(gaz, out, words, lower, sentOf);
    out = people(gaz, out, words, lower, cap, sentOf, sentStart);
    leaders(gaz, out, words, lower);
    out = commonWords(out, words, lower, sentOf, sentStart);
    out = works(out, words, lower, sentOf);
    theBody(gaz, out, words, lower, sentOf, sentStart);
    titleOrgs(gaz, out, words, lower, sentOf);
    vote(out, lower);
    givenNames(gaz, out, words, lower, cap, sentOf);
    numberedUnits(out, words, sentOf);
    possessiveNames(gaz, out, words, lower, sentOf);
    out.sort((x, y) => x.start - y.start);
    // owner[i]: index in out of the span covering token i (-1: none), kept up to date by the next three rules
    const owner = new Int32Array(words.length).fill(-1);
    out.forEach((x, i) => owner.fill(i, x.start, x.end));
    nameTitles(gaz, out, owner, words, lower, sentOf);
    acronyms(out, owner, words);
    demonyms(gaz, out, owner, words, lower, sentOf);
    out = out.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    out = commonAcronyms(gaz, out, words, lower);
    out = stateOrgs(gaz, out, words, lower, sentOf);
    out = personShapes(gaz, out, words, lower);
    out = theState(out, words, lower, sentOf);
    out = datelines(gaz, out, doc.flat(), lower, sentStart, doc.map((x) => x.length)).sort((a, b) => a.start - b.start);
    return headlineNames(out, lower, cap, forms, sentStart, headlines && doc.map((s, i) => headlines[i] === true && isTitleCaseLine(s) && !capsLine[i]));
  }
}
