import { describe, expect, it } from "vitest";
import { testGaz } from "./tester.js";

describe("refine", () => {
  it("an organisation-looking name of a study or survey is a work", async () => {
    const { refine } = await import("../../../src/ner/rules/refine.js");
    const gaz = testGaz({});
    const lower = "the national iodine nutrition study found that the national iodine nutrition study and the world health organization".split(" ");
    expect(refine(gaz, "ORG", lower, 1, 5)).toBe("WORK_OF_ART");
    expect(refine(gaz, "ORG", lower, 8, 11)).toBe("WORK_OF_ART");
    expect(refine(gaz, "ORG", lower, 14, 17)).toBe("ORG");
  });
});
