import { describe, expect, it } from "vitest";
import { gazData } from "./fixtures.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { isCapsSentence, isForcedOutside, NerFeatures } from "../../src/ner/features.js";


describe("features", () => {
  const fx = new NerFeatures(new Gazetteer(gazData));
  it("detects all-caps lines", () => {
    expect(isCapsSentence(["SOCCER", "-", "LEICESTERSHIRE", "TAKE", "OVER"])).toBe(true);
    expect(isCapsSentence(["LONDON", "1996-08-30"])).toBe(true);
    expect(isCapsSentence(["The", "U.S.", "said"])).toBe(false);
    expect(isCapsSentence(["NATO"])).toBe(true);
  });
  it("truecases all-caps lines from the article, then from the casing dictionary", () => {
    const { forms } = fx.forms([["LEICESTERSHIRE", "TAKE", "OVER", "IN", "PARIS", "NATO"], ["Yesterday", "Leicestershire", "won", "in"]]);
    expect(forms[0]).toEqual(["Leicestershire", "take", "over", "in", "Paris", "NATO"]);
  });
  it("marks lower-case words outside names but keeps connectors", () => {
    expect(isForcedOutside("said")).toBe(true);
    expect(isForcedOutside("of")).toBe(false);
    expect(isForcedOutside("al")).toBe(false);
    expect(isForcedOutside("Paris")).toBe(false);
    expect(isForcedOutside("iPod")).toBe(false);
    expect(isForcedOutside(",")).toBe(false);
  });
  it("gives the same keys for the same words, and none for forced-outside tokens", () => {
    const a = fx.extract([["John", "said", "Paris", "."]]);
    const keysA = Array.from(a.keys);
    const b = fx.extract([["John", "said", "Paris", "."]]);
    expect(Array.from(b.keys)).toEqual(keysA);
    expect(a.offs[2]! - a.offs[1]!).toBe(0);
    expect(a.offs[1]! - a.offs[0]!).toBeGreaterThan(10);
    expect(Array.from(a.sentStarts)).toEqual([0, 4]);
  });
});
