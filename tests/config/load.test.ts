import { describe, expect, it } from "vitest";
import { configFromValue, loadConfig } from "../../src/config/load.js";
import { buildPipeline, PipelineConfigError } from "../../src/pipeline/build.js";

describe("config/load", () => {
  it("the repository's pipeline.config.json is valid", () => {
    const r = loadConfig();
    expect(r.ok ? r.pipeline.stages.map((s) => s.name) : r.error).toEqual(["segment", "syntax", "dates", "entities", "link", "quantities", "quotes", "coref", "speakers", "nominals", "events", "checks"]);
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
