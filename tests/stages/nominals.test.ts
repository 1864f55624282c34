import { describe, expect, it } from "vitest";
import { run, slice } from "../helpers.js";

const ALL = ["segment", "syntax", "dates", "entities", "link", "quantities", "quotes", "coref", "nominals"];

function nominals(text: string, stages = ALL) {
  const doc = run(text, stages);
  return doc.entities.filter((e) => e.mentions.some((m) => m.kind === "nominal"));
}

describe("nominals", () => {
  it("specific common-noun phrases become entities with nominal mentions, typed from the table", () => {
    const text = "Moroccan security services met Turkish soldiers and their Iraqi counterparts. Syrian state media said the talks failed.";
    const found = nominals(text);
    const names = found.map((e) => `${e.type} ${e.name}`);
    expect(names).toContain("ORG Moroccan security services");
    expect(names).toContain("ORG Turkish soldiers");
    expect(names).toContain("ORG their Iraqi counterparts");
    expect(names).toContain("ORG Syrian state media");
    for (const e of found)
      for (const m of e.mentions) {
        expect(m.kind).toBe("nominal");
        expect(m.phrase).toEqual({ start: m.start, end: m.end });
        expect(slice(text, m)).toBe(m.text);
        expect(m.source).toMatch(/^nominals:/);
      }
  });

  it("name mentions carry no kind; nominal entities follow the named ones", () => {
    const doc = run("Iraqi security forces entered the village on Sunday.", ALL);
    const named = doc.entities.filter((e) => e.mentions.every((m) => m.kind === undefined));
    expect(named.map((e) => e.name)).toContain("Iraqi");
    const nominal = doc.entities.find((e) => e.name === "Iraqi security forces");
    expect(nominal?.type).toBe("ORG");
    expect(Number(nominal!.id.slice(1))).toBeGreaterThan(Math.max(...named.map((e) => Number(e.id.slice(1)))));
  });

  it("not generic, indefinite or counted phrases, nor a phrase a name heads", () => {
    const text = "Officials said a court had jailed two men. Government forces took the northern city of Idlib.";
    const found = nominals(text).map((e) => e.name);
    expect(found).not.toContain("Officials");
    expect(found).not.toContain("a court");
    expect(found).not.toContain("Government forces");
    expect(found.some((n) => n.includes("Idlib") || n.includes("city"))).toBe(false);
  });

  it("not a superlative's class, not a capitalised head (a name the recogniser missed)", () => {
    const found = nominals("Chile has one of the best intelligence services in the region. Officials from the Northern Council met.").map((e) => e.name);
    expect(found.some((n) => n.includes("intelligence services"))).toBe(false);
    expect(found.some((n) => n.includes("Council"))).toBe(false);
    expect(nominals("Several Chilean officials and other Peruvian officials met.")).toEqual([]);
  });

  it("group nouns take only a name as what makes them specific", () => {
    expect(nominals("The fighters said the soldiers had left.").map((e) => e.name)).toEqual([]);
  });

  it("a description coref resolves to a named entity stays a reference", () => {
    const text = "The Ministry of Health opened a clinic in Tunis. The ministry said it would open more.";
    const doc = run(text, ALL);
    expect(doc.references.some((r) => r.text === "The ministry")).toBe(true);
    expect(doc.entities.some((e) => e.mentions.some((m) => m.kind === "nominal" && m.text === "The ministry"))).toBe(false);
  });

  it("the same phrase again is one entity", () => {
    const e = nominals("Kenyan troops crossed the river. Later, Kenyan troops withdrew.");
    expect(e).toHaveLength(1);
    expect(e[0]!.mentions).toHaveLength(2);
  });
});
