import type { z } from "zod";

/** A span inside one record of a layer, checked against the text: the record itself, a heading, a cue. */
export interface LocatedSpan {
  /** path below the record ("", ".heading", ".cue") */
  path: string;
  start: number;
  end: number;
  /** when set, must equal `text.slice(start, end)` */
  text?: string | undefined;
}

/** What a layer's golden diff may ask about the two documents being compared. */
export interface DiffContext {
  /** the text both documents annotate */
  text: string;
  /** the name of an entity of the golden (`"golden"`) or fresh document, quoted; "null" for null */
  entityName(side: "golden" | "fresh", id: string | null): string;
  /** a quantity, date or quote id ("Q3", "D1", "C2") as its quoted text and offset; "(none)" for undefined */
  recordName(side: "golden" | "fresh", id: string | undefined): string;
}

/**
 * How the golden check compares a layer: records are matched by `key`; unmatched ones are
 * reported added/removed with `label`; matched ones are compared by `compare` (field-by-field
 * changes phrased for review). src/golden/diff.ts runs this for every output layer.
 */
export interface LayerDiff<T> {
  key(record: T): string;
  label(record: T, ctx: DiffContext): string;
  /** labels of removed and added records, when they say more than `label` (the entity a reference names) */
  removed?(record: T, ctx: DiffContext): string;
  added?(record: T, ctx: DiffContext): string;
  compare(golden: T, fresh: T, ctx: DiffContext): string[];
}

/**
 * One annotation layer, declared once. The Doc's layer types, the output document (src/output),
 * its Zod schema (src/schema/document.ts), the offset checks and the golden diff are all derived
 * from the list of specs: a new layer is one spec.
 */
export interface LayerSpec<Name extends string = string, T = unknown> {
  readonly name: Name;
  /** Zod schema of one record of the layer */
  readonly record: z.ZodType<T>;
  /**
   * Whether the output document holds the layer (under its name); false for a working layer that
   * is not written (tokens, the recogniser's raw mentions).
   */
  readonly output: boolean;
  /** description of the output field, for the JSON Schema */
  readonly description?: string;
  /** schema version that added the layer: documents written before it read it as [] (see upgradeDocument) */
  readonly since?: string;
  /** more than one stage may add records to it (Doc.append); otherwise a second producer is refused */
  readonly appendable?: boolean;
  /** the layer is one value per document (the syntax layer's parse object), not a list of records; working layers only */
  readonly single?: boolean;
  /** the records have no span of their own (an entity: its mentions have) */
  readonly spanless?: boolean;
  /** spans inside a record beside the record's own, for the offset checks */
  spans?(record: NoInfer<T>): LocatedSpan[];
  /** golden diff; output layers only */
  readonly diff?: LayerDiff<NoInfer<T>>;
}

/** Keeps the record type attached to its schema. */
export function defineLayer<const Name extends string, T>(spec: LayerSpec<Name, T>): LayerSpec<Name, T> {
  return spec;
}

/** Diff helpers shared by the layer specs. */
export const quoted = (s: string): string => JSON.stringify(s);
export const spanLabel = (s: { start: number; end: number }): string => `[${s.start},${s.end})`;
export const spanKey = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;

/** `field a -> b` for every listed field whose JSON differs. */
export function fieldChanges<T extends object>(a: T, b: T, fields: readonly (keyof T)[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const x = JSON.stringify(a[f]);
    const y = JSON.stringify(b[f]);
    if (x !== y) out.push(`${String(f)} ${x ?? "(none)"} -> ${y ?? "(none)"}`);
  }
  return out;
}
