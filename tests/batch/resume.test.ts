import { mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { collectIO } from "../helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "newsfacts-resume-"));

function writeInput(dir: string, n: number, change: Record<number, string> = {}): string {
  const file = join(dir, "in.jsonl");
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `art-${i}`, text: change[i] ?? `Article ${i}: Morocco arrested ${i + 2} people in Rabat on Monday.` }));
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

const config = (dir: string) => {
  const file = join(dir, "pipeline.config.json");
  writeFileSync(file, JSON.stringify({ stages: ["segment", "dates", "quantities"] }));
  return file;
};

async function extract(args: string[]): Promise<{ code: number; stderr: string }> {
  const c = collectIO();
  const code = await run(["extract", ...args], c.io);
  return { code, stderr: c.stderr() };
}

const ids = (jsonl: string) => readFileSync(jsonl, "utf8").trim().split("\n").map((l) => JSON.parse(l).id as string);

describe("resumable runs", () => {
  it("folder output: a re-run skips what is up to date, redoes a changed article, --force redoes all", async () => {
    const dir = tmp();
    const cfg = config(dir);
    const out = join(dir, "out");
    const input = writeInput(dir, 6);
    expect((await extract(["-c", cfg, "--out", out, input])).stderr).toMatch(/^newsfacts: 6 of 6 articles written/);
    const before = statSync(join(out, "art-0.json")).mtimeMs;
    const again = await extract(["-c", cfg, "--out", out, input]);
    expect(again.stderr).toMatch(/^newsfacts: 0 of 6 articles written to .*, 6 up to date \(skipped\)/);
    expect(statSync(join(out, "art-0.json")).mtimeMs).toBe(before);
    writeInput(dir, 6, { 3: "A changed article about 9 people." });
    expect((await extract(["-c", cfg, "--out", out, input])).stderr).toMatch(/1 of 6 articles written .*, 5 up to date/);
    expect(JSON.parse(readFileSync(join(out, "art-3.json"), "utf8")).text).toBe("A changed article about 9 people.");
    expect((await extract(["-c", cfg, "--force", "--out", out, input])).stderr).toMatch(/6 of 6 articles written/);
    expect(JSON.parse(readFileSync(join(out, "art-1.json"), "utf8")).meta.extractor).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    // an article no longer in the input is reported, not deleted
    writeInput(dir, 5);
    expect((await extract(["-c", cfg, "--out", out, input])).stderr).toContain("1 earlier output(s) in");
    expect(readdirSync(out)).toContain("art-5.json");
  });

  it("JSONL output cut by a crash (a torn last line, a line the manifest never recorded) is finished by a re-run, equal to a clean run", async () => {
    const dir = tmp();
    const cfg = config(dir);
    const input = writeInput(dir, 8);
    const clean = join(dir, "clean.jsonl");
    await extract(["-c", cfg, "-q", "--out", clean, input]);
    const out = join(dir, "out.jsonl");
    await extract(["-c", cfg, "-q", "--out", out, input]);
    // keep the manifest's first 3 entries and cut the data file in the middle of its 5th line
    const manifest = readFileSync(`${out}.manifest`, "utf8").split("\n");
    writeFileSync(`${out}.manifest`, `${manifest.slice(0, 3).join("\n")}\n${manifest[3]!.slice(0, 10)}`);
    const data = readFileSync(out, "utf8");
    const cut = data.split("\n").slice(0, 4).join("\n").length + 30;
    truncateSync(out, Buffer.byteLength(data.slice(0, cut)));
    const res = await extract(["-c", cfg, "--out", out, input]);
    expect(res.stderr).toMatch(/5 of 8 articles written .*, 3 up to date/);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(clean, "utf8"));
  });

  it("JSONL output: a changed article is redone and its old line removed; another extractor version redoes all", async () => {
    const dir = tmp();
    const cfg = config(dir);
    const input = writeInput(dir, 4);
    const out = join(dir, "out.jsonl");
    await extract(["-c", cfg, "-q", "--out", out, input]);
    writeInput(dir, 4, { 1: "Changed: 12 cells." });
    expect((await extract(["-c", cfg, "--out", out, input])).stderr).toMatch(/1 of 4 articles written .*, 3 up to date/);
    expect(ids(out)).toEqual(["art-0", "art-2", "art-3", "art-1"]);
    expect(readFileSync(out, "utf8")).toContain("Changed: 12 cells.");
    writeFileSync(`${out}.manifest`, readFileSync(`${out}.manifest`, "utf8").replace(/"extractor":"[^"]+"/g, '"extractor":"0.0.1+old"'));
    const res = await extract(["-c", cfg, "--out", out, input]);
    expect(res.stderr).toContain("was written by another extractor version: every article is redone");
    expect(ids(out)).toEqual(["art-0", "art-1", "art-2", "art-3"]);
  });
});

describe("shards and merge", () => {
  it("N shards split the input with no overlap; merge joins them and checks every id once", async () => {
    const dir = tmp();
    const cfg = config(dir);
    const input = writeInput(dir, 30);
    const parts = [0, 1, 2].map((k) => join(dir, `part-${k}.jsonl`));
    for (const [k, p] of parts.entries()) expect((await extract(["-c", cfg, "-q", "--shard", `${k}/3`, "--out", p, input])).code).toBe(0);
    const counts = parts.map((p) => (readFileSync(p, "utf8").trim() === "" ? 0 : ids(p).length));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(30);
    expect(counts.every((c) => c > 0)).toBe(true);
    const merged = join(dir, "all.jsonl");
    const c = collectIO();
    expect(await run(["merge", "--out", merged, ...parts], c.io)).toBe(0);
    expect(c.stderr()).toContain("30 documents from 3 output(s)");
    expect(ids(merged).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `art-${i}`).sort());
    const d = collectIO();
    expect(await run(["merge", "--out", join(dir, "twice.jsonl"), parts[0]!, parts[0]!], d.io)).toBe(1);
    expect(d.stderr()).toMatch(/merge\/duplicate-id: also at/);
  });
});
