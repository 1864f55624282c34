import { DateSchema } from "./date.js";
import { EntitySchema, type Entity } from "./entity.js";
import { CheckSchema, EventSchema, type EventRecord } from "./event.js";
import { defineLayer, fieldChanges, quoted as q, spanKey as key, spanLabel as span, type DiffContext, type LayerSpec } from "./layer-spec.js";
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
    for (const f of fieldChanges(was, m, ["source", "origin"])) c.push(`mention ${q(m.text)}@${m.start} ${f}`);
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
    diff: { key, label: (x) => `date ${q(x.text)}@${x.start}`, compare: (a, b) => fieldChanges(a, b, ["kind", "value", "holiday", "relative", "source", "origin"]) },
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
  defineLayer({
    name: "events",
    record: EventSchema,
    output: true,
    since: "1.3.0",
    description: "events (arrests, attacks, dismantled cells, ...) with who, what, how many, when, where and says who, in text order",
    spanless: true,
    spans: (e) => [
      { path: ".trigger", ...e.trigger },
      ...(e.agent ? [{ path: ".agent", ...e.agent }, { path: ".agent.head", ...e.agent.head }] : []),
      ...(e.object ? [{ path: ".object", ...e.object }, { path: ".object.head", ...e.object.head }] : []),
    ],
    diff: {
      key: (e) => `${e.class}@${e.trigger.start}:${(e.object ?? e.agent)?.head.start ?? ""}`,
      label: (e) => `${e.class} ${q(e.trigger.text)}@${e.trigger.start}${e.object ? ` object ${q(e.object.text)}` : e.agent ? ` agent ${q(e.agent.text)}` : ""}`,
      compare: (a, b, ctx) => eventChanges(a, b, ctx),
    },
  }),
  defineLayer({
    name: "checks",
    record: CheckSchema,
    output: true,
    since: "1.3.0",
    description: "numbers that must add up: a total and its parts (sum), a whole and a part (subset), with whether they agree",
    spanless: true,
    diff: {
      key: (c) => `${c.kind}:${c.sentence}:${c.parts.length}`,
      label: (c, ctx) => `${c.kind} ${ctx.recordName("fresh", c.total)} = ${c.parts.map((p) => ctx.recordName("fresh", p)).join(" + ")}`,
      removed: (c, ctx) => `${c.kind} ${ctx.recordName("golden", c.total)} = ${c.parts.map((p) => ctx.recordName("golden", p)).join(" + ")}`,
      compare: (a, b, ctx) => {
        const side = (c: typeof a, s: "golden" | "fresh") => [c.total, ...c.parts].map((id) => ctx.recordName(s, id)).join(" ");
        return [...(side(a, "golden") !== side(b, "fresh") ? [`numbers ${side(a, "golden")} -> ${side(b, "fresh")}`] : []), ...fieldChanges(a, b, ["status", "source"])];
      },
    },
  }),
] as const;

/** Changes between two versions of one event, with quantity, date and entity ids read as what they name. */
function eventChanges(a: EventRecord, b: EventRecord, ctx: DiffContext): string[] {
  const c = fieldChanges(a, b, ["modality", "source"]);
  const arg = (x: EventRecord["agent"], side: "golden" | "fresh") => (x ? `${q(x.text)}${x.entity ? ` ${ctx.entityName(side, x.entity)}` : ""}` : "(none)");
  for (const role of ["agent", "object"] as const) {
    const x = arg(a[role], "golden");
    const y = arg(b[role], "fresh");
    if (x !== y) c.push(`${role} ${x} -> ${y}`);
  }
  for (const role of ["count", "time"] as const) {
    const x = ctx.recordName("golden", a[role]);
    const y = ctx.recordName("fresh", b[role]);
    if (x !== y) c.push(`${role} ${x} -> ${y}`);
  }
  const places = (e: EventRecord, side: "golden" | "fresh") => e.places.map((p) => ctx.entityName(side, p)).join(", ");
  if (places(a, "golden") !== places(b, "fresh")) c.push(`places [${places(a, "golden")}] -> [${places(b, "fresh")}]`);
  const att = (e: EventRecord, side: "golden" | "fresh") => (e.attribution ? `${ctx.entityName(side, e.attribution.speaker ?? null)} ${ctx.recordName(side, e.attribution.quote)}` : "(none)");
  if (att(a, "golden") !== att(b, "fresh")) c.push(`attribution ${att(a, "golden")} -> ${att(b, "fresh")}`);
  return c;
}

type RecordOf<S> = S extends LayerSpec<string, infer T> ? T : never;
/** Output layer name -> its records, derived from OUTPUT_LAYERS. */
export type OutputLayers = { [S in (typeof OUTPUT_LAYERS)[number] as S["name"]]: RecordOf<S>[] };
