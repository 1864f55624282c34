import { describe, expect, it } from "vitest";
import { teamsRule, teams } from "../../../src/ner/rules/teams.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, startsOf, testGaz, testRule, words } from "./tester.js";

describe("teams", () => {
  const gaz = testGaz({ city: ["Seattle", "Baltimore", "Toronto"], country: [] });
  /** one sentence per line; spans given as [line, first word, end word, type] */
  function run(lines: string[], spans: Array<[number, number, number, string]>): string[] {
    const forms = lines.map((l) => words(l));
    const w = forms.flat();
    const sentStart = startsOf(forms);
    const out: TokenSpan[] = spans.map(([l, a, b, type]) => ({ start: sentStart[l]! + a, end: sentStart[l]! + b, type: type as TokenSpan["type"], source: "entities:model-spans" }));
    const res = teams(gaz, out, w, w.map((x) => x.toLowerCase()), w.map((x) => /^\p{Lu}/u.test(x)), forms, sentStart);
    return res.sort((x, y) => x.start - y.start).map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  }
  it("a fixture line's second name is the venue, a town, even where the model made it a team", () => {
    expect(run(["Seattle 70 63 .526 5", "Baltimore at Seattle"], [[0, 0, 1, "GPE"], [1, 0, 1, "GPE"], [1, 2, 3, "ORG"]])).toEqual([
      "Seattle:ORG:rule(team)",
      "Baltimore:GPE:model",
      "Seattle:GPE:rule(town)",
    ]);
  });
  it("after 'at', 'in' or 'near' a team's town stays a town, and the one-type vote leaves it alone", () => {
    expect(run(["Toronto 62 72 .463 14", "Toronto lost 3-2 at Toronto ."], [[0, 0, 1, "GPE"], [1, 0, 1, "GPE"], [1, 4, 5, "GPE"]])).toEqual([
      "Toronto:ORG:rule(team)",
      "Toronto:ORG:rule(team)",
      "Toronto:GPE:rule(town)",
    ]);
  });
});

testRule(teamsRule, {
  gaz: testGaz({ city: ["Kelso", "Dunmore"], country: ["Norway", "Chile"] }),
  valid: [
    { name: "a town in prose", text: "Kelso is a market town .", spans: [["Kelso", "GPE"]] },
    { name: "a country in a score line", text: "Norway 2 Chile 1", spans: [["Norway", "GPE"], ["Chile", "GPE"]] },
  ],
  invalid: [
    {
      name: "a score line: both towns are teams",
      text: "Kelso 3 Dunmore 1",
      spans: [["Kelso", "GPE"], ["Dunmore", "GPE"]],
      output: [{ text: "Kelso", type: "ORG", source: "entities:teams", locked: true, sense: "team" }, { text: "Dunmore", type: "ORG", sense: "team" }],
    },
    {
      name: "a standings row makes the town a team; after 'in' it stays the town",
      text: ["Kelso 12 5 2 5", "fans waited in Kelso ."],
      spans: [["Kelso", "GPE"], ["Kelso", "GPE", 1]],
      output: [{ text: "Kelso", type: "ORG", sense: "team" }, { text: "Kelso", type: "GPE", locked: true, sense: "town" }],
    },
  ],
});
