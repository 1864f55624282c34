import { describe, expect, it } from "vitest";
import { z } from "zod";
import { configFromValue } from "../../src/config/load.js";
import { adoptResources, buildPipeline, PipelineConfigError, prepareShared, shareResources } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { defineStage, type StageDefinition } from "../../src/document/stage.js";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { datesStage } from "../../src/stages/dates.js";
import { STAGES } from "../../src/stages/index.js";

const stage = (name: string, needs: StageDefinition["needs"], produces: StageDefinition["produces"], run: (doc: Doc) => void = () => {}, reads?: StageDefinition["reads"]) =>
  defineStage({ name, description: name, needs, produces, ...(reads ? { reads } : {}), options: z.strictObject({}), create: () => run }) as unknown as StageDefinition;

const registryOf = (...defs: StageDefinition[]) => new Map(defs.map((d) => [d.name, d]));

describe("buildPipeline", () => {
  it("every registered stage is built by the default order of src/stages/index.ts", () => {
    const p = buildPipeline([...STAGES.keys()].map((name) => ({ name })));
    expect(p.stages.map((s) => s.name)).toEqual([...STAGES.keys()]);
    expect(p.stages.find((s) => s.name === "entities")?.reads).toEqual(["dates"]);
  });

  it("start: false checks the config without creating any stage; shared resources go from one registry to another", () => {
    let created = 0;
    let adopted: unknown = null;
    const model = defineStage({
      name: "model",
      description: "a stage with a model",
      needs: [],
      produces: ["tokens"],
      options: z.strictObject({}),
      create: () => {
        created++;
        return () => {};
      },
      shared: { share: () => ({ weights: [1, 2] }), adopt: (d) => (adopted = d) },
    }) as unknown as StageDefinition;
    const registry = registryOf(model);
    const p = buildPipeline([{ name: "model" }], registry, { start: false });
    expect(created).toBe(0);
    expect(() => p.stages[0]!.run(new Doc("t", "x"))).toThrow(/check its config only/);
    expect(() => buildPipeline([{ name: "nope" }], registry, { start: false })).toThrow(/unknown stage 'nope'/);
    const data = shareResources([{ name: "model" }, { name: "model", enabled: false }], registry);
    expect(data).toEqual({ model: { weights: [1, 2] } });
    expect(shareResources([{ name: "model", enabled: false }], registry)).toEqual({});
    adoptResources(structuredClone(data), registry);
    expect(adopted).toEqual({ weights: [1, 2] });
    buildPipeline([{ name: "model" }], registry);
    expect(created).toBe(1);
  });

  it("start as a function creates the stages it accepts now and the rest at startRest(), with their options; share and prepare get the options too", () => {
    const order: string[] = [];
    const seen: unknown[] = [];
    const opts = z.strictObject({ size: z.number().default(3) });
    const plain = defineStage({ name: "plain", description: "plain", needs: [], produces: ["tokens"], options: opts, create: (o) => (order.push(`plain ${o.size}`), () => {}) });
    const sharing = defineStage({
      name: "sharing",
      description: "sharing",
      needs: ["tokens"],
      produces: ["sentences"],
      options: opts,
      shared: { share: (o) => (seen.push(["share", o]), 1), adopt: () => {}, prepare: (o) => void seen.push(["prepare", o]) },
      create: (o) => (order.push(`sharing ${o.size}`), () => void order.push("ran sharing")),
    });
    const registry = registryOf(plain as unknown as StageDefinition, sharing as unknown as StageDefinition);
    const configs = [{ name: "plain" }, { name: "sharing", options: { size: 5 } }];
    const p = buildPipeline(configs, registry, { start: (def) => def.shared === undefined });
    expect(order).toEqual(["plain 3"]);
    expect(() => p.stages[1]!.run(new Doc("t", "x"))).toThrow(/check its config only/);
    prepareShared(configs, registry);
    expect(shareResources(configs, registry)).toEqual({ sharing: 1 });
    expect(seen).toEqual([["prepare", { size: 5 }], ["share", { size: 5 }]]);
    p.startRest!();
    expect(order).toEqual(["plain 3", "sharing 5"]);
    p.stages[1]!.run(new Doc("t", "x"));
    expect(order.at(-1)).toBe("ran sharing");
    // every stage created at once: nothing left for later
    expect(buildPipeline(configs, registry).startRest).toBeUndefined();
  });

  it("a stage left for later that cannot start fails at startRest() with its config path", () => {
    const broken = defineStage({ name: "broken", description: "broken", needs: [], produces: ["tokens"], options: z.strictObject({}), shared: { share: () => 0, adopt: () => {} }, create: () => { throw new Error("model file missing"); } });
    const p = buildPipeline([{ name: "broken" }], registryOf(broken as unknown as StageDefinition), { start: (def) => def.shared === undefined });
    expect(() => p.startRest!()).toThrow(new PipelineConfigError("stages[0]", "stage 'broken' could not start: model file missing"));
  });

  it("refuses a second producer of a layer that is not appendable, naming the config path", () => {
    const again = stage("dates-again", ["tokens"], ["dates"]);
    const registry = registryOf(segmentStage as unknown as StageDefinition, datesStage as unknown as StageDefinition, again);
    expect(() => buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "dates-again" }], registry)).toThrow(
      new PipelineConfigError("stages[2].name", "stage 'dates-again' produces 'dates', which stage 'dates' already produces (the layer is not declared appendable)"),
    );
    // one producer is fine
    expect(buildPipeline([{ name: "segment" }, { name: "dates-again" }], registry).stages).toHaveLength(2);
  });

  it("refuses an optional input (reads) that only a later stage produces, naming the config path", () => {
    const r = configFromValue({ stages: ["segment", "entities", "dates"] }, "p.json");
    expect(r.ok ? "ok" : r.error).toBe(
      "p.json: stages[1]: stage 'entities' reads 'dates', which only the later stage 'dates' produces: move 'entities' after it, or drop 'dates'",
    );
    // without the dates stage at all, entities does without
    expect(configFromValue({ stages: ["segment", "entities"] }, "p.json").ok).toBe(true);
  });
});

describe("runPipeline", () => {
  it("a stage that writes a layer it did not declare fails with a diagnostic that says which", () => {
    const sneaky = stage("sneaky", ["tokens"], ["dates"], (doc) => doc.set("quotes", []));
    const p = buildPipeline([{ name: "segment" }, { name: "sneaky" }], registryOf(segmentStage as unknown as StageDefinition, sneaky));
    const doc = runPipeline(p, new Doc("x", "Some text."));
    expect(doc.diagnostics.map((d) => d.message)).toEqual(["stage failed: stage 'sneaky' wrote layer 'quotes' without declaring it in produces"]);
  });

  it("a stage that reads a layer it did not declare in needs or reads fails", () => {
    const peek = stage("peek", ["tokens"], ["quotes"], (doc) => {
      doc.getOr("dates");
      doc.set("quotes", []);
    });
    const p = buildPipeline([{ name: "segment" }, { name: "peek" }], registryOf(segmentStage as unknown as StageDefinition, peek));
    expect(runPipeline(p, new Doc("x", "Some text.")).diagnostics.map((d) => d.message)).toEqual([
      "stage failed: stage 'peek' read layer 'dates' without declaring it in needs or reads",
    ]);
    const polite = stage("peek", ["tokens"], ["quotes"], (doc) => {
      doc.getOr("dates");
      doc.set("quotes", []);
    }, ["dates"]);
    const q = buildPipeline([{ name: "segment" }, { name: "peek" }], registryOf(segmentStage as unknown as StageDefinition, polite));
    const ok = runPipeline(q, new Doc("x", "Some text."));
    expect(ok.diagnostics).toEqual([]);
    expect(ok.get("quotes")).toEqual([]);
  });
});
