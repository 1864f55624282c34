import { describe, expect, it } from "vitest";
import phrases from "../../src/nlp/quantities/phrases.json" with { type: "json" };
import { loadLexicon } from "../../src/nlp/quantities/lexicon.js";

/** Every entry of the quantities stage's word tables (src/nlp/quantities/phrases.json) loads and is well formed. */
describe("quantities phrases.json", () => {
  const lex = loadLexicon();
  it("tallyNouns: lower-case single words mapping to a singular noun, all compiled", () => {
    const entries = Object.entries(phrases.tallyNouns);
    expect(entries.length).toBeGreaterThan(0);
    for (const [w, noun] of entries) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(noun).toMatch(/^[a-z]+( [a-z]+)*$/);
      expect(lex.tallyNouns.get(w)).toBe(noun);
    }
  });
  it("oneOfSkip: lower-case words, all compiled", () => {
    expect(phrases.oneOfSkip.length).toBeGreaterThan(0);
    for (const w of phrases.oneOfSkip) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(lex.oneOfSkip.has(w)).toBe(true);
    }
  });
  it("metreEvents: lower-case plural words, all compiled, each keeping a glued m a metre", () => {
    expect(phrases.metreEvents.length).toBeGreaterThan(0);
    for (const w of phrases.metreEvents) {
      expect(w).toMatch(/^[a-z]+s$/);
      expect(lex.metreEvents.has(w)).toBe(true);
    }
  });
  it("levelHeads: lower-case words, all compiled", async () => {
    const { LEVEL_HEADS } = await import("../../src/nlp/quantities/concept-parse.js");
    expect(phrases.levelHeads.length).toBeGreaterThan(0);
    for (const w of phrases.levelHeads) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(LEVEL_HEADS.has(w)).toBe(true);
    }
  });
  it("priceVerbs: lower-case verb lemmas, all compiled", async () => {
    const { PRICE_VERBS } = await import("../../src/nlp/quantities/concept-parse.js");
    expect(phrases.priceVerbs.length).toBeGreaterThan(0);
    for (const w of phrases.priceVerbs) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(PRICE_VERBS.has(w)).toBe(true);
    }
  });
  it("stateWords: lower-case words, all compiled", () => {
    expect(phrases.stateWords.length).toBeGreaterThan(0);
    for (const w of phrases.stateWords) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(lex.stateWords.has(w)).toBe(true);
    }
  });
  it("levelNouns: lower-case words, all compiled", () => {
    expect(phrases.levelNouns.length).toBeGreaterThan(0);
    for (const w of phrases.levelNouns) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(lex.levelNouns.has(w)).toBe(true);
    }
  });
  it("victimVerbs: lower-case words, all compiled", () => {
    expect(phrases.victimVerbs.length).toBeGreaterThan(0);
    for (const w of phrases.victimVerbs) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(lex.victimVerbs.has(w)).toBe(true);
    }
  });
  it("halfPeriod: lower-case words, all compiled", () => {
    expect(phrases.halfPeriod.length).toBeGreaterThan(0);
    for (const w of phrases.halfPeriod) {
      expect(w).toMatch(/^[a-z]+$/);
      expect(lex.halfPeriod.has(w)).toBe(true);
    }
  });
});
