/**
 * Scores the coref stage's references against GUM's coreference (every mention, pronouns included,
 * carries its entity id `eid`): a reference is right when the gold mention at its span (same span, or
 * for a description the gold mention it heads) has the eid of a gold mention of one of the entity's
 * names. Precision over all references; recall over gold pronouns and descriptions whose entity has a
 * name the pipeline found. Beside it, the "nearest" baseline: every pronoun to the nearest earlier
 * name of an agreeing type (he/she a person, it an organisation or country, they an organisation or
 * a people), run on the same entities.
 *
 *   npx tsx scripts/eval-coref.ts [--gold FILE.jsonl ...] [--errors N]
 * --errors N lists wrong references, --missed N gold references not found.
 * default: ../shared/benchmarks/gum_news/dev.jsonl and train.jsonl (no model is trained on GUM
 * coreference; the rules were written from the pronoun lexicon and the GUM train errors).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Doc } from "../src/document/document.js";
import { buildPipeline } from "../src/pipeline/build.js";
import { runPipeline } from "../src/pipeline/run.js";
import { PRONOUNS } from "../src/nlp/coref/pronouns.js";
import type { Entity, Reference } from "../src/schema/index.js";

const { values } = parseArgs({
  options: {
    gold: { type: "string", multiple: true, default: ["../shared/benchmarks/gum_news/dev.jsonl", "../shared/benchmarks/gum_news/train.jsonl"] },
    errors: { type: "string", default: "0" },
    missed: { type: "string", default: "0" },
  },
});

interface GoldMention {
  start: number;
  end: number;
  type: string;
  text: string;
  eid: string;
  named: boolean;
  head: string;
}
interface GoldDoc {
  id: string;
  text: string;
  entities: GoldMention[];
}

const pipeline = buildPipeline(["segment", "syntax", "dates", "entities", "link", "quotes", "coref"].map((name) => ({ name })));

interface Tally {
  refs: number;
  right: number;
  gold: number;
  found: number;
}
const tally = (): Tally => ({ refs: 0, right: 0, gold: 0, found: 0 });
const pct = (a: number, b: number): string => (b === 0 ? "   –" : ((100 * a) / b).toFixed(1).padStart(5));
const f1 = (p: number, r: number): string => (p + r === 0 ? "   –" : ((200 * p * r) / (p + r)).toFixed(1).padStart(5));

const classOf = (r: { kind: string; text: string }): string =>
  r.kind === "nominal" ? "description" : (PRONOUNS.get(r.text.toLowerCase())?.cls ?? "other");

const NEAREST: Record<string, (type: string, text: string) => boolean> = {
  masculine: (t) => t === "PERSON",
  feminine: (t) => t === "PERSON",
  neuter: (t) => t === "ORG" || t === "GPE",
  plural: (t, s) => t === "ORG" || (t === "NORP" && /s$/u.test(s)),
};

/** Every pronoun to the nearest earlier name of an agreeing type. */
function nearestBaseline(text: string, entities: readonly Entity[]): Reference[] {
  const ms = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, id: e.id }))).sort((a, b) => a.start - b.start);
  const out: Reference[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const info = PRONOUNS.get(m[0].toLowerCase());
    const ok = info && NEAREST[info.cls];
    if (!ok) continue;
    const at = m.index;
    for (let k = ms.length - 1; k >= 0; k--) {
      const x = ms[k]!;
      if (x.end > at) continue;
      if (ok(x.type, x.text)) {
        out.push({ start: at, end: at + m[0].length, text: m[0], kind: "pronoun", entity: x.id, source: "nearest" });
        break;
      }
    }
  }
  return out;
}

const errors: string[] = [];
const misses: string[] = [];
function score(set: Map<string, Tally>, gold: GoldDoc, entities: readonly Entity[], refs: readonly Reference[], record: boolean): void {
  // the gold eids each of our entities names
  const eidsOf = new Map<string, Set<string>>();
  for (const e of entities) {
    const s = new Set<string>();
    for (const m of e.mentions)
      for (const g of gold.entities)
        if (g.start <= m.start && m.end <= g.end && (g.start === m.start || g.end === m.end) && (g.named || (g.start === m.start && g.end === m.end))) s.add(g.eid);
    eidsOf.set(e.id, s);
  }
  const found = new Set([...eidsOf.values()].flatMap((s) => [...s]));
  const goldAt = (r: { start: number; end: number; kind: string; text: string }): GoldMention | undefined => {
    const exact = gold.entities.find((g) => g.start === r.start && g.end === r.end);
    if (exact || r.kind === "pronoun") return exact;
    const head = r.text.split(/\s+/u).pop();
    return gold.entities.find((g) => g.start <= r.start && r.end <= g.end && g.head === head);
  };
  const get = (c: string): Tally => set.get(c) ?? (set.set(c, tally()), set.get(c)!);
  for (const r of refs) {
    const g = goldAt(r);
    const ok = g !== undefined && (eidsOf.get(r.entity)?.has(g.eid) ?? false);
    for (const c of [classOf(r), "all"]) {
      const t = get(c);
      t.refs++;
      if (ok) t.right++;
    }
    if (record && !ok) {
      const e = entities.find((x) => x.id === r.entity)!;
      const truth = g ? (gold.entities.find((x) => x.eid === g.eid && x.named)?.text ?? `(${g.eid}: ${g.text}, no name)`) : "(not a gold mention)";
      errors.push(`${gold.id}@${r.start} ${JSON.stringify(r.text)} -> ${JSON.stringify(e.name)}, gold ${truth} | ${gold.text.slice(Math.max(0, r.start - 70), r.end + 20).replace(/\s+/gu, " ")}`);
    }
  }
  // recall: gold pronouns (and unnamed descriptions) whose entity we found by name
  const refAt = new Map(refs.map((r) => [`${r.start}:${r.end}`, r]));
  for (const g of gold.entities) {
    if (g.named || !found.has(g.eid)) continue;
    const info = PRONOUNS.get(g.text.toLowerCase());
    const cls = info ? info.cls : /^(the|this)\s/iu.test(g.text) && g.text.split(/\s+/u).length <= 3 ? "description" : null;
    if (cls === null) continue;
    let hit = refAt.get(`${g.start}:${g.end}`);
    if (!hit && cls === "description") hit = refs.find((r) => r.kind === "nominal" && g.start <= r.start && r.end <= g.end && g.head === r.text.split(/\s+/u).pop());
    const ok = hit !== undefined && (eidsOf.get(hit.entity)?.has(g.eid) ?? false);
    if (record && !ok) {
      const name = gold.entities.find((x) => x.eid === g.eid && x.named)?.text;
      misses.push(`${cls} ${gold.id}@${g.start} ${JSON.stringify(g.text)} = ${name} | ${gold.text.slice(Math.max(0, g.start - 70), g.end + 20).replace(/\s+/gu, " ")}`);
    }
    for (const c of [cls, "all"]) {
      const t = get(c);
      t.gold++;
      if (ok) t.found++;
    }
  }
}

const ours = new Map<string, Tally>();
const base = new Map<string, Tally>();
let docs = 0;
for (const file of values.gold) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const gold = JSON.parse(line) as GoldDoc;
    const doc = runPipeline(pipeline, new Doc(gold.id, gold.text));
    const entities = doc.get("entities");
    score(ours, gold, entities, doc.get("references"), true);
    score(base, gold, entities, nearestBaseline(gold.text, entities), false);
    docs++;
  }
}

console.log(`coreference of pronouns and descriptions to named entities: ${docs} documents (${values.gold.join(", ")})`);
console.log(`right: the gold mention at the reference has the eid of one of the entity's names\n`);
console.log(`${"class".padEnd(12)} ${"refs".padStart(5)} ${"P".padStart(5)} ${"gold".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}   | nearest: ${"refs".padStart(5)} ${"P".padStart(5)} ${"R".padStart(5)} ${"F1".padStart(5)}`);
for (const c of ["speaker", "speakers", "masculine", "feminine", "neuter", "plural", "description", "all"]) {
  const t = ours.get(c) ?? tally();
  const b = base.get(c) ?? tally();
  const [p, r, bp, br] = [t.right / (t.refs || 1), t.found / (t.gold || 1), b.right / (b.refs || 1), b.found / (b.gold || 1)];
  console.log(
    `${c.padEnd(12)} ${String(t.refs).padStart(5)} ${pct(t.right, t.refs)} ${String(t.gold).padStart(5)} ${pct(t.found, t.gold)} ${f1(p, r)}   |          ${String(b.refs).padStart(5)} ${pct(b.right, b.refs)} ${pct(b.found, b.gold)} ${f1(bp, br)}`,
  );
}
const n = Number(values.errors);
if (n > 0) {
  console.log(`\nwrong references (first ${n}):`);
  for (const e of errors.slice(0, n)) console.log(`  ${e}`);
}
const m = Number(values.missed);
if (m > 0) {
  console.log(`\nmissed gold references (first ${m}):`);
  for (const e of misses.slice(0, m)) console.log(`  ${e}`);
}
