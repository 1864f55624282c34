import { describe, expect, it } from "vitest";
import { cricketRule, cricket } from "../../../src/ner/rules/cricket.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, startsOf, testGaz, testRule, words } from "./tester.js";

describe("cricket", () => {
  const gaz = testGaz({ country: ["England"], city: [] });
  /** one line per sentence; model spans as [line, first word, end word, type] */
  const run = (lines: string[], spans: Array<[number, number, number, TokenSpan["type"]]>): string[] => {
    const forms = lines.map((l) => words(l));
    const w = forms.flat();
    const starts = startsOf(forms);
    const sentOf = forms.flatMap((f, k) => f.map(() => k));
    const out: TokenSpan[] = spans.map(([l, a, b, type]) => ({ start: starts[l]! + a, end: starts[l]! + b, type, source: "entities:model-spans" }));
    return cricket(gaz, out, w, w.map((x) => x.toLowerCase()), sentOf)
      .sort((x, y) => x.start - y.start)
      .map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  };
  it("the batsman, fielder and bowler of a batting line and the bowler before the figures are people", () => {
    expect(run(["S. Law c Tillekeratne b Dharmasena 13", "Bowling : Vass 7 - 0 - 29 - 0 , de Silva 4 - 0 - 25 - 0"], [[0, 5, 6, "GPE"], [1, 12, 13, "PERSON"]])).toEqual([
      "S. Law:PERSON:rule",
      "Tillekeratne:PERSON:rule",
      "Dharmasena:PERSON:rule",
      "Vass:PERSON:rule",
      "de Silva:PERSON:rule",
    ]);
  });
  it("not outside a scorecard line, and a place stays a place", () => {
    expect(run(["Plan B Holdings said on Monday c Smith was wrong ."], [[0, 1, 2, "ORG"]])).toEqual(["B:ORG:model"]);
    expect(run(["England b Smith 12"], [[0, 0, 1, "GPE"]])).toEqual(["England:GPE:model", "Smith:PERSON:rule"]);
  });
});

testRule(cricketRule, {
  gaz: testGaz({ country: ["Kenya"], city: [] }),
  valid: [
    { name: "prose with a lone 'c'", text: "Velmora Holdings said on Friday c Brel was right .", spans: [["Velmora Holdings", "ORG"]] },
    { name: "a batting line's names already people", text: "A. Odhiambo c Otieno b Tikolo 21", locked: [["A. Odhiambo", "PERSON"], ["Otieno", "PERSON"], ["Tikolo", "PERSON"]] },
  ],
  invalid: [
    {
      text: "A. Odhiambo c Otieno b Tikolo 21",
      spans: [["Tikolo", "GPE"]],
      output: [{ text: "A. Odhiambo", type: "PERSON", source: "entities:cricket", locked: true }, ["Otieno", "PERSON"], ["Tikolo", "PERSON"]],
    },
    { name: "a country batting stays a place", text: "Kenya b Tikolo 8", spans: [["Kenya", "GPE"]], output: [["Kenya", "GPE"], ["Tikolo", "PERSON"]] },
  ],
});
