// npm run clusters: Brown word clusters (Brown et al. 1992, with the windowed algorithm of Liang 2005) learned
// from OPEN unlabelled news text only: the text of GMB train (Voice of America, public domain) and GUM news
// train (Wikinews, CC BY 2.5). Never CoNLL-2003, never a dev set, never re3d.
//
// Writes src/ner/data/clusters.json.gz: word -> bit-string path in the merge tree. Deterministic: the same
// input gives a byte-identical file (ties broken by index, words ordered by count then by code units).
//
// usage: npx tsx scripts/ner/clusters.ts [--clusters 256] [--min-count 3]
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tokenize } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { isCapsSentence, isTitleCaseLine } from "../../src/ner/features.js";
import { CLUSTERS_FILE, type ClusterData } from "../../src/ner/clusters.js";

export interface BrownOptions {
  /** number of active clusters (the window): the leaves of the hierarchy */
  clusters: number;
  /** words seen fewer times are left out (no cluster) */
  minCount: number;
  /** progress callback */
  log?: (m: string) => void;
  /** check every kept loss against one computed from scratch (slow: for tests on tiny texts) */
  verify?: boolean;
}

export interface BrownResult {
  /** vocabulary, most frequent first */
  words: string[];
  counts: number[];
  /** bit-string path of each word's cluster */
  paths: string[];
}

/** Code-unit order, independent of locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Brown clustering over sentences of words (no bigrams across sentences). The C most frequent words start as
 * C clusters; each further word (in order of frequency) becomes cluster C+1 and then the two clusters whose
 * merge loses the least average mutual information between adjacent clusters are merged. When every word is
 * in, the C clusters are merged down to one; that last sequence of merges is the binary tree whose paths
 * (0 = left, 1 = right) name the clusters. The loss of every pair is kept up to date in O(1) per pair after
 * each merge (Liang 2005, section 3.2), so a step costs O(C^2) and the whole run O(V C^2).
 *
 * As in Liang's wcluster, cluster marginals are the clusters' unigram counts. Logs are read from a table of
 * log(n) for integer counts n, since every quantity is an integer count.
 */
export function brownClusters(sentences: readonly (readonly string[])[], opts: BrownOptions): BrownResult {
  const log = opts.log ?? ((): void => {});
  // ---- vocabulary ----
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()].filter(([, c]) => c >= opts.minCount).sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([w]) => w);
  const V = words.length;
  const idOf = new Map<string, number>();
  words.forEach((w, i) => idOf.set(w, i));
  const count = new Float64Array(V);
  for (let i = 0; i < V; i++) count[i] = freq.get(words[i]!)!;
  // ---- bigrams between kept words, as adjacency lists (right neighbours and left neighbours) ----
  const big = new Map<number, number>();
  let total = 0;
  for (const s of sentences) {
    let prev = -1;
    for (const w of s) {
      const id = idOf.get(w) ?? -1;
      if (prev >= 0 && id >= 0) big.set(prev * V + id, (big.get(prev * V + id) ?? 0) + 1);
      prev = id;
      total++;
    }
  }
  const rightOf: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  const leftOf: Array<Array<[number, number]>> = Array.from({ length: V }, () => []);
  for (const [k, c] of [...big.entries()].sort((a, b) => a[0] - b[0])) {
    const u = Math.floor(k / V);
    const v = k - u * V;
    rightOf[u]!.push([v, c]);
    leftOf[v]!.push([u, c]);
  }
  log(`${V} words (count >= ${opts.minCount}) of ${freq.size}, ${big.size} distinct bigrams, ${total} tokens`);
  if (V === 0) return { words: [], counts: [], paths: [] };

  // ---- log table ----
  const lg = new Float64Array(total + 2);
  for (let i = 1; i < lg.length; i++) lg[i] = Math.log(i);

  const C = Math.min(opts.clusters, V);
  const S = C + 1; // slots: C active clusters + the new word
  const n = new Float64Array(S * S); // n[i*S+j]: bigram count (cluster i, cluster j)
  const cnt = new Float64Array(S);
  const alive = new Uint8Array(S);
  const qs = new Float64Array(S * S); // q(i,j)+q(j,i), q(i,i) on the diagonal
  const rowSum = new Float64Array(S); // all terms of Q that involve cluster i
  const M = new Float64Array(S * S); // for i<j: the terms of Q that would involve the merged cluster ij
  const members: number[][] = Array.from({ length: S }, () => []);
  const slotOf = new Int32Array(V).fill(-1);

  const q = (nn: number, ca: number, cb: number): number => (nn > 0 ? nn * (lg[nn]! - lg[ca]! - lg[cb]!) : 0);
  const qsPair = (i: number, j: number): number => (i === j ? q(n[i * S + i]!, cnt[i]!, cnt[i]!) : q(n[i * S + j]!, cnt[i]!, cnt[j]!) + q(n[j * S + i]!, cnt[i]!, cnt[j]!));
  /** Qs(ij, x): the terms between the would-be merge of i and j and another cluster x */
  const qsMerged = (i: number, j: number, x: number): number => {
    const ca = cnt[i]! + cnt[j]!;
    const cb = cnt[x]!;
    return q(n[i * S + x]! + n[j * S + x]!, ca, cb) + q(n[x * S + i]! + n[x * S + j]!, ca, cb);
  };
  const mFresh = (i: number, j: number): number => {
    let s = 0;
    for (let x = 0; x < S; x++) if (alive[x] && x !== i && x !== j) s += qsMerged(i, j, x);
    const ca = cnt[i]! + cnt[j]!;
    return s + q(n[i * S + i]! + n[i * S + j]! + n[j * S + i]! + n[j * S + j]!, ca, ca);
  };
  const loss = (i: number, j: number): number => rowSum[i]! + rowSum[j]! - qs[i * S + j]! - M[i * S + j]!;

  /** Puts word w into the free slot f: counts with the clusters present, then all tables. */
  /** Recomputes slot f's pair terms (qs, rowSum) and the merge terms M of every pair with f, after f changed. */
  const refreshSlot = (f: number): void => {
    let r = 0;
    for (let x = 0; x < S; x++) {
      if (!alive[x]) continue;
      const v = qsPair(f, x);
      qs[f * S + x] = v;
      qs[x * S + f] = v;
      r += v;
      if (x !== f) rowSum[x]! += v;
    }
    rowSum[f] = r;
    for (let x = 0; x < S; x++) {
      if (!alive[x] || x === f) continue;
      const i = Math.min(x, f);
      const j = Math.max(x, f);
      M[i * S + j] = mFresh(i, j);
    }
  };
  const addWord = (w: number, f: number): void => {
    alive[f] = 1;
    cnt[f] = count[w]!;
    members[f] = [w];
    slotOf[w] = f;
    for (let x = 0; x < S; x++) {
      n[f * S + x] = 0;
      n[x * S + f] = 0;
    }
    for (const [v, c] of rightOf[w]!) if (slotOf[v]! >= 0) n[f * S + slotOf[v]!]! += c;
    for (const [u, c] of leftOf[w]!) if (slotOf[u]! >= 0 && u !== w) n[slotOf[u]! * S + f]! += c;
    // pairs of other clusters: their would-be merges gain the terms with the new cluster
    for (let i = 0; i < S; i++) {
      if (!alive[i] || i === f) continue;
      for (let j = i + 1; j < S; j++) if (alive[j] && j !== f) M[i * S + j]! += qsMerged(i, j, f);
    }
    refreshSlot(f);
  };

  /** Q from scratch, with clusters i and j merged when i >= 0 (verification only) */
  const qTotal = (i: number, j: number): number => {
    const live = [...alive.keys()].filter((x) => alive[x] && x !== j);
    const nn = (x: number, y: number): number => {
      const xs = x === i ? [i, j] : [x];
      const ys = y === i ? [i, j] : [y];
      let s = 0;
      for (const a of xs) for (const b of ys) s += n[a * S + b]!;
      return s;
    };
    const c = (x: number): number => (x === i ? cnt[i]! + cnt[j]! : cnt[x]!);
    let s = 0;
    for (const x of live) for (const y of live) s += q(nn(x, y), c(x), c(y));
    return s;
  };
  const verify = (): void => {
    const base = qTotal(-1, -1);
    for (let i = 0; i < S; i++) for (let j = i + 1; j < S; j++) {
      if (!alive[i] || !alive[j]) continue;
      const want = base - qTotal(i, j);
      const got = loss(i, j);
      if (Math.abs(want - got) > 1e-6 * (1 + Math.abs(want))) throw new Error(`loss(${i},${j}) = ${got}, from scratch ${want}`);
    }
  };

  /** The pair of live clusters whose merge loses least (first in index order on ties). */
  const bestPair = (): [number, number] => {
    if (opts.verify) verify();
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < S; i++) {
      if (!alive[i]) continue;
      const ri = rowSum[i]!;
      for (let j = i + 1; j < S; j++) {
        if (!alive[j]) continue;
        const l = ri + rowSum[j]! - qs[i * S + j]! - M[i * S + j]!;
        if (l < best) {
          best = l;
          bi = i;
          bj = j;
        }
      }
    }
    return [bi, bj];
  };

  /** Merges clusters a and b: the result stays in `keep` (a or b), the other slot is freed and returned. */
  const merge = (a: number, b: number, keep: number): number => {
    const gone = keep === a ? b : a;
    // update the would-be merges of other pairs: the terms with a and with b become terms with ab
    const ca = cnt[a]! + cnt[b]!;
    for (let i = 0; i < S; i++) {
      if (!alive[i] || i === a || i === b) continue;
      for (let j = i + 1; j < S; j++) {
        if (!alive[j] || j === a || j === b) continue;
        const cd = cnt[i]! + cnt[j]!;
        const nIa = n[i * S + a]! + n[j * S + a]!;
        const nIb = n[i * S + b]! + n[j * S + b]!;
        const naI = n[a * S + i]! + n[a * S + j]!;
        const nbI = n[b * S + i]! + n[b * S + j]!;
        M[i * S + j]! +=
          q(nIa + nIb, cd, ca) + q(naI + nbI, cd, ca) - q(nIa, cd, cnt[a]!) - q(naI, cd, cnt[a]!) - q(nIb, cd, cnt[b]!) - q(nbI, cd, cnt[b]!);
      }
    }
    // rows: the terms of each other cluster with a and b are replaced by its terms with ab
    for (let x = 0; x < S; x++) {
      if (!alive[x] || x === a || x === b) continue;
      rowSum[x]! -= qs[x * S + a]! + qs[x * S + b]!;
    }
    // counts of the merged cluster in slot `keep`
    const aa = n[a * S + a]! + n[a * S + b]! + n[b * S + a]! + n[b * S + b]!;
    for (let x = 0; x < S; x++) {
      if (x === a || x === b) continue;
      const out = n[a * S + x]! + n[b * S + x]!;
      const inn = n[x * S + a]! + n[x * S + b]!;
      n[keep * S + x] = out;
      n[x * S + keep] = inn;
      n[gone * S + x] = 0;
      n[x * S + gone] = 0;
    }
    n[keep * S + keep] = aa;
    n[gone * S + gone] = 0;
    n[gone * S + keep] = 0;
    n[keep * S + gone] = 0;
    cnt[keep] = ca;
    cnt[gone] = 0;
    alive[gone] = 0;
    const moved = members[gone]!;
    for (const w of moved) {
      members[keep]!.push(w);
      slotOf[w] = keep;
    }
    members[gone] = [];
    refreshSlot(keep);
    return gone;
  };

  // ---- the first C words, each its own cluster ----
  for (let w = 0; w < C; w++) {
    alive[w] = 1;
    cnt[w] = count[w]!;
    members[w] = [w];
    slotOf[w] = w;
  }
  for (let w = 0; w < C; w++) {
    for (const [v, c] of rightOf[w]!) if (v < C) n[w * S + v]! += c;
  }
  for (let i = 0; i < C; i++) {
    let r = 0;
    for (let j = 0; j < C; j++) {
      const v = qsPair(i, j);
      qs[i * S + j] = v;
      r += v;
    }
    rowSum[i] = r;
  }
  for (let i = 0; i < C; i++) for (let j = i + 1; j < C; j++) M[i * S + j] = mFresh(i, j);

  // ---- every further word: add as a cluster, merge the best pair ----
  let free = C;
  const t0 = Date.now();
  for (let w = C; w < V; w++) {
    addWord(w, free);
    const [a, b] = bestPair();
    // the larger cluster keeps its slot (fewer words to relabel)
    free = merge(a, b, members[a]!.length >= members[b]!.length ? a : b);
    if ((w - C) % 2000 === 0 && w > C) log(`  ${w}/${V} words, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }

  // ---- the C clusters merged down to one: the hierarchy ----
  const node = new Int32Array(S).fill(-1); // tree node of each live slot
  const left: number[] = [];
  const right: number[] = [];
  const leafOf: number[] = []; // leaf node -> slot
  for (let s = 0; s < S; s++) {
    if (!alive[s]) continue;
    node[s] = left.length;
    left.push(-1);
    right.push(-1);
    leafOf.push(s);
  }
  const leafMembers = leafOf.map((s) => members[s]!.slice());
  let liveCount = leafOf.length;
  while (liveCount > 1) {
    const [a, b] = bestPair();
    const id = left.length;
    left.push(node[a]!);
    right.push(node[b]!);
    merge(a, b, a);
    node[a] = id;
    node[b] = -1;
    liveCount--;
  }
  // ---- paths ----
  const paths = new Array<string>(V).fill("");
  const root = left.length - 1;
  const stack: Array<[number, string]> = [[root, ""]];
  while (stack.length) {
    const [x, p] = stack.pop()!;
    if (left[x]! < 0) {
      for (const w of leafMembers[x]!) paths[w] = p === "" ? "0" : p;
      continue;
    }
    stack.push([right[x]!, p + "1"]);
    stack.push([left[x]!, p + "0"]);
  }
  log(`clustered in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { words, counts: Array.from(count), paths };
}

/**
 * Sentences of words as the tagger sees them, written forms kept: sentence-initial words and the words of
 * all-caps or Title-Case lines take their usual form (the most frequent form of the word elsewhere, away from
 * a sentence start), so "The" at the start of a sentence counts as "the" and "IRAQ" in a headline as "Iraq".
 */
export function normaliseCasing(sentences: ReadonlyArray<{ words: readonly string[]; headline: boolean }>): string[][] {
  const caseless = sentences.map((s) => isCapsSentence(s.words) || (s.headline && isTitleCaseLine(s.words)));
  const forms = new Map<string, Map<string, number>>();
  sentences.forEach((s, k) => {
    if (caseless[k]) return;
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i]!;
      const lw = w.toLowerCase();
      let m = forms.get(lw);
      if (!m) forms.set(lw, (m = new Map()));
      m.set(w, (m.get(w) ?? 0) + 1);
    }
  });
  const usual = new Map<string, string>();
  for (const [lw, m] of forms) {
    let best = "";
    let bc = -1;
    for (const [w, c] of m) if (c > bc || (c === bc && cmp(w, best) < 0)) [best, bc] = [w, c];
    usual.set(lw, best);
  }
  return sentences.map((s, k) =>
    s.words.map((w, i) => {
      if (!caseless[k] && i > 0) return w;
      // the first word with a letter counts as the sentence start (after an opening quote or bracket)
      if (!caseless[k] && s.words.slice(0, i).some((x) => /\p{L}/u.test(x))) return w;
      return usual.get(w.toLowerCase()) ?? w;
    }),
  );
}

/** The open training text as sentences of tokens: GMB train lines and GUM news train documents. */
export function openText(bench: string): Array<{ words: string[]; headline: boolean }> {
  const out: Array<{ words: string[]; headline: boolean }> = [];
  const read = (p: string): Array<{ text: string }> =>
    readFileSync(p, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string });
  // GMB: one line is one sentence (as scripts/ner/data.ts reads it)
  for (const d of read(bench + "gmb/train.jsonl")) out.push({ words: tokenize(d.text).map((t) => t.text), headline: false });
  // GUM news: lines, split into sentences; the first line of a document is its headline
  for (const d of read(bench + "gum_news/train.jsonl")) {
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    let first = true;
    while ((m = re.exec(d.text)) !== null) {
      const toks = tokenize(d.text, m.index, m.index + m[0].length);
      for (const [a, b] of splitSentences(toks)) out.push({ words: toks.slice(a, b).map((t) => t.text), headline: first });
      first = false;
    }
  }
  return out;
}

/** The shipped file: clusters ordered by path, words of a cluster by count then code units. */
export function clusterData(r: BrownResult, meta: ClusterData["meta"]): ClusterData {
  const byPath = new Map<string, number[]>();
  r.paths.forEach((p, w) => {
    const l = byPath.get(p);
    if (l) l.push(w);
    else byPath.set(p, [w]);
  });
  const paths = [...byPath.keys()].sort(cmp);
  return {
    meta,
    paths,
    words: paths.map((p) =>
      byPath
        .get(p)!
        .sort((a, b) => r.counts[b]! - r.counts[a]! || cmp(r.words[a]!, r.words[b]!))
        .map((w) => r.words[w]!)
        .join(" "),
    ),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, def: number): number => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : def;
  };
  const C = arg("--clusters", Number(process.env["NER_CLUSTERS_C"] ?? 256));
  const minCount = arg("--min-count", Number(process.env["NER_CLUSTERS_MIN"] ?? 3));
  const bench = process.env["NEWSFACTS_BENCHMARKS"] ?? fileURLToPath(new URL("../../../shared/benchmarks/", import.meta.url));
  const out = fileURLToPath(new URL("../../src/ner/data/" + CLUSTERS_FILE, import.meta.url));
  const t0 = Date.now();
  const log = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const raw = openText(bench);
  const sentences = normaliseCasing(raw);
  log(`${sentences.length} sentences of open text (gmb/train, gum_news/train)`);
  const r = brownClusters(sentences, { clusters: C, minCount, log });
  const data = clusterData(r, { algorithm: "brown-liang2005", clusters: C, minCount, words: r.words.length, tokens: sentences.reduce((a, s) => a + s.length, 0), sources: ["gmb/train.jsonl text (VOA, public domain)", "gum_news/train.jsonl text (Wikinews, CC BY 2.5)"] });
  const gz = gzipSync(Buffer.from(JSON.stringify(data)), { level: 9 });
  writeFileSync(out, gz);
  log(`${data.paths.length} clusters, ${r.words.length} words, ${(gz.length / 1024).toFixed(0)} KB gzipped -> ${out}`);
}
