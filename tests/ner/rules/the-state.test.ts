import { describe, expect, it } from "vitest";
import { theStateRule, theState } from "../../../src/ner/rules/the-state.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { sentencesOf, testRule, words } from "./tester.js";

describe("the-state", () => {
  it('"the Kingdom" alone is no name; "the Kingdom of Morocco", "the Republic Day" and "the Commonwealth" are left to the model', () => {
    const w = words("the Kingdom defends its partners . the Kingdom of Morocco and the Republic Day . the Commonwealth met .");
    const { sentOf } = sentencesOf(w);
    const at = (i: number, n = 1): TokenSpan => ({ start: i, end: i + n, type: "ORG", source: "entities:model-spans" });
    const kept = theState([at(1), at(7), at(12, 2), at(16)], w, w.map((x) => x.toLowerCase()), sentOf);
    expect(kept.map((x) => w.slice(x.start, x.end).join(" "))).toEqual(["Kingdom", "Republic Day", "Commonwealth"]);
  });
});

testRule(theStateRule, {
  valid: [
    { name: "a state word with 'of'", text: "the Republic of Tarvania", spans: [["Republic", "ORG"]] },
    { name: "a state word before a name", text: "the Kingdom Tower", spans: [["Kingdom Tower", "FAC"]] },
    { name: "not after 'the'", text: "a Sultanate grew", spans: [["Sultanate", "ORG"]] },
  ],
  invalid: [{ text: "the Emirate hosts talks", spans: [["Emirate", "ORG"]], output: [] }],
});
