import { describe, expect, it } from "vitest";
import data from "../../src/resources/nominal-heads.json" with { type: "json" };
import { loadNominalHeads, loadOfNamingNouns, parseNominalHeads } from "../../src/resources/nominals.js";

describe("resources/nominals", () => {
  it("every entry of the shipped table loads: a lower-case lemma, a known type, each head once", () => {
    const heads = loadNominalHeads();
    expect(heads.size).toBe(data.heads.length);
    for (const h of data.heads) expect(heads.get(h.head)).toMatchObject(h);
    expect(loadOfNamingNouns().size).toBe(new Set(data.ofNames.nouns).size);
    expect(loadOfNamingNouns().has("town")).toBe(true);
  });

  it("refuses a bad type, an upper-case head and a head listed twice", () => {
    expect(() => parseNominalHeads({ description: "x", ofNames: { description: "x", nouns: ["town"] }, heads: [{ head: "army", type: "ARMY" }] })).toThrow();
    expect(() => parseNominalHeads({ description: "x", ofNames: { description: "x", nouns: ["town"] }, heads: [{ head: "Army", type: "ORG" }] })).toThrow();
    expect(() => parseNominalHeads({ description: "x", ofNames: { description: "x", nouns: ["town"] }, heads: [{ head: "army", type: "ORG" }, { head: "army", type: "ORG" }] })).toThrow(/twice/);
  });
});
