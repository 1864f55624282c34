/**
 * Quick check of the dates stage against GUM news date annotations (gold `norm`: when, from/to,
 * notBefore/notAfter). The publication date is read from each text's second line, as GUM news
 * texts carry it there ("Friday, July 21, 2017").
 *
 *   npx tsx scripts/eval-dates.ts [--errors] [files…]
 * default files: ../shared/benchmarks/gum_news_dates/{train,dev}.jsonl
 */
import { readFileSync } from "node:fs";
import { buildPipeline } from "../src/pipeline/build.js";
import { processText } from "../src/pipeline/run.js";
import type { DateRecord } from "../src/schema/date.js";

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  norm?: { when?: string; from?: string; to?: string; notBefore?: string; notAfter?: string };
}
interface GoldDoc {
  id: string;
  text: string;
  entities: GoldSpan[];
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "Friday, July 21, 2017" -> "2017-07-21"; independent of the stage's own rules. */
function publishedFromSecondLine(text: string): string | null {
  const line = text.split("\n")[1] ?? "";
  const m = /^\s*(?:\w+,\s*)?(\w+)\s+(\d{1,2}),\s*(\d{4})\b/.exec(line);
  if (!m) return null;
  const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  if (mo === 0) return null;
  return `${m[3]}-${String(mo).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
}

/** An ISO date of any precision as its first and last day ("2015" -> 2015-01-01..2015-12-31). */
function expand(v: string): [string, string] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(v))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${String(last).padStart(2, "0")}`];
  }
  if ((m = /^(\d{4}-\d{2}-\d{2})$/.exec(v))) return [m[1]!, m[1]!];
  return null;
}

/** Both sides as a comparable string: a day range for calendar values, the bare value otherwise. */
function canonical(v: string): string {
  const parts = v.split("/");
  if (parts.length === 2) {
    const a = parts[0] === ".." ? null : expand(parts[0]!);
    const b = parts[1] === ".." ? null : expand(parts[1]!);
    if ((a || parts[0] === "..") && (b || parts[1] === "..")) return `${a?.[0] ?? ".."}..${b?.[1] ?? ".."}`;
    return v;
  }
  const e = expand(v);
  if (e) return `${e[0]}..${e[1]}`;
  // times: drop a zone designator
  return v.replace(/(?:Z|[+-]\d{2}:\d{2})$/, "");
}

function goldValue(n: GoldSpan["norm"]): string | null {
  if (!n) return null;
  if (n.when) return canonical(n.when);
  const from = n.from ?? n.notBefore;
  const to = n.to ?? n.notAfter;
  if (!from && !to) return null;
  return canonical(`${from ?? ".."}/${to ?? ".."}`);
}

interface Counts {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
  valueExactOk: number;
  valueOverlapOk: number;
  durationsOnMatched: number;
}

const f1 = (tp: number, pred: number, gold: number): string => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1).padStart(5)}  R ${(100 * r).toFixed(1).padStart(5)}  F1 ${(100 * f).toFixed(1).padStart(5)}`;
};

function evaluate(file: string, showErrors: boolean, keep: (d: DateRecord) => boolean): Counts {
  const pipeline = buildPipeline(process.argv.includes("--no-syntax") ? [{ name: "segment" }, { name: "dates" }] : [{ name: "segment" }, { name: "syntax" }, { name: "dates" }]);
  const c: Counts = { gold: 0, pred: 0, exact: 0, overlap: 0, valueExactOk: 0, valueOverlapOk: 0, durationsOnMatched: 0 };
  const docs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  for (const doc of docs) {
    const published = publishedFromSecondLine(doc.text);
    const pred = processText(pipeline, doc.id, doc.text, { published }).get("dates").filter(keep);
    const gold = doc.entities;
    c.gold += gold.length;
    c.pred += pred.length;
    const usedPred = new Set<DateRecord>();
    const errors: string[] = [];
    // exact first, then the remaining overlapping pairs, one to one
    const pairs: Array<[GoldSpan, DateRecord, boolean]> = [];
    const unmatchedGold: GoldSpan[] = [];
    for (const gs of gold) {
      const p = pred.find((x) => !usedPred.has(x) && x.start === gs.start && x.end === gs.end);
      if (p) {
        usedPred.add(p);
        pairs.push([gs, p, true]);
      } else unmatchedGold.push(gs);
    }
    const missed: GoldSpan[] = [];
    for (const gs of unmatchedGold) {
      const p = pred.find((x) => !usedPred.has(x) && x.start < gs.end && gs.start < x.end);
      if (p) {
        usedPred.add(p);
        pairs.push([gs, p, false]);
      } else missed.push(gs);
    }
    for (const [gs, p, exact] of pairs) {
      const gv = goldValue(gs.norm);
      const ok = p.value !== null && gv !== null && canonical(p.value) === gv;
      if (p.kind === "duration") c.durationsOnMatched++;
      c.overlap++;
      if (ok) c.valueOverlapOk++;
      if (exact) {
        c.exact++;
        if (ok) c.valueExactOk++;
      }
      if (!exact) errors.push(`  span  gold [${gs.text}] vs pred [${p.text}]`);
      if (!ok) errors.push(`  value [${gs.text}] gold ${JSON.stringify(gs.norm)} pred ${p.kind} ${p.value}`);
    }
    for (const gs of missed) errors.push(`  FN    [${gs.text}] ${JSON.stringify(gs.norm)}`);
    for (const p of pred) if (!usedPred.has(p)) errors.push(`  FP    [${p.text}] ${p.kind} ${p.value} (${p.source})`);
    if (showErrors && errors.length) console.log(`${doc.id} (published ${published})\n${errors.join("\n")}`);
  }
  return c;
}

const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const files = args.filter((a) => !a.startsWith("--"));
const targets = files.length ? files : ["train", "dev"].map((s) => new URL(`../../shared/benchmarks/gum_news_dates/${s}.jsonl`, import.meta.url).pathname);
// GUM marks date and time expressions, not bare durations or frequencies ("for two weeks", "every year"),
// so the second view leaves those kinds out of the predictions.
const views: Array<[string, (d: DateRecord) => boolean]> = [
  ["all kinds", () => true],
  ["without duration/set (GUM's scope)", (d) => d.kind !== "duration" && d.kind !== "set"],
];
for (const file of targets) {
  for (const [i, [label, keep]] of views.entries()) {
    const c = evaluate(file, showErrors && i === 0, keep);
    console.log(`${file} [${label}]: gold ${c.gold}, predicted ${c.pred}`);
    console.log(`  span exact    ${f1(c.exact, c.pred, c.gold)}`);
    console.log(`  span overlap  ${f1(c.overlap, c.pred, c.gold)}`);
    console.log(`  value accuracy on exact matches   ${c.exact ? ((100 * c.valueExactOk) / c.exact).toFixed(1) : "-"}% (${c.valueExactOk}/${c.exact})`);
    console.log(`  value accuracy on overlap matches ${c.overlap ? ((100 * c.valueOverlapOk) / c.overlap).toFixed(1) : "-"}% (${c.valueOverlapOk}/${c.overlap}; ${c.durationsOnMatched} are durations, which GUM norms as anchored ranges)`);
  }
}

// Speed of the dates stage alone, on the GUM news training texts: each round segments and parses fresh
// documents (untimed; a stage cannot run twice on one document), then times the dates stage on them.
{
  const newsFile = new URL("../../shared/benchmarks/gum_news/train.jsonl", import.meta.url).pathname;
  const texts = readFileSync(newsFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
  const before = buildPipeline([{ name: "segment" }, { name: "syntax" }]);
  const dates = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }]).stages[2]!;
  const rounds = 6;
  let ms = 0;
  for (let r = 0; r < rounds; r++) {
    const docs = texts.map((t, i) => processText(before, `d${i}`, t, { published: "2015-06-15" }));
    const t0 = performance.now();
    for (const d of docs) dates.run(d);
    if (r > 0) ms += performance.now() - t0; // round 0 warms up
  }
  ms /= (rounds - 1) * texts.length;
  const chars = texts.reduce((a, t) => a + t.length, 0) / texts.length;
  console.log(`dates stage: ${ms.toFixed(3)} ms per article (${texts.length} GUM news articles, mean ${Math.round(chars)} chars, ${rounds - 1} timed rounds)`);
}
