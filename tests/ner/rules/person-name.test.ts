import { describe, expect, it } from "vitest";
import { personByName } from "../../../src/ner/rules/person-name.js";
import { testGaz, words } from "./tester.js";

describe("person-name", () => {
  const gaz = testGaz({ first: ["Anna", "Saint"], orgkey: ["Bureau"], city: ["Lyon"] });
  const run = (sentence: string, type: Parameters<typeof personByName>[1], a: number, b: number) => {
    const w = words(sentence);
    return personByName(gaz, type, w, w.map((x) => x.toLowerCase()), a, b);
  };
  it("a given name and one or two unknown words typed ORG name a person", () => {
    expect(run("Anna Quervelle arrived", "ORG", 0, 2)).not.toBeNull();
    expect(run("Anna Quervelle Tosk arrived", "ORG", 0, 3)).not.toBeNull();
  });
  it("not without a given name, not with an organisation word or a place, not one word, not another type", () => {
    expect(run("Korvo Quervelle arrived", "ORG", 0, 2)).toBeNull();
    expect(run("Anna Bureau arrived", "ORG", 0, 2)).toBeNull();
    expect(run("Anna Lyon arrived", "ORG", 0, 2)).toBeNull();
    expect(run("Anna arrived", "ORG", 0, 1)).toBeNull();
    expect(run("Anna Quervelle arrived", "GPE", 0, 2)).toBeNull();
    expect(run("Anna Quervelle arrived", "PERSON", 0, 2)).toBeNull();
  });
});
