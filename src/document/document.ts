import { createHash } from "node:crypto";
import { layerSpec, type LayerName, type Layers } from "./layers.js";
import type { StageAccess } from "./stage.js";
import type { ArticleMeta, Diagnostic } from "./types.js";

export interface DocOptions {
  /**
   * Explain mode: stages may record each record's edit `trail` and report what they dropped as
   * info diagnostics. Off by default (the output is then smaller and the same on every run).
   */
  explain?: boolean;
}

/** A layer written twice, or read or written by a stage that did not declare it. */
export class LayerAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LayerAccessError";
  }
}

/**
 * One article under analysis. The text is fixed at creation and never changed;
 * stages add standoff layers (character offsets into `text`) and diagnostics.
 */
export class Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly sha256: string;
  readonly explain: boolean;
  readonly diagnostics: Diagnostic[] = [];
  private readonly layers: Partial<Layers> = {};
  /** who wrote each layer ("(caller)" outside a pipeline) */
  private readonly producers = new Map<LayerName, string>();
  /** the running stage and what it declared, while the pipeline runs one; null outside */
  private access: StageAccess | null = null;

  constructor(id: string, text: string, meta: Partial<ArticleMeta> = {}, options: DocOptions = {}) {
    this.id = id;
    this.text = text;
    this.meta = { title: meta.title ?? null, published: meta.published ?? null };
    this.sha256 = createHash("sha256").update(text, "utf8").digest("hex");
    this.explain = options.explain ?? false;
  }

  /** Runs `fn` as the stage `access` names: reads and writes of undeclared layers throw LayerAccessError. */
  asStage<T>(access: StageAccess, fn: () => T): T {
    const outer = this.access;
    this.access = access;
    try {
      return fn();
    } finally {
      this.access = outer;
    }
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** The layer, which an earlier stage must have produced (the pipeline checks this before running). */
  get<K extends LayerName>(name: K): Layers[K] {
    this.checkRead(name);
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer '${name}' has not been produced for document '${this.id}'`);
    return layer;
  }

  /** The layer, or an empty list when no stage produced it (an optional input: declare it in `reads`). */
  getOr<K extends LayerName>(name: K): Layers[K] {
    this.checkRead(name);
    return this.layers[name] ?? ([] as unknown as Layers[K]);
  }

  /** Writes a layer once: a second write is refused (declare the layer appendable and use `append`). */
  set<K extends LayerName>(name: K, value: Layers[K]): void {
    this.checkWrite(name);
    const by = this.producers.get(name);
    if (by !== undefined) {
      throw new LayerAccessError(
        `${this.writer()} wrote layer '${name}', which ${by} already produced for document '${this.id}'${layerSpec(name)?.appendable ? " (the layer is appendable: use Doc.append)" : ""}`,
      );
    }
    this.layers[name] = value;
    this.producers.set(name, this.writer());
  }

  /** Adds records to a layer declared appendable (several stages produce it). */
  append<K extends LayerName>(name: K, records: Layers[K]): void {
    this.checkWrite(name);
    if (!layerSpec(name)?.appendable) throw new LayerAccessError(`${this.writer()} appended to layer '${name}', which is not declared appendable`);
    const cur = this.layers[name];
    if (cur === undefined) this.layers[name] = records;
    else (cur as unknown[]).push(...(records as unknown[]));
    this.producers.set(name, this.writer());
  }

  report(d: Diagnostic): void {
    this.diagnostics.push(d);
  }

  private writer(): string {
    return this.access ? `stage '${this.access.stage}'` : "(caller)";
  }

  private checkRead(name: LayerName): void {
    const a = this.access;
    if (a !== null && !a.reads.has(name) && !a.writes.has(name)) {
      throw new LayerAccessError(`stage '${a.stage}' read layer '${name}' without declaring it in needs or reads`);
    }
  }

  private checkWrite(name: LayerName): void {
    const a = this.access;
    if (a !== null && !a.writes.has(name)) throw new LayerAccessError(`stage '${a.stage}' wrote layer '${name}' without declaring it in produces`);
  }
}
