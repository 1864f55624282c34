import { describe, expect, it } from "vitest";
import { commonWordsRule, commonWords } from "../../../src/ner/rules/common-words.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { sentencesOf, testRule, words } from "./tester.js";

describe("common-words", () => {
  it("a sentence-initial word the article writes in lower case is dropped unless it is often capitalised alone inside sentences; term acronyms are never names", () => {
    const w = words("Iodine is needed . We need iodine and more iodine and iodine . The Control of Iodine Disorders met . HIV spread");
    const lower = w.map((x) => x.toLowerCase());
    const { sentOf, sentStart } = sentencesOf(w);
    const out: TokenSpan[] = [
      { start: 0, end: 1, type: "ORG", source: "entities:model-spans" },
      { start: w.indexOf("Control"), end: w.indexOf("Disorders") + 1, type: "ORG", source: "entities:model-spans" },
      { start: w.indexOf("HIV"), end: w.indexOf("HIV") + 1, type: "ORG", source: "entities:model-spans" },
    ];
    expect(commonWords(out, w, lower, sentOf, sentStart).map((x) => w.slice(x.start, x.end).join(" "))).toEqual(["Control of Iodine Disorders"]);
  });
  it("a word written in lower case four times as often as capitalised alone is no name mid-sentence either, unless a person", () => {
    const w = words("WHO say Iodine matters . iodine iodine iodine iodine . He met Rice on rice rice rice rice");
    const lower = w.map((x) => x.toLowerCase());
    const sentOf = w.map((_, i) => (i < 5 ? 0 : i < 10 ? 1 : 2));
    const out: TokenSpan[] = [
      { start: 2, end: 3, type: "ORG", source: "entities:model-spans" },
      { start: 12, end: 13, type: "PERSON", source: "entities:model-spans" },
    ];
    expect(commonWords(out, w, lower, sentOf, [0, 5, 10]).map((x) => w[x.start])).toEqual(["Rice"]);
  });
});

testRule(commonWordsRule, {
  valid: [
    { name: "a name the article never writes in lower case", text: ["Velmora grew .", "Shares of Velmora rose ."], spans: [["Velmora", "ORG"], ["Velmora", "ORG", 1]] },
    { name: "a word capitalised alone inside sentences too", text: ["Zinc rose .", "prices of Zinc and Zinc fell .", "zinc and zinc ."], spans: [["Zinc", "ORG"]] },
    { name: "a person named like a common word", text: ["He met Barley on barley barley barley barley ."], spans: [["Barley", "PERSON"]] },
  ],
  invalid: [
    { text: ["Zinc matters .", "we need zinc and more zinc ."], spans: [["Zinc", "ORG"]], output: [] },
    { name: "a term acronym", text: "DNA tests", spans: [["DNA", "ORG"]], output: [] },
    { name: "an honour after a person's name", text: "Lena Ortis , QC , spoke", spans: [["Lena Ortis", "PERSON"], ["QC", "ORG"]], output: [["Lena Ortis", "PERSON"]] },
  ],
});
