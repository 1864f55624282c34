import { describe, expect, it } from "vitest";
import { leaders } from "../../../src/ner/rules/leaders.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, words } from "./tester.js";

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
