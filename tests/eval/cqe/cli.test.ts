import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../../src/cli/eval.js";

const dir = mkdtempSync(join(tmpdir(), "newsfacts-cqe-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await evalCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

// invented sentences and gold
const S1 = "The firm hired 40 workers.";
const S2 = "Prices rose about 3 percent.";
const gold = join(dir, "gold.json");
writeFileSync(
  gold,
  JSON.stringify([
    { text: S1, quantities: [{ value: "40", unit: "workers", normalized_unit: "worker", change: "=", referred_concepts: "firm" }] },
    { text: S2, quantities: [{ value: "3", unit: "percent", normalized_unit: "percentage", change: "~", referred_concepts: "prices" }] },
  ]),
);
const doc = (id: string, text: string, quantities: unknown[]) => ({ id, text, quantities });
const q = (start: number, end: number, text: string, extra: Record<string, unknown>) => ({ id: "Q1", start, end, text, change: "=", sentence: 0, source: "quantities:test", ...extra });
const pred = join(dir, "pred.jsonl");
writeFileSync(
  pred,
  [
    doc("b", S2, [q(18, 27, "3 percent", { kind: "percent", value: 3, unit: "percent", change: "up", concept: "Prices" })]),
    doc("a", S1, [q(15, 17, "40", { kind: "count", value: 40, counted: "worker", countedText: "workers" })]),
  ]
    .map((d) => JSON.stringify(d))
    .join("\n") + "\n",
);

describe("newsfacts eval --scheme cqe", () => {
  it("scores saved output (--pred), aligned to the gold sentences by text, as JSON", async () => {
    const r = await run(["--scheme", "cqe", "--gold", gold, "--pred", pred, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.gold).toBe(2);
    expect(out.pred).toBe(2);
    expect(out.unmatchedSentences).toBe(0);
    expect(out.scores.value).toMatchObject({ p: 100, r: 100, f1: 100 });
    expect(out.scores.value_unit).toMatchObject({ f1: 100 });
    expect(out.scores.value_change).toMatchObject({ p: 50, r: 50, f1: 50 });
    // the firm has no concept on our side; "prices" matches
    expect(out.scores.concept_relaxed).toMatchObject({ f1: 50 });
    expect(out.scores.concept_strict).toMatchObject({ f1: 50 });
  });

  it("prints a table and lists errors", async () => {
    const r = await run(["--scheme", "cqe", "--gold", gold, "--pred", pred, "--errors", "5"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/value\+unit\s+100\.00\s+100\.00\s+100\.00/);
    expect(r.stdout).toMatch(/change: gold ~ 3 percentage \/ ours up 3 percentage/);
  });

  it("bad gold or predictions exit 2 with the file and place", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify([{ text: "x", quantities: [{ value: 3 }] }]));
    const r = await run(["--scheme", "cqe", "--gold", bad, "--pred", pred]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: \[0\]\.quantities\[0\]\.value/);
    const badPred = join(dir, "bad.jsonl");
    writeFileSync(badPred, '{"id":"a","text":"x"}\n');
    const r2 = await run(["--scheme", "cqe", "--gold", gold, "--pred", badPred]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/bad\.jsonl:1: not a newsfacts output document \(\.quantities/);
  });

  it("runs the pipeline on the gold sentences without --pred", async () => {
    const r = await run(["--scheme", "cqe", "--gold", gold, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pred_file).toBe("pipeline");
    expect(out.sentences).toBe(2);
    expect(out.scores.value.r).toBeGreaterThan(0);
  });
});
