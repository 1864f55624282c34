import { describe, expect, it } from "vitest";
import { datelinesRule, datelines } from "../../../src/ner/rules/datelines.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, startsOf, testGaz, testRule } from "./tester.js";

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

testRule(datelinesRule, {
  gaz: testGaz({ org: ["unicef"] }),
  valid: [
    { name: "an organisation the gazetteer knows", text: "UNICEF 1996 - 11 - 02" },
    { name: "a headline without a date", text: "TARVO BEATS LYNN ." },
    { name: "a lower-case start", text: "Velmora ( Reuters ) - Snow fell ." },
  ],
  invalid: [
    { text: "PORT LOUIS 1996 - 11 - 02", spans: [["PORT LOUIS", "ORG"]], output: [{ text: "PORT LOUIS", type: "GPE", source: "entities:datelines", locked: true }] },
    { text: "KARVIK ( Reuters ) - The mayor spoke .", output: [["KARVIK", "GPE"]] },
  ],
});
