/**
 * Builds bench/quantities/news-dev.json from the hand annotations in bench/quantities/annotations/*.txt
 * and the sentence texts in ../shared/benchmarks (GMB, GUM news). The annotations are written by a
 * person reading each sentence (docs/quantities-guide.md); this script only finds each span's offsets
 * and writes the CQE JSON format. Annotation file format:
 *
 *   @<sentence id>                         a sentence (GMB id, or GUM doc id#s<n>)
 *   <span> | <value> | <normalized unit> [| <change> [| <concept tokens> [| <kind>]]]
 *
 * span: the quantity as written, looked up in the sentence after the previous span (else from the
 * start); value: a number or "low-high"; change default "="; concepts default "-"; kind inferred
 * from the unit when absent. The unit as written is the span without its number and scale words.
 * A sentence line with no quantity lines is a sentence without quantities.
 * Usage: tsx scripts/quantities/build-dev.ts [--check]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { benchmarksDir } from "../../src/eval/bench.js";
import { CQE_CHANGES, parseCqeValue } from "../../src/eval/cqe/format.js";
import { CQE_UNITS } from "../../src/eval/cqe/map.js";
import ourUnits from "../../src/nlp/quantities/units.json" with { type: "json" };

const root = resolve(import.meta.dirname, "..", "..");
const dir = benchmarksDir(root);
const annDir = join(root, "bench", "quantities", "annotations");

function sentences(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of ["gmb/dev.jsonl", "gmb/train.jsonl"])
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      out.set(id, text);
    }
  // GUM: the same sentence split as scripts/quantities/pick-candidates.ts
  for (const file of ["gum_news/train.jsonl", "gum_news/dev.jsonl"])
    for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      let k = 0;
      for (const para of text.split(/\n+/))
        for (const s of para.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)) {
          k += 1;
          out.set(`${id}#s${k}`, s);
        }
    }
  return out;
}

const SCALE = /^(?:\d[\d,.]*|[\d.,]+[-–]\d[\d.,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|tens|of|and|to|between|from|or|half|third|quarter|-)$/i;
function unitAsWritten(span: string): string {
  const rest = span
    .replace(/(\d)([^\d\s,.\-–])/g, "$1 $2")
    .replace(/([$€£¥])(\d)/g, "$1 $2")
    .replace(/([a-z\d])-(year|month|week|day|hour|minute|km|kilometer|mile|point|man|member|nation|story|seat|old|megaton|magnitude)/gi, "$1 $2")
    .split(/\s+/)
    .filter((w) => w !== "" && !SCALE.test(w.replace(/[-–]$/, "")) && !/^[\d.,]+[-–]/.test(w));
  return rest.length ? rest.join(" ") : "-";
}

const CURRENCY_NAMES = new Set([...Object.values(CQE_UNITS.currencies), "cent", "penny", "sen"]);
const DURATIONS = new Set(["year", "month", "week", "day", "hour", "minute", "second", "decade", "century"]);
/** Physical units: our extractor's canonical names and CQE's names for the ones it renames. */
const MEASURES = new Set([...Object.keys(ourUnits.units), ...Object.values(CQE_UNITS.units), "ton", "megaton", "magnitude"]);
function inferKind(norm: string, value: string, span: string): string {
  if (/\b(dozens|hundreds|thousands|millions|billions|tens|scores)\b/i.test(span)) return "vague";
  if (CURRENCY_NAMES.has(norm) || / per share$/.test(norm)) return "money";
  if (norm.startsWith("percentage") || norm === "percentage point" || norm === "basis point") return "percent";
  if (/ of age$/.test(norm)) return "age";
  if (DURATIONS.has(norm)) return "duration";
  if (norm === "fraction") return "fraction";
  if (["point", "goal", "run", "wicket"].includes(norm)) return "score";
  if (MEASURES.has(norm) || MEASURES.has(norm.split(" per ")[0]!)) return "measure";
  if (value.includes("-") && !value.startsWith("-")) return "range";
  return norm === "-" ? "number" : "count";
}

/** The next occurrence of span at or after from that is not inside a longer word or number. */
function findWord(text: string, span: string, from: number): number {
  const alnum = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(span, from); i >= 0; i = text.indexOf(span, i + 1)) {
    const before = i > 0 ? text[i - 1]! : " ";
    const after = i + span.length < text.length ? text[i + span.length]! : " ";
    if (!(alnum.test(before) && alnum.test(span[0]!)) && !(alnum.test(after) && alnum.test(span[span.length - 1]!))) return i;
  }
  return -1;
}

interface Out { id: string; source: string; text: string; quantities: Record<string, unknown>[] }
const texts = sentences();
const out: Out[] = [];
const seen = new Set<string>();
const files = readdirSync(annDir).filter((f) => f.endsWith(".txt")).sort();
for (const file of files) {
  let cur: Out | null = null;
  let from = 0;
  readFileSync(join(annDir, file), "utf8").split("\n").forEach((raw, i) => {
    const where = `${file}:${i + 1}`;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    if (line.startsWith("@")) {
      const id = line.slice(1).trim();
      const text = texts.get(id);
      if (text === undefined) throw new Error(`${where}: unknown sentence id ${id}`);
      if (seen.has(id)) throw new Error(`${where}: sentence ${id} annotated twice`);
      seen.add(id);
      cur = { id, source: id.startsWith("gmb") ? "gmb" : "gum_news", text, quantities: [] };
      out.push(cur);
      from = 0;
      return;
    }
    if (!cur) throw new Error(`${where}: quantity before any @sentence`);
    const c: Out = cur;
    const f = line.split("|").map((s) => s.trim());
    if (f.length < 3) throw new Error(`${where}: expected span | value | normalized unit [| change [| concepts [| kind]]]`);
    const [span, value, norm, change = "=", concepts = "-", kind] = f as [string, string, string, string?, string?, string?];
    if (parseCqeValue(value) === null) throw new Error(`${where}: bad value '${value}'`);
    if (!(CQE_CHANGES as readonly string[]).includes(change)) throw new Error(`${where}: bad change '${change}'`);
    let start = findWord(c.text, span, from);
    if (start < 0) start = findWord(c.text, span, 0);
    if (start < 0) throw new Error(`${where}: span '${span}' not in sentence ${c.id}: ${c.text}`);
    from = start + span.length;
    c.quantities.push({
      value,
      unit: unitAsWritten(span),
      normalized_unit: norm,
      change,
      referred_concepts: concepts,
      start,
      end: start + span.length,
      kind: kind ?? inferKind(norm, value, span),
    });
  });
}
const check = process.argv.includes("--check");
const json = `${JSON.stringify(out, null, 1)}\n`;
const path = join(root, "bench", "quantities", "news-dev.json");
if (check) {
  if (readFileSync(path, "utf8") !== json) {
    console.error(`${path} is not what the annotations build; run tsx scripts/quantities/build-dev.ts`);
    process.exit(1);
  }
} else writeFileSync(path, json);
const nq = out.reduce((n, s) => n + s.quantities.length, 0);
const kinds = new Map<string, number>();
for (const s of out) for (const q of s.quantities) kinds.set(String(q.kind), (kinds.get(String(q.kind)) ?? 0) + 1);
const sources = new Map<string, number>();
for (const s of out) sources.set(s.source, (sources.get(s.source) ?? 0) + 1);
console.error(`${out.length} sentences (${[...sources].map(([k, v]) => `${k} ${v}`).join(", ")}), ${nq} quantities: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")}`);
const all = out.flatMap((s) => s.quantities);
const changes = new Map<string, number>();
for (const q of all) changes.set(String(q.change), (changes.get(String(q.change)) ?? 0) + 1);
console.error(
  `ranges ${all.filter((q) => /^-?[\d.]+-/.test(String(q.value))).length}; change ${[...changes].map(([k, v]) => `${k} ${v}`).join(", ")}; with a concept ${all.filter((q) => q.referred_concepts !== "-").length}; sentences without quantities ${out.filter((s) => s.quantities.length === 0).length}`,
);
