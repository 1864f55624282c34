import { z } from "zod";
import { DateSchema } from "./date.js";
import { DiagnosticSchema } from "./diagnostic.js";
import { EntitySchema } from "./entity.js";
import { QuantitySchema } from "./quantity.js";
import { QuoteSchema } from "./quote.js";
import { ReferenceSchema } from "./reference.js";
import { ParagraphSchema, SectionSchema, SentenceSchema } from "./segments.js";
import { NounPhraseSchema, TokenSchema } from "./syntax.js";

/** Bump the major on any breaking change to the output contract, the minor when a field is added (1.1.0: `references`; 1.2.0: `meta.extractor`, `tokens`, `nounPhrases`). */
export const SCHEMA_VERSION = "1.2.0";

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

export const DocumentSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: z.string().min(1),
    text: z.string().describe("the article text exactly as read; every offset indexes into it (UTF-16)"),
    meta: MetaSchema,
    sections: z.array(SectionSchema),
    paragraphs: z.array(ParagraphSchema),
    sentences: z.array(SentenceSchema),
    entities: z.array(EntitySchema),
    references: z
      .array(ReferenceSchema)
      .describe("pronouns and definite noun phrases that refer to an entity ('he', 'its', 'the group'), in text order; entity mentions hold names only"),
    quantities: z.array(QuantitySchema),
    dates: z.array(DateSchema),
    quotes: z.array(QuoteSchema),
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
  return { ...v, schemaVersion: SCHEMA_VERSION, references: v.references ?? [], writtenAs: v.schemaVersion };
}

interface Located {
  path: string;
  start: number;
  end: number;
  text?: string;
}

function* spans(doc: NewsDocument): Generator<Located> {
  for (const [i, s] of doc.sections.entries()) {
    yield { path: `sections[${i}]`, ...s };
    if (s.heading) yield { path: `sections[${i}].heading`, ...s.heading };
  }
  for (const [i, s] of doc.paragraphs.entries()) yield { path: `paragraphs[${i}]`, ...s };
  for (const [i, s] of doc.sentences.entries()) yield { path: `sentences[${i}]`, ...s };
  for (const [i, e] of doc.entities.entries())
    for (const [j, m] of e.mentions.entries()) {
      yield { path: `entities[${i}].mentions[${j}]`, start: m.start, end: m.end, text: m.text };
      if (m.title) yield { path: `entities[${i}].mentions[${j}].title`, ...m.title };
    }
  for (const [i, r] of doc.references.entries()) yield { path: `references[${i}]`, ...r };
  for (const [i, q] of doc.quantities.entries()) yield { path: `quantities[${i}]`, ...q };
  for (const [i, d] of doc.dates.entries()) yield { path: `dates[${i}]`, ...d };
  for (const [i, q] of doc.quotes.entries()) {
    yield { path: `quotes[${i}]`, ...q };
    if (q.cue) yield { path: `quotes[${i}].cue`, ...q.cue };
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
  const entityIds = new Set(doc.entities.map((e) => e.id));
  const dateIds = new Set(doc.dates.map((d) => d.id));
  for (const [i, q] of doc.quantities.entries()) {
    if (q.time !== undefined && !dateIds.has(q.time)) errors.push(`quantities[${i}].time: no date ${q.time}`);
    if (q.sentence >= doc.sentences.length) errors.push(`quantities[${i}].sentence: no sentence ${q.sentence}`);
  }
  for (const [i, r] of doc.references.entries()) if (!entityIds.has(r.entity)) errors.push(`references[${i}].entity: no entity ${r.entity}`);
  const nTokens = doc.tokens?.length ?? 0;
  for (const [i, t] of (doc.tokens ?? []).entries()) if (t.head >= nTokens) errors.push(`tokens[${i}].head: no token ${t.head}`);
  for (const [i, p] of (doc.nounPhrases ?? []).entries()) if (p.head >= nTokens) errors.push(`nounPhrases[${i}].head: no token ${p.head}`);
  for (const [i, q] of doc.quotes.entries())
    if (q.speaker !== null && !entityIds.has(q.speaker)) errors.push(`quotes[${i}].speaker: no entity ${q.speaker}`);
  return errors;
}

/** The output contract: schema-valid and offset-consistent. */
export const ValidDocumentSchema = DocumentSchema.superRefine((doc, ctx) => {
  for (const message of offsetErrors(doc)) ctx.addIssue({ code: "custom", message });
});
