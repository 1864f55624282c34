import type { NewsDocument } from "../schema/document.js";
import { fieldChanges, quoted as q, type DiffContext, type LayerDiff } from "../schema/layer-spec.js";
import { OUTPUT_LAYERS } from "../schema/layers.js";

/** One reviewable difference between a golden document and fresh output. */
export interface Change {
  field: string;
  kind: "added" | "removed" | "changed";
  message: string;
}

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
  const entityName = (doc: NewsDocument, id: string | null) => (id === null ? "null" : q(doc.entities.find((e) => e.id === id)?.name ?? id));
  const recordName = (doc: NewsDocument, id: string | undefined) => {
    if (id === undefined) return "(none)";
    const list: readonly { id: string; start: number; text: string }[] = id.startsWith("Q") ? doc.quantities : id.startsWith("D") ? doc.dates : id.startsWith("C") ? doc.quotes : [];
    const r = list.find((x) => x.id === id);
    return r ? `${q(r.text.slice(0, 40))}@${r.start}` : id;
  };
  const ctx: DiffContext = {
    text: fresh.text,
    entityName: (side, id) => entityName(side === "golden" ? golden : fresh, id),
    recordName: (side, id) => recordName(side === "golden" ? golden : fresh, id),
  };
  // one diff per output layer, as its spec (src/schema/layers.ts) says
  for (const l of OUTPUT_LAYERS) {
    const d = l.diff as LayerDiff<unknown>;
    out.push(
      ...diffKeyed(l.name, (golden[l.name] ?? []) as unknown[], (fresh[l.name] ?? []) as unknown[], d.key, (x) => d.label(x, ctx), (a, b) => d.compare(a, b, ctx), {
        ...(d.removed ? { removed: (x: unknown) => d.removed!(x, ctx) } : {}),
        ...(d.added ? { added: (x: unknown) => d.added!(x, ctx) } : {}),
      }),
    );
  }
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
