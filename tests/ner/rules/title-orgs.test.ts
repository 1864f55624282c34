import { describe, expect, it } from "vitest";
import { titleOrgs } from "../../../src/ner/rules/title-orgs.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, words } from "./tester.js";

describe("title-orgs", () => {
  const gaz = testGaz({ title: ["Minister", "President", "Secretary-General"], orgkey: ["Office"], country: ["US"] });
  const run = (sentence: string, person: [number, number]) => {
    const w = words(sentence);
    const out: TokenSpan[] = [{ start: person[0], end: person[1], type: "PERSON", source: "entities:model-spans" }];
    titleOrgs(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.filter((s) => s.type === "ORG").map((s) => w.slice(s.start, s.end).join(" "));
  };
  it("capitalised words ending in an organisation word, or an acronym, before the title are an organisation", () => {
    expect(run("Foreign Office Minister Tobias Ellwood spoke", [3, 5])).toEqual(["Foreign Office"]);
    expect(run("said FCO Minister Tobias Ellwood", [3, 5])).toEqual(["FCO"]);
  });
  it("a country acronym, words without an organisation word, or no title, are left alone", () => {
    expect(run("said US President Barack Obama", [3, 5])).toEqual([]);
    expect(run("Green Party Minister Jan Kowal", [3, 5])).toEqual([]);
    expect(run("Foreign Office Tobias Ellwood", [2, 4])).toEqual([]);
  });
});
