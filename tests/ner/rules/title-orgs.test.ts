import { describe, expect, it } from "vitest";
import { titleOrgsRule, titleOrgs } from "../../../src/ner/rules/title-orgs.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

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

testRule(titleOrgsRule, {
  gaz: testGaz({ title: ["Minister", "Secretary"], orgkey: ["Department"], country: ["UK"] }),
  valid: [
    { name: "a country acronym before the title", text: "said UK Minister Petra Vale", spans: [["Petra Vale", "PERSON"]] },
    { name: "no organisation word", text: "Blue Coast Minister Petra Vale spoke", spans: [["Petra Vale", "PERSON"]] },
  ],
  invalid: [
    { text: "Health Department Secretary Petra Vale spoke", spans: [["Petra Vale", "PERSON"]], output: [{ text: "Health Department", type: "ORG", source: "entities:title-orgs" }, ["Petra Vale", "PERSON"]] },
    { name: "an acronym before the title", text: "said WFO Secretary Petra Vale", spans: [["Petra Vale", "PERSON"]], output: [["WFO", "ORG"], ["Petra Vale", "PERSON"]] },
  ],
});
