import { describe, expect, it } from "vitest";
import { worksRule, works } from "../../../src/ner/rules/works.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testRule, words } from "./tester.js";

describe("works", () => {
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]> = []) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    return works(out, w, w.map((x) => x.toLowerCase()), w.map(() => 0)).map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("a quoted title after a noun for a work, or before a year in brackets, is a work of art and replaces spans inside it", () => {
    expect(run('his novel " Sleeping Bread " was banned', [[3, 4, "GPE"]])).toEqual([["Sleeping Bread", "WORK_OF_ART"]]);
    expect(run('and " A World of Things " ( 1982 ) followed')).toEqual([["A World of Things", "WORK_OF_ART"]]);
  });
  it("quotes without such a cue, or not in title case, are not titles", () => {
    expect(run('he said " We Will Win " today')).toEqual([]);
    expect(run('the film " was a disaster " he said')).toEqual([]);
  });
});

testRule(worksRule, {
  valid: [
    { name: "quotes without a cue", text: 'she said " Time Will Tell " again' },
    { name: "a cue but no title case", text: 'her book " was never finished " she said' },
  ],
  invalid: [
    { text: 'her film " The Silent Harbour " won', spans: [["Silent Harbour", "GPE"]], output: [{ text: "The Silent Harbour", type: "WORK_OF_ART", source: "entities:works", locked: true }] },
    { name: "a year in brackets after the title", text: 'then " Glass Rivers " ( 1991 ) appeared', output: [["Glass Rivers", "WORK_OF_ART"]] },
  ],
});
