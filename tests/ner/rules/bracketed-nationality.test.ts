import { describe, expect, it } from "vitest";
import { bracketedNationalityRule, bracketedNationality } from "../../../src/ner/rules/bracketed-nationality.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

describe("bracketed-nationality", () => {
  const gaz = testGaz({ first: [], city: [], country: ["Finland", "U.S."], title: [], demonym: [], orgkey: [] }, ["red", "star"]);
  const run = (sentence: string) => {
    const w = words(sentence);
    const out: TokenSpan[] = [];
    bracketedNationality(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("two or three name-like words before ( country ) are a person", () => {
    expect(run("4. Annemari Sandell ( Finland ) 15:06.33")).toEqual([["Annemari Sandell", "PERSON"]]);
    expect(run("beat Christian Arrue ( U.S. ) 2-0")).toEqual([["Christian Arrue", "PERSON"]]);
  });
  it("not a common-word name (a club), not one word, not a bracket without a country", () => {
    expect(run("Third place : Red Star ( Finland ) 75")).toEqual([]);
    expect(run("beat Sandell ( Finland ) 2-0")).toEqual([]);
    expect(run("Annemari Sandell ( captain ) scored")).toEqual([]);
  });
  it("in a list of persons, a name the model typed otherwise in the same position is a person; a club list keeps its type", () => {
    const lines = ["Annemari Sandell ( Finland ) 15:06.33", "Gete Wami ( Finland ) 15:05.21", "Rose Cheruiyot ( U.S. ) 15:05.41", "Klas Eriksson ( Finland ) 71"];
    const w = words(lines.join(" "));
    const lower = w.map((x) => x.toLowerCase());
    const at = (name: string): number => w.join(" ").split(" ").indexOf(name.split(" ")[0]!);
    const org: TokenSpan = { start: at("Klas"), end: at("Klas") + 2, type: "ORG", source: "entities:model-spans" };
    const out: TokenSpan[] = [org];
    bracketedNationality(gaz, out, w, lower, w.map(() => 0));
    expect(org.type).toBe("PERSON");
    const clubs: TokenSpan[] = [{ start: 0, end: 2, type: "ORG", source: "entities:model-spans" }, { start: 6, end: 8, type: "ORG", source: "entities:model-spans" }, { start: 12, end: 14, type: "ORG", source: "entities:model-spans" }, { ...org, type: "ORG" }];
    bracketedNationality(gaz, clubs, w, lower, w.map(() => 0));
    expect(clubs.map((s) => s.type)).toEqual(["ORG", "ORG", "ORG", "ORG"]);
  });
});

testRule(bracketedNationalityRule, {
  gaz: testGaz({ country: ["Norway", "Chile"], first: [], city: [], title: [], demonym: [], orgkey: [] }, ["blue", "wave"]),
  valid: [
    { name: "a club named with common words", text: "2. Blue Wave ( Norway ) 61" },
    { name: "one word", text: "beat Halvorsen ( Norway ) 3-1" },
    { name: "no country in the brackets", text: "Ingrid Halvorsen ( coach ) left" },
  ],
  invalid: [
    { text: "3. Ingrid Halvorsen ( Norway ) 2:11.04", output: [{ text: "Ingrid Halvorsen", type: "PERSON", source: "entities:bracketed-nationality", locked: true }] },
    { text: "beat Pablo Ruiz Tagle ( Chile ) 6-4", output: [["Pablo Ruiz Tagle", "PERSON"]] },
  ],
});
