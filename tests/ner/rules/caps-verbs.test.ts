import { describe, expect, it } from "vitest";
import { capsVerbsRule, capsVerbs } from "../../../src/ner/rules/caps-verbs.js";
import { Gazetteer, type GazetteerData } from "../../../src/ner/gazetteer.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, runCase, testRule, words } from "./tester.js";

describe("caps-verbs", () => {
  const gaz = new Gazetteer({
    lists: { country: ["Pakistan", "England", "United States"], org: ["WBA"], first: [], surname: [] },
    casing: { lower: ["defeat", "lower", "defend", "state", "bank"], title: [], upper: [], mixed: [] },
  } as unknown as GazetteerData);
  const run = (line: string, spans: Array<[number, number, TokenSpan["type"]]>, caps = true): string[] => {
    const w = words(line);
    const lower = w.map((x) => x.toLowerCase());
    const phrase = gaz.phraseTokens(lower);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    return capsVerbs(gaz, out, lower, () => caps, (i) => phrase[i] === 1).map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  };
  it("a name is cut at an inflected verb or 'V'; a piece the gazetteer knows as an organisation is one", () => {
    expect(run("MITCHELL DEFEATS BAILEY IN FRONT", [[0, 3, "PERSON"]])).toEqual(["MITCHELL:PERSON:rule", "BAILEY:PERSON:rule"]);
    expect(run("MILLER DEFENDS WBA TITLE", [[0, 3, "PERSON"]])).toEqual(["MILLER:PERSON:rule", "WBA:ORG:rule"]);
    expect(run("ENGLAND V PAKISTAN SCOREBOARD", [[0, 2, "ORG"], [2, 3, "GPE"]])).toEqual(["ENGLAND:ORG:rule", "PAKISTAN:GPE:model"]);
  });
  it("names of the gazetteer, a first word, and mixed-case lines are left alone", () => {
    expect(run("UNITED STATES BANKS RALLY", [[0, 2, "GPE"]])).toEqual(["UNITED STATES:GPE:model"]);
    expect(run("LOWERS GROUP PROFIT", [[0, 2, "ORG"]])).toEqual(["LOWERS GROUP:ORG:model"]);
    expect(run("Mitchell Defeats Bailey", [[0, 3, "PERSON"]], false)).toEqual(["Mitchell Defeats Bailey:PERSON:model"]);
  });
});

testRule(capsVerbsRule, {
  gaz: new Gazetteer({ lists: { country: ["Norway"], org: ["IBF"], first: [], surname: [] }, casing: { lower: ["beat", "retain", "hold"], title: [], upper: [], mixed: [] } } as unknown as GazetteerData),
  valid: [
    { name: "a mixed-case line", text: "Hansen Beats Lund", spans: [["Hansen Beats Lund", "PERSON"]] },
    { name: "a capitals-only line without spans", text: "NORWAY HOLDS TALKS" },
  ],
  invalid: [
    { text: "HANSEN BEATS LUND AGAIN", spans: [["HANSEN BEATS LUND", "PERSON"]], output: [{ text: "HANSEN", type: "PERSON", source: "entities:caps-verbs", locked: true }, ["LUND", "PERSON"]] },
    { name: "a piece the gazetteer knows as an organisation", text: "LUND RETAINS IBF BELT", spans: [["LUND RETAINS IBF", "PERSON"]], output: [["LUND", "PERSON"], ["IBF", "ORG"]] },
  ],
});

describe("caps-verbs", () => {
  // a span of a capitals-only line that the rule does not cut keeps its bounds, type, lock and source
  // (the rule keeps the span object; it once rebuilt it and took it over as its own)
  const gaz = new Gazetteer({ lists: { country: ["Norway"] }, casing: { lower: ["hold"], title: [], upper: [], mixed: [] } } as unknown as GazetteerData);
  it("an uncut span in a capitals-only line keeps the model's source", () => {
    const { before, after } = runCase(capsVerbsRule, { text: "NORWAY HOLDS TALKS", spans: [["NORWAY", "GPE"]] }, gaz);
    expect(after.map((s) => [s.start, s.end, s.type, s.locked === true])).toEqual(before.map((s) => [s.start, s.end, s.type, s.locked === true]));
    expect(after.map((s) => s.source)).toEqual(["entities:model-spans"]);
  });
});


