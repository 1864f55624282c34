import { describe, expect, it } from "vitest";
import { commonWords } from "../../../src/ner/rules/common-words.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { sentencesOf, words } from "./tester.js";

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
