import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { DocumentSchema } from "../../src/schema/document.js";
import { collectIO } from "../helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "newsfacts-cli-"));

function writeConfig(dir: string, value: unknown): string {
  const file = join(dir, "pipeline.config.json");
  writeFileSync(file, JSON.stringify(value));
  return file;
}

describe("cli/main", () => {
  it("prints help for the program and every command, exit 0", async () => {
    for (const argv of [["--help"], ["extract", "--help"], ["check", "--help"], ["eval", "--help"], ["help", "extract"]]) {
      const c = collectIO();
      expect(await run(argv, c.io)).toBe(0);
      expect(c.stdout()).toMatch(/Usage: newsfacts/);
    }
  });

  it("unknown command, unknown option and missing paths are usage errors (exit 2)", async () => {
    const a = collectIO();
    expect(await run(["frobnicate"], a.io)).toBe(2);
    expect(a.stderr()).toContain("unknown command 'frobnicate'");
    const b = collectIO();
    expect(await run(["extract", "--bogus", "x"], b.io)).toBe(2);
    expect(b.stderr()).toContain("--bogus");
    const c = collectIO();
    expect(await run(["extract"], c.io)).toBe(2);
  });

  it("a bad config names the config path, exit 2, nothing written", async () => {
    const dir = tmp();
    const cases: Array<[unknown, string]> = [
      [{ stages: ["segment", "nosuch"] }, "stages[1].name: unknown stage 'nosuch'"],
      [{ stages: [{ name: "segment", options: { maxHeadingWords: "many" } }] }, "stages[0].options.maxHeadingWords"],
      [{ stages: [{ name: "segment", options: { colour: 1 } }] }, "stages[0].options"],
      [{ stages: ["quotes", "segment"] }, "stages[0]: stage 'quotes' needs 'tokens', 'sentences', 'entities'"],
      [{ stages: [] }, "stages"],
    ];
    for (const [value, message] of cases) {
      const file = writeConfig(dir, value);
      const out = join(dir, "out");
      const c = collectIO();
      expect(await run(["extract", "--config", file, "--out", out, "corpus"], c.io)).toBe(2);
      expect(c.stderr()).toContain(message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("writes one schema-valid JSON per article; a bad article is reported and the rest are written (exit 1)", async () => {
    const dir = tmp();
    const input = join(dir, "in");
    const out = join(dir, "out");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(input);
    writeFileSync(join(input, "a.txt"), "Alpha rose 5 percent on Monday.");
    writeFileSync(join(input, "b.txt"), Buffer.from([0x41, 0x00, 0x01, 0x41]));
    writeFileSync(join(input, "c.txt"), "");
    writeFileSync(join(input, "d.jsonl"), '{"id":"d1","text":"Delta."}\n{oops\n{"id":"d3","text":"Gamma."}\n');
    const errors = join(dir, "errors.jsonl");
    const c = collectIO();
    expect(await run(["extract", "--out", out, "--errors", errors, input], c.io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual([".newsfacts-manifest.jsonl", "a.json", "d1.json", "d3.json"]);
    for (const f of readdirSync(out).filter((f) => !f.startsWith("."))) expect(DocumentSchema.safeParse(JSON.parse(readFileSync(join(out, f), "utf8"))).success).toBe(true);
    const err = c.stderr();
    expect(err).toContain(`${join(input, "b.txt")}: b: input/binary`);
    expect(err).toContain(`${join(input, "c.txt")}: c: input/empty`);
    expect(err).toContain(`${join(input, "d.jsonl")}:2: d-2: input/malformed-json`);
    expect(err).toMatch(/3 of 6 articles written .* 3 failed/);
    expect(readFileSync(errors, "utf8").trim().split("\n").map((l) => JSON.parse(l).code)).toEqual(["input/binary", "input/empty", "input/malformed-json"]);
  });

  it("a repeated id is reported with the place of the first and not processed; the first is kept", async () => {
    const dir = tmp();
    const input = join(dir, "in.jsonl");
    writeFileSync(input, '{"id":"same","text":"First."}\n{"id":"same","text":"Second."}\n');
    const out = join(dir, "out");
    const c = collectIO();
    expect(await run(["extract", "-q", "--out", out, input], c.io)).toBe(1);
    expect(readdirSync(out).sort()).toEqual([".newsfacts-manifest.jsonl", "same.json"]);
    expect(JSON.parse(readFileSync(join(out, "same.json"), "utf8")).text).toBe("First.");
    expect(c.stderr()).toContain(`${input}:2: same: input/duplicate-id: id 'same' was already used by the article at ${input}:1: not processed`);
  });

  it("writes JSONL to a file and to stdout", async () => {
    const dir = tmp();
    const input = join(dir, "a.txt");
    writeFileSync(input, "One article.");
    const file = join(dir, "out.jsonl");
    expect(await run(["extract", "-q", "--out", file, input], collectIO().io)).toBe(0);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).id).toBe("a");
  });

  it("worker threads give byte-identical output (the compiled CLI, built by npm ci)", () => {
    const dir = tmp();
    const outs = ["1", "2"].map((w) => {
      const out = join(dir, `w${w}.jsonl`);
      const res = spawnSync(process.execPath, ["bin/newsfacts.js", "extract", "-q", "-w", w, "--out", out, "corpus"], { encoding: "utf8" });
      expect(res.stderr).toBe("");
      expect(res.status).toBe(0);
      return readFileSync(out, "utf8");
    });
    expect(outs[0]!.split("\n").length).toBeGreaterThan(13);
    expect(outs[1]).toBe(outs[0]);
  });

  it("check prints a per-field diff and exits 1; --update rewrites; then it matches", async () => {
    const dir = tmp();
    const { mkdirSync, copyFileSync } = await import("node:fs");
    const corpus = join(dir, "corpus");
    const golden = join(dir, "golden");
    mkdirSync(corpus);
    mkdirSync(golden);
    copyFileSync("corpus/morocco-bcij-2016.txt", join(corpus, "morocco-bcij-2016.txt"));
    const doc = JSON.parse(readFileSync("tests/golden/morocco-bcij-2016.json", "utf8"));
    const q = doc.quantities.find((x: { text: string }) => x.text === "2,963");
    q.value = 2964;
    doc.entities = doc.entities.filter((e: { name: string }) => e.name !== "Abdelhamid Abaaoud");
    writeFileSync(join(golden, "morocco-bcij-2016.json"), `${JSON.stringify(doc, null, 2)}\n`);
    writeFileSync(join(golden, "gone.json"), "{}");
    const a = collectIO();
    expect(await run(["check", "--corpus", corpus, "--golden", golden], a.io)).toBe(1);
    expect(a.stdout()).toContain('+ PERSON "Abdelhamid Abaaoud"');
    expect(a.stdout()).toContain(`~ quantity "2,963"@${q.start}: value 2964 -> 2963`);
    expect(a.stdout()).toContain("gone: golden has no corpus article");
    expect(await run(["check", "--corpus", corpus, "--golden", golden, "--update"], collectIO().io)).toBe(0);
    expect(readdirSync(golden)).toEqual(["morocco-bcij-2016.json"]);
    const b = collectIO();
    expect(await run(["check", "--corpus", corpus, "--golden", golden], b.io)).toBe(0);
    expect(b.stderr()).toContain("1 of 1 match");
  });
});
