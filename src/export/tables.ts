import type { LooseRecord, ReadDocument } from "./read-docs.js";

/** Column types: what a CSV cell holds and the Parquet physical/logical type. LIST = a list of strings (a Parquet JSON column, a CSV cell holding a JSON array). */
export type ColumnType = "STRING" | "INT32" | "DOUBLE" | "BOOLEAN" | "LIST";

export interface Column {
  name: string;
  type: ColumnType;
  /** part of the table's key */
  key?: boolean;
  doc: string;
}

export type Cell = string | number | boolean | null | string[];

export interface Table {
  name: string;
  doc: string;
  /** written only when some document has the layer (syntax stage, issue 14) */
  optional?: boolean;
  columns: Column[];
  rows(doc: ReadDocument): Iterable<Cell[]>;
}

const DOC_ID: Column = { name: "doc_id", type: "STRING", key: true, doc: "the document's id (documents.doc_id)" };
const span = (what: string): Column[] => [
  { name: "start", type: "INT32", doc: `UTF-16 offset of the ${what}'s first character in documents.text` },
  { name: "end", type: "INT32", doc: "UTF-16 offset one past its last character (end-exclusive)" },
  { name: "text", type: "STRING", doc: "documents.text from start to end" },
];
const SOURCE: Column = { name: "source", type: "STRING", doc: "the stage and rule that produced the record" };
const SENTENCE: Column = { name: "sentence_id", type: "INT32", doc: "index of the sentence holding the span's start (sentences.sentence_id)" };

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
const s = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : v === undefined || v === null ? null : JSON.stringify(v));
const n = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const int = (v: unknown): number | null => (typeof v === "number" && Number.isInteger(v) ? v : null);

/** Index of the sentence holding `offset` (binary search over the sorted sentences), or null. */
function sentenceOf(doc: ReadDocument, offset: number): number | null {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.end <= offset) lo = mid + 1;
    else if (ss[mid]!.start > offset) hi = mid - 1;
    else return mid;
  }
  return null;
}

/** For the optional layers: a record's `id`, else its index. */
const recordId = (r: LooseRecord, i: number): string => s(r.id) ?? String(i);

export const TABLES: Table[] = [
  {
    name: "documents",
    doc: "one row per article",
    columns: [
      DOC_ID,
      { name: "title", type: "STRING", doc: "meta.title: front matter, else the first headline; null when unknown" },
      { name: "published", type: "STRING", doc: "meta.published, ISO 8601 date YYYY-MM-DD; null when unknown" },
      { name: "sha256", type: "STRING", doc: "SHA-256 of text as UTF-8" },
      { name: "schema_version", type: "STRING", doc: "the output schema version the document was written with" },
      { name: "text_length", type: "INT32", doc: "length of text in UTF-16 code units (the offsets' unit)" },
      { name: "sentences", type: "INT32", doc: "number of sentences" },
      { name: "entities", type: "INT32", doc: "number of entities" },
      { name: "quantities", type: "INT32", doc: "number of quantities" },
      { name: "dates", type: "INT32", doc: "number of dates" },
      { name: "quotes", type: "INT32", doc: "number of quotes" },
      { name: "text", type: "STRING", doc: "the article text exactly as read" },
    ],
    *rows(d) {
      yield [d.id, d.meta.title, d.meta.published, d.meta.sha256, d.schemaVersion, d.text.length, d.sentences.length, d.entities.length, d.quantities.length, d.dates.length, d.quotes.length, d.text];
    },
  },
  {
    name: "sentences",
    doc: "one row per sentence; key (doc_id, sentence_id)",
    columns: [DOC_ID, { name: "sentence_id", type: "INT32", key: true, doc: "0-based index of the sentence in the document" }, ...span("sentence")],
    *rows(d) {
      for (const [i, x] of d.sentences.entries()) yield [d.id, i, x.start, x.end, d.text.slice(x.start, x.end)];
    },
  },
  {
    name: "entities",
    doc: "one row per entity (all its mentions resolved to one); key (doc_id, entity_id)",
    columns: [
      DOC_ID,
      { name: "entity_id", type: "STRING", key: true, doc: "the entity's id within the document (E1, E2…)" },
      { name: "type", type: "STRING", doc: "OntoNotes type: PERSON, NORP, FAC, ORG, GPE, LOC, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE" },
      { name: "name", type: "STRING", doc: "canonical name: the longest full form the article uses" },
      { name: "aliases", type: "LIST", doc: "other surface forms, sorted, without the name" },
      { name: "mentions", type: "INT32", doc: "number of mentions (rows in mentions)" },
    ],
    *rows(d) {
      for (const e of d.entities) yield [d.id, e.id, e.type, e.name, e.aliases, e.mentions.length];
    },
  },
  {
    name: "mentions",
    doc: "one row per entity mention; key (doc_id, entity_id, mention_id)",
    columns: [
      DOC_ID,
      { name: "entity_id", type: "STRING", key: true, doc: "the entity mentioned (entities.entity_id)" },
      { name: "mention_id", type: "INT32", key: true, doc: "0-based index of the mention within the entity, in text order" },
      { name: "type", type: "STRING", doc: "the entity's type (repeated for convenience)" },
      ...span("mention"),
      SENTENCE,
      { name: "title", type: "STRING", doc: "people only: the title written before the name ('President'); null otherwise" },
      { name: "kind", type: "STRING", doc: "'name', or 'nominal' for a common-noun phrase naming a specific organisation, group or place ('Moroccan security services')" },
      { name: "phrase_start", type: "INT32", doc: "start of the noun phrase the mention heads or names ('the Syrian town of Dabiq'); null without the syntax stage" },
      { name: "phrase_end", type: "INT32", doc: "end of that noun phrase (end-exclusive); null without the syntax stage" },
      SOURCE,
    ],
    *rows(d) {
      for (const e of d.entities)
        for (const [i, m] of e.mentions.entries())
          yield [d.id, e.id, i, e.type, m.start, m.end, m.text, sentenceOf(d, m.start), m.title?.text ?? null, m.kind ?? "name", m.phrase?.start ?? null, m.phrase?.end ?? null, m.source];
    },
  },
  {
    name: "references",
    doc: "one row per pronoun or definite noun phrase resolved to an entity (coref); key (doc_id, reference_id)",
    columns: [
      DOC_ID,
      { name: "reference_id", type: "INT32", key: true, doc: "0-based index in text order" },
      ...span("reference"),
      { name: "kind", type: "STRING", doc: "pronoun or nominal" },
      { name: "entity_id", type: "STRING", doc: "the entity referred to (entities.entity_id)" },
      SENTENCE,
      SOURCE,
    ],
    *rows(d) {
      for (const [i, r] of d.references.entries()) yield [d.id, i, r.start, r.end, r.text, r.kind, r.entity, sentenceOf(d, r.start), r.source];
    },
  },
  {
    name: "quantities",
    doc: "one row per quantity; key (doc_id, quantity_id)",
    columns: [
      DOC_ID,
      { name: "quantity_id", type: "STRING", key: true, doc: "the quantity's id within the document (Q1…)" },
      ...span("quantity"),
      { name: "kind", type: "STRING", doc: "count, money, percent, measure or ordinal" },
      { name: "value", type: "DOUBLE", doc: "the single value; null for a range" },
      { name: "low", type: "DOUBLE", doc: "lower end of a range or vague magnitude; null otherwise" },
      { name: "high", type: "DOUBLE", doc: "upper end of a range or vague magnitude; null otherwise" },
      { name: "unit", type: "STRING", doc: "normalised unit: ISO 4217 code for money, 'percent', 'percentage point' or a unit name; null for counts" },
      { name: "unit_text", type: "STRING", doc: "the unit or currency as written ('km', 'US$'); null when not written on this quantity" },
      { name: "base_value", type: "DOUBLE", doc: "the value in the base unit (base_unit); null for a range or when there is none" },
      { name: "base_low", type: "DOUBLE", doc: "lower end of a range in the base unit" },
      { name: "base_high", type: "DOUBLE", doc: "upper end of a range in the base unit" },
      { name: "base_unit", type: "STRING", doc: "metre, kilogram, second, kelvin, … or the ISO 4217 code of money's main unit; null when the unit has no base" },
      { name: "counted", type: "STRING", doc: "lemma of the counted noun ('548 people' -> 'person')" },
      { name: "counted_text", type: "STRING", doc: "the counted noun phrase as written" },
      { name: "modifier", type: "STRING", doc: "the modifier as written ('about', 'more than')" },
      { name: "change", type: "STRING", doc: "normalised modifier: = ~ > < >= <= up down" },
      { name: "concept", type: "STRING", doc: "the thing measured, when the sentence says it" },
      { name: "date_id", type: "STRING", doc: "the date that scopes the quantity (dates.date_id)" },
      { name: "sentence_id", type: "INT32", doc: "the quantity's sentence (sentences.sentence_id)" },
      SOURCE,
    ],
    *rows(d) {
      for (const q of d.quantities)
        yield [d.id, q.id, q.start, q.end, q.text, q.kind, q.value, opt(q.low), opt(q.high), opt(q.unit), opt(q.unitText), q.base?.value ?? null, opt(q.base?.low), opt(q.base?.high), opt(q.base?.unit), opt(q.counted), opt(q.countedText), opt(q.modifier), q.change, opt(q.concept), opt(q.time), q.sentence, q.source];
    },
  },
  {
    name: "dates",
    doc: "one row per date expression; key (doc_id, date_id)",
    columns: [
      DOC_ID,
      { name: "date_id", type: "STRING", key: true, doc: "the date's id within the document (D1…)" },
      ...span("date"),
      { name: "kind", type: "STRING", doc: "date, interval, duration, time or set" },
      { name: "value", type: "STRING", doc: "ISO 8601 value (2016, 2016-05-04, 2015/2016, P3Y); null when unresolved" },
      SENTENCE,
      SOURCE,
    ],
    *rows(d) {
      for (const x of d.dates) yield [d.id, x.id, x.start, x.end, x.text, x.kind, x.value, sentenceOf(d, x.start), x.source];
    },
  },
  {
    name: "quotes",
    doc: "one row per quotation; key (doc_id, quote_id)",
    columns: [
      DOC_ID,
      { name: "quote_id", type: "STRING", key: true, doc: "the quote's id within the document (C1…)" },
      ...span("quoted words (without the quotation marks)"),
      { name: "speaker_id", type: "STRING", doc: "the speaking entity (entities.entity_id); null when unattributed" },
      { name: "speaker_name", type: "STRING", doc: "that entity's canonical name" },
      { name: "cue", type: "STRING", doc: "the speech verb as written ('said'); null when none" },
      { name: "cue_start", type: "INT32", doc: "offset of the cue" },
      SENTENCE,
      SOURCE,
    ],
    *rows(d) {
      const names = new Map(d.entities.map((e) => [e.id, e.name]));
      for (const q of d.quotes) yield [d.id, q.id, q.start, q.end, q.text, q.speaker, q.speaker ? (names.get(q.speaker) ?? null) : null, q.cue?.text ?? null, q.cue?.start ?? null, sentenceOf(d, q.start), q.source];
    },
  },
  {
    name: "tokens",
    optional: true,
    doc: "one row per token, when the syntax stage wrote `tokens[]`; key (doc_id, token_id)",
    columns: [
      DOC_ID,
      { name: "token_id", type: "INT32", key: true, doc: "0-based index of the token in the document" },
      ...span("token"),
      { name: "lemma", type: "STRING", doc: "the token's lemma, when given" },
      { name: "pos", type: "STRING", doc: "part of speech (UPOS), when given" },
      { name: "tag", type: "STRING", doc: "fine-grained tag, when given" },
      { name: "head", type: "INT32", doc: "token_id of the syntactic head, when given" },
      { name: "dep", type: "STRING", doc: "dependency relation to the head, when given" },
      SENTENCE,
    ],
    *rows(d) {
      for (const [i, t] of (d.tokens ?? []).entries()) {
        const start = int(t.start) ?? 0;
        const end = int(t.end) ?? start;
        yield [d.id, i, start, end, d.text.slice(start, end), s(t.lemma), s(t.upos), s(t.xpos), int(t.head), s(t.deprel), sentenceOf(d, start)];
      }
    },
  },
  {
    name: "noun_phrases",
    optional: true,
    doc: "one row per noun phrase, when the syntax stage wrote `nounPhrases[]`; key (doc_id, noun_phrase_id)",
    columns: [DOC_ID, { name: "noun_phrase_id", type: "STRING", key: true, doc: "the phrase's id, else its 0-based index" }, ...span("noun phrase"), { name: "head", type: "STRING", doc: "the head (as given by the syntax stage)" }, SENTENCE],
    *rows(d) {
      for (const [i, p] of (d.nounPhrases ?? []).entries()) {
        const start = int(p.start) ?? 0;
        const end = int(p.end) ?? start;
        yield [d.id, recordId(p, i), start, end, d.text.slice(start, end), s(p.head), sentenceOf(d, start)];
      }
    },
  },
  {
    name: "events",
    doc: "one row per event (issue 14): who did what to how many, when, where, says who; key (doc_id, event_id)",
    columns: [
      DOC_ID,
      { name: "event_id", type: "STRING", key: true, doc: "the event's id (EV1, EV2, ...)" },
      { name: "class", type: "STRING", doc: "event class (arrest, dismantle, attack, ...; docs/events.md)" },
      { name: "modality", type: "STRING", doc: "asserted, negated, attempted, planned or possible" },
      { name: "trigger", type: "STRING", doc: "the trigger word as written" },
      { name: "start", type: "INT32", doc: "UTF-16 offset of the trigger in documents.text" },
      { name: "end", type: "INT32", doc: "end of the trigger (end-exclusive)" },
      { name: "sentence_id", type: "INT32", doc: "index of the event's sentence (sentences.sentence_id)" },
      { name: "count", type: "DOUBLE", doc: "how many (the count quantity's value; its low end for a range), when given" },
      { name: "count_id", type: "STRING", doc: "the count quantity's id (quantities.quantity_id)" },
      { name: "agent", type: "STRING", doc: "who did it, as written" },
      { name: "agent_entity", type: "STRING", doc: "the agent's entity id (entities.entity_id), when known" },
      { name: "object", type: "STRING", doc: "whom or what it was done to, as written" },
      { name: "object_lemma", type: "STRING", doc: "lemma of the object's head noun ('person')" },
      { name: "object_entity", type: "STRING", doc: "the object's entity id, when known" },
      { name: "time", type: "STRING", doc: "the date's ISO value (dates.value), when given and resolved" },
      { name: "time_id", type: "STRING", doc: "the date's id (dates.date_id)" },
      { name: "places", type: "LIST", doc: "names of the places (entity canonical names)" },
      { name: "place_ids", type: "LIST", doc: "entity ids of the places" },
      { name: "speaker", type: "STRING", doc: "entity id of who says so, when known" },
      { name: "quote_id", type: "STRING", doc: "the quotation that holds the event (quotes.quote_id)" },
      SOURCE,
    ],
    *rows(d) {
      const q = new Map(d.quantities.map((x) => [x.id, x]));
      const dt = new Map(d.dates.map((x) => [x.id, x]));
      const names = new Map(d.entities.map((x) => [x.id, x.name]));
      for (const e of d.events) {
        const c = e.count === undefined ? undefined : q.get(e.count);
        yield [d.id, e.id, e.class, e.modality, e.trigger.text, e.trigger.start, e.trigger.end, e.sentence, c ? (c.value ?? c.low ?? null) : null, opt(e.count),
          e.agent?.text ?? null, e.agent?.entity ?? null, e.object?.text ?? null, e.object?.lemma ?? null, e.object?.entity ?? null,
          e.time === undefined ? null : (dt.get(e.time)?.value ?? null), opt(e.time), e.places.map((p) => names.get(p) ?? p), e.places,
          e.attribution?.speaker ?? null, e.attribution?.quote ?? null, e.source];
      }
    },
  },
  {
    name: "checks",
    doc: "one row per check that numbers add up (issue 14): a total and its parts, or a whole and a part; key (doc_id, check_id)",
    columns: [
      DOC_ID,
      { name: "check_id", type: "STRING", key: true, doc: "the check's id (K1, K2, ...)" },
      { name: "kind", type: "STRING", doc: "sum (the parts add up to the total) or subset (the part is at most the whole)" },
      { name: "status", type: "STRING", doc: "ok or mismatch" },
      { name: "total", type: "DOUBLE", doc: "the total's value" },
      { name: "parts", type: "LIST", doc: "the parts' values as written in the text" },
      { name: "total_id", type: "STRING", doc: "the total's quantity id" },
      { name: "part_ids", type: "LIST", doc: "the parts' quantity ids" },
      { name: "sentence_id", type: "INT32", doc: "index of the sentence of the parts" },
      SOURCE,
    ],
    *rows(d) {
      const q = new Map(d.quantities.map((x) => [x.id, x]));
      for (const c of d.checks)
        yield [d.id, c.id, c.kind, c.status, q.get(c.total)?.value ?? null, c.parts.map((p) => q.get(p)?.text ?? p), c.total, c.parts, c.sentence, c.source];
    },
  },
];
