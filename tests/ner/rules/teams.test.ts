import { describe, expect, it } from "vitest";
import { teams } from "../../../src/ner/rules/teams.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { by, startsOf, testGaz, words } from "./tester.js";

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
