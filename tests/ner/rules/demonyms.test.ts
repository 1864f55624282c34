import { describe, expect, it } from "vitest";
import { demonymsRule, demonyms } from "../../../src/ner/rules/demonyms.js";
import type { TokenSpan } from "../../../src/ner/rules/span.js";
import { testGaz, testRule, words } from "./tester.js";

describe("demonyms", () => {
  const gaz = testGaz({ demonym: ["Iraqi", "Kurds", "Kurdish", "Africans", "Asian"] });
  const run = (line: string, spans: Array<[number, number, TokenSpan["type"]]>): string[] => {
    const w = words(line);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    const owner = new Int32Array(w.length).fill(-1);
    out.forEach((x, k) => owner.fill(k, x.start, x.end));
    demonyms(gaz, out, owner, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.filter((x) => x.end > x.start).map((x) => `${w.slice(x.start, x.end).join(" ")}:${x.type}`);
  };
  it("two nationality words in a row, or a direction and one, are one group", () => {
    expect(run("to protect Iraqi Kurds from attack", [[2, 3, "NORP"]])).toEqual(["Iraqi Kurds:NORP"]);
    expect(run("the North Africans drew", [[2, 3, "NORP"]])).toEqual(["North Africans:NORP"]);
    expect(run("Iraqi Kurdish rebel groups", [])).toEqual(["Iraqi Kurdish:NORP"]);
  });
  it("a nationality next to a name of another type stays apart", () => {
    expect(run("Iraqi Baghdad officials", [[0, 1, "NORP"], [1, 2, "GPE"]])).toEqual(["Iraqi:NORP", "Baghdad:GPE"]);
  });
});

testRule(demonymsRule, {
  gaz: testGaz({ demonym: ["Tarvanian", "Berbers", "Europeans"] }),
  valid: [
    { name: "already a group", text: "Tarvanian officials said", spans: [["Tarvanian", "NORP"]] },
    { name: "a nationality before another name", text: "the Tarvanian Velmora group", spans: [["Velmora", "ORG"]] },
  ],
  invalid: [
    { name: "a word the model left out", text: "Tarvanian officials said", output: [{ text: "Tarvanian", type: "NORP", source: "entities:demonyms", locked: true }] },
    { name: "a lone nationality typed as a person", text: "many Berbers left", spans: [["Berbers", "PERSON"]], output: [{ text: "Berbers", type: "NORP", locked: true }] },
    { name: "a direction and a nationality", text: "the Central Europeans agreed", spans: [["Europeans", "NORP"]], output: [["Central Europeans", "NORP"]] },
  ],
});
