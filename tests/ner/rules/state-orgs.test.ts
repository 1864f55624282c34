import { describe, expect, it } from "vitest";
import { stateOrgs } from "../../../src/ner/rules/state-orgs.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, words } from "./tester.js";

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
