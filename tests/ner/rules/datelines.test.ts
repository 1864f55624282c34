import { describe, expect, it } from "vitest";
import { datelines } from "../../../src/ner/rules/datelines.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, startsOf, testGaz } from "./tester.js";

describe("datelines", () => {
  const run = (sentences: string[][], gaz = testGaz({ org: ["nato"] }), out: TokenSpan[] = []) => {
    const w = sentences.flat();
    const sentStart = startsOf(sentences);
    const res = datelines(gaz, out, w, w.map((x) => x.toLowerCase()), sentStart, sentences.map((x) => x.length));
    return res.map((x) => [w.slice(x.start, x.end).join(" "), x.type, by(x)]);
  };
  it("the all-caps place before a date or an agency is a place, replacing what the model made of it; THE opening a longer name stays", () => {
    expect(run([["MONTE", "CARLO", "1996", "-", "08", "-", "30"]], testGaz({}), [{ start: 0, end: 2, type: "PERSON", source: "entities:model-spans" }])).toEqual([
      ["MONTE CARLO", "GPE", "rule"],
    ]);
    expect(run([["THE", "HAGUE", "1996", "-", "08", "-", "30"]])).toEqual([["THE HAGUE", "GPE", "rule"]]);
    expect(run([["WASHINGTON", "(", "Reuters", ")", "-", "The", "Senate", "voted", "."]])).toEqual([["WASHINGTON", "GPE", "rule"]]);
    expect(run([["PHNOM", "PENH", ",", "May", "3", "(", "AFP", ")", "-", "Rain", "fell", "."]])).toEqual([["PHNOM PENH", "GPE", "rule"]]);
  });
  it("not an organisation the gazetteer knows, not a headline without a date, not a lower-case start", () => {
    expect(run([["NATO", "1996", "-", "08", "-", "30"]])).toEqual([]);
    expect(run([["MITCHELL", "DEFEATS", "BAILEY", "."]])).toEqual([]);
    expect(run([["Paris", "(", "Reuters", ")", "-", "Rain", "fell", "."]])).toEqual([]);
  });
});
