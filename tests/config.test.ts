import { describe, expect, it } from "vitest";
import { z } from "zod";
import { configFromValue, loadConfig } from "../src/config/load.js";
import { buildPipeline, PipelineConfigError } from "../src/pipeline/build.js";
import { runPipeline } from "../src/pipeline/run.js";
import { defineStage, type StageDefinition } from "../src/document/stage.js";
import { Doc } from "../src/document/document.js";
import { segmentStage } from "../src/stages/segment.js";

describe("pipeline config", () => {
  it("the repository's pipeline.config.json is valid", () => {
    const r = loadConfig();
    expect(r.ok ? r.pipeline.stages.map((s) => s.name) : r.error).toEqual(["segment", "dates", "entities", "link", "quantities", "quotes", "coref"]);
  });

  it("accepts names and objects, and skips disabled stages", () => {
    const r = configFromValue({ stages: ["segment", { name: "dates", enabled: false }] }, "x.json");
    expect(r.ok && r.pipeline.stages.map((s) => s.name)).toEqual(["segment"]);
    expect(r.ok && r.config.concurrency).toBe(4);
  });

  it("names the path of what is wrong", () => {
    const err = (v: unknown) => {
      const r = configFromValue(v, "p.json");
      return r.ok ? "ok" : r.error.split("\n")[0];
    };
    expect(err({ stages: ["segment"], concurency: 2 })).toMatch(/^p\.json: \(root\): Unrecognized key: "concurency"/);
    expect(err({ stages: ["segment", "segment"] })).toBe("p.json: stages[1].name: stage 'segment' appears twice");
    expect(err({ stages: ["segment"], concurrency: 0 })).toMatch(/^p\.json: concurrency: /);
    expect(err({ stages: [{ name: "segment", options: { maxHeadingWords: -1 } }] })).toMatch(/^p\.json: stages\[0\]\.options\.maxHeadingWords: /);
  });

  it("refuses an order that breaks needs/produces, before anything runs", () => {
    expect(() => buildPipeline([{ name: "entities" }])).toThrow(PipelineConfigError);
    expect(() => buildPipeline([{ name: "entities" }])).toThrow("stages[0]: stage 'entities' needs");
  });
});

describe("running a pipeline", () => {
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
