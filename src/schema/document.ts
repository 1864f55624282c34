import { z } from "zod";
import { DiagnosticSchema } from "./diagnostic.js";
import { OUTPUT_LAYERS } from "./layers.js";
import { NounPhraseSchema, TokenSchema } from "./syntax.js";

/**
 * Bump the major on any breaking change to the output contract, the minor when a field is added
 * (1.1.0: `references`; 1.2.0: `origin`, `trail`, `holiday`, diagnostics' `severity`, every
 * non-entity `source` written "<stage>:<rule>", `meta.extractor`, and the optional `tokens` and
 * `nounPhrases`; 1.3.0: `events` and `checks`; 1.4.0: quantities' `currency` and `amount` for minor currency units; 1.5.0: entity mentions'
 * `source` written "entities:<rule>" with `origin` and `trail`, as every other record's, and dates' `relative`; 1.6.0: quantities'
 * `unitText` and `base`).
 */
export const SCHEMA_VERSION = "1.6.0";

export const MetaSchema = z.object({
  title: z.string().nullable().describe("the article's title: front matter, else its first headline"),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe("publication date (ISO 8601 calendar date), or null when unknown"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 of `text` as UTF-8"),
  extractor: z
    .string()
    .optional()
    .describe("the extractor version that wrote the document: package version + hash of code, models and config (set by `extract`; a re-run skips an article whose text hash and extractor are unchanged)"),
});
export type Meta = z.infer<typeof MetaSchema>;

type OutputLayerShape = { [S in (typeof OUTPUT_LAYERS)[number] as S["name"]]: z.ZodArray<S["record"]> };

/** One array field per output layer (src/schema/layers.ts), in the layers' order. */
const layerShape = Object.fromEntries(
  OUTPUT_LAYERS.map((l) => {
    const field = z.array(l.record);
    return [l.name, "description" in l && l.description ? field.describe(l.description) : field];
  }),
) as unknown as OutputLayerShape;

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    text: z.string().describe("the article text exactly as read; every offset indexes into it (UTF-16)"),
    meta: MetaSchema,
    ...layerShape,
    tokens: z
      .array(TokenSchema)
      .optional()
      .describe("every token with part of speech, lemma, head and relation (only when the syntax stage's `emit` option is on)"),
    nounPhrases: z
      .array(NounPhraseSchema)
      .optional()
      .describe("base noun phrases from the parse, with their head token and maximal phrase (with tokens)"),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({
    title: "newsfacts document",
    description: "One article with its standoff annotations. Offsets are UTF-16 code units, end-exclusive.",
  });
export type NewsDocument = z.infer<typeof DocumentSchema>;

/**
 * Reads a document written by an earlier minor version of the same major (1.0.0 had no
 * `references`): the missing fields get their empty value and `schemaVersion` the current one, so
 * the document validates; the version it was written as is kept in `writtenAs`. Other values are
 * returned unchanged (and fail validation with a clear message).
 */
export function upgradeDocument(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  const v = value as Record<string, unknown>;
  const major = SCHEMA_VERSION.split(".")[0];
  if (typeof v.schemaVersion !== "string" || v.schemaVersion === SCHEMA_VERSION || v.schemaVersion.split(".")[0] !== major) return value;
  const missing: Record<string, unknown[]> = {};
  for (const l of OUTPUT_LAYERS) if (v[l.name] === undefined) missing[l.name] = [];
  const out: Record<string, unknown> = { ...v, ...missing, schemaVersion: SCHEMA_VERSION, writtenAs: v.schemaVersion };
  if (minorOf(v.schemaVersion) < 2) Object.assign(out, sourcesBefore1_2(out));
  if (minorOf(v.schemaVersion) < 5) Object.assign(out, mentionSourcesBefore1_5(out));
  return out;
}

const minorOf = (version: string): number => Number(version.split(".")[1] ?? 0);

/** Before 1.2.0 dates, quantities and quotes wrote bare rule names ("year", "count:noun", "quote:before"). */
const BARE_HOLIDAY_RULES = new Set(["holiday", "movable-holiday"]);
function sourcesBefore1_2(v: Record<string, unknown>): Record<string, unknown> {
  const each = (layer: string, f: (r: Record<string, unknown>) => Record<string, unknown>) =>
    Array.isArray(v[layer]) ? { [layer]: (v[layer] as unknown[]).map((r) => (r !== null && typeof r === "object" ? f(r as Record<string, unknown>) : r)) } : {};
  const str = (x: unknown): string => (typeof x === "string" ? x : "");
  return {
    ...each("dates", (d) => ({ ...d, ...(BARE_HOLIDAY_RULES.has(str(d.source)) ? { holiday: true } : {}), source: `dates:${str(d.source)}` })),
    ...each("quantities", (q) => ({ ...q, source: `quantities:${str(q.source).replace(":", "-")}` })),
    ...each("quotes", (q) => ({ ...q, source: str(q.source).replace(/^quote:/, "quotes:") })),
  };
}

/** Before 1.5.0 entity mentions wrote "model", "gazetteer" and "rule:<name>": the rule files that write them now. */
const ENTITY_RULE_BEFORE_1_5: Readonly<Record<string, string>> = {
  model: "model-spans", gazetteer: "gazetteer-names", "rule:trim-title": "model-spans", "rule:person-name": "model-spans",
  "rule:caps-verb": "caps-verbs", "rule:event": "events", "rule:org-noun": "org-nouns", "rule:media": "media", "rule:company": "companies",
  "rule:alias": "aliases", "rule:team": "teams", "rule:town": "teams", "rule:sports": "sports", "rule:bracketed-nationality": "bracketed-nationality",
  "rule:cricket": "cricket", "rule:initials": "people", "rule:surname": "people", "rule:leader": "leaders", "rule:work": "works",
  "rule:the-body": "the-body", "rule:title-org": "title-orgs", "rule:given-name": "given-names", "rule:unit": "units",
  "rule:possessive-name": "possessive-names", "rule:title": "name-titles", "rule:acronym": "acronyms", "rule:demonym": "demonyms",
  "rule:state-org": "state-orgs", "rule:dateline": "datelines", "rule:headline": "headlines",
};
function mentionSourcesBefore1_5(v: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(v.entities)) return {};
  const mention = (m: unknown): unknown => {
    if (m === null || typeof m !== "object") return m;
    const r = m as Record<string, unknown>;
    const rule = typeof r.source === "string" ? ENTITY_RULE_BEFORE_1_5[r.source] : undefined;
    return rule ? { ...r, source: `entities:${rule}` } : r;
  };
  return {
    entities: v.entities.map((e) =>
      e !== null && typeof e === "object" && Array.isArray((e as Record<string, unknown>).mentions) ? { ...e, mentions: ((e as Record<string, unknown>).mentions as unknown[]).map(mention) } : e,
    ),
  };
}

interface Located {
  path: string;
  start: number;
  end: number;
  text?: string;
}

function* spans(doc: NewsDocument): Generator<Located> {
  for (const l of OUTPUT_LAYERS) {
    const records = doc[l.name] as readonly { start: number; end: number; text?: string }[];
    for (const [i, r] of records.entries()) {
      const path = `${l.name}[${i}]`;
      if (!("spanless" in l && l.spanless)) yield { path, start: r.start, end: r.end, ...(typeof r.text === "string" ? { text: r.text } : {}) };
      if ("spans" in l) for (const s of (l.spans as (x: unknown) => Located[])(r)) yield { ...s, path: path + s.path };
    }
  }
  for (const [i, t] of (doc.tokens ?? []).entries()) yield { path: `tokens[${i}]`, start: t.start, end: t.end };
  for (const [i, p] of (doc.nounPhrases ?? []).entries()) {
    yield { path: `nounPhrases[${i}]`, start: p.start, end: p.end };
    yield { path: `nounPhrases[${i}].max`, ...p.max };
  }
  for (const [i, d] of doc.diagnostics.entries())
    if (d.start !== undefined && d.end !== undefined) yield { path: `diagnostics[${i}]`, start: d.start, end: d.end };
}

/**
 * Every span lies inside the text and its `text` equals `text.slice(start, end)`;
 * ids referenced by quantities, references and quotes exist. Returns one message per violation.
 */
export function offsetErrors(doc: NewsDocument): string[] {
  const errors: string[] = [];
  const n = doc.text.length;
  for (const s of spans(doc)) {
    if (s.start > s.end || s.end > n) errors.push(`${s.path}: [${s.start},${s.end}) is outside the text (length ${n})`);
    else if (s.text !== undefined && doc.text.slice(s.start, s.end) !== s.text)
      errors.push(`${s.path}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(doc.text.slice(s.start, s.end))}`);
  }
  const nTokens = doc.tokens?.length ?? 0;
  for (const [i, t] of (doc.tokens ?? []).entries()) if (t.head >= nTokens) errors.push(`tokens[${i}].head: no token ${t.head}`);
  for (const [i, p] of (doc.nounPhrases ?? []).entries()) if (p.head >= nTokens) errors.push(`nounPhrases[${i}].head: no token ${p.head}`);
  const entityIds = new Set(doc.entities.map((e) => e.id));
  const dateIds = new Set(doc.dates.map((d) => d.id));
  for (const [i, q] of doc.quantities.entries()) {
    if (q.time !== undefined && !dateIds.has(q.time)) errors.push(`quantities[${i}].time: no date ${q.time}`);
    if (q.sentence >= doc.sentences.length) errors.push(`quantities[${i}].sentence: no sentence ${q.sentence}`);
  }
  for (const [i, r] of doc.references.entries()) if (!entityIds.has(r.entity)) errors.push(`references[${i}].entity: no entity ${r.entity}`);
  for (const [i, q] of doc.quotes.entries())
    if (q.speaker !== null && !entityIds.has(q.speaker)) errors.push(`quotes[${i}].speaker: no entity ${q.speaker}`);
  const quantityIds = new Set(doc.quantities.map((q) => q.id));
  const quoteIds = new Set(doc.quotes.map((q) => q.id));
  const need = (ok: boolean, message: string) => {
    if (!ok) errors.push(message);
  };
  for (const [i, e] of doc.events.entries()) {
    const at = `events[${i}]`;
    if (e.count !== undefined) need(quantityIds.has(e.count), `${at}.count: no quantity ${e.count}`);
    if (e.time !== undefined) need(dateIds.has(e.time), `${at}.time: no date ${e.time}`);
    for (const p of e.places) need(entityIds.has(p), `${at}.places: no entity ${p}`);
    for (const role of ["agent", "object"] as const) {
      const x = e[role];
      if (x?.entity !== undefined) need(entityIds.has(x.entity), `${at}.${role}.entity: no entity ${x.entity}`);
    }
    if (e.attribution?.speaker !== undefined) need(entityIds.has(e.attribution.speaker), `${at}.attribution.speaker: no entity ${e.attribution.speaker}`);
    if (e.attribution?.quote !== undefined) need(quoteIds.has(e.attribution.quote), `${at}.attribution.quote: no quote ${e.attribution.quote}`);
    need(e.sentence < doc.sentences.length, `${at}.sentence: no sentence ${e.sentence}`);
  }
  for (const [i, c] of doc.checks.entries())
    for (const id of [c.total, ...c.parts]) need(quantityIds.has(id), `checks[${i}]: no quantity ${id}`);
  return errors;
}

/** The output contract: schema-valid and offset-consistent. */
export const ValidDocumentSchema = DocumentSchema.superRefine((doc, ctx) => {
  for (const message of offsetErrors(doc)) ctx.addIssue({ code: "custom", message });
});
