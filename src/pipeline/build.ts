import { z } from "zod";
import type { LayerName } from "../document/types.js";
import type { StageDefinition, StageRun } from "./stage.js";
import { STAGES } from "./registry.js";

export interface StageConfig {
  name: string;
  options?: Record<string, unknown> | undefined;
  enabled?: boolean | undefined;
}

export interface BuiltStage {
  name: string;
  needs: readonly LayerName[];
  produces: readonly LayerName[];
  run: StageRun;
}

export interface Pipeline {
  stages: BuiltStage[];
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
 * Checks, before anything runs, that every stage exists, its options are valid, and every layer
 * it needs is produced by an earlier stage (spaCy's analyze_pipes). Throws PipelineConfigError.
 */
export function buildPipeline(configs: readonly StageConfig[], registry: ReadonlyMap<string, StageDefinition> = STAGES): Pipeline {
  const available = new Set<LayerName>();
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
    const missing = def.needs.filter((l) => !available.has(l));
    if (missing.length > 0) {
      throw new PipelineConfigError(
        path,
        `stage '${cfg.name}' needs ${missing.map((l) => `'${l}'`).join(", ")}, which no earlier stage produces`,
      );
    }
    const parsed = def.options.safeParse(cfg.options ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `.${issue.path.join(".")}` : "";
      throw new PipelineConfigError(`${path}.options${where}`, z.prettifyError(parsed.error).replace(/\n/g, " "));
    }
    let run: StageRun;
    try {
      run = def.create(parsed.data);
    } catch (err) {
      // e.g. a model or lexicon file that is missing or corrupt
      throw new PipelineConfigError(path, `stage '${cfg.name}' could not start: ${err instanceof Error ? err.message : String(err)}`);
    }
    for (const l of def.produces) available.add(l);
    stages.push({ name: def.name, needs: def.needs, produces: def.produces, run });
  }
  return { stages };
}
