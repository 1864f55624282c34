import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isOutOfMemory } from "../../src/batch/worker-pool.js";

const sentence = "The minister said on Monday that 300 people were arrested in Paris. ";

describe("batch/worker-pool memory limit", () => {
  it("recognises the error of a worker terminated at its heap limit", () => {
    expect(isOutOfMemory(Object.assign(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }))).toBe(true);
    expect(isOutOfMemory(new Error("boom"))).toBe(false);
    expect(isOutOfMemory(null)).toBe(false);
  });

  it("an article over the worker heap limit fails with its own diagnostic; the articles around it are written once, in order (the compiled CLI)", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-oom-"));
    const input = join(dir, "in.jsonl");
    const small = (i: number) => ({ id: `small-${i}`, text: `Police in Paris arrested ${i + 2} men on Monday.` });
    const records = [small(0), small(1), { id: "huge", text: sentence.repeat(9000) }, small(2), small(3), small(4), small(5)];
    writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    const out = join(dir, "out.jsonl");
    const errors = join(dir, "errors.jsonl");
    // 48 MB: since the gazetteer and lemma tables are typed arrays outside the heap (2026-12-07), 64 MB hold this article
    const res = spawnSync(process.execPath, ["bin/newsfacts.js", "extract", "-w", "2", "--worker-heap-mb", "48", "--errors", errors, "--out", out, input], { encoding: "utf8" });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/in\.jsonl:3: huge: batch\/out-of-memory: the worker thread ran out of memory on this article \(612,000 characters; heap limit 48 MB/);
    const ids = readFileSync(out, "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(["small-0", "small-1", "small-2", "small-3", "small-4", "small-5"]);
    const failed = readFileSync(errors, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; code: string });
    expect(failed.map((f) => [f.id, f.code])).toEqual([["huge", "batch/out-of-memory"]]);
  }, 60_000);

  it("--worker-heap-mb takes a whole number of MB (exit 2 otherwise)", () => {
    const res = spawnSync(process.execPath, ["bin/newsfacts.js", "extract", "-w", "2", "--worker-heap-mb", "lots", "corpus"], { encoding: "utf8" });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("--worker-heap-mb must be a whole number of MB");
  });
});
