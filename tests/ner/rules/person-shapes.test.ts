import { describe, expect, it } from "vitest";
import { Gazetteer, type GazetteerData } from "../../../src/ner/gazetteer.js";
import { personShapesRule } from "../../../src/ner/rules/person-shapes.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

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

testRule(personShapesRule, {
  gaz: new Gazetteer({ lists: { title: ["Coach"] }, casing: { lower: ["keeper"], title: [], upper: [], mixed: [] } } as unknown as GazetteerData),
  valid: [
    { name: "a name with a vowel", text: "Ng Yu scored", spans: [["Ng Yu", "PERSON"]] },
    { name: "a lower-case word after a title", text: "Coach Keeper left", spans: [["Keeper", "PERSON"]] },
  ],
  invalid: [
    { name: "no real word", text: "P W D L and Aru Tan", spans: [["P W D L", "PERSON"], ["Aru Tan", "PERSON"]], output: [["Aru Tan", "PERSON"]] },
    { name: "a lone word usually in lower case", text: "The Keeper left", spans: [["Keeper", "PERSON"]], output: [] },
    { name: "a possessor before the person", text: "the KDP 's Lana Brik spoke", spans: [["'s Lana Brik", "PERSON"]], output: [{ text: "Lana Brik", type: "PERSON", source: "entities:person-shapes" }] },
  ],
});
