import type { ReadDocument } from "../export/read-docs.js";

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
  const quantities = new Map(doc.quantities.map((q) => [q.id, q]));
  for (const ev of doc.events) {
    const key = ev.id;
    highlights.push({ start: ev.trigger.start, end: ev.trigger.end, key, layer: "event", label: ev.class });
    const count = ev.count ? quantities.get(ev.count) : undefined;
    const time = ev.time ? dates.get(ev.time) : undefined;
    const arg = (x: typeof ev.agent) => (x ? `${x.text}${x.entity ? ` (${x.entity} ${names.get(x.entity) ?? ""})` : ""}` : null);
    records[key] = {
      layer: "event",
      type: ev.class,
      trigger: ev.trigger.text,
      modality: ev.modality,
      count: count ? `${count.id} ${count.text}` : null,
      agent: arg(ev.agent),
      object: arg(ev.object),
      time: time ? `${time.id} ${time.value ?? time.text}` : null,
      places: ev.places.map((p) => names.get(p) ?? p).join(", ") || null,
      says: ev.attribution ? [ev.attribution.speaker ? names.get(ev.attribution.speaker) : null, ev.attribution.quote].filter(Boolean).join(" ") || null : null,
      source: ev.source,
    };
  }
  return { highlights: highlights.filter((h) => h.start < h.end && h.end <= doc.text.length), records };
}
