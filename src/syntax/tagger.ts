import { key1, key2, key3 } from "../learn/hash.js";
import type { SparseLinear } from "../learn/sparse.js";
import { wordHashes, type WordHashes } from "./words.js";

/** Feature keys of a greedy left-to-right tagger at token i, given the classes of the tokens before it. */
export const TAGGER_FEATURES = 30;
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
