import type { LooseRecord, ReadDocument } from "../export/read-docs.js";

/** One highlighted span of the text; `key` names its record in `Records`. */
export interface Highlight {
  start: number;
  end: number;
  key: string;
  /** entity | quantity | date | quote | event */
  layer: string;
  /** the entity type, quantity kind, date kind, event class… shown in the legend and the tooltip */
  label: string;
}

/** What hovering or focusing a span shows: field name to value, in display order. */
export type Records = Record<string, Record<string, string | number | boolean | null>>;

/** The optional layers' records (events, checks) carry whatever issue 14 gives them: scalars shown as they are, the rest as JSON. */
export function scalarFields(r: LooseRecord): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === undefined) continue;
    out[k] = v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : JSON.stringify(v);
  }
  return out;
}

export const str = (v: unknown): string | undefined => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
export const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** A quantity's value as a person reads it: 548, 275–273 for a range, ~40. */
export function quantityValue(q: { value: number | null; low?: number; high?: number }): string {
  if (q.value !== null) return String(q.value);
  if (q.low !== undefined || q.high !== undefined) return `${q.low ?? "…"}–${q.high ?? "…"}`;
  return "";
}

/** Every span to highlight and its record: entity mentions, quantities, dates, quotes, and events when present. */
export function collect(doc: ReadDocument): { highlights: Highlight[]; records: Records } {
  const highlights: Highlight[] = [];
  const records: Records = {};
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const dates = new Map(doc.dates.map((d) => [d.id, d]));
  for (const e of doc.entities)
    e.mentions.forEach((m, i) => {
      const key = `${e.id}.${i}`;
      highlights.push({ start: m.start, end: m.end, key, layer: "entity", label: e.type });
      records[key] = { layer: "entity", type: e.type, text: m.text, entity: `${e.id} ${e.name}`, title: m.title?.text ?? null, source: m.source };
    });
  for (const q of doc.quantities) {
    highlights.push({ start: q.start, end: q.end, key: q.id, layer: "quantity", label: q.kind });
    const time = q.time ? dates.get(q.time) : undefined;
    records[q.id] = {
      layer: "quantity",
      type: q.kind,
      text: q.text,
      value: quantityValue(q),
      unit: q.unit ?? null,
      counted: q.counted ?? null,
      countedText: q.countedText ?? null,
      modifier: q.modifier ?? null,
      change: q.change,
      concept: q.concept ?? null,
      time: time ? `${time.id} ${time.value ?? time.text}` : null,
      source: q.source,
    };
  }
  for (const d of doc.dates) {
    highlights.push({ start: d.start, end: d.end, key: d.id, layer: "date", label: d.kind });
    records[d.id] = { layer: "date", type: d.kind, text: d.text, value: d.value, source: d.source };
  }
  for (const q of doc.quotes) {
    highlights.push({ start: q.start, end: q.end, key: q.id, layer: "quote", label: "quote" });
    records[q.id] = {
      layer: "quote",
      type: "quote",
      speaker: q.speaker ? `${q.speaker} ${names.get(q.speaker) ?? ""}`.trim() : null,
      cue: q.cue?.text ?? null,
      source: q.source,
    };
  }
  (doc.events ?? []).forEach((ev, i) => {
    const key = `V${i}`;
    records[key] = { layer: "event", ...scalarFields(ev) };
    const start = num(ev.start);
    const end = num(ev.end);
    if (start !== undefined && end !== undefined && start < end && end <= doc.text.length)
      highlights.push({ start, end, key, layer: "event", label: str(ev.class) ?? str(ev.type) ?? "event" });
  });
  return { highlights: highlights.filter((h) => h.start < h.end && h.end <= doc.text.length), records };
}
