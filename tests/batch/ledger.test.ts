import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FOLDER_MANIFEST, folderSink, jsonlSink } from "../../src/batch/writers.js";

const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const rendered = (id: string, text: string) => ({ id, sha256: sha(text), body: `${JSON.stringify({ id, text })}\n`, words: 1, fatal: [] });

describe("the run ledger of a sink (what is done, by id)", () => {
  it("JSONL: every one of 3,000 articles is done after a run (past the ledger's first growth), a changed text is not, unnamed ids are stale in order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-ledger-"));
    const file = join(dir, "out.jsonl");
    const first = jsonlSink(file, { extractor: "x@1" });
    for (let i = 0; i < 3000; i++) await first.write(rendered(`a-${i}`, `text ${i}`));
    await first.close();
    const again = jsonlSink(file, { extractor: "x@1" });
    for (let i = 0; i < 3000; i += 2) expect(again.isDone(`a-${i}`, sha(`text ${i}`))).toBe(true);
    expect(again.isDone("a-1", sha("text 1 changed"))).toBe(false);
    expect(again.isDone("a-nope", sha("text 1"))).toBe(false);
    // the odd ids not named but a-1 (looked up above) are stale, in the order they were written
    const stale = again.stale();
    expect(stale.length).toBe(1499);
    expect(stale.slice(0, 3)).toEqual(["a-3", "a-5", "a-7"]);
    await again.close();
  });

  it("folder: a manifest line with a hash that is not 64 hex digits, a repeated id (the last line wins) and another extractor's line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-ledger-"));
    const lines = [
      { id: "odd", sha256: "NOT-A-HASH", extractor: "x@1", file: "odd.json" },
      { id: "twice", sha256: sha("old"), extractor: "x@1", file: "twice.json" },
      { id: "twice", sha256: sha("new"), extractor: "x@1", file: "twice.json" },
      { id: "other", sha256: sha("t"), extractor: "x@0", file: "other.json" },
    ];
    writeFileSync(join(dir, FOLDER_MANIFEST), lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    for (const f of ["odd.json", "twice.json", "other.json"]) writeFileSync(join(dir, f), "{}\n");
    const sink = folderSink(dir, { extractor: "x@1" });
    expect(sink.isDone("odd", "NOT-A-HASH")).toBe(true);
    expect(sink.isDone("twice", sha("new"))).toBe(true);
    expect(sink.isDone("twice", sha("old"))).toBe(false);
    expect(sink.isDone("other", sha("t"))).toBe(false);
    expect(sink.stale()).toEqual([]);
    await sink.close();
  });
});
