import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { buildPipeline, PipelineConfigError, type BuildOptions, type Pipeline, type StageConfig } from "../pipeline/build.js";
import { DEFAULT_CONFIG, PipelineConfigSchema, type PipelineConfig } from "./schema.js";

export type LoadResult =
  | { ok: true; config: PipelineConfig; pipeline: Pipeline; path: string | null }
  | { ok: false; error: string };

export const CONFIG_FILE = "pipeline.config.json";

/** Validates a parsed config and builds its pipeline. Never throws for user mistakes. */
export function configFromValue(value: unknown, path: string | null, opts: BuildOptions = {}): LoadResult {
  const where = path ?? "config";
  // parsed once per process: zod's compiled parsers would cost more to build than they save (as validateOutput)
  const parsed = PipelineConfigSchema.safeParse(value, { jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") : "(root)";
    return { ok: false, error: `${where}: ${at}: ${issue.message}\n${z.prettifyError(parsed.error)}` };
  }
  const stages = stageConfigs(parsed.data);
  try {
    return { ok: true, config: parsed.data, pipeline: buildPipeline(stages, undefined, opts), path };
  } catch (err) {
    if (err instanceof PipelineConfigError) return { ok: false, error: `${where}: ${err.message}` };
    throw err;
  }
}

/** The stage entries of a config, each as { name, options?, enabled? }. */
export function stageConfigs(config: PipelineConfig): StageConfig[] {
  return config.stages.map((s) => (typeof s === "string" ? { name: s } : s));
}

/**
 * Loads the config named by `path`, else ./pipeline.config.json when it exists, else the default.
 * `{ start: false }` checks it without loading any model (for a thread that hands articles to workers).
 */
export function loadConfig(path?: string, cwd = process.cwd(), opts: BuildOptions = {}): LoadResult {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) return { ok: false, error: `${path}: config file not found` };
    return configFromValue(DEFAULT_CONFIG, null, opts);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { ok: false, error: `${file}: not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  return configFromValue(value, file, opts);
}
