import { createHash } from "node:crypto";
import type { ArticleMeta, Diagnostic, LayerName, Layers } from "./types.js";

/**
 * One article under analysis. The text is fixed at creation and never changed;
 * stages add standoff layers (character offsets into `text`) and diagnostics.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly sha256: string;
  readonly diagnostics: Diagnostic[] = [];
  private readonly layers: Partial<Layers> = {};

  constructor(id: string, text: string, meta: Partial<ArticleMeta> = {}) {
    this.id = id;
    this.text = text;
    this.meta = { title: meta.title ?? null, published: meta.published ?? null };
    this.sha256 = createHash("sha256").update(text, "utf8").digest("hex");
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** The layer, which an earlier stage must have produced (the pipeline checks this before running). */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer '${name}' has not been produced for document '${this.id}'`);
    return layer;
  }

  /** The layer, or an empty list when no stage produced it. */
  getOr<K extends LayerName>(name: K): Layers[K] {
    return this.layers[name] ?? ([] as unknown as Layers[K]);
  }

  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.layers[name] = value;
  }

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }
}
