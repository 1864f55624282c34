import type { NewsDocument } from "../schema/document.js";

/** One reviewable difference between a golden document and fresh output. */
export interface Change {
  field: string;
  kind: "added" | "removed" | "changed";
  message: string;
}

const q = (s: string) => JSON.stringify(s);
const span = (s: { start: number; end: number }) => `[${s.start},${s.end})`;
const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

function byKey<T>(items: readonly T[], k: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (!m.has(k(it))) m.set(k(it), it);
  return m;
}

/** Records keyed by `k`: reports added and removed ones, and calls `compare` on those in both. */
function diffKeyed<T>(
  field: string,
  before: readonly T[],
  after: readonly T[],
  k: (t: T) => string,
  label: (t: T) => string,
  compare: (a: T, b: T) => string[],
  /** labels of removed and added records, when they say more than `label` (the entity a reference names) */
  labels: { removed?: (t: T) => string; added?: (t: T) => string } = {},
): Change[] {
  const out: Change[] = [];
  const a = byKey(before, k);
  const b = byKey(after, k);
  for (const [id, x] of a) if (!b.has(id)) out.push({ field, kind: "removed", message: `- ${(labels.removed ?? label)(x)}` });
  for (const [id, y] of b) if (!a.has(id)) out.push({ field, kind: "added", message: `+ ${(labels.added ?? label)(y)}` });
  for (const [id, x] of a) {
    const y = b.get(id);
    if (y === undefined) continue;
    for (const c of compare(x, y)) out.push({ field, kind: "changed", message: `~ ${label(y)}: ${c}` });
  }
  return out;
}

function fieldChanges<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const x = JSON.stringify(a[f]);
    const y = JSON.stringify(b[f]);
    if (x !== y) out.push(`${String(f)} ${x ?? "(none)"} -> ${y ?? "(none)"}`);
  }
  return out;
}

function diffSpans(field: string, before: readonly { start: number; end: number }[], after: readonly { start: number; end: number }[], text: string): Change[] {
  return diffKeyed(field, before, after, key, (s) => `${span(s)} ${q(text.slice(s.start, s.end).slice(0, 60))}`, () => []);
}

/** Field-by-field differences, in a fixed order, phrased for review. Empty when equal. */
export function diffDocuments(golden: NewsDocument, fresh: NewsDocument): Change[] {
  const out: Change[] = [];
  if (golden.schemaVersion !== fresh.schemaVersion)
    out.push({ field: "schemaVersion", kind: "changed", message: `~ ${golden.schemaVersion} -> ${fresh.schemaVersion}` });
  if (golden.text !== fresh.text) {
    out.push({ field: "text", kind: "changed", message: `~ text changed (sha256 ${golden.meta.sha256.slice(0, 12)} -> ${fresh.meta.sha256.slice(0, 12)}); offsets below are not comparable` });
    return out;
  }
  for (const c of fieldChanges(golden.meta, fresh.meta, ["title", "published"])) out.push({ field: "meta", kind: "changed", message: `~ ${c}` });
  const text = fresh.text;
  out.push(
    ...diffKeyed(
      "sections",
      golden.sections,
      fresh.sections,
      key,
      (s) => `section ${span(s)}${s.heading ? ` headed ${q(text.slice(s.heading.start, s.heading.end))}` : ""}`,
      (a, b) => fieldChanges(a, b, ["heading"]),
    ),
  );
  out.push(...diffSpans("paragraphs", golden.paragraphs, fresh.paragraphs, text));
  out.push(...diffSpans("sentences", golden.sentences, fresh.sentences, text));
  // entities are matched by type + canonical name: ids are positional and would cascade
  out.push(
    ...diffKeyed(
      "entities",
      golden.entities,
      fresh.entities,
      (e) => e.name,
      (e) => `${e.type} ${q(e.name)}`,
      (a, b) => {
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
        }
        return c;
      },
    ),
  );
  const entityName = (doc: NewsDocument, id: string | null) => (id === null ? "null" : q(doc.entities.find((e) => e.id === id)?.name ?? id));
  out.push(
    ...diffKeyed(
      "references",
      golden.references ?? [],
      fresh.references ?? [],
      key,
      (x) => `${x.kind} ${q(x.text)}@${x.start}`,
      (a, b) => {
        const c: string[] = [];
        const ea = entityName(golden, a.entity);
        const eb = entityName(fresh, b.entity);
        if (ea !== eb) c.push(`entity ${ea} -> ${eb}`);
        c.push(...fieldChanges(a, b, ["kind", "source"]));
        return c;
      },
      {
        removed: (x) => `${x.kind} ${q(x.text)}@${x.start} -> ${entityName(golden, x.entity)}`,
        added: (x) => `${x.kind} ${q(x.text)}@${x.start} -> ${entityName(fresh, x.entity)}`,
      },
    ),
  );
  out.push(
    ...diffKeyed(
      "quantities",
      golden.quantities,
      fresh.quantities,
      key,
      (x) => `quantity ${q(x.text)}@${x.start}`,
      (a, b) => fieldChanges(a, b, ["kind", "value", "low", "high", "unit", "counted", "countedText", "modifier", "change", "concept", "time", "sentence", "source"]),
    ),
  );
  out.push(
    ...diffKeyed("dates", golden.dates, fresh.dates, key, (x) => `date ${q(x.text)}@${x.start}`, (a, b) =>
      fieldChanges(a, b, ["kind", "value", "source"]),
    ),
  );
  out.push(
    ...diffKeyed(
      "quotes",
      golden.quotes,
      fresh.quotes,
      key,
      (x) => `quote ${q(x.text.slice(0, 50))}@${x.start}`,
      (a, b) => {
        const sa = entityName(golden, a.speaker);
        const sb = entityName(fresh, b.speaker);
        return sa === sb ? [] : [`speaker ${sa} -> ${sb}`];
      },
    ),
  );
  out.push(
    ...diffKeyed(
      "diagnostics",
      golden.diagnostics,
      fresh.diagnostics,
      (d) => `${d.stage}:${d.code}:${d.message}`,
      (d) => `${d.fatal ? "fatal " : ""}${d.stage} ${d.code}: ${d.message}`,
      () => [],
    ),
  );
  return out;
}

/** The diff as text: one header per field, one line per change. */
export function formatChanges(id: string, changes: readonly Change[]): string {
  if (changes.length === 0) return "";
  const lines = [`${id}: ${changes.length} difference${changes.length === 1 ? "" : "s"}`];
  let field = "";
  for (const c of changes) {
    if (c.field !== field) {
      field = c.field;
      lines.push(`  ${field}:`);
    }
    lines.push(`    ${c.message}`);
  }
  return `${lines.join("\n")}\n`;
}
