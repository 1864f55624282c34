import { hashString } from "../learn/hash.js";
import { OnlineLinear } from "../learn/online.js";
import { rng, trainEpochs } from "../learn/rng.js";
import type { TreeSentence } from "./conllu.js";
import { Lemmatiser } from "./lemma.js";
import { SyntaxModel } from "./model.js";
import { LABEL_FEATURES, labelKeys, PARSER_FEATURES, parserKeys, parseInput, ParseState, projectivise, SHIFT, TRANSITIONS } from "./parser.js";
import { TAGGER_FEATURES, taggerKeys, tagWith } from "./tagger.js";
import { wordHashes } from "./words.js";

export interface TrainOptions {
  /** passes of the parser over the data */
  epochs: number;
  /** passes of the tagger */
  tagEpochs: number;
  /** averaged weights below this magnitude are dropped from the shipped model */
  prune: number;
  seed: number;
  /**
   * parser training reads tags of the training sentences from taggers trained on the other folds
   * (jack-knifing in this many folds; 0 or absent: the final tagger's tags, as accurate as on seen text)
   */
  jackknife?: number;
  /** from this parser epoch on, a wrong prediction is followed 9 times in 10 (dynamic-oracle exploration) */
  exploreFrom?: number;
  /** hears the end of each parser epoch with the model as it stands (for progress reports) */
  onEpoch?: (epoch: number, model: () => SyntaxModel) => void;
  log?: (message: string) => void;
}

/** The lemmatiser of a treebank (gold forms, Penn tags and lemmas); it reads nothing else, so it can be retrained alone. */
export function trainLemmatiser(train: readonly TreeSentence[]): Lemmatiser {
  return Lemmatiser.train(train.flatMap((s) => s.forms.map((form, i) => ({ form, lemma: s.lemmas[i]!, xpos: s.xpos[i]! }))));
}

/** Parser-side heads of a gold sentence: 0-based, n = ROOT (CoNLL-U: 0 = root, i + 1 = word i). */
export function parserHeads(s: TreeSentence): Int32Array {
  const n = s.forms.length;
  const h = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) h[i] = s.heads[i] === 0 ? n : s.heads[i]! - 1;
  h[n] = -1;
  return h;
}

/**
 * Trains the tagger (greedy, its own previous predictions as features), the lemmatiser (edit scripts) and
 * the parser (arc-hybrid with the dynamic oracle of Goldberg & Nivre, over the tagger's own tags as at run
 * time; the relation of each correct arc learnt by a second model) with the shared averaged perceptron
 * (src/learn). The same data, options and seed give the same model.
 */
export function trainSyntax(train: readonly TreeSentence[], opts: TrainOptions): SyntaxModel {
  const log = opts.log ?? (() => {});
  const rand = rng(opts.seed);
  const items = train.filter((s) => s.forms.length > 0);
  const tags = [...new Set(items.flatMap((s) => s.upos.map((u, i) => `${u}\t${s.xpos[i]}`)))].sort();
  const labels = [...new Set(items.flatMap((s) => s.deprels))].sort();
  if (!labels.includes("root")) labels.push("root");
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelId.get("root")!;
  log(`${items.length} sentences, ${tags.length} tags, ${labels.length} relations`);
  const keys = new Int32Array(Math.max(TAGGER_FEATURES, PARSER_FEATURES, LABEL_FEATURES));
  const scores = new Float32Array(Math.max(tags.length, labels.length, TRANSITIONS));
  const best = (L: number, skip = -1) => {
    let b = -1;
    for (let l = 0; l < L; l++) if (l !== skip && (b < 0 || scores[l]! > scores[b]!)) b = l;
    return b;
  };

  // 1. tagger
  const trainTagger = (data: TreeSentence[], r: () => number, name: string) => {
    const tagger = new OnlineLinear(tags.length);
    trainEpochs(data, opts.tagEpochs, r, (s) => {
      const h = wordHashes(s.forms);
      let p1 = -1;
      let p2 = -1;
      for (let i = 0; i < s.forms.length; i++) {
        const k = taggerKeys(h, i, p1, p2, keys);
        tagger.score(keys, k, scores);
        const pred = best(tags.length);
        tagger.update(keys, k, tagId.get(`${s.upos[i]}\t${s.xpos[i]}`)!, pred);
        tagger.tick();
        p2 = p1;
        p1 = pred;
      }
    }, (e) => log(`${name} epoch ${e}`));
    return tagger.toSparse(opts.prune);
  };
  const taggerModel = trainTagger([...items], rand, "tagger");
  // tags the parser learns from: jack-knifed (each fold tagged by a tagger that never saw it) or the final tagger's
  const folds = opts.jackknife ?? 0;
  const trainTags = new Map<TreeSentence, Uint16Array>();
  for (let f = 0; f < folds; f++) {
    const m = trainTagger(items.filter((_, i) => i % folds !== f), rng(opts.seed + f + 1), `jack-knife tagger ${f + 1}/${folds}`);
    items.forEach((s, i) => {
      if (i % folds === f) trainTags.set(s, tagWith(m, s.forms));
    });
  }

  // 2. lemmatiser
  const lemmatiser = trainLemmatiser(items);

  // 3. parser and relation model
  const tagHash = Int32Array.from(tags, (t) => hashString(t));
  const inputs = new Map<TreeSentence, ReturnType<typeof parseInput>>();
  const inputOf = (s: TreeSentence) => {
    let x = inputs.get(s);
    if (!x) {
      const h = wordHashes(s.forms);
      x = parseInput(h, Array.from(trainTags.get(s) ?? tagWith(taggerModel, s.forms, h), (c) => tagHash[c]!));
      inputs.set(s, x);
    }
    return x;
  };
  const parser = new OnlineLinear(TRANSITIONS);
  const labeler = new OnlineLinear(labels.length);
  const exploreFrom = opts.exploreFrom ?? 2;
  const costs = new Float64Array(TRANSITIONS);
  const step = (s: TreeSentence, epoch: number) => {
    const n = s.forms.length;
    const x = inputOf(s);
    const goldHeads = parserHeads(s);
    const gold = projectivise(goldHeads);
    const st = new ParseState(n);
    while (!st.done) {
      const k = parserKeys(x, st, keys);
      parser.score(keys, k, scores);
      let zero = -1;
      let pred = -1;
      for (let t = 0; t < TRANSITIONS; t++) {
        costs[t] = st.cost(t, gold);
        if (costs[t]! >= 1e9) continue;
        if (pred < 0 || scores[t]! > scores[pred]!) pred = t;
        if (costs[t] === 0 && (zero < 0 || scores[t]! > scores[zero]!)) zero = t;
      }
      if (zero < 0) zero = pred;
      if (costs[pred]! > 0) parser.update(keys, k, zero, pred);
      parser.tick();
      const follow = epoch >= exploreFrom && costs[pred]! > 0 && rand() < 0.9 ? pred : zero;
      let label = -1;
      if (follow !== SHIFT) {
        const [h, d] = st.arc(follow)!;
        if (h === n) label = rootLabel;
        else {
          const kl = labelKeys(x, st, h, d, keys);
          labeler.score(keys, kl, scores);
          const lp = best(labels.length, rootLabel);
          if (goldHeads[d] === h) {
            const lg = labelId.get(s.deprels[d]!)!;
            labeler.update(keys, kl, lg, lp);
            labeler.tick();
            label = lg;
          } else label = lp;
        }
      }
      st.apply(follow, label);
    }
  };
  const build = () =>
    new SyntaxModel(tags, labels, lemmatiser.tables!, taggerModel, parser.toSparse(opts.prune), labeler.toSparse(opts.prune), {
      epochs: opts.epochs,
      tagEpochs: opts.tagEpochs,
      jackknife: folds,
      seed: opts.seed,
      prune: opts.prune,
    });
  trainEpochs([...items], opts.epochs, rand, step, (e) => opts.onEpoch?.(e, build));
  return build();
}
