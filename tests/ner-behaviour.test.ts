import { describe, expect, it } from "vitest";
import { Doc } from "../src/document/document.js";
import { segmentStage } from "../src/stages/segment.js";
import { entitiesStage } from "../src/stages/entities.js";

// Behaviour of the shipped model (src/ner/data) on sentences written for these tests.
const seg = segmentStage.create(segmentStage.options.parse({}));
const ent = entitiesStage.create(entitiesStage.options.parse({}));

function mentions(text: string): Array<{ text: string; type: string; source: string }> {
  const doc = new Doc("t", text);
  seg(doc);
  ent(doc);
  const ms = doc.get("mentions");
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ms.map((m) => ({ text: m.text, type: m.type, source: m.source }));
}
const typeOf = (text: string, name: string): string | undefined => mentions(text).find((m) => m.text === name)?.type;

describe("entities stage", () => {
  it("finds an unseen foreign full name after a verb as a person", () => {
    expect(typeOf("Police in the capital arrested Tadeusz Wroblewski on Tuesday after a long investigation.", "Tadeusz Wroblewski")).toBe("PERSON");
  });

  it("keeps titles out of person names and finds the person after Mr.", () => {
    const ms = mentions("Mr. Kowalczyk said the proposal would not survive the vote.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Kowalczyk", type: "PERSON" }));
    expect(ms.some((m) => m.text.startsWith("Mr"))).toBe(false);
    expect(typeOf("President Ilham Aliyev met the delegation in the capital.", "Ilham Aliyev")).toBe("PERSON");
  });

  it("reads an all-caps headline", () => {
    const ms = mentions("FLOODS HIT BANGLADESH AS MONSOON ARRIVES\n\nHeavy rain flooded large parts of Bangladesh on Monday, officials said.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "BANGLADESH", type: "GPE" }));
    expect(ms.some((m) => m.text === "FLOODS" || m.text === "MONSOON")).toBe(false);
  });

  it("types demonyms as NORP and countries as GPE", () => {
    const ms = mentions("Moroccan authorities said the suspects had travelled to Syria before returning to Spain.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Moroccan", type: "NORP" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Syria", type: "GPE" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Spain", type: "GPE" }));
  });

  it("gives an acronym in parentheses the type of the name it abbreviates", () => {
    const ms = mentions("The Central Bureau of Judicial Investigations (BCIJ) dismantled 40 terrorist cells, its director said.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Central Bureau of Judicial Investigations", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "BCIJ", type: "ORG" }));
  });

  it("recognises events by their head word", () => {
    expect(typeOf("Brazil will host the next World Cup, the federation said.", "World Cup")).toBe("EVENT");
  });

  it("treats towns that beat each other as teams", () => {
    const ms = mentions("Leicestershire beat Somerset by an innings on the final day.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Leicestershire", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Somerset", type: "ORG" }));
  });

  it("links a surname back to the person named in full earlier", () => {
    const ms = mentions("Opposition leader Grigor Vasilev resigned on Friday. Vasilev said he would stay in politics.");
    expect(ms.filter((m) => m.type === "PERSON").map((m) => m.text)).toEqual(["Grigor Vasilev", "Vasilev"]);
  });

  it("finds organisations and places in ordinary news prose", () => {
    const ms = mentions("The World Health Organization said on Monday that cholera had spread from Harare to the border with Mozambique.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "World Health Organization", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Harare", type: "GPE" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Mozambique", type: "GPE" }));
  });

  it("gives the same mentions for an article whatever ran before it", () => {
    const a = "Voters in Lagos backed Amina Bello for governor.";
    const first = mentions(a);
    mentions("Completely different text about Tokyo and Sony.");
    expect(mentions(a)).toEqual(first);
  });
});
