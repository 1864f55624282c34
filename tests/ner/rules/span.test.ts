import { describe, expect, it } from "vitest";
import { isAcronym, lockSpan, ruleSpan, type TokenSpan } from "../../../src/ner/rules/span.js";

describe("span", () => {
  it("a rule's span is locked; lockSpan sets or clears the sense", () => {
    expect(ruleSpan(1, 3, "ORG")).toEqual({ start: 1, end: 3, type: "ORG", locked: true });
    const sp: TokenSpan = { start: 0, end: 1, type: "GPE", sense: "team" };
    lockSpan(sp, "town");
    expect(sp).toEqual({ start: 0, end: 1, type: "GPE", locked: true, sense: "town" });
    lockSpan(sp);
    expect(sp).toEqual({ start: 0, end: 1, type: "GPE", locked: true });
  });
  it("an acronym has two capitals or more and nothing but capitals, digits and . & -", () => {
    for (const w of ["KLT", "U.S.", "G7X", "AT&T"]) expect(isAcronym(w), w).toBe(true);
    for (const w of ["K", "Klt", "kLT", "K7"]) expect(isAcronym(w), w).toBe(false);
  });
});
