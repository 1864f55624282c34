import { describe, expect, it } from "vitest";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, words } from "./tester.js";

describe("person-shapes", () => {
  it("a person span with no word of two letters or more with a vowel is dropped", async () => {
    const { personShapes } = await import("../../../src/ner/rules/person-shapes.js");
    const gaz = testGaz({});
    const w = words("W L PCT GB and Li Na and Ng Ka");
    const out: TokenSpan[] = [
      { start: 0, end: 4, type: "PERSON", source: "entities:model-spans" },
      { start: 5, end: 7, type: "PERSON", source: "entities:model-spans" },
      { start: 8, end: 10, type: "PERSON", source: "entities:model-spans" },
    ];
    expect(personShapes(gaz, out, w, w.map((x) => x.toLowerCase())).map((s) => w.slice(s.start, s.end).join(" "))).toEqual(["Li Na", "Ng Ka"]);
  });
});
