/**
 * Builds bench/events/dev.json from the hand annotations in bench/events/annotations/*.txt and the
 * texts in ../shared/benchmarks (the seed, GUM news, GMB). The events are written by a person reading
 * each sentence (bench/events/GUIDE.md); this script only finds the strings and computes offsets.
 * It fails loudly (exit 1, file:line) when an annotated string is not in the text.
 *
 * Annotation format (one file or several; `#` starts a comment line):
 *
 *   @seed                                 the seed article (../shared/benchmarks/seed.txt), whole
 *   @gum GUM_news_crane p3-4              paragraphs 3 to 4 (1-based lines of the GUM text), joined by "\n";
 *                                          published = the article's dateline (its second line)
 *   @gmb s00041-s00044                    consecutive GMB dev sentences joined by one space (one story)
 *   @gmb s00041                           one GMB sentence
 *   <class> | <trigger> [| key=value]...  an event, in text order
 *
 * keys: mod (asserted default | negated | attempted | planned | possible), count, agent, object,
 * time, place (repeatable). A value is the string as written; `@N` after it picks the N-th occurrence
 * in the document (1-based). Without `@N` a trigger is the first occurrence after the previous
 * event's trigger, and an argument the occurrence nearest the trigger. A trigger `^` is the previous
 * event's trigger span (ellipsis: "21 cells were dismantled in 2015 and 19 in 2016"). Strings match on word boundaries only. A document with no event
 * lines has no event (negative material).
 *
 * Usage: tsx scripts/events/build-dev.ts [--check] [--show]
 *   --check  exit 1 when bench/events/dev.json is not what the annotations give
 *   --show   print every event with its arguments bracketed in context, for review
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { benchmarksDir } from "../../src/eval/bench.js";
import { EVENT_CLASSES, EVENT_MODALITIES, EventDevSetSchema, type GoldEvent, type GoldEventDoc, type GoldSpan } from "../../src/eval/events-format.js";

const root = resolve(import.meta.dirname, "..", "..");
const dir = benchmarksDir(root);
const annDir = join(root, "bench", "events", "annotations");
const outPath = join(root, "bench", "events", "dev.json");

const GUM_LICENCE = "CC BY 2.5 (text © Wikinews contributors, via the GUM corpus)";
const GMB_LICENCE = "public domain (Voice of America text, via the Groningen Meaning Bank)";
const SEED_LICENCE = "given by the user for use as corpus and fixtures";
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

class BuildError extends Error {}

function readJsonl(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    out.set(id, text);
  }
  return out;
}

function dateline(line: string): string | null {
  const m = /^[A-Z][a-z]+day, ([A-Z][a-z]+) (\d{1,2}), (\d{4})/.exec(line);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
}

// a hyphen binds words: "elected" does not match inside "re-elected"
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}-]/u.test(c);

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if (isWordChar(needle[0]) && isWordChar(before)) continue;
    if (isWordChar(needle[needle.length - 1]) && isWordChar(after)) continue;
    // a number does not match inside a longer one: "2" is not the start of "2,963"
    if (/\d/.test(needle[needle.length - 1] ?? "") && /^[,.]\d/.test(text.slice(i + needle.length, i + needle.length + 2))) continue;
    if (/\d/.test(needle[0] ?? "") && /\d[,.]$/.test(text.slice(Math.max(0, i - 2), i))) continue;
    out.push(i);
  }
  return out;
}

function splitValue(raw: string): { str: string; nth: number | null } {
  const m = /^(.*?)@(\d+)$/.exec(raw);
  return m ? { str: m[1]!.trim(), nth: Number(m[2]) } : { str: raw.trim(), nth: null };
}

/** Rough sentence starts, only for --show's warning that an argument lies in another sentence than its trigger. */
function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  const re = /(?<!\b(?:U\.S|U\.N|U\.K|Mr|Ms|Mrs|Dr|Gen|Lt|Col|Sgt|St|Jr))[.!?]["”]?\s+(?=["“]?[A-Z0-9])|\n+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index + m[0].length);
  return out;
}

interface Pending {
  where: string;
  doc: GoldEventDoc;
  lastTrigger: number;
}

function main(): void {
  const check = process.argv.includes("--check");
  const show = process.argv.includes("--show");
  const gum = new Map([...readJsonl("gum_news/train.jsonl"), ...readJsonl("gum_news/dev.jsonl")]);
  const gmb = readJsonl("gmb/dev.jsonl");
  const seed = readFileSync(join(dir, "seed.txt"), "utf8").replace(/\s+$/, "");
  const docs: GoldEventDoc[] = [];
  let cur: Pending | null = null;
  const files = readdirSync(annDir).filter((f) => f.endsWith(".txt")).sort();
  const fail = (where: string, msg: string): never => {
    throw new BuildError(`${where}: ${msg}`);
  };
  for (const file of files) {
    readFileSync(join(annDir, file), "utf8").split("\n").forEach((rawLine, i) => {
      const where = `bench/events/annotations/${file}:${i + 1}`;
      const line = rawLine.trim();
      if (line === "" || line.startsWith("#")) return;
      if (line.startsWith("@")) {
        const [kind, ref, range] = line.slice(1).split(/\s+/);
        let doc: GoldEventDoc;
        if (kind === "seed") {
          doc = { id: "morocco-bcij-2016", source: "seed (corpus/morocco-bcij-2016.txt)", licence: SEED_LICENCE, published: null, text: seed, events: [] };
        } else if (kind === "gum") {
          const full = gum.get(ref ?? "") ?? fail(where, `unknown GUM document '${ref}'`);
          const lines = full.split("\n");
          const m = /^p(\d+)(?:-(\d+))?$/.exec(range ?? "") ?? fail(where, `expected p<N> or p<N>-<M>, got '${range}'`);
          const a = Number(m[1]);
          const b = m[2] ? Number(m[2]) : a;
          if (a < 1 || b < a || b > lines.length) fail(where, `paragraphs ${a}-${b} outside 1-${lines.length}`);
          doc = {
            id: `${ref}#p${a}${b > a ? `-${b}` : ""}`,
            source: `GUM ${ref} (https://gucorpus.org), lines ${a}-${b}`,
            licence: GUM_LICENCE,
            published: dateline(lines[1] ?? ""),
            text: lines.slice(a - 1, b).join("\n"),
            events: [],
          };
        } else if (kind === "gmb") {
          const m = /^s(\d{5})(?:-s(\d{5}))?$/.exec(ref ?? "") ?? fail(where, `expected sNNNNN or sNNNNN-sMMMMM, got '${ref}'`);
          const a = Number(m[1]);
          const b = m[2] ? Number(m[2]) : a;
          const parts: string[] = [];
          for (let k = a; k <= b; k++) parts.push(gmb.get(`gmb-kaggle-s${String(k).padStart(5, "0")}`) ?? fail(where, `GMB sentence s${k} not in gmb/dev.jsonl`));
          const id = b > a ? `gmb-kaggle-s${m[1]}-s${m[2]}` : `gmb-kaggle-s${m[1]}`;
          doc = { id, source: `GMB ${id} (gmb/dev.jsonl)`, licence: GMB_LICENCE, published: null, text: parts.join(" "), events: [] };
        } else return fail(where, `unknown source '@${kind}'`);
        if (docs.some((d) => d.id === doc.id)) fail(where, `document ${doc.id} annotated twice`);
        docs.push(doc);
        cur = { where, doc, lastTrigger: -1 };
        return;
      }
      const c: Pending = cur ?? fail(where, "event before any @document line");
      const text = c.doc.text;
      const fields = line.split("|").map((f) => f.trim());
      const cls = fields[0]!;
      if (!(EVENT_CLASSES as readonly string[]).includes(cls)) fail(where, `class '${cls}' is not in the inventory`);
      let trigger: GoldSpan;
      if (fields[1] === "^") {
        const prev = c.doc.events.at(-1) ?? fail(where, "'^' (the antecedent's trigger) on the first event of a document");
        trigger = { ...prev.trigger };
      } else {
        const trig = splitValue(fields[1] ?? "");
        if (!trig.str) fail(where, "no trigger");
        const tOcc = occurrences(text, trig.str);
        let s: number;
        if (trig.nth !== null) s = tOcc[trig.nth - 1] ?? fail(where, `trigger '${trig.str}' has ${tOcc.length} occurrences, not ${trig.nth}`);
        else s = tOcc.find((o) => o > c.lastTrigger) ?? fail(where, `trigger '${trig.str}' not found in ${c.doc.id} after offset ${c.lastTrigger}`);
        trigger = { start: s, end: s + trig.str.length };
      }
      const tStart = trigger.start;
      c.lastTrigger = tStart;
      const ev: GoldEvent = { class: cls, trigger, modality: "asserted", places: [] };
      const arg = (key: string, raw: string): GoldSpan => {
        const v = splitValue(raw);
        if (!v.str) fail(where, `${key}: empty value`);
        const occ = occurrences(text, v.str);
        if (occ.length === 0) fail(where, `${key} '${v.str}' not found in ${c.doc.id}`);
        let s: number;
        if (v.nth !== null) s = occ[v.nth - 1] ?? fail(where, `${key} '${v.str}' has ${occ.length} occurrences, not ${v.nth}`);
        else s = occ.reduce((best, o) => (Math.abs(o - tStart) < Math.abs(best - tStart) ? o : best));
        return { start: s, end: s + v.str.length };
      };
      for (const f of fields.slice(2)) {
        const eq = f.indexOf("=");
        if (eq < 0) fail(where, `expected key=value, got '${f}'`);
        const key = f.slice(0, eq).trim();
        const value = f.slice(eq + 1).trim();
        if (key === "mod") {
          if (!(EVENT_MODALITIES as readonly string[]).includes(value)) fail(where, `modality '${value}' unknown`);
          ev.modality = value as GoldEvent["modality"];
        } else if (key === "count" || key === "agent" || key === "object" || key === "time") {
          if (ev[key]) fail(where, `${key} given twice`);
          ev[key] = arg(key, value);
        } else if (key === "place") ev.places.push(arg(key, value));
        else fail(where, `unknown key '${key}'`);
      }
      c.doc.events.push(ev);
      if (show) {
        const spans: [GoldSpan, string][] = [[trigger, cls.toUpperCase()]];
        for (const k of ["count", "agent", "object", "time"] as const) if (ev[k]) spans.push([ev[k]!, k]);
        for (const p of ev.places) spans.push([p, "place"]);
        const lo = Math.max(0, Math.min(...spans.map(([s]) => s.start)) - 15);
        const hi = Math.min(text.length, Math.max(...spans.map(([s]) => s.end)) + 15);
        const marks = spans.flatMap(([s, k]) => [{ at: s.start, str: "[" }, { at: s.end, str: `]${k === k.toUpperCase() ? "" : k[0]}` }]);
        marks.sort((a, b) => b.at - a.at);
        let snippet = text.slice(lo, hi);
        for (const m of marks) snippet = snippet.slice(0, m.at - lo) + m.str + snippet.slice(m.at - lo);
        const sentenceOf = (at: number) => sentenceStarts(text).filter((b) => b <= at).length;
        const cross = spans.filter(([sp]) => sentenceOf(sp.start) !== sentenceOf(tStart)).map(([, k]) => k);
        console.log(`${c.doc.id} ${cls}${ev.modality !== "asserted" ? `/${ev.modality}` : ""}${cross.length ? ` XSENT(${cross.join(",")})` : ""}: ${snippet.replace(/\n/g, " / ")}`);
      }
    });
  }
  const set = { version: 1 as const, docs };
  const parsed = EventDevSetSchema.safeParse(set);
  if (!parsed.success) throw new BuildError(`invalid dev set: ${JSON.stringify(parsed.error.issues[0])}`);
  const json = `${JSON.stringify(set, null, 1)}\n`;
  const events = docs.reduce((n, d) => n + d.events.length, 0);
  const byClass = new Map<string, number>();
  const bySource = new Map<string, [number, number]>();
  for (const d of docs) {
    const src = d.id.startsWith("GUM") ? "GUM" : d.id.startsWith("gmb") ? "GMB" : "seed";
    const s = bySource.get(src) ?? [0, 0];
    bySource.set(src, [s[0] + 1, s[1] + d.events.length]);
    for (const e of d.events) byClass.set(e.class, (byClass.get(e.class) ?? 0) + 1);
  }
  const printSize = () => {
    console.log(`${docs.length} docs, ${events} events, ${docs.filter((d) => d.events.length === 0).length} docs without events`);
    console.log([...bySource].map(([k, [n, e]]) => `${k}: ${n} docs, ${e} events`).join("; "));
    console.log(EVENT_CLASSES.map((c) => `${c} ${byClass.get(c) ?? 0}`).join(", "));
  };
  if (check) {
    let current = "";
    try {
      current = readFileSync(outPath, "utf8");
    } catch {}
    if (current !== json) {
      console.error("bench/events/dev.json is not current: run tsx scripts/events/build-dev.ts");
      process.exit(1);
    }
    printSize();
    return;
  }
  writeFileSync(outPath, json);
  printSize();
}

try {
  main();
} catch (err) {
  if (err instanceof BuildError) {
    console.error(`build-dev: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
