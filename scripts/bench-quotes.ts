/**
 * npm run bench:quotes — speaker accuracy of the pipeline's quotes on the quote-speaker dev set
 * bench/quotes/dev.json (GUM news texts and seed.txt; guide: bench/quotes/GUIDE.md).
 *
 * Each gold quotation is matched to the predicted quote that overlaps it most. Its speaker is right when
 * the predicted speaker is the entity that owns the gold speaker's name span (the entity with a mention
 * overlapping it; when none does, an entity whose name or alias is that text, else a person whose name
 * ends in the same word), or when both are null.
 * A gold quotation with no predicted quote counts as wrong.
 *
 *   npm run bench:quotes [-- --config pipeline.config.json] [--errors]
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config/load.js";
import { processText } from "../src/pipeline/run.js";
import type { Entity, Quote } from "../src/schema/index.js";

interface Span {
  start: number;
  end: number;
  text: string;
}
interface GoldQuote extends Span {
  doc: string;
  speaker: Span | null;
}
interface DevSet {
  documents: Array<{ id: string; text: string; published?: string }>;
  quotes: GoldQuote[];
}

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { config: { type: "string" }, errors: { type: "boolean", default: false }, gold: { type: "string" } } });
const loaded = loadConfig(values.config, root);
if (!loaded.ok) throw new Error(loaded.error);
const dev = JSON.parse(readFileSync(values.gold ? resolve(values.gold) : resolve(root, "bench/quotes/dev.json"), "utf8")) as DevSet;

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The entity that owns a name span: a mention overlapping it, else one named so. */
function ownerOf(span: Span, entities: readonly Entity[]): string | null {
  let best: { id: string; o: number } | null = null;
  for (const e of entities)
    for (const m of e.mentions) {
      const o = overlap(m, span);
      if (o > 0 && (!best || o > best.o)) best = { id: e.id, o };
    }
  if (best) return best.id;
  // no entity covers the name there: one named so, or by its last word ("Caitlin Boswell" = the entity "Boswell")
  const t = span.text.toLowerCase();
  const last = (s: string): string => s.toLowerCase().split(/\s+/u).pop() ?? "";
  return (
    entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === t))?.id ??
    entities.find((e) => e.type === "PERSON" && [e.name, ...e.aliases].some((n) => last(n) === last(t)))?.id ??
    null
  );
}

let found = 0;
let right = 0;
let rightOnFound = 0;
let named = 0;
let namedRight = 0;
const errors: string[] = [];
const t0 = performance.now();
for (const d of dev.documents) {
  const doc = processText(loaded.pipeline, d.id, d.text, { published: d.published ?? null });
  const entities = doc.get("entities");
  const quotes: readonly Quote[] = doc.get("quotes");
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const g of dev.quotes.filter((q) => q.doc === d.id)) {
    let pred: Quote | null = null;
    for (const q of quotes) if (overlap(q, g) > 0 && (!pred || overlap(q, g) > overlap(pred, g))) pred = q;
    const want = g.speaker ? ownerOf(g.speaker, entities) : null;
    const ok = pred !== null && (g.speaker === null ? pred.speaker === null : want !== null && pred.speaker === want);
    if (pred) found++;
    if (ok) right++;
    if (ok && pred) rightOnFound++;
    if (g.speaker) {
      named++;
      if (ok) namedRight++;
    }
    if (!ok) {
      const got = pred === null ? "no quote" : pred.speaker === null ? "null" : `${byId.get(pred.speaker)?.name ?? pred.speaker}`;
      errors.push(`${d.id} [${g.start},${g.end}] "${g.text.slice(0, 50)}…": gold ${g.speaker ? `${g.speaker.text}${want ? "" : " (no entity)"}` : "null"}, got ${got}${pred ? ` (${pred.source})` : ""}`);
    }
  }
}
const ms = performance.now() - t0;
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : "-");
const n = dev.quotes.length;
console.log(`quote speakers: bench/quotes/dev.json, ${dev.documents.length} documents, ${n} gold quotations (${named} with a named speaker), config ${loaded.path ?? "default"}, ${(ms / 1000).toFixed(1)} s`);
console.log(`  quotations found (overlap)      ${pct(found, n)}% (${found}/${n})`);
console.log(`  speaker accuracy, all           ${pct(right, n)}% (${right}/${n})`);
console.log(`  speaker accuracy, found quotes  ${pct(rightOnFound, found)}% (${rightOnFound}/${found})`);
console.log(`  speaker accuracy, named gold    ${pct(namedRight, named)}% (${namedRight}/${named})`);
if (values.errors) for (const e of errors) console.log(`  ${e}`);
