import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { checkGoldens } from "../../src/golden/check.js";
import { formatChanges } from "../../src/golden/diff.js";
import { offsetErrors, ValidDocumentSchema, type NewsDocument } from "../../src/schema/document.js";

// The same comparison as `newsfacts check`: fresh output of every corpus article vs tests/golden.
describe("golden/check", async () => {
  const loaded = loadConfig();
  if (!loaded.ok) throw new Error(loaded.error);
  const results = await checkGoldens({ pipeline: loaded.pipeline, corpus: "corpus", goldenDir: "tests/golden" });

  it("every corpus article has a golden and every golden an article", () => {
    expect(results.filter((r) => r.status === "new" || r.status === "stale" || r.status === "failed").map((r) => `${r.id}: ${r.status} ${r.error ?? ""}`)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(13);
  });

  it.each(results.map((r) => [r.id, r] as const))("%s matches its golden", (_id, r) => {
    expect(formatChanges(r.id, r.changes)).toBe("");
    expect(r.status).toBe("same");
  });

  it.each(readdirSync("tests/golden").filter((f) => f.endsWith(".json")))("%s is schema-valid with consistent offsets", (file) => {
    const doc = JSON.parse(readFileSync(`tests/golden/${file}`, "utf8")) as NewsDocument;
    expect(offsetErrors(doc)).toEqual([]);
    expect(ValidDocumentSchema.safeParse(doc).success).toBe(true);
  });
});
