import { describe, expect, it } from "vitest";
import { unitsRule, numberedUnits } from "../../../src/ner/rules/units.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, testRule, words } from "./tester.js";

describe("units", () => {
  it("an organisation after an ordinal starts at the ordinal, written as one token or two", () => {
    const w = words("the 2 nd Battalion and 134th Fighter Squadron met");
    const out: TokenSpan[] = [
      { start: 3, end: 4, type: "ORG", source: "entities:model-spans" },
      { start: 6, end: 8, type: "ORG", source: "entities:model-spans" },
    ];
    numberedUnits(out, w, w.map(() => 0));
    expect(out.map((s) => w.slice(s.start, s.end).join(" "))).toEqual(["2 nd Battalion", "134th Fighter Squadron"]);
    expect(out.map((s) => by(s))).toEqual(["rule", "rule"]);
  });
  it("not across a sentence, not for other types, not over another span, not after a plain number", () => {
    const w = words("in 2nd Avenue . 3rd Division left 5 Marines");
    const out: TokenSpan[] = [
      { start: 2, end: 3, type: "FAC", source: "entities:model-spans" },
      { start: 5, end: 6, type: "ORG", source: "entities:model-spans" },
      { start: 8, end: 9, type: "ORG", source: "entities:model-spans" },
    ];
    numberedUnits(out, w, [0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(out.map((s) => [s.start, s.end])).toEqual([
      [2, 3],
      [4, 6],
      [8, 9],
    ]);
    // the ordinal ends the previous sentence: no change
    const o2: TokenSpan[] = [{ start: 1, end: 2, type: "ORG", source: "entities:model-spans" }];
    numberedUnits(o2, words("3rd Division"), [0, 1]);
    expect(o2[0]!.start).toBe(1);
  });
});

testRule(unitsRule, {
  valid: [
    { text: "the 3rd Armoured Brigade moved", spans: [["3rd Armoured Brigade", "ORG"]] },
    { name: "a plain number before the unit", text: "some 40 Rangers landed", spans: [["Rangers", "ORG"]] },
    { name: "a place after an ordinal", text: "on 5th Street", spans: [["Street", "FAC"]] },
  ],
  invalid: [
    { text: "the 82nd Airborne Division landed", spans: [["Airborne Division", "ORG"]], output: [{ text: "82nd Airborne Division", type: "ORG", source: "entities:units", locked: true }] },
    { name: "the ordinal written as two tokens", text: "the 7 th Fleet sailed", spans: [["Fleet", "ORG"]], output: [["7 th Fleet", "ORG"]] },
  ],
});
