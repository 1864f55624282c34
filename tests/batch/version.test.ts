import { describe, expect, it } from "vitest";
import { extractorInputs, extractorVersion } from "../../src/batch/version.js";

describe("batch: extractor version", () => {
  it("hashes the code and every table the stages load: JSON beside the modules and the data/ folders", () => {
    const { code, data } = extractorInputs();
    const has = (list: string[], end: string) => list.some((f) => f.replace(/\\/g, "/").endsWith(end));
    expect(has(code, "nlp/quantities/units.json")).toBe(true);
    expect(has(code, "nlp/quantities/phrases.json")).toBe(true);
    expect(has(code, "stages/entities.ts") || has(code, "stages/entities.js")).toBe(true);
    expect(has(data, "events/data/classes.json")).toBe(true);
  });

  it("depends on the config", () => {
    const a = extractorVersion({ stages: ["segment"] });
    expect(a).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(extractorVersion({ stages: ["segment", "dates"] })).not.toBe(a);
    expect(extractorVersion({ stages: ["segment"] })).toBe(a);
  });
});
