import { fmix, hashString } from "../learn/hash.js";
import { loadClusters, type WordClusters } from "../ner/clusters.js";

/** Lower case with every digit as 0, so numbers share features. */
export function normWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, "0");
}

/** Word shape with runs collapsed: "McCain" -> "XxXx", "1,200" -> "d,d", "U.S." -> "X.X.". */
export function shapeOf(form: string): string {
  let out = "";
  let last = "";
  for (const ch of form.length > 40 ? form.slice(0, 40) : form) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Hashes of the word-level feature values of a sentence, computed once per sentence. */
export interface WordHashes {
  n: number;
  /** normalised word */
  w: Int32Array;
  /** form as written */
  form: Int32Array;
  shape: Int32Array;
  /** suffixes of length 1..4 and prefixes of length 1..3 of the normalised word: suf[i * 4 + k - 1] */
  suf: Int32Array;
  pre: Int32Array;
  /** hashes of the Brown cluster path prefixes (CLUSTER_PREFIXES) of the word: cp[i * 4 + k]; NO_CLUSTER for all four when the word has none */
  cp: Int32Array;
}

/** Path prefix lengths of the word clusters read by the syntax model (0 = the whole path). */
export const CLUSTER_PREFIXES = [4, 6, 10, 0] as const;
export const NO_CLUSTER = 0x3c6ef372;

let clusters: { cl: WordClusters; hashes: Int32Array } | null = null;

/** The Brown clusters of the entity model (src/ner/clusters.ts, learnt from open news text), loaded once. */
function wordClusters(): { cl: WordClusters; hashes: Int32Array } {
  if (!clusters) {
    const cl = loadClusters();
    clusters = { cl, hashes: cl.prefixHashes(CLUSTER_PREFIXES) };
  }
  return clusters;
}

/** Cluster id of a form: as written, else lower-cased (the clustering counted words in their usual case); -1 if none. */
export function clusterOf(form: string, cl: WordClusters = wordClusters().cl): number {
  const c = cl.id(form);
  return c >= 0 ? c : cl.id(form.toLowerCase());
}

/**
 * Hashes of a form already seen, in one slab: w, form, shape, suf[4], pre[3], cp[4] at slot * MEMO_WIDTH
 * (20,000 forms hold 94% of the lookups on news, scripts/cache-hits.ts; as objects with three arrays each
 * they cost 9 MB of a worker's heap, as a slab 1 MB).
 */
const MEMO_WIDTH = 14;
const MEMO_MAX = 20_000;
const memoSlot = new Map<string, number>();
const memo = new Int32Array(MEMO_MAX * MEMO_WIDTH);

export function wordHashes(forms: readonly string[]): WordHashes {
  const n = forms.length;
  const h: WordHashes = { n, w: new Int32Array(n), form: new Int32Array(n), shape: new Int32Array(n), suf: new Int32Array(n * 4), pre: new Int32Array(n * 3), cp: new Int32Array(n * 4) };
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    let s = memoSlot.get(f);
    if (s === undefined) {
      if (memoSlot.size >= MEMO_MAX) memoSlot.clear();
      s = memoSlot.size;
      const o = s * MEMO_WIDTH;
      const w = normWord(f);
      memo[o] = hashString(w);
      memo[o + 1] = hashString(f);
      memo[o + 2] = hashString(shapeOf(f));
      for (let k = 1; k <= 4; k++) memo[o + 2 + k] = hashString(w.length > k ? w.slice(-k) : "^" + w);
      for (let k = 1; k <= 3; k++) memo[o + 6 + k] = hashString(w.length > k ? w.slice(0, k) : w + "$");
      const { cl, hashes } = wordClusters();
      const c = clusterOf(f, cl);
      for (let k = 0; k < 4; k++) memo[o + 10 + k] = c < 0 ? NO_CLUSTER : hashes[c * 4 + k]!;
      memoSlot.set(f, s);
    }
    const o = s * MEMO_WIDTH;
    h.w[i] = memo[o]!;
    h.form[i] = memo[o + 1]!;
    h.shape[i] = memo[o + 2]!;
    for (let k = 0; k < 4; k++) h.suf[i * 4 + k] = memo[o + 3 + k]!;
    for (let k = 0; k < 3; k++) h.pre[i * 3 + k] = memo[o + 7 + k]!;
    for (let k = 0; k < 4; k++) h.cp[i * 4 + k] = memo[o + 10 + k]!;
  }
  return h;
}

/** Hash of a pair of values, for templates combining more than the key functions take. */
export function pair(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) ^ b) | 0);
}
