import { describe, expect, it } from "vitest";
import { theBodyRule, theBody } from "../../../src/ner/rules/the-body.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { sentencesOf, testGaz, testRule, words } from "./tester.js";

describe("the-body", () => {
  const gaz = testGaz({ orgkey: ["Coalition", "Commission", "Council"] });
  const run = (sentence: string) => {
    const w = words(sentence);
    const { sentOf, sentStart } = sentencesOf(w);
    const out: TokenSpan[] = [];
    theBody(gaz, out, w, w.map((x) => x.toLowerCase()), sentOf, sentStart);
    return out.map((x) => w[x.start]);
  };
  it("a capitalised organisation word after 'the' mid-sentence is the body the article means", () => {
    expect(run("Strikes by the Coalition hit Mosul .")).toEqual(["Coalition"]);
  });
  it("not at a sentence start, not inside a longer name, not when the article writes it in lower case", () => {
    expect(run("The Coalition struck .")).toEqual([]);
    expect(run("Officials of the Coalition Provisional Authority met .")).toEqual([]);
    expect(run("He asked the Council . The council refused .")).toEqual([]);
    expect(run("He asked the Commission of Inquiry .")).toEqual([]);
  });
});

testRule(theBodyRule, {
  gaz: testGaz({ orgkey: ["Tribunal", "Assembly"] }),
  valid: [
    { name: "at a sentence start", text: "The Tribunal ruled ." },
    { name: "inside a longer name", text: "judges of the Tribunal Appeals Chamber met ." },
    { name: "written in lower case elsewhere", text: ["They asked the Assembly .", "the assembly voted ."] },
  ],
  invalid: [{ text: "Lawyers told the Tribunal on Monday .", output: [{ text: "Tribunal", type: "ORG", source: "entities:the-body", locked: true }] }],
});
