import { describe, expect, it } from "vitest";
import { possessiveNamesRule, possessiveNames } from "../../../src/ner/rules/possessive-names.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { sentencesOf, testGaz, testRule, words } from "./tester.js";

describe("possessive-names", () => {
  const gaz = testGaz({ orgkey: ["Ministry", "Authority", "News"] });
  const run = (text: string, owners: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(text);
    const out: TokenSpan[] = owners.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    possessiveNames(gaz, out, w, w.map((x) => x.toLowerCase()), sentencesOf(w).sentOf);
    return out.filter((x) => x.locked).map((x) => [w.slice(x.start, x.end).join(" "), x.type]);
  };
  it("a place's or an organisation's possessive before a run ending in a facility or organisation word", () => {
    expect(run("a crane fell into Mecca 's Grand Mosque in 2008 .", [[4, 5, "GPE"]])).toEqual([["Grand Mosque", "FAC"]]);
    expect(run("according to Iraq 's Interior Ministry .", [[2, 3, "GPE"]])).toEqual([["Interior Ministry", "ORG"]]);
  });
  it("not a title, not a name going on with 'of', not after a person", () => {
    expect(run("Iraq 's Human Rights Minister Ali spoke .", [[0, 1, "GPE"]])).toEqual([]);
    expect(run("Britain 's News of the World paper .", [[0, 1, "GPE"]])).toEqual([]);
    expect(run("in Saint Peter 's Square .", [[1, 3, "PERSON"]])).toEqual([]);
  });
});

testRule(possessiveNamesRule, {
  gaz: testGaz({ orgkey: ["Ministry", "Party"] }),
  valid: [
    { name: "after a person's possessive", text: "at Saint Anne 's Chapel today", spans: [["Saint Anne", "PERSON"]] },
    { name: "a run ending in a title", text: "Tarvania 's Health Minister spoke", spans: [["Tarvania", "GPE"]] },
    { name: "a name going on with 'of'", text: "Tarvania 's Ministry of Mines", spans: [["Tarvania", "GPE"]] },
  ],
  invalid: [
    { text: "flights to Tarvania 's Harbour Airport resumed", spans: [["Tarvania", "GPE"]], output: [["Tarvania", "GPE"], { text: "Harbour Airport", type: "FAC", source: "entities:possessive-names", locked: true }] },
    { text: "the Velmora 's Youth Party met", spans: [["Velmora", "ORG"]], output: [["Velmora", "ORG"], ["Youth Party", "ORG"]] },
  ],
});
