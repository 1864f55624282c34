// npm run train: builds the gazetteers and trains the NER model from open data only (GMB train, GUM news
// train), writing src/ner/data/{gazetteers.json.gz,ner-model.bin.gz}, then scores the dev sets and writes
// MODEL_CARD.md. CoNLL-2003 is never read here except by the dev-set evaluation at the end.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { loadGmb, loadGum, type TrainDoc, type TrainSentence } from "./ner/data.js";
import { buildGazetteers, demonymsAndTitles } from "./ner/build-gazetteers.js";
import { Gazetteer } from "../src/ner/gazetteer.js";
import { FEATURE_VERSION, NerFeatures } from "../src/ner/features.js";
import { allowed, allowedEnd, labelName, labelOf, NER_TYPES, NUM_LABELS, partOf, typeOf } from "../src/ner/labels.js";
import { NerModel } from "../src/ner/model.js";
import { GAZETTEER_FILE, MODEL_FILE, loadClusters } from "../src/ner/tagger.js";
import { CLUSTERS_FILE, DEFAULT_CLUSTER_FEATURES, type ClusterFeatureConfig } from "../src/ner/clusters.js";
import { evaluateAll, modelCard } from "./ner/evaluate.js";
import { rng, trainEpochs } from "../src/learn/rng.js";
import { KeyCounter, Perceptron } from "../src/learn/perceptron.js";

const BENCH = process.env["NEWSFACTS_BENCHMARKS"] ?? fileURLToPath(new URL("../../shared/benchmarks/", import.meta.url));
const SHIPPED = fileURLToPath(new URL("../src/ner/data/", import.meta.url));
// NER_OUT: write the gazetteers and model to another folder (experiments; the word clusters are copied there)
const OUT = process.env["NER_OUT"] ? process.env["NER_OUT"].replace(/\/?$/, "/") : SHIPPED;
// NER_GMB_RAW=1: GMB's own spans and types, uncleaned (titles stay in person spans, no place -> organisation fixes), for
// the GMB-native reference run (scripts/ner/gmb-native.ts); never for the shipped model
const GMB_RAW = process.env["NER_GMB_RAW"] === "1";
if (GMB_RAW && OUT === SHIPPED) throw new Error("NER_GMB_RAW=1 trains a reference model: set NER_OUT to a folder of its own");
const EPOCHS = Number(process.env["NER_EPOCHS"] ?? 6);
const MIN_COUNT = Number(process.env["NER_MIN_COUNT"] ?? 1);
const PRUNE = Number(process.env["NER_PRUNE"] ?? 1.5);
const L = NUM_LABELS;
const t0 = Date.now();
const log = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

const rand = rng(20261129);

// ---- data ----
const cleaner = demonymsAndTitles();
const gmb = GMB_RAW ? loadGmb(BENCH + "gmb/train.jsonl", { titles: new Set(), demonyms: new Set() }, true) : loadGmb(BENCH + "gmb/train.jsonl", cleaner);
const gum = loadGum(BENCH + "gum_news_ne/train.jsonl", cleaner);
log(`GMB ${gmb.length} sentences, GUM ${gum.length} documents`);

const personFirst = new Map<string, number>();
const per = NER_TYPES.indexOf("PER");
for (const s of [...gmb, ...gum.flatMap((d) => d.sentences)]) {
  for (let i = 0; i + 1 < s.words.length; i++) {
    const lab = s.labels[i]!;
    if (typeOf(lab) === per && partOf(lab) === 0) personFirst.set(s.words[i]!, (personFirst.get(s.words[i]!) ?? 0) + 1);
  }
}
const gazData = buildGazetteers([...gmb, ...gum.flatMap((d) => d.sentences)], personFirst);
mkdirSync(OUT, { recursive: true });
writeFileSync(OUT + GAZETTEER_FILE, gzipSync(Buffer.from(JSON.stringify(gazData)), { level: 9 }));
log(`gazetteers: ${Object.entries(gazData.lists).map(([k, v]) => `${k} ${v.length}`).join(", ")}; casing ${gazData.casing.lower.length + gazData.casing.title.length + gazData.casing.upper.length + gazData.casing.mixed.length}`);
const gaz = new Gazetteer(gazData);

// GMB lines are consecutive sentences of VOA stories: group them into pseudo-documents of 1..40 sentences
// so document-level features see real context; some sentences are upper-cased to teach headline handling.
const docs: TrainDoc[] = [];
for (let i = 0; i < gmb.length; ) {
  const size = rand() < 0.2 ? 1 : 1 + Math.floor(rand() * 40);
  docs.push({ id: `gmb-${i}`, sentences: gmb.slice(i, i + size) });
  i += size;
}
for (let k = 0; k < Number(process.env["NER_GUM_COPIES"] ?? 5); k++) for (const d of gum) docs.push({ id: `${d.id}#${k}`, sentences: d.sentences });
// datelines ("BELGRADE 1996-08-30", "Paris, March 3"): prepended to some documents, naming a place the story names
const geo = NER_TYPES.indexOf("GEO");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
for (const d of docs) {
  if (d.sentences.length < 4 || rand() > 0.2) continue;
  let place: string[] | null = null;
  for (const s of d.sentences) {
    for (let i = 0; i < s.words.length && !place; i++) {
      if (s.labels[i] === labelOf(geo, 3)) place = [s.words[i]!];
      else if (s.labels[i] === labelOf(geo, 0)) {
        let j = i + 1;
        while (j < s.words.length && s.labels[j] === labelOf(geo, 1)) j++;
        if (s.labels[j] === labelOf(geo, 2)) place = s.words.slice(i, j + 1);
      }
    }
    if (place) break;
  }
  if (!place) continue;
  const words = rand() < 0.6 ? place.map((w) => w.toUpperCase()) : [...place];
  const labels = words.map((_, i) => labelOf(geo, words.length === 1 ? 3 : i === 0 ? 0 : i === words.length - 1 ? 2 : 1));
  const r = rand();
  const day = String(1 + Math.floor(rand() * 28));
  const tail = r < 0.4 ? [String(1990 + Math.floor(rand() * 36)), "-", String(1 + Math.floor(rand() * 12)).padStart(2, "0"), "-", day.padStart(2, "0")] : r < 0.8 ? [",", MONTHS[Math.floor(rand() * 12)]!, day] : [];
  d.sentences.unshift({ words: [...words, ...tail], labels: [...labels, ...tail.map(() => 0)] });
}
const upper = (s: TrainSentence): TrainSentence => ({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels });
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "from", "as"]);
const titleCase = (s: TrainSentence): TrainSentence => ({
  words: s.words.map((w) => (SMALL.has(w) || !/^\p{Ll}/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))),
  labels: s.labels,
  headline: true,
});
for (const d of docs) {
  d.sentences = d.sentences.map((s, i) => {
    if ((i === 0 && d.sentences.length > 3 && rand() < 0.25) || rand() < 0.03) return upper(s);
    if ((i === 0 || (i === 1 && d.sentences[0]!.words.length < 8)) && d.sentences.length > 3 && rand() < 0.2) return titleCase(s);
    return s;
  });
}

// ---- features ----
// word clusters (npm run clusters): on unless NER_CLUSTERS=0; prefix lengths from NER_CLUSTER_WORD / NER_CLUSTER_CONTEXT
const lengths = (v: string | undefined, def: number[]): number[] => (v === undefined ? def : v.split(",").filter((x) => x.trim() !== "").map(Number));
const clusterCfg: ClusterFeatureConfig | null =
  process.env["NER_CLUSTERS"] === "0"
    ? null
    : {
        word: lengths(process.env["NER_CLUSTER_WORD"], DEFAULT_CLUSTER_FEATURES.word),
        context: lengths(process.env["NER_CLUSTER_CONTEXT"], DEFAULT_CLUSTER_FEATURES.context),
        ...(process.env["NER_CLUSTER_SHAPE"] !== undefined ? { shape: process.env["NER_CLUSTER_SHAPE"] === "1" } : DEFAULT_CLUSTER_FEATURES.shape !== undefined ? { shape: DEFAULT_CLUSTER_FEATURES.shape } : {}),
      };
if (clusterCfg && !existsSync(SHIPPED + CLUSTERS_FILE)) throw new Error(`${SHIPPED + CLUSTERS_FILE} missing: run npm run clusters first (or NER_CLUSTERS=0)`);
if (clusterCfg && OUT !== SHIPPED) copyFileSync(SHIPPED + CLUSTERS_FILE, OUT + CLUSTERS_FILE);
const clusters = clusterCfg ? loadClusters(OUT) : null;
if (clusters) log(`word clusters: ${clusters.size} clusters of ${clusters.data.meta.words} words; prefixes ${JSON.stringify(clusterCfg)}`);
const fx = new NerFeatures(gaz, clusters, clusterCfg);
interface Prepared {
  keys: Int32Array;
  offs: Int32Array;
  sentStarts: Int32Array;
  gold: Uint8Array;
  forced: Uint8Array;
}
/** Makes a label sequence valid BILOU again after some labels were set to O. */
function repairBilou(g: Uint8Array): void {
  for (let i = 0; i < g.length; i++) {
    const lab = g[i]!;
    if (lab === 0) continue;
    const t = typeOf(lab);
    const p = partOf(lab);
    const prevOpen = i > 0 && g[i - 1]! !== 0 && typeOf(g[i - 1]!) === t && (partOf(g[i - 1]!) === 0 || partOf(g[i - 1]!) === 1);
    const nextCont = i + 1 < g.length && g[i + 1]! !== 0 && typeOf(g[i + 1]!) === t && (partOf(g[i + 1]!) === 1 || partOf(g[i + 1]!) === 2);
    const want = prevOpen ? (nextCont ? 1 : 2) : nextCont ? 0 : 3;
    if (want !== p) g[i] = labelOf(t, want);
  }
}
const prepared: Prepared[] = [];
let tokens = 0;
for (const d of docs) {
  const ex = fx.extract(d.sentences.map((s) => s.words), d.sentences.map((s) => s.headline === true));
  const gold = new Uint8Array(ex.n);
  let t = 0;
  for (const s of d.sentences) for (const l of s.labels) gold[t++] = l;
  // forced-outside tokens are O at run time: a gold name containing one is cut there (rare annotation noise)
  for (let i = 0; i < ex.n; i++) if (ex.forced[i]) gold[i] = 0;
  repairBilou(gold);
  prepared.push({ keys: ex.keys.slice(), offs: ex.offs, sentStarts: ex.sentStarts, gold, forced: ex.forced });
  tokens += ex.n;
}
log(`features extracted for ${tokens} tokens in ${docs.length} documents`);

// count keys, keep those seen MIN_COUNT times
const counter = new KeyCounter();
for (const p of prepared) counter.count(p.keys);
const used = counter.distinct;
const rowKeys = counter.rows(MIN_COUNT);
const R = rowKeys.length;
log(`${used} distinct features, ${R} kept (count >= ${MIN_COUNT})`);
// keys -> rows, dropping rare features
const rowsOf: Array<{ rows: Int32Array; offs: Int32Array }> = prepared.map((p) => counter.mapRows(p.keys, p.offs));
counter.release();

// ---- averaged structured perceptron ----
const emission = new Perceptron(L, R);
const W = emission.W;
// transitions: one weight per (prev+1)*(L+1) + (next+1); -1 = boundary
const transition = new Perceptron(1, (L + 1) * (L + 1));
const T = transition.W;
const allowedT = new Uint8Array((L + 1) * (L + 1));
for (let p = -1; p < L; p++) for (let q = -1; q < L; q++) {
  allowedT[(p + 1) * (L + 1) + q + 1] = q === -1 ? (p === -1 ? 0 : allowedEnd(p) ? 1 : 0) : allowed(p, q) ? 1 : 0;
}
const em = new Float32Array(512 * L);
const score = new Float64Array(512 * L);
const back = new Uint8Array(512 * L);
const pred = new Uint8Array(512);
const tm = new Float64Array(L * L);

function decode(rows: Int32Array, offs: Int32Array, a: number, b: number, forced: Uint8Array): void {
  const n = b - a;
  em.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    if (forced[a + i]) {
      for (let l = 1; l < L; l++) em[i * L + l] = -1e12;
      continue;
    }
    for (let f = offs[a + i]!; f < offs[a + i + 1]!; f++) {
      const o = rows[f]! * L;
      for (let l = 0; l < L; l++) em[i * L + l]! += W[o + l]!;
    }
  }
  for (let p = 0; p < L; p++) for (let q = 0; q < L; q++) {
    const x = (p + 1) * (L + 1) + q + 1;
    tm[p * L + q] = allowedT[x] ? T[x]! : -1e12;
  }
  const tr = (p: number, q: number): number => (allowedT[(p + 1) * (L + 1) + q + 1] ? T[(p + 1) * (L + 1) + q + 1]! : -1e12);
  for (let l = 0; l < L; l++) score[l] = tr(-1, l) + em[l]!;
  for (let i = 1; i < n; i++) {
    const base = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const v = score[base + p]! + tm[p * L + l]!;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[i * L + l] = best + em[i * L + l]!;
      back[i * L + l] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let l = 0; l < L; l++) {
    const v = score[(n - 1) * L + l]! + tr(l, -1);
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    pred[i] = arg;
    arg = back[i * L + arg]!;
  }
}

const order: Array<[number, number]> = [];
prepared.forEach((p, d) => {
  for (let s = 0; s + 1 < p.sentStarts.length; s++) if (p.sentStarts[s + 1]! > p.sentStarts[s]! && p.sentStarts[s + 1]! - p.sentStarts[s]! <= 512) order.push([d, s]);
});
let errors = 0;
let total = 0;
trainEpochs(
  order,
  EPOCHS,
  rand,
  ([d, s]) => {
    const p = prepared[d]!;
    const { rows, offs } = rowsOf[d]!;
    const a = p.sentStarts[s]!;
    const b = p.sentStarts[s + 1]!;
    decode(rows, offs, a, b, p.forced);
    total += b - a;
    let wrong = false;
    for (let i = a; i < b; i++) {
      const g = p.gold[i]!;
      const q = pred[i - a]!;
      if (g === q) continue;
      wrong = true;
      errors++;
      emission.update(rows, offs[i]!, offs[i + 1]!, g, q);
    }
    if (wrong) {
      for (let i = a; i <= b; i++) {
        const gp = i === a ? -1 : p.gold[i - 1]!;
        const gn = i === b ? -1 : p.gold[i]!;
        const pp = i === a ? -1 : pred[i - 1 - a]!;
        const pn = i === b ? -1 : pred[i - a]!;
        if (gp === pp && gn === pn) continue;
        transition.add((gp + 1) * (L + 1) + gn + 1, 0, 1);
        transition.add((pp + 1) * (L + 1) + pn + 1, 0, -1);
      }
    }
    emission.tick();
    transition.tick();
  },
  (epoch) => {
    log(`epoch ${epoch}: token error rate ${((100 * errors) / total).toFixed(2)}%`);
    errors = 0;
    total = 0;
  },
);

// ---- average, prune, save ----
const { keys, weights } = emission.export(rowKeys, R, PRUNE);
const trans = new Float32Array(L * L);
const start = new Float32Array(L);
const end = new Float32Array(L);
for (let p = -1; p < L; p++) for (let q = -1; q < L; q++) {
  const v = transition.averagedAt((p + 1) * (L + 1) + q + 1);
  if (p === -1 && q >= 0) start[q] = v;
  else if (q === -1 && p >= 0) end[p] = v;
  else if (p >= 0 && q >= 0) trans[p * L + q] = v;
}
const info: Record<string, unknown> = { epochs: EPOCHS, minCount: MIN_COUNT, prune: PRUNE, trainTokens: tokens, trainDocuments: docs.length, labels: Array.from({ length: L }, (_, i) => labelName(i)) };
if (clusterCfg && clusters) {
  info["clusters"] = clusterCfg;
  info["clusterFile"] = { algorithm: clusters.data.meta.algorithm, clusters: clusters.data.meta.clusters, minCount: clusters.data.meta.minCount, words: clusters.data.meta.words, tokens: clusters.data.meta.tokens };
}
const model = new NerModel({ featureVersion: FEATURE_VERSION, types: [...NER_TYPES], labels: L, rows: keys.length, scale: 1, info }, keys, weights, trans, start, end);
const bin = model.serialize();
writeFileSync(OUT + MODEL_FILE, bin);
log(`model: ${keys.length} features, ${(bin.length / 1e6).toFixed(2)} MB gzipped -> ${OUT + MODEL_FILE}`);

if (process.env["NER_SKIP_EVAL"] !== "1" && OUT === SHIPPED) {
  const scores = await evaluateAll(BENCH, OUT);
  for (const s of scores) console.log(s.table);
  writeFileSync(fileURLToPath(new URL("../MODEL_CARD.md", import.meta.url)), modelCard({ info, rows: keys.length, bytes: bin.length, seconds: (Date.now() - t0) / 1000, gazetteers: gazData, scores }));
  log("MODEL_CARD.md written");
}
