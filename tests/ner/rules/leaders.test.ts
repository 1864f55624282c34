import { describe, expect, it } from "vitest";
import { leadersRule, leaders } from "../../../src/ner/rules/leaders.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

describe("leaders", () => {
  const gaz = testGaz({ first: ["Asad"], city: ["Kabul"], country: [], title: [], demonym: [] });
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    leaders(gaz, out, w, w.map((x) => x.toLowerCase()));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("a one-word non-place before 'regime'/'government' is the leader, and so are its other place-typed mentions", () => {
    expect(run("the Asad regime and Asad forces and the Maduro government", [[1, 2, "GPE"], [4, 5, "GPE"], [8, 9, "LOC"]])).toEqual([
      ["Asad", "PERSON"],
      ["Asad", "PERSON"],
      ["Maduro", "PERSON"],
    ]);
  });
  it("known places, organisations and creed adjectives stay", () => {
    expect(run("the Kabul government the Hamas government the Baathist regime", [[1, 2, "GPE"], [4, 5, "ORG"], [7, 8, "GPE"]])).toEqual([
      ["Kabul", "GPE"],
      ["Hamas", "ORG"],
      ["Baathist", "GPE"],
    ]);
  });
});

testRule(leadersRule, {
  gaz: testGaz({ city: ["Harare"], country: [], first: [], title: [], demonym: [] }),
  valid: [
    { name: "a known place before 'government'", text: "the Harare government", spans: [["Harare", "GPE"]] },
    { name: "a creed adjective", text: "the Leninist regime", spans: [["Leninist", "GPE"]] },
    { name: "no noun for a government after it", text: "the Korvan army", spans: [["Korvan", "GPE"]] },
  ],
  invalid: [
    {
      text: "the Korvan administration and Korvan allies",
      spans: [["Korvan", "GPE"], ["Korvan", "GPE", 1]],
      output: [{ text: "Korvan", type: "PERSON", source: "entities:leaders", locked: true }, ["Korvan", "PERSON"]],
    },
  ],
});
