import { describe, expect, it } from "vitest";
import { stateOrgsRule, stateOrgs } from "../../../src/ner/rules/state-orgs.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

describe("state-orgs", () => {
  const prep = (sentence: string) => {
    const w = words(sentence);
    return { w, lower: w.map((x) => x.toLowerCase()), cap: w.map((x) => /^\p{Lu}/u.test(x)) };
  };
  it("a capitalised state body + of (the) + a place is one organisation; a lower-case one is not", () => {
    const { w, lower } = prep("the Government of Iraq and the Embassy of the United States and the government of Iraq");
    const out: TokenSpan[] = [
      { start: 1, end: 2, type: "ORG", source: "entities:model-spans" },
      { start: 3, end: 4, type: "GPE", source: "entities:model-spans" },
      { start: 9, end: 11, type: "GPE", source: "entities:model-spans" },
      { start: 15, end: 16, type: "GPE", source: "entities:model-spans" },
    ];
    const res = stateOrgs(testGaz({ orgkey: ["Embassy", "Journal"] }), out, w, lower, w.map(() => 0));
    expect(res.map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Government of Iraq", "ORG"],
      ["Embassy of the United States", "ORG"],
      ["Iraq", "GPE"],
    ]);
  });
});

describe("state-orgs", () => {
  const gaz = testGaz({ orgkey: ["Journal", "Corp", "University"] });
  it("an organisation word + of + place is one name; a company designator or 'of the' after a non-state body is a qualifier", () => {
    const w = words("the Medical Journal of Australia and Kia Motor Corp of South Korea and Colorado State University of the US");
    const lower = w.map((x) => x.toLowerCase());
    const out: TokenSpan[] = [
      { start: 1, end: 3, type: "ORG", source: "entities:model-spans" },
      { start: 4, end: 5, type: "GPE", source: "entities:model-spans" },
      { start: 6, end: 9, type: "ORG", source: "entities:model-spans" },
      { start: 10, end: 12, type: "GPE", source: "entities:model-spans" },
      { start: 13, end: 16, type: "ORG", source: "entities:model-spans" },
      { start: 18, end: 19, type: "GPE", source: "entities:model-spans" },
    ];
    expect(stateOrgs(gaz, out, w, lower, w.map(() => 0)).map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Medical Journal of Australia", "ORG"],
      ["Kia Motor Corp", "ORG"],
      ["South Korea", "GPE"],
      ["Colorado State University", "ORG"],
      ["US", "GPE"],
    ]);
  });
});

testRule(stateOrgsRule, {
  gaz: testGaz({ orgkey: ["Institute", "Corp"] }),
  valid: [
    { name: "a nationality before a company", text: "the Danish brewer Holvik rose", spans: [["Danish", "NORP"], ["Holvik", "ORG"]] },
    { name: "a lower-case body of a place", text: "the ministry of Tarvania", spans: [["Tarvania", "GPE"]] },
    { name: "a company designator of a place", text: "Brel Corp of Tarvania", spans: [["Brel Corp", "ORG"], ["Tarvania", "GPE"]] },
  ],
  invalid: [
    { text: "the Danish Foreign Ministry said", spans: [["Danish", "NORP"], ["Foreign Ministry", "ORG"]], output: [{ text: "Danish Foreign Ministry", type: "ORG", source: "entities:state-orgs", locked: true }] },
    { name: "an organisation word + of + a place", text: "the Polar Institute of Tarvania", spans: [["Polar Institute", "ORG"], ["Tarvania", "GPE"]], output: [["Polar Institute of Tarvania", "ORG"]] },
    { name: "the body the model left out", text: "the Parliament of Tarvania met", spans: [["Tarvania", "GPE"]], output: [["Parliament of Tarvania", "ORG"]] },
  ],
});
