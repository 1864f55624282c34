import { describe, expect, it } from "vitest";
import { orgNounsRule, orgNouns } from "../../../src/ner/rules/org-nouns.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, testGaz, testRule, words } from "./tester.js";

describe("org-nouns", () => {
  const gaz = testGaz({ first: ["Bill"], city: ["Moscow"], country: [], title: [], demonym: [] });
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    orgNouns(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type, by(s)]);
  };
  it("a name after a lower-case organisation noun is that organisation", () => {
    expect(run("the airline El Al said", [[2, 4, "PERSON"]])).toEqual([["El Al", "ORG", "rule"]]);
    expect(run("serie A club Atalanta", [[3, 4, "GPE"]])).toEqual([["Atalanta", "ORG", "rule"]]);
  });
  it("not a known place, not a person with a given name, not a capitalised noun, not a nationality", () => {
    expect(run("a firm Moscow", [[2, 3, "GPE"]])).toEqual([["Moscow", "GPE", "model"]]);
    expect(run("the company Bill Gates founded", [[2, 4, "PERSON"]])).toEqual([["Bill Gates", "PERSON", "model"]]);
    expect(run("the Club Atalanta", [[2, 3, "GPE"]])).toEqual([["Atalanta", "GPE", "model"]]);
    expect(run("the party Moroccan", [[2, 3, "NORP"]])).toEqual([["Moroccan", "NORP", "model"]]);
  });
  it("a place-typed name before a noun for a group's members is the group, unless a known place", () => {
    expect(run("Hizbollah guerrillas attacked", [[0, 1, "LOC"]])).toEqual([["Hizbollah", "ORG", "rule"]]);
    expect(run("Moscow militants attacked", [[0, 1, "GPE"]])).toEqual([["Moscow", "GPE", "model"]]);
    expect(run("Darfur rebels attacked", [[0, 1, "GPE"]])).toEqual([["Darfur", "GPE", "model"]]);
  });
});

testRule(orgNounsRule, {
  gaz: testGaz({ first: ["Anna"], city: ["Lyon"], country: [], title: [], demonym: [] }),
  valid: [
    { name: "already an organisation", text: "the airline Skyvex said", spans: [["Skyvex", "ORG"]] },
    { name: "a known place after the noun", text: "a bank Lyon", spans: [["Lyon", "GPE"]] },
    { name: "a person with a given name", text: "the firm Anna Brel built", spans: [["Anna Brel", "PERSON"]] },
    { name: "no organisation noun before it", text: "the river Tarvo", spans: [["Tarvo", "GPE"]] },
  ],
  invalid: [
    { text: "the carmaker Velmora said", spans: [["Velmora", "PERSON"]], output: [{ text: "Velmora", type: "ORG", source: "entities:org-nouns", locked: true }] },
    { name: "a group before a noun for its members", text: "Kadrani guerrillas attacked", spans: [["Kadrani", "GPE"]], output: [["Kadrani", "ORG"]] },
  ],
});
