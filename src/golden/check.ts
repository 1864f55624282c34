import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { discover } from "../batch/discover.js";
import { formatOrigin } from "../batch/article.js";
import { processItem } from "../batch/run-batch.js";
import { fileNameForId, serializePretty } from "../batch/writers.js";
import type { Pipeline } from "../pipeline/build.js";
import { DocumentSchema, SCHEMA_VERSION, upgradeDocument, type NewsDocument } from "../schema/document.js";
import { diffDocuments, type Change } from "./diff.js";

export type GoldenStatus = "same" | "changed" | "new" | "stale" | "failed";

export interface GoldenResult {
  id: string;
  status: GoldenStatus;
  changes: Change[];
  /** set for 'failed': why the article or its golden could not be compared */
  error?: string;
}

export interface GoldenOptions {
  pipeline: Pipeline;
  corpus: string;
  goldenDir: string;
  /** rewrite goldens from fresh output (after review), and remove stale ones */
  update?: boolean;
}

/** The golden document and its bytes as stored, or why it cannot be compared. */
function readGolden(path: string): { doc: NewsDocument; raw: string } | string {
  try {
    const raw = readFileSync(path, "utf8");
    // a golden from an earlier minor version is compared field by field; the diff shows the version change
    const upgraded = upgradeDocument(JSON.parse(raw)) as Record<string, unknown>;
    const parsed = DocumentSchema.safeParse(upgraded);
    if (!parsed.success) return `golden ${path} does not match the schema: ${parsed.error.issues[0]?.message}`;
    const writtenAs = upgraded.writtenAs;
    return { doc: typeof writtenAs === "string" ? { ...parsed.data, schemaVersion: writtenAs as typeof SCHEMA_VERSION } : parsed.data, raw };
  } catch (err) {
    return `golden ${path} is not readable JSON: ${(err as Error).message}`;
  }
}

/**
 * Runs the pipeline over every corpus article and compares each result with its golden fixture
 * (<goldenDir>/<id>.json). Each article is processed on its own, so results do not depend on
 * which other articles exist or their order.
 */
export async function checkGoldens(opts: GoldenOptions): Promise<GoldenResult[]> {
  const results: GoldenResult[] = [];
  const seen = new Set<string>();
  if (opts.update) mkdirSync(opts.goldenDir, { recursive: true });
  for await (const item of discover([opts.corpus])) {
    if (!item.ok) {
      results.push({ id: item.id, status: "failed", changes: [], error: `${formatOrigin(item.origin)}: ${item.error}` });
      continue;
    }
    const fresh = processItem(opts.pipeline, item);
    const file = join(opts.goldenDir, fileNameForId(fresh.id));
    seen.add(fileNameForId(fresh.id));
    if (!existsSync(file)) {
      results.push({ id: fresh.id, status: "new", changes: [] });
      if (opts.update) writeFileSync(file, serializePretty(fresh));
      continue;
    }
    const golden = readGolden(file);
    if (typeof golden === "string") {
      results.push({ id: fresh.id, status: "failed", changes: [], error: golden });
      if (opts.update) writeFileSync(file, serializePretty(fresh));
      continue;
    }
    const changes = diffDocuments(golden.doc, fresh);
    // a byte-level check too, so no difference hides from the field diff (e.g. key order, source tags)
    const same = changes.length === 0 && golden.raw === serializePretty(fresh);
    if (!same && changes.length === 0) changes.push({ field: "(serialisation)", kind: "changed", message: "~ same facts, different bytes (e.g. source tags or key order)" });
    results.push({ id: fresh.id, status: same ? "same" : "changed", changes });
    if (opts.update && !same) writeFileSync(file, serializePretty(fresh));
  }
  if (existsSync(opts.goldenDir)) {
    for (const f of readdirSync(opts.goldenDir).filter((f) => f.endsWith(".json")).sort()) {
      if (seen.has(f)) continue;
      results.push({ id: f.replace(/\.json$/, ""), status: "stale", changes: [] });
      if (opts.update) unlinkSync(join(opts.goldenDir, f));
    }
  }
  return results;
}
