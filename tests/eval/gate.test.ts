import { describe, expect, it } from "vitest";
import { compareQuality, formatGate, type GateFile } from "../../src/eval/gate.js";
import { MARK_END, MARK_START, spliceQualitySection } from "../../src/eval/bench.js";

const file = (sets: Record<string, number>): GateFile => ({
  sets: Object.fromEntries(Object.entries(sets).map(([k, f1]) => [k, { exact: { micro: { f1 } } }])),
});

describe("eval/gate", () => {
  const baseline = file({ "conll2003/dev": 80, "gmb/dev": 88.4 });

  it("passes an equal result", () => {
    const r = compareQuality(file({ "conll2003/dev": 80, "gmb/dev": 88.4 }), baseline);
    expect(r.ok).toBe(true);
    expect(r.lines.map((l) => l.status)).toEqual(["ok", "ok"]);
  });

  it("fails a deliberately worse result (0.6 points down on one set)", () => {
    const r = compareQuality(file({ "conll2003/dev": 79.4, "gmb/dev": 90 }), baseline);
    expect(r.ok).toBe(false);
    expect(r.lines.find((l) => l.set === "conll2003/dev")).toMatchObject({ status: "dropped", delta: -0.6 });
    expect(r.lines.find((l) => l.set === "gmb/dev")).toMatchObject({ status: "improved", delta: 1.6 });
    expect(formatGate(r)).toMatch(/FAIL/);
  });

  it("allows a drop of exactly 0.5 points, not more", () => {
    expect(compareQuality(file({ "conll2003/dev": 79.5, "gmb/dev": 88.4 }), baseline).ok).toBe(true);
    expect(compareQuality(file({ "conll2003/dev": 79.49, "gmb/dev": 88.4 }), baseline).ok).toBe(false);
  });

  it("fails when a baseline set was not measured, and accepts a new set", () => {
    expect(compareQuality(file({ "conll2003/dev": 80 }), baseline).ok).toBe(false);
    const r = compareQuality(file({ "conll2003/dev": 80, "gmb/dev": 88.4, "new/dev": 1 }), baseline);
    expect(r.ok).toBe(true);
    expect(r.lines.at(-1)).toMatchObject({ set: "new/dev", status: "new" });
  });

  it("a custom tolerance", () => {
    expect(compareQuality(file({ "conll2003/dev": 79.4, "gmb/dev": 88.4 }), baseline, 1).ok).toBe(true);
  });
});

describe("eval/bench", () => {
  it("replaces only the text between the markers", () => {
    const before = `# Benchmarks\n\n## Speed\nfast\n\n${MARK_START}\nold\n${MARK_END}\n\n## Other\nkept\n`;
    const after = spliceQualitySection(before, "new table");
    expect(after).toBe(`# Benchmarks\n\n## Speed\nfast\n\n${MARK_START}\nnew table\n${MARK_END}\n\n## Other\nkept\n`);
  });
  it("appends the section when there are no markers, and starts a file when there is none", () => {
    expect(spliceQualitySection("# Benchmarks\n\n## Speed\nfast\n", "q")).toBe(`# Benchmarks\n\n## Speed\nfast\n\n${MARK_START}\nq\n${MARK_END}\n`);
    expect(spliceQualitySection(null, "q")).toBe(`# Benchmarks\n\n${MARK_START}\nq\n${MARK_END}\n`);
  });
});
