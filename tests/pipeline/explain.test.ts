import { describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/pipeline/build.js";
import { processText } from "../../src/pipeline/run.js";
import { toOutput, validateOutput } from "../../src/output/to-output.js";

describe("explain mode", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }]);
  const text = "Talks ran from May 3 to June 5, 2009, and resumed on Christmas Day.";

  it("off by default: no trail, no info diagnostics", () => {
    const doc = processText(pipeline, "x", text, { published: "2009-07-01" });
    expect(doc.get("dates").every((d) => d.trail === undefined)).toBe(true);
    expect(doc.diagnostics).toEqual([]);
  });

  it("on: dates carry the rules behind them, and dropped candidates are info diagnostics", () => {
    const doc = processText(pipeline, "x", text, { published: "2009-07-01" }, { explain: true });
    const range = doc.get("dates").find((d) => d.text === "from May 3 to June 5, 2009")!;
    expect(range.source).toBe("dates:range-from-to");
    expect(range.trail).toEqual([
      'dates:month-day found "May 3"',
      'dates:month-day found "June 5, 2009"',
      'dates:range-from-to made interval "from May 3 to June 5, 2009"',
    ]);
    const xmas = doc.get("dates").find((d) => d.text === "Christmas Day")!;
    expect([xmas.source, xmas.holiday]).toEqual(["dates:holiday", true]);
    expect(doc.diagnostics.length).toBeGreaterThan(0);
    for (const d of doc.diagnostics) expect([d.stage, d.code, d.severity, d.fatal]).toEqual(["dates", "dates/dropped", "info", false]);
    // the output with trails and info diagnostics is schema-valid
    expect(validateOutput(toOutput(doc)).diagnostics.length).toBe(doc.diagnostics.length);
  });
});
