import { describe, expect, it } from "vitest";
import { run, slice } from "../helpers.js";

const STAGES = ["segment", "syntax", "entities", "link"];

/** name text -> phrase text, for every mention of the output. */
function phrases(text: string): Map<string, string | undefined> {
  const doc = run(text, STAGES);
  const out = new Map<string, string | undefined>();
  for (const e of doc.entities) for (const m of e.mentions) out.set(m.text, m.phrase ? slice(text, m.phrase) : undefined);
  return out;
}

describe("syntax/phrase (link stage with syntax)", () => {
  it("a name that heads or names its phrase: the determiner, modifiers, the title, 'the town of X'", () => {
    const p = phrases("The army recaptured the Syrian town of Dabiq from Iraqi security forces on Monday.");
    expect(p.get("Dabiq")).toBe("the Syrian town of Dabiq");
    const q = phrases("Police in the Dutch city of Utrecht arrested two men on Tuesday.");
    expect(q.get("Utrecht")).toBe("the Dutch city of Utrecht");
    const r = phrases("U.S. President Donald Trump met the leaders.");
    expect(r.get("Donald Trump")).toBe("U.S. President Donald Trump");
  });

  it("a name that modifies a common noun records the phrase it is part of", () => {
    const p = phrases("The army recaptured the Syrian town of Dabiq from Iraqi security forces on Monday.");
    expect(p.get("Iraqi")).toBe("Iraqi security forces");
    expect(p.get("Syrian")).toBe("the Syrian town of Dabiq");
    expect(phrases("U.S. President Donald Trump met the leaders.").get("U.S.")).toBe("U.S. President Donald Trump");
    expect(phrases("Chile protested to Peru's foreign ministry on Friday.").get("Peru")).toBe("Peru's foreign ministry");
  });

  it("no relative clause, no trailing prepositional phrase, no apposition", () => {
    const text = "Iraq's security forces said the city of Mosul, which fell in 2014, was retaken.";
    const p = phrases(text);
    expect(p.get("Mosul")).toBe("the city of Mosul");
    const t = phrases("Kenyan troops clashed near the border town of Mandera with the rebels.");
    expect(t.get("Mandera")).toBe("the border town of Mandera");
  });

  it("every phrase holds its mention; without the syntax stage there is none", () => {
    const text = "Moroccan security services arrested 12 people in Fez, the Interior Ministry said.";
    const doc = run(text, STAGES);
    for (const e of doc.entities)
      for (const m of e.mentions) {
        expect(m.phrase).toBeDefined();
        expect(m.phrase!.start).toBeLessThanOrEqual(m.start);
        expect(m.phrase!.end).toBeGreaterThanOrEqual(m.end);
      }
    for (const e of run(text, ["segment", "entities", "link"]).entities) for (const m of e.mentions) expect(m.phrase).toBeUndefined();
  });
});
