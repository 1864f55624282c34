import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { defineStage, type StageDefinition } from "../../src/document/stage.js";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";

describe("runPipeline", () => {
  const boom = defineStage({
    name: "boom",
    description: "throws",
    needs: ["tokens"],
    produces: ["dates"],
    options: z.strictObject({}),
    create: () => () => {
      throw new Error("kaput");
    },
  });
  const after = defineStage({
    name: "after",
    description: "needs what boom failed to make",
    needs: ["dates"],
    produces: ["quantities"],
    options: z.strictObject({}),
    create: () => (doc) => doc.set("quantities", []),
  });
  const registry = new Map<string, StageDefinition>([
    ["segment", segmentStage as unknown as StageDefinition],
    ["boom", boom as unknown as StageDefinition],
    ["after", after as unknown as StageDefinition],
  ]);

  it("a failing stage becomes a fatal diagnostic; stages that need its layer are skipped", () => {
    const p = buildPipeline([{ name: "segment" }, { name: "boom" }, { name: "after" }], registry);
    const doc = runPipeline(p, new Doc("x", "Some text."));
    expect(doc.has("sentences")).toBe(true);
    expect(doc.diagnostics).toEqual([
      { stage: "boom", code: "pipeline/stage-failed", message: "stage failed: kaput", fatal: true },
      { stage: "after", code: "pipeline/skipped", message: "skipped: an earlier stage failed to produce dates", fatal: true },
    ]);
  });
});
