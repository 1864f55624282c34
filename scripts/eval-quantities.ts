/**
 * Scores the quantities stage against re3d Quantity and Money spans (exact and overlap P/R/F1),
 * and measures its cost per article on the GUM news texts next to the segment stage alone.
 *
 *   npx tsx scripts/eval-quantities.ts [--errors N] [--gold FILE.jsonl] [--speed FILE.jsonl] [--rounds R]
 * defaults: ../shared/benchmarks/re3d/dev.jsonl, ../shared/benchmarks/gum_news/train.jsonl, 10 rounds.
 * Predictions: kind money -> Money; count, percent, measure -> Quantity; ordinals are not scored
 * (re3d does not annotate them).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Doc } from "../src/document/document.js";
import { buildPipeline } from "../src/pipeline/build.js";
import { runPipeline } from "../src/pipeline/run.js";
import type { Quantity } from "../src/schema/quantity.js";
import { DEFAULT_CONFIG } from "../src/config/schema.js";

const { values } = parseArgs({
  options: {
    errors: { type: "string", default: "0" },
    gold: { type: "string", default: "../shared/benchmarks/re3d/dev.jsonl" },
    speed: { type: "string", default: "../shared/benchmarks/gum_news/train.jsonl" },
    rounds: { type: "string", default: "10" },
  },
});

interface Span {
  start: number;
  end: number;
  type: string;
  text: string;
}
interface GoldDoc {
  id: string;
  text: string;
  entities: Span[];
}

const LABELS = ["Quantity", "Money"] as const;
const readJsonl = (f: string): GoldDoc[] =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);

const label = (q: Quantity): string | null => (q.kind === "ordinal" ? null : q.kind === "money" ? "Money" : "Quantity");

const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities" }]);
const docs = readJsonl(values.gold);

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const exact = new Map<string, Tally>();
const partial = new Map<string, Tally>();
const untyped = { exact: { tp: 0, fp: 0, fn: 0 }, partial: { tp: 0, fp: 0, fn: 0 } };
for (const l of [...LABELS, "micro"]) {
  exact.set(l, { tp: 0, fp: 0, fn: 0 });
  partial.set(l, { tp: 0, fp: 0, fn: 0 });
}
const fps: string[] = [];
const fns: string[] = [];
const ctx = (t: string, s: number, e: number): string => `${t.slice(Math.max(0, s - 40), s)}[[${t.slice(s, e)}]]${t.slice(e, e + 40)}`.replace(/\s+/g, " ");

for (const d of docs) {
  const doc = runPipeline(pipeline, new Doc(d.id, d.text));
  const pred: Span[] = [];
  for (const q of doc.get("quantities")) {
    const l = label(q);
    if (l) pred.push({ start: q.start, end: q.end, type: l, text: q.text });
  }
  const gold = d.entities.filter((e) => (LABELS as readonly string[]).includes(e.type));
  // exact: span and label equal
  const key = (s: Span): string => `${s.start}:${s.end}:${s.type}`;
  const gk = new Set(gold.map(key));
  const pk = new Set(pred.map(key));
  for (const l of LABELS) {
    const te = exact.get(l)!;
    for (const g of gold.filter((g) => g.type === l)) (pk.has(key(g)) ? te.tp++ : te.fn++);
    for (const p of pred.filter((p) => p.type === l)) if (!gk.has(key(p))) te.fp++;
  }
  // partial: overlap and label equal, one-to-one
  const overlapMatch = (typed: boolean): { tp: number; fp: number; fn: number; unmatchedGold: Span[]; unmatchedPred: Span[] } => {
    const usedP = new Set<number>();
    let tp = 0;
    const ug: Span[] = [];
    for (const g of gold) {
      const j = pred.findIndex((p, k) => !usedP.has(k) && p.start < g.end && g.start < p.end && (!typed || p.type === g.type));
      if (j >= 0) {
        usedP.add(j);
        tp++;
      } else ug.push(g);
    }
    const up = pred.filter((_, k) => !usedP.has(k));
    return { tp, fp: up.length, fn: ug.length, unmatchedGold: ug, unmatchedPred: up };
  };
  for (const l of LABELS) {
    const tp = partial.get(l)!;
    const usedP = new Set<number>();
    for (const g of gold.filter((g) => g.type === l)) {
      const j = pred.findIndex((p, k) => !usedP.has(k) && p.type === l && p.start < g.end && g.start < p.end);
      if (j >= 0) {
        usedP.add(j);
        tp.tp++;
      } else tp.fn++;
    }
    tp.fp += pred.filter((p, k) => p.type === l && !usedP.has(k)).length;
  }
  const ut = overlapMatch(false);
  untyped.partial.tp += ut.tp;
  untyped.partial.fp += ut.fp;
  untyped.partial.fn += ut.fn;
  const gs = new Set(gold.map((g) => `${g.start}:${g.end}`));
  const ps = new Set(pred.map((p) => `${p.start}:${p.end}`));
  for (const g of gs) (ps.has(g) ? untyped.exact.tp++ : untyped.exact.fn++);
  for (const p of ps) if (!gs.has(p)) untyped.exact.fp++;
  for (const g of ut.unmatchedGold) fns.push(`${g.type}: ${ctx(d.text, g.start, g.end)}`);
  for (const p of ut.unmatchedPred) fps.push(`${p.type}: ${ctx(d.text, p.start, p.end)}`);
}
for (const m of [exact, partial]) {
  const micro = m.get("micro")!;
  for (const l of LABELS) {
    const t = m.get(l)!;
    micro.tp += t.tp;
    micro.fp += t.fp;
    micro.fn += t.fn;
  }
}

const prf = (t: Tally): string => {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return `${(100 * p).toFixed(1)} | ${(100 * r).toFixed(1)} | ${(100 * f).toFixed(1)} | ${t.tp}/${t.fp}/${t.fn}`;
};
console.log(`re3d quantities: ${values.gold} (${docs.length} docs)`);
console.log("| label | exact P | R | F1 | tp/fp/fn | partial P | R | F1 | tp/fp/fn |");
console.log("|---|---:|---:|---:|---|---:|---:|---:|---|");
for (const l of [...LABELS, "micro"]) console.log(`| ${l} | ${prf(exact.get(l)!)} | ${prf(partial.get(l)!)} |`);
console.log(`| any (label ignored) | ${prf(untyped.exact)} | ${prf(untyped.partial)} |`);

const nErr = Number(values.errors);
if (nErr > 0) {
  console.log(`\nfalse negatives (overlap, label ignored), first ${nErr}:`);
  for (const s of fns.slice(0, nErr)) console.log("  " + s);
  console.log(`\nfalse positives (overlap, label ignored), first ${nErr}:`);
  for (const s of fps.slice(0, nErr)) console.log("  " + s);
}

// ---- cost: ms per article for every stage of the default pipeline, interleaved per article; the
// minimum over rounds is reported (the machine is shared, and noise only ever adds time)
const speedDocs = readJsonl(values.speed);
const rounds = Number(values.rounds);
const stages = buildPipeline(DEFAULT_CONFIG.stages.map((s) => (typeof s === "string" ? { name: s } : s))).stages;
const best = new Map<string, number>(stages.map((s) => [s.name, Infinity]));
let nTok = 0;
for (let r = 0; r < rounds + 2; r++) {
  const round = new Map<string, number>(stages.map((s) => [s.name, 0]));
  nTok = 0;
  for (const d of speedDocs) {
    const doc = new Doc(d.id, d.text);
    for (const s of stages) {
      const t0 = process.hrtime.bigint();
      s.run(doc);
      round.set(s.name, round.get(s.name)! + Number(process.hrtime.bigint() - t0) / 1e6);
    }
    nTok += doc.get("tokens").length;
  }
  if (r >= 2) for (const [k, v] of round) best.set(k, Math.min(best.get(k)!, v));
}
const per = (ms: number): string => (ms / speedDocs.length).toFixed(3);
const seg = best.get("segment")!;
const qty = best.get("quantities")!;
const all = [...best.values()].reduce((a, b) => a + b, 0);
console.log(`\ncost over ${values.speed} (${speedDocs.length} articles, ${nTok} tokens; best of ${rounds} rounds):`);
console.log("| stage | ms / article |");
console.log("|---|---:|");
for (const [name, ms] of best) console.log(`| ${name} | ${per(ms)} |`);
console.log(`| all | ${per(all)} |`);
console.log(
  `quantities: ${((100 * qty) / seg).toFixed(1)}% of segment alone; adds ${((100 * qty) / (all - qty)).toFixed(1)}% to the rest of the pipeline; ${Math.round(nTok / (qty / 1000)).toLocaleString("en")} tokens/s`,
);
