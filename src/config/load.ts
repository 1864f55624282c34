import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { buildPipeline, PipelineConfigError, type Pipeline } from "../pipeline/build.js";
import { DEFAULT_CONFIG, PipelineConfigSchema, type PipelineConfig } from "./schema.js";

export type LoadResult =
  | { ok: true; config: PipelineConfig; pipeline: Pipeline; path: string | null }
  | { ok: false; error: string };

export const CONFIG_FILE = "pipeline.config.json";

/** Validates a parsed config and builds its pipeline. Never throws for user mistakes. */
export function configFromValue(value: unknown, path: string | null): LoadResult {
  const where = path ?? "config";
  const parsed = PipelineConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") : "(root)";
    return { ok: false, error: `${where}: ${at}: ${issue.message}\n${z.prettifyError(parsed.error)}` };
  }
  const stages = parsed.data.stages.map((s) => (typeof s === "string" ? { name: s } : s));
  try {
    return { ok: true, config: parsed.data, pipeline: buildPipeline(stages), path };
  } catch (err) {
    if (err instanceof PipelineConfigError) return { ok: false, error: `${where}: ${err.message}` };
    throw err;
  }
}

/**
 * Loads the config named by `path`, else ./pipeline.config.json when it exists, else the default.
 */
export function loadConfig(path?: string, cwd = process.cwd()): LoadResult {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) return { ok: false, error: `${path}: config file not found` };
    return configFromValue(DEFAULT_CONFIG, null);
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { ok: false, error: `${file}: not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  return configFromValue(value, file);
}
