import { key1, key2, key3 } from "../learn/hash.js";
import type { SparseLinear } from "../learn/sparse.js";
import { wordHashes, type WordHashes } from "./words.js";

/** Feature keys of a greedy left-to-right tagger at token i, given the classes of the tokens before it. */
export const TAGGER_FEATURES = 38;
const NONE = 0x5bd1e995;
const START = 0x27d4eb2f;

export function taggerKeys(h: WordHashes, i: number, prev1: number, prev2: number, out: Int32Array): number {
  const n = h.n;
  const w = h.w;
  const at = (a: Int32Array, j: number): number => (j < 0 ? START : j >= n ? NONE : a[j]!);
  const wi = w[i]!;
  const p1 = prev1 + 1;
  const p2 = prev2 + 1;
  const s3 = h.suf[i * 4 + 2]!;
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, wi);
  out[k++] = key1(2, h.form[i]!);
  for (let s = 0; s < 4; s++) out[k++] = key1(3 + s, h.suf[i * 4 + s]!);
  for (let s = 0; s < 3; s++) out[k++] = key1(7 + s, h.pre[i * 3 + s]!);
  out[k++] = key1(10, h.shape[i]!);
  // Brown cluster path prefixes of the word (4, 6, 10, whole)
  for (let c = 0; c < 4; c++) out[k++] = key1(30 + c, h.cp[i * 4 + c]!);
  out[k++] = key1(11, at(w, i - 1));
  out[k++] = key1(12, at(w, i + 1));
  out[k++] = key1(13, at(w, i - 2));
  out[k++] = key1(14, at(w, i + 2));
  out[k++] = key1(15, i > 0 ? h.suf[(i - 1) * 4 + 2]! : START);
  out[k++] = key1(16, i + 1 < n ? h.suf[(i + 1) * 4 + 2]! : NONE);
  out[k++] = key1(17, p1);
  out[k++] = key2(18, p1, p2);
  out[k++] = key2(19, p1, wi);
  out[k++] = key2(20, at(w, i - 1), wi);
  out[k++] = key2(21, wi, at(w, i + 1));
  out[k++] = key2(22, p1, s3);
  out[k++] = key1(23, at(h.shape, i + 1));
  out[k++] = key1(24, at(h.shape, i - 1));
  out[k++] = key2(25, i === 0 ? 1 : 0, h.shape[i]!);
  out[k++] = key2(26, p1, at(w, i + 1));
  out[k++] = key3(27, p1, wi, at(w, i + 1));
  out[k++] = key2(28, at(w, i + 1), i + 2 < n ? h.suf[(i + 2) * 4 + 2]! : NONE);
  out[k++] = key2(29, wi, i + 1 < n ? h.suf[(i + 1) * 4 + 1]! : NONE);
  // clusters of the words at -1 and +1 (prefix 4 and whole path)
  out[k++] = key1(34, i > 0 ? h.cp[(i - 1) * 4]! : START);
  out[k++] = key1(35, i + 1 < n ? h.cp[(i + 1) * 4]! : NONE);
  out[k++] = key1(36, i > 0 ? h.cp[(i - 1) * 4 + 3]! : START);
  out[k++] = key1(37, i + 1 < n ? h.cp[(i + 1) * 4 + 3]! : NONE);
  return k;
}

/** Greedy tagging with a linear model: class indices per token. */
export function tagWith(model: SparseLinear, forms: readonly string[], h: WordHashes = wordHashes(forms)): Uint16Array {
  const n = forms.length;
  const out = new Uint16Array(n);
  const keys = new Int32Array(TAGGER_FEATURES);
  const scores = new Float32Array(model.L);
  for (let i = 0; i < n; i++) {
    const k = taggerKeys(h, i, i > 0 ? out[i - 1]! : -1, i > 1 ? out[i - 2]! : -1, keys);
    model.score(keys, 0, k, scores);
    let best = 0;
    for (let l = 1; l < model.L; l++) if (scores[l]! > scores[best]!) best = l;
    out[i] = best;
  }
  return out;
}

/**
 * What the tagger keeps per word form, in slot `s` of two slabs (one typed array each, not two small typed
 * arrays per form: 20,000 forms cost 15.3 MB of heap that way, 9.7 MB this way with the model's 108 tag
 * classes): prefix[s * L .. s * L + L), the
 * scores of keys 0..14 of taggerKeys (bias and the word's own features) summed in that order, and
 * where[s * WHERE .. s * WHERE + WHERE), the slot values (SparseLinear.whereOf) of the keys the word makes as a
 * neighbour: templates 11..16, 23, 24, 25 (first or not), 34..37.
 */
const WHERE = 14;

const NB = [11, 12, 13, 14, 15, 16, 23, 24] as const;
/** the cluster templates of the words at -1 / +1 (34..37): START before the sentence, NONE after */
const NB_CLUSTER = [34, 35, 36, 37] as const;
/** keys 0 .. PREFIX - 1 of taggerKeys depend on the word form alone */
const PREFIX = 15;
const MAX_FORMS = 20_000;

/**
 * Greedy tagging as tagWith, faster: the weights of the features that depend on one word form only are
 * looked up once per form (bounded cache) and those of the previous tags once per model. Scores are summed
 * per class in taggerKeys' order into a Float32Array exactly as SparseLinear.score does (the features of
 * the word itself, keys 0..14, come first, so their sum is one cached prefix), hence the same tags bit for bit.
 */
export class FastTagger {
  /** form -> slot in prefix and where; emptied, between sentences, when a sentence's new forms would not fit */
  private readonly forms = new Map<string, number>();
  private prefix: Float32Array;
  private where: Int32Array;
  private readonly keys = new Int32Array(TAGGER_FEATURES);
  private readonly scores: Float32Array;
  /** slot values of key1(17, p1) at p1 and key2(18, p1, p2) at p1 * 109 + p2 (-1 = not looked up yet) */
  private readonly prevWhere: Int32Array;
  private readonly edgeWhere: Int32Array;

  /** `capacity`: forms kept before the cache starts over (a sentence with more new forms grows it) */
  constructor(
    private readonly model: SparseLinear,
    capacity = MAX_FORMS,
  ) {
    if (model.dense) throw new Error("tagger: sparse model expected");
    this.scores = new Float32Array(model.L);
    this.prefix = new Float32Array(capacity * model.L);
    this.where = new Int32Array(capacity * WHERE);
    const P = model.L + 1;
    this.prevWhere = new Int32Array(P + P * P).fill(-1);
    // START / NONE neighbours at templates 11..16, 23, 24 (in NB order): START before the sentence, NONE after
    this.edgeWhere = Int32Array.from([START, NONE, START, NONE, START, NONE, NONE, START, START, NONE, START, NONE], (v, j) =>
      model.whereOf(key1(j < NB.length ? NB[j]! : NB_CLUSTER[j - NB.length]!, v)),
    );
  }

  /** Makes room for n new forms: starts the cache over when they might not fit, grows the slabs for a longer sentence. */
  private reserve(n: number): void {
    if (this.forms.size + n <= this.where.length / WHERE) return;
    this.forms.clear();
    if (n * WHERE > this.where.length) {
      this.prefix = new Float32Array(n * this.model.L);
      this.where = new Int32Array(n * WHERE);
    }
  }

  /** The slot of a form, filled the first time. */
  private entry(f: string, h: WordHashes, i: number): number {
    let s = this.forms.get(f);
    if (s !== undefined) return s;
    s = this.forms.size;
    const m = this.model;
    const base = s * m.L;
    const v = this.prefix;
    v.fill(0, base, base + m.L);
    const keys = this.keys;
    taggerKeys(h, i, -1, -1, keys);
    for (let k = 0; k < PREFIX; k++) m.addWhere(m.whereOf(keys[k]!), v, base);
    const w = h.w[i]!;
    const s3 = h.suf[i * 4 + 2]!;
    const sh = h.shape[i]!;
    const where = this.where;
    const o = s * WHERE;
    where[o] = m.whereOf(key1(11, w));
    where[o + 1] = m.whereOf(key1(12, w));
    where[o + 2] = m.whereOf(key1(13, w));
    where[o + 3] = m.whereOf(key1(14, w));
    where[o + 4] = m.whereOf(key1(15, s3));
    where[o + 5] = m.whereOf(key1(16, s3));
    where[o + 6] = m.whereOf(key1(23, sh));
    where[o + 7] = m.whereOf(key1(24, sh));
    where[o + 8] = m.whereOf(key2(25, 0, sh));
    where[o + 9] = m.whereOf(key2(25, 1, sh));
    where[o + 10] = m.whereOf(key1(34, h.cp[i * 4]!));
    where[o + 11] = m.whereOf(key1(35, h.cp[i * 4]!));
    where[o + 12] = m.whereOf(key1(36, h.cp[i * 4 + 3]!));
    where[o + 13] = m.whereOf(key1(37, h.cp[i * 4 + 3]!));
    this.forms.set(f, s);
    return s;
  }

  private prev(p1: number, p2: number, two: boolean): number {
    const P = this.model.L + 1;
    const j = two ? P + p1 * P + p2 : p1;
    let x = this.prevWhere[j]!;
    if (x < 0) this.prevWhere[j] = x = this.model.whereOf(two ? key2(18, p1, p2) : key1(17, p1));
    return x;
  }

  tag(forms: readonly string[], h: WordHashes = wordHashes(forms)): Uint16Array {
    const n = forms.length;
    const out = new Uint16Array(n);
    const m = this.model;
    const L = m.L;
    const sc = this.scores;
    const w = h.w;
    this.reserve(n);
    const ents = new Int32Array(n);
    for (let i = 0; i < n; i++) ents[i] = this.entry(forms[i]!, h, i) * WHERE;
    const pre = this.prefix;
    const W = this.where;
    // the context features without previous tags, looked up for every token first (independent loads)
    const ctx = new Int32Array(4 * n);
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      const wp1 = i + 1 < n ? w[i + 1]! : NONE;
      ctx[4 * i] = m.whereOf(key2(20, i > 0 ? w[i - 1]! : START, wi));
      ctx[4 * i + 1] = m.whereOf(key2(21, wi, wp1));
      ctx[4 * i + 2] = m.whereOf(key2(28, wp1, i + 2 < n ? h.suf[(i + 2) * 4 + 2]! : NONE));
      ctx[4 * i + 3] = m.whereOf(key2(29, wi, i + 1 < n ? h.suf[(i + 1) * 4 + 1]! : NONE));
    }
    const edge = this.edgeWhere;
    for (let i = 0; i < n; i++) {
      const e = ents[i]!;
      // offsets of the neighbours' slots in W (-1: no such neighbour)
      const em1 = i > 0 ? ents[i - 1]! : -1;
      const ep1 = i + 1 < n ? ents[i + 1]! : -1;
      const em2 = i > 1 ? ents[i - 2]! : -1;
      const ep2 = i + 2 < n ? ents[i + 2]! : -1;
      const p1 = (i > 0 ? out[i - 1]! : -1) + 1;
      const p2 = (i > 1 ? out[i - 2]! : -1) + 1;
      const wi = w[i]!;
      const wp1 = i + 1 < n ? w[i + 1]! : NONE;
      const pb = (e / WHERE) * L;
      for (let l = 0; l < L; l++) sc[l] = pre[pb + l]!;
      m.addWhere(em1 >= 0 ? W[em1]! : edge[0]!, sc, 0); // 11: w[i-1]
      m.addWhere(ep1 >= 0 ? W[ep1 + 1]! : edge[1]!, sc, 0); // 12: w[i+1]
      m.addWhere(em2 >= 0 ? W[em2 + 2]! : edge[2]!, sc, 0); // 13: w[i-2]
      m.addWhere(ep2 >= 0 ? W[ep2 + 3]! : edge[3]!, sc, 0); // 14: w[i+2]
      m.addWhere(em1 >= 0 ? W[em1 + 4]! : edge[4]!, sc, 0); // 15: suf3[i-1]
      m.addWhere(ep1 >= 0 ? W[ep1 + 5]! : edge[5]!, sc, 0); // 16: suf3[i+1]
      m.addWhere(this.prev(p1, 0, false), sc, 0); // 17
      m.addWhere(this.prev(p1, p2, true), sc, 0); // 18
      m.addWhere(m.whereOf(key2(19, p1, wi)), sc, 0);
      m.addWhere(ctx[4 * i]!, sc, 0); // 20
      m.addWhere(ctx[4 * i + 1]!, sc, 0); // 21
      m.addWhere(m.whereOf(key2(22, p1, h.suf[i * 4 + 2]!)), sc, 0);
      m.addWhere(ep1 >= 0 ? W[ep1 + 6]! : edge[6]!, sc, 0); // 23: shape[i+1]
      m.addWhere(em1 >= 0 ? W[em1 + 7]! : edge[7]!, sc, 0); // 24: shape[i-1]
      m.addWhere(W[e + (i === 0 ? 9 : 8)]!, sc, 0); // 25
      m.addWhere(m.whereOf(key2(26, p1, wp1)), sc, 0);
      m.addWhere(m.whereOf(key3(27, p1, wi, wp1)), sc, 0);
      m.addWhere(ctx[4 * i + 2]!, sc, 0); // 28
      m.addWhere(ctx[4 * i + 3]!, sc, 0); // 29
      m.addWhere(em1 >= 0 ? W[em1 + 10]! : edge[8]!, sc, 0); // 34: cluster prefix 4 of i-1
      m.addWhere(ep1 >= 0 ? W[ep1 + 11]! : edge[9]!, sc, 0); // 35: of i+1
      m.addWhere(em1 >= 0 ? W[em1 + 12]! : edge[10]!, sc, 0); // 36: whole cluster path of i-1
      m.addWhere(ep1 >= 0 ? W[ep1 + 13]! : edge[11]!, sc, 0); // 37: of i+1
      let best = 0;
      for (let l = 1; l < L; l++) if (sc[l]! > sc[best]!) best = l;
      out[i] = best;
    }
    return out;
  }
}
