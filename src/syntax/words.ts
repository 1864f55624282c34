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

const memo = new Map<string, { w: number; form: number; shape: number; suf: number[]; pre: number[]; cp: number[] }>();

export function wordHashes(forms: readonly string[]): WordHashes {
  const n = forms.length;
  const h: WordHashes = { n, w: new Int32Array(n), form: new Int32Array(n), shape: new Int32Array(n), suf: new Int32Array(n * 4), pre: new Int32Array(n * 3), cp: new Int32Array(n * 4) };
  for (let i = 0; i < n; i++) {
    const f = forms[i]!;
    let m = memo.get(f);
    if (!m) {
      const w = normWord(f);
      const suf: number[] = [];
      const pre: number[] = [];
      for (let k = 1; k <= 4; k++) suf.push(hashString(w.length > k ? w.slice(-k) : "^" + w));
      for (let k = 1; k <= 3; k++) pre.push(hashString(w.length > k ? w.slice(0, k) : w + "$"));
      const { cl, hashes } = wordClusters();
      const c = clusterOf(f, cl);
      const cp = c < 0 ? [NO_CLUSTER, NO_CLUSTER, NO_CLUSTER, NO_CLUSTER] : Array.from(hashes.subarray(c * 4, c * 4 + 4));
      m = { w: hashString(w), form: hashString(f), shape: hashString(shapeOf(f)), suf, pre, cp };
      // 20,000 forms hold 94% of the lookups on news (scripts/cache-hits.ts), and a worker's heap stays small
      if (memo.size > 20_000) memo.clear();
      memo.set(f, m);
    }
    h.w[i] = m.w;
    h.form[i] = m.form;
    h.shape[i] = m.shape;
    for (let k = 0; k < 4; k++) h.suf[i * 4 + k] = m.suf[k]!;
    for (let k = 0; k < 3; k++) h.pre[i * 3 + k] = m.pre[k]!;
    for (let k = 0; k < 4; k++) h.cp[i * 4 + k] = m.cp[k]!;
  }
  return h;
}

/** Hash of a pair of values, for templates combining more than the key functions take. */
export function pair(a: number, b: number): number {
  return fmix((Math.imul(a, 0x9e3779b1) ^ b) | 0);
}
