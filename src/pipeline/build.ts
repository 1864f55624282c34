import { z } from "zod";
import { layerSpec, type LayerName } from "../document/layers.js";
import type { StageAccess, StageDefinition, StageRun } from "../document/stage.js";
import { STAGES } from "../stages/index.js";

export interface StageConfig {
  name: string;
  options?: Record<string, unknown> | undefined;
  enabled?: boolean | undefined;
}

export interface BuiltStage {
  name: string;
  needs: readonly LayerName[];
  reads: readonly LayerName[];
  produces: readonly LayerName[];
  /** what the stage may read and write, checked by Doc while it runs */
  access: StageAccess;
  run: StageRun;
}

export interface Pipeline {
  stages: BuiltStage[];
  /**
   * Creates the stages that `start` (a function) left for later; throws PipelineConfigError when one cannot
   * start. Absent when every stage was created (or none was to be: `start: false`).
   */
  startRest?: () => void;
}

/** A user mistake in the pipeline's configuration, with the config path it concerns. */
export class PipelineConfigError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = "PipelineConfigError";
  }
}

/**
 * Checks, before anything runs, that every stage exists, its options are valid, every layer it
 * needs is produced by an earlier stage, no optional input (`reads`) is produced only by a later
 * one, and no layer has two producers unless its spec declares it appendable (spaCy's
 * analyze_pipes). Throws PipelineConfigError.
 */
export function buildPipeline(configs: readonly StageConfig[], registry: ReadonlyMap<string, StageDefinition> = STAGES, opts: BuildOptions = {}): Pipeline {
  const start = opts.start ?? true;
  const later: Array<() => void> = [];
  const producer = new Map<LayerName, string>();
  const seen = new Set<string>();
  const stages: BuiltStage[] = [];
  for (const [i, cfg] of configs.entries()) {
    const path = `stages[${i}]`;
    if (cfg.enabled === false) continue;
    const def = registry.get(cfg.name);
    if (!def) {
      throw new PipelineConfigError(`${path}.name`, `unknown stage '${cfg.name}' (known: ${[...registry.keys()].join(", ")})`);
    }
    if (seen.has(cfg.name)) throw new PipelineConfigError(`${path}.name`, `stage '${cfg.name}' appears twice`);
    seen.add(cfg.name);
    const missing = def.needs.filter((l) => !producer.has(l));
    if (missing.length > 0) {
      throw new PipelineConfigError(
        path,
        `stage '${cfg.name}' needs ${missing.map((l) => `'${l}'`).join(", ")}, which no earlier stage produces`,
      );
    }
    const parsed = def.options.safeParse(cfg.options ?? {}, { jitless: true });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `.${issue.path.join(".")}` : "";
      throw new PipelineConfigError(`${path}.options${where}`, z.prettifyError(parsed.error).replace(/\n/g, " "));
    }
    const create = (): StageRun => {
      try {
        return def.create(parsed.data);
      } catch (err) {
        // e.g. a model or lexicon file that is missing or corrupt
        throw new PipelineConfigError(path, `stage '${cfg.name}' could not start: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    const now = typeof start === "function" ? start(def) : start;
    const run: StageRun = now ? create() : notStarted;
    for (const l of def.produces) {
      const by = producer.get(l);
      if (by !== undefined && !layerSpec(l)?.appendable) {
        throw new PipelineConfigError(`${path}.name`, `stage '${cfg.name}' produces '${l}', which stage '${by}' already produces (the layer is not declared appendable)`);
      }
      producer.set(l, cfg.name);
    }
    const reads = def.reads ?? [];
    const stage: BuiltStage = {
      name: def.name,
      needs: def.needs,
      reads,
      produces: def.produces,
      access: { stage: def.name, reads: new Set([...def.needs, ...reads]), writes: new Set(def.produces) },
      run,
    };
    stages.push(stage);
    if (!now && start !== false) later.push(() => void (stage.run = create()));
  }
  for (const [i, s] of stages.entries()) {
    for (const l of s.reads) {
      const later = stages.findIndex((t, j) => j > i && t.produces.includes(l));
      if (later >= 0 && !stages.slice(0, i).some((t) => t.produces.includes(l))) {
        throw new PipelineConfigError(
          `${pathOf(configs, s.name)}`,
          `stage '${s.name}' reads '${l}', which only the later stage '${stages[later]!.name}' produces: move '${s.name}' after it, or drop '${stages[later]!.name}'`,
        );
      }
    }
  }
  if (later.length === 0) return { stages };
  return {
    stages,
    startRest: () => {
      while (later.length > 0) later.shift()!();
    },
  };
}

export interface BuildOptions {
  /**
   * false: check the config only, load no model (the stages' run functions throw); for a thread that hands
   * articles to workers. A function: create only the stages it accepts now, the rest when the pipeline's
   * startRest() is called (a worker thread loads its own models while the shared ones are still on their way).
   */
  start?: boolean | ((def: StageDefinition) => boolean);
}

const notStarted: StageRun = () => {
  throw new Error("this pipeline was built to check its config only (start: false)");
};

/**
 * The shared resources (StageDefinition.shared) of the enabled stages of a config, by stage name: built once
 * on the thread that starts worker threads, handed to each in its workerData.
 */
export function shareResources(configs: readonly StageConfig[], registry: ReadonlyMap<string, StageDefinition> = STAGES): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const cfg of configs) {
    const def = cfg.enabled === false ? undefined : registry.get(cfg.name);
    // (the options were checked when the config was loaded)
    if (def?.shared) out[cfg.name] = def.shared.share(def.options.parse(cfg.options ?? {}));
  }
  return out;
}

/** On a worker thread waiting for the shared resources: loads what the stages that share them also need (SharedResources.prepare). */
export function prepareShared(configs: readonly StageConfig[], registry: ReadonlyMap<string, StageDefinition> = STAGES): void {
  for (const cfg of configs) {
    const def = cfg.enabled === false ? undefined : registry.get(cfg.name);
    def?.shared?.prepare?.(def.options.parse(cfg.options ?? {}));
  }
}

/** On a worker thread, before its pipeline is built: takes the resources shareResources made. */
export function adoptResources(data: Readonly<Record<string, unknown>>, registry: ReadonlyMap<string, StageDefinition> = STAGES): void {
  for (const [name, value] of Object.entries(data)) registry.get(name)?.shared?.adopt(value);
}

/** The config path of the entry that names a stage. */
function pathOf(configs: readonly StageConfig[], name: string): string {
  return `stages[${configs.findIndex((c) => c.name === name && c.enabled !== false)}]`;
}
