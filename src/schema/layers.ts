import { DateSchema } from "./date.js";
import { EntitySchema, type Entity } from "./entity.js";
import { defineLayer, fieldChanges, quoted as q, spanKey as key, spanLabel as span, type LayerSpec } from "./layer-spec.js";
import { QuantitySchema } from "./quantity.js";
import { QuoteSchema } from "./quote.js";
import { ReferenceSchema } from "./reference.js";
import { ParagraphSchema, SectionSchema, SentenceSchema } from "./segments.js";

const plainSpan = { key, label: (s: { start: number; end: number }, ctx: { text: string }) => `${span(s)} ${q(ctx.text.slice(s.start, s.end).slice(0, 60))}`, compare: () => [] };

/** Changes between two versions of one entity (matched by canonical name: ids are positional and would cascade). */
function entityChanges(a: Entity, b: Entity): string[] {
  const c: string[] = [];
  if (a.type !== b.type) c.push(`retyped ${a.type} -> ${b.type}`);
  const aa = new Set(a.aliases);
  const ba = new Set(b.aliases);
  const lost = a.aliases.filter((x) => !ba.has(x));
  const won = b.aliases.filter((x) => !aa.has(x));
  if (lost.length) c.push(`aliases removed ${lost.map(q).join(", ")}`);
  if (won.length) c.push(`aliases added ${won.map(q).join(", ")}`);
  const am = new Set(a.mentions.map(key));
  const bm = new Set(b.mentions.map(key));
  const lostM = a.mentions.filter((m) => !bm.has(key(m)));
  const wonM = b.mentions.filter((m) => !am.has(key(m)));
  if (lostM.length) c.push(`mentions removed ${lostM.map((m) => `${q(m.text)}@${m.start}`).join(", ")}`);
  if (wonM.length) c.push(`mentions added ${wonM.map((m) => `${q(m.text)}@${m.start}`).join(", ")}`);
  const before = new Map(a.mentions.map((m) => [key(m), m]));
  for (const m of b.mentions) {
    const was = before.get(key(m));
    if (was === undefined) continue;
    if (was.source !== m.source) c.push(`mention ${q(m.text)}@${m.start} source ${was.source} -> ${m.source}`);
    if (was.title?.text !== m.title?.text) c.push(`mention ${q(m.text)}@${m.start} title ${was.title ? q(was.title.text) : "(none)"} -> ${m.title ? q(m.title.text) : "(none)"}`);
    if (was.kind !== m.kind) c.push(`mention ${q(m.text)}@${m.start} kind ${was.kind ?? "name"} -> ${m.kind ?? "name"}`);
    if (was.phrase?.start !== m.phrase?.start || was.phrase?.end !== m.phrase?.end) {
      const p = (x: typeof m.phrase) => (x ? `${x.start}-${x.end}` : "(none)");
      c.push(`mention ${q(m.text)}@${m.start} phrase ${p(was.phrase)} -> ${p(m.phrase)}`);
    }
  }
  return c;
}

/**
 * The output layers, in the order of the output document and of the golden diff. Each is declared
 * once here; src/schema/document.ts, src/output/to-output.ts and src/golden/diff.ts read this list.
 */
export const OUTPUT_LAYERS = [
  defineLayer({
    name: "sections",
    record: SectionSchema,
    output: true,
    spans: (s) => (s.heading ? [{ path: ".heading", ...s.heading }] : []),
    diff: {
      key,
      label: (s, ctx) => `section ${span(s)}${s.heading ? ` headed ${q(ctx.text.slice(s.heading.start, s.heading.end))}` : ""}`,
      compare: (a, b) => fieldChanges(a, b, ["heading"]),
    },
  }),
  defineLayer({ name: "paragraphs", record: ParagraphSchema, output: true, diff: plainSpan }),
  defineLayer({ name: "sentences", record: SentenceSchema, output: true, diff: plainSpan }),
  defineLayer({
    name: "entities",
    record: EntitySchema,
    output: true,
    // the link stage writes the named entities, the nominals stage appends the ones named by a common noun
    appendable: true,
    spanless: true,
    spans: (e) =>
      e.mentions.flatMap((m, j) => [
        { path: `.mentions[${j}]`, start: m.start, end: m.end, text: m.text },
        ...(m.title ? [{ path: `.mentions[${j}].title`, ...m.title }] : []),
      ]),
    diff: { key: (e) => e.name, label: (e) => `${e.type} ${q(e.name)}`, compare: entityChanges },
  }),
  defineLayer({
    name: "references",
    record: ReferenceSchema,
    output: true,
    since: "1.1.0",
    description: "pronouns and definite noun phrases that refer to an entity ('he', 'its', 'the group'), in text order; entity mentions hold names only",
    diff: {
      key,
      label: (x) => `${x.kind} ${q(x.text)}@${x.start}`,
      removed: (x, ctx) => `${x.kind} ${q(x.text)}@${x.start} -> ${ctx.entityName("golden", x.entity)}`,
      added: (x, ctx) => `${x.kind} ${q(x.text)}@${x.start} -> ${ctx.entityName("fresh", x.entity)}`,
      compare: (a, b, ctx) => {
        const ea = ctx.entityName("golden", a.entity);
        const eb = ctx.entityName("fresh", b.entity);
        return [...(ea !== eb ? [`entity ${ea} -> ${eb}`] : []), ...fieldChanges(a, b, ["kind", "source", "origin"])];
      },
    },
  }),
  defineLayer({
    name: "quantities",
    record: QuantitySchema,
    output: true,
    diff: {
      key,
      label: (x) => `quantity ${q(x.text)}@${x.start}`,
      compare: (a, b) =>
        fieldChanges(a, b, ["kind", "value", "low", "high", "unit", "counted", "countedText", "modifier", "change", "concept", "time", "sentence", "source", "origin"]),
    },
  }),
  defineLayer({
    name: "dates",
    record: DateSchema,
    output: true,
    diff: { key, label: (x) => `date ${q(x.text)}@${x.start}`, compare: (a, b) => fieldChanges(a, b, ["kind", "value", "holiday", "source", "origin"]) },
  }),
  defineLayer({
    name: "quotes",
    record: QuoteSchema,
    output: true,
    spans: (x) => (x.cue ? [{ path: ".cue", ...x.cue }] : []),
    diff: {
      key,
      label: (x) => `quote ${q(x.text.slice(0, 50))}@${x.start}`,
      compare: (a, b, ctx) => {
        const sa = ctx.entityName("golden", a.speaker);
        const sb = ctx.entityName("fresh", b.speaker);
        return [...(sa === sb ? [] : [`speaker ${sa} -> ${sb}`]), ...fieldChanges(a, b, ["source", "origin"])];
      },
    },
  }),
] as const;

type RecordOf<S> = S extends LayerSpec<string, infer T> ? T : never;
/** Output layer name -> its records, derived from OUTPUT_LAYERS. */
export type OutputLayers = { [S in (typeof OUTPUT_LAYERS)[number] as S["name"]]: RecordOf<S>[] };
