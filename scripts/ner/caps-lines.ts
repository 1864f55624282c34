// Exact P/R/F1 of the whole pipeline on one dev set, split into all-caps lines (headlines, datelines,
// wire-style results) and the rest: all-caps text carries no case evidence, so it is scored apart.
// usage: npx tsx scripts/ner/caps-lines.ts [gold.jsonl] [scheme]   (default: conll2003/dev, conll; ERRS=N lists N errors)
import { readFileSync } from "node:fs";
import { loadConfig } from "../../src/config/load.js";
import { processText } from "../../src/pipeline/run.js";
import { toOutput } from "../../src/output/to-output.js";
import { outputToSpans } from "../../src/eval/corpus.js";
import { BUILTIN_SCHEMES } from "../../src/eval/scheme.js";
const [file = "../shared/benchmarks/conll2003/dev.jsonl", schemeName = "conll"] = process.argv.slice(2);
const scheme = BUILTIN_SCHEMES.get(schemeName)!;
const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.error);
const t = { caps: { tp: 0, fp: 0, fn: 0 }, mixed: { tp: 0, fp: 0, fn: 0 } };
const errs: string[] = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const g = JSON.parse(line) as { id: string; text: string; entities: { start: number; end: number; type: string; text: string }[] };
  const out = toOutput(processText(loaded.pipeline, g.id, g.text));
  const pred = outputToSpans(out, scheme).spans;
  const lineOf = (o: number) => {
    const a = g.text.lastIndexOf("\n", o - 1) + 1;
    let b = g.text.indexOf("\n", o);
    if (b < 0) b = g.text.length;
    return g.text.slice(a, b);
  };
  const isCaps = (o: number) => {
    const l = lineOf(o).replace(/[^\p{L}]/gu, "");
    return l.length >= 8 && l === l.toUpperCase();
  };
  const gold = g.entities.filter((e) => scheme.labels.includes(e.type));
  const gk = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
  const pk = new Set(pred.map((e) => `${e.start}:${e.end}:${e.label}`));
  for (const p of pred) {
    const k = `${p.start}:${p.end}:${p.label}`;
    const b = isCaps(p.start) ? t.caps : t.mixed;
    if (gk.has(k)) b.tp++;
    else {
      b.fp++;
      if (isCaps(p.start)) errs.push(`FP ${g.text.slice(p.start, p.end)} [${p.label}] | ${lineOf(p.start)}`);
    }
  }
  for (const e of gold) if (!pk.has(`${e.start}:${e.end}:${e.type}`)) {
    const b = isCaps(e.start) ? t.caps : t.mixed;
    b.fn++;
    if (isCaps(e.start)) errs.push(`FN ${e.text} [${e.type}] | ${lineOf(e.start)}`);
  }
}
for (const [k, v] of Object.entries(t)) {
  const p = v.tp / (v.tp + v.fp), r = v.tp / (v.tp + v.fn);
  console.log(k, v, "P", (100 * p).toFixed(2), "R", (100 * r).toFixed(2), "F1", ((200 * p * r) / (p + r)).toFixed(2));
}
if (process.env.ERRS) for (const e of errs.slice(0, Number(process.env.ERRS))) console.log(e);
