import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { NewsDocument } from "../schema/document.js";
import { GAZ } from "../resources/gazetteer.js";
import { loadGazetteer } from "../resources/ner-data.js";
import { PRONOUNS } from "../nlp/coref/pronouns.js";
import type { Scheme } from "./scheme.js";
import type { GoldInput, PredInput } from "./score.js";
import type { LabelledSpan } from "./types.js";

const NormSchema = z
  .object({ when: z.string(), from: z.string(), to: z.string(), notBefore: z.string(), notAfter: z.string() })
  .partial();

const GoldSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string().min(1),
  text: z.string().optional(),
  norm: NormSchema.optional(),
});

export const GoldLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  entities: z.array(GoldSpanSchema),
  published: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});

export interface GoldDoc extends GoldInput {
  published: string | null;
  title: string | null;
}

export class CorpusError extends Error {
  override name = "CorpusError";
}

async function* jsonLines(path: string): AsyncGenerator<{ line: number; value: unknown }> {
  const input = path === "-" ? process.stdin : createReadStream(path, { encoding: "utf8" });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n += 1;
    const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    try {
      yield { line: n, value: JSON.parse(line) };
    } catch (err) {
      throw new CorpusError(`${path}:${n}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

/** Reads gold JSONL ({id, text, entities:[{start,end,type,text?,norm?}]} a line). Throws CorpusError on a bad line. */
export async function readGold(path: string): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for await (const { line, value } of jsonLines(path)) {
    const parsed = GoldLineSchema.safeParse(value);
    if (!parsed.success) throw new CorpusError(`${path}:${line}: not a gold document: ${z.prettifyError(parsed.error)}`);
    const d = parsed.data;
    const spans: LabelledSpan[] = [];
    for (const e of d.entities) {
      if (e.end < e.start || e.end > d.text.length)
        throw new CorpusError(`${path}:${line}: span ${e.start}-${e.end} lies outside the text (length ${d.text.length})`);
      const s: LabelledSpan = { start: e.start, end: e.end, label: e.type };
      if (e.norm) s.norm = e.norm;
      spans.push(s);
    }
    docs.push({ id: d.id, text: d.text, spans, published: d.published ?? null, title: d.title ?? null });
  }
  return docs;
}

/** The pseudo-type of a quantity or date record (see PSEUDO_TYPES). */
export function quantityType(kind: string): string {
  switch (kind) {
    case "count":
      return "CARDINAL";
    case "money":
      return "MONEY";
    case "percent":
      return "PERCENT";
    case "ordinal":
      return "ORDINAL";
    default:
      return "QUANTITY";
  }
}
export function dateType(kind: string): string {
  return kind === "time" ? "TIME" : "DATE";
}

type OutputLike = Pick<NewsDocument, "entities" | "quantities"> & { dates: ReadonlyArray<Omit<NewsDocument["dates"][number], "source" | "id" | "holiday"> & { holiday?: boolean | undefined }> } & Partial<Pick<NewsDocument, "references">> & { text?: string };

/**
 * A span as a system produced it, typed with our types: our entity mentions (with the extent the
 * scheme picked among the output's fields), references, dates, quantities, or another system's spans
 * (compromise's). Never changed from the text after it is made.
 */
export interface SystemSpan {
  /** our type or pseudo-type (PERSON, GPE, DATE, CARDINAL …) */
  type: string;
  start: number;
  end: number;
  layer: "entity" | "reference" | "date" | "quantity";
  /** the text of a date record; for a reference, the name of the entity it refers to */
  text?: string;
  /** a date's normalised value */
  value?: string | null;
  /** a date that is a named holiday ("Christmas", "Labor Day"): the scheme's `holidays` label, when it has one */
  holiday?: boolean;
}

type MentionLike = NewsDocument["entities"][number]["mentions"][number];

/**
 * The scored extents of our entity mentions, chosen among the output's own fields by the scheme's
 * `span`, `nested` and `nominals` (see SchemeSchema): the name, the name with its title, or the phrase
 * the mention heads; nominal mentions when the scheme counts them.
 */
export function mentionSpans(entities: OutputLike["entities"], scheme: Scheme): SystemSpan[] {
  const counted: Array<{ type: string; m: MentionLike }> = [];
  for (const e of entities)
    for (const m of e.mentions) {
      if (m.kind === "nominal" && !scheme.nominals) continue;
      counted.push({ type: e.type, m });
    }
  // the phrases some counted mention heads: a name inside one of them (a modifier, a name in a title) is that phrase's business
  const headed: Array<{ start: number; end: number; by: MentionLike }> = [];
  const heads = (m: MentionLike) => m.kind === "nominal" || (m.phrase !== undefined && m.phrase.end === m.end);
  if (scheme.span === "phrase") for (const { m } of counted) if (m.phrase && heads(m)) headed.push({ start: m.phrase.start, end: m.phrase.end, by: m });
  const inside = (m: MentionLike, start: number, end: number) => headed.some((h) => h.by !== m && h.start <= start && end <= h.end && (h.start < start || end < h.end || !heads(m)));
  const out: SystemSpan[] = [];
  const seen = new Set<string>();
  for (const { type, m } of counted) {
    let start = m.start;
    let end = m.end;
    // a person's title is part of the name's phrase: scored with it whenever the phrase is (also when the
    // name does not head its phrase, "President Trump's plan", and is scored by its own span)
    if ((scheme.span === "name+title" || scheme.span === "phrase") && type === "PERSON" && m.title) start = m.title.start;
    if (scheme.span === "phrase" && m.phrase) {
      if (heads(m)) {
        start = m.phrase.start;
        end = m.phrase.end;
      }
      if (!scheme.nested && inside(m, start, end)) continue;
    }
    const k = `${type}:${start}:${end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ type, start, end, layer: "entity" });
  }
  return out;
}

/**
 * Our output document as labelled spans in the scheme's label space: every mention of every
 * entity typed by its entity, with the extent the scheme picks among the mention's fields (and, when the
 * scheme scores them, every reference typed by its entity), every quantity and date by its pseudo-type.
 * Types the scheme does not map are left out and counted in `ignored`.
 */
export function outputToSpans(doc: OutputLike, scheme: Scheme): { spans: LabelledSpan[]; ignored: number } {
  const system: SystemSpan[] = mentionSpans(doc.entities, scheme);
  if (scheme.references !== "exclude") {
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    for (const r of doc.references ?? []) {
      // possessive determiners ("its security"), which some corpora do not mark as mentions
      if (scheme.references === "non-possessive" && PRONOUNS.get(r.text.toLowerCase())?.possessive === true) continue;
      const e = byId.get(r.entity);
      if (e !== undefined) system.push({ type: e.type, start: r.start, end: r.end, layer: "reference", text: e.name });
    }
  }
  for (const q of doc.quantities) system.push({ type: quantityType(q.kind), start: q.start, end: q.end, layer: "quantity" });
  for (const d of doc.dates) {
    const s: SystemSpan = { type: dateType(d.kind), start: d.start, end: d.end, layer: "date", text: d.text, value: d.value };
    if (d.holiday === true) s.holiday = true;
    system.push(s);
  }
  return systemToSpans(system, scheme, doc.text);
}

let peopleNounFn: ((name: string) => boolean) | null = null;
/** A nationality used as a noun for a people: "Syrians", "the Arabs" (the name without "s" is a nationality adjective). */
function peopleNoun(): (name: string) => boolean {
  if (peopleNounFn) return peopleNounFn;
  const gaz = loadGazetteer();
  peopleNounFn = (name) => {
    const l = name.toLowerCase().replace(/^the\s+/u, "");
    return !l.includes(" ") && l.length > 3 && l.endsWith("s") && (gaz.singleMask(l.slice(0, -1)) & (1 << GAZ.demonym)) !== 0;
  };
  return peopleNounFn;
}

/**
 * System spans (ours or another tagger's) through the scheme's type map, extents unchanged. The scheme
 * may leave out dates it never annotates (`unannotatedDates`, by the date's text) and label a people
 * ("Syrians") and a holiday with labels of their own.
 */
export function systemToSpans(system: readonly SystemSpan[], scheme: Scheme, text: string | undefined): { spans: LabelledSpan[]; ignored: number } {
  const spans: LabelledSpan[] = [];
  let ignored = 0;
  const people = scheme.peoples !== undefined && text !== undefined ? peopleNoun() : null;
  const skipDate = scheme.unannotatedDates === undefined ? null : new RegExp(`^(?:${scheme.unannotatedDates})$`, "iu");
  for (const s of system) {
    if (skipDate !== null && s.layer === "date" && s.text !== undefined && skipDate.test(s.text)) continue;
    // a people ("Syrians") and the references to it ("they") take the scheme's label for peoples
    const isPeople =
      people !== null && s.type === "NORP" && (s.layer === "reference" ? people(s.text ?? "") : s.layer === "entity" && people(text!.slice(s.start, s.end)));
    const label = s.holiday === true && scheme.holidays !== undefined ? scheme.holidays : isPeople ? scheme.peoples : scheme.map[s.type];
    if (label === undefined) {
      ignored += 1;
      continue;
    }
    const out: LabelledSpan = { start: s.start, end: s.end, label };
    if (s.layer === "date") out.value = s.value ?? null;
    spans.push(out);
  }
  return { spans, ignored };
}

const PredSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  type: z.string().min(1),
  value: z.string().nullable().optional(),
});
const LabelLineSchema = z.object({ id: z.union([z.string().min(1), z.number()]).transform(String), entities: z.array(PredSpanSchema) });
const OutputLineSchema = z.object({
  id: z.string().min(1),
  text: z.string().optional(),
  entities: z.array(
    z.object({
      id: z.string().optional(),
      type: z.string(),
      name: z.string().optional(),
      mentions: z.array(
        z.object({
          start: z.number().int(),
          end: z.number().int(),
          title: z.object({ start: z.number().int(), text: z.string().optional() }).optional(),
          kind: z.enum(["name", "nominal"]).optional(),
          phrase: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
        }),
      ),
    }),
  ),
  references: z.array(z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), entity: z.string() })).default([]),
  quantities: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.string() })).default([]),
  dates: z
    .array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.string(), value: z.string().nullable(), text: z.string().optional(), holiday: z.boolean().optional() }))
    .default([]),
});

/** Our output documents carry `schemaVersion`, or entities with `mentions`. */
export function isOutputDocument(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if ("schemaVersion" in v) return true;
  const ents = v.entities;
  return Array.isArray(ents) && ents.length > 0 && typeof ents[0] === "object" && ents[0] !== null && "mentions" in ents[0];
}

/**
 * Reads predictions. Each line is either
 *  - {id, entities:[{start, end, type, value?}]} with types in the corpus's label space (a type
 *    that is not one of the scheme's labels but is one of our types is mapped through the scheme), or
 *  - one of our output documents (as `newsfacts extract --out FILE.jsonl` writes), mapped through the scheme.
 * The format is decided line by line.
 */
export async function readPredictions(path: string, scheme: Scheme): Promise<PredInput[]> {
  const out: PredInput[] = [];
  const labels = new Set(scheme.labels);
  for await (const { line, value } of jsonLines(path)) {
    if (isOutputDocument(value)) {
      const parsed = OutputLineSchema.safeParse(value);
      if (!parsed.success) throw new CorpusError(`${path}:${line}: not an output document: ${z.prettifyError(parsed.error)}`);
      out.push({ id: parsed.data.id, spans: outputToSpans(parsed.data as unknown as OutputLike, scheme).spans });
      continue;
    }
    const parsed = LabelLineSchema.safeParse(value);
    if (!parsed.success)
      throw new CorpusError(`${path}:${line}: expected {id, entities:[{start,end,type}]} or an output document: ${z.prettifyError(parsed.error)}`);
    const spans: LabelledSpan[] = parsed.data.entities.map((e) => {
      const label = labels.has(e.type) ? e.type : (scheme.map[e.type] ?? e.type);
      const s: LabelledSpan = { start: e.start, end: e.end, label };
      if (e.value !== undefined) s.value = e.value;
      return s;
    });
    out.push({ id: parsed.data.id, spans });
  }
  return out;
}
