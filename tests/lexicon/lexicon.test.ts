import { describe, expect, it } from "vitest";
import {
  compileCues, CORE_NAME_PARTICLES, HEADLINE_SMALL_WORDS, inflect, isCap, isCapitalisedWord, MODEL_SPEECH_FORMS, NAME_CONNECTORS,
  NAME_PARTICLES, PLACE_BEFORE, PLACE_PREPOSITIONS, SPEECH_FORMS, SPEECH_VERBS, startsUpper,
} from "../../src/lexicon/index.js";

const noRepeats = (list: readonly string[]): void => expect(new Set(list).size).toBe(list.length);
const lowerCase = (list: Iterable<string>): void => {
  for (const w of list) expect(w).toBe(w.toLowerCase());
};

describe("lexicon: speech", () => {
  it("inflects regular and irregular verbs", () => {
    expect(inflect("say")).toEqual(["say", "says", "said", "saying"]);
    expect(inflect("deny")).toEqual(["deny", "denies", "denied", "denying"]);
    expect(inflect("stress")).toEqual(["stress", "stresses", "stressed", "stressing"]);
    expect(inflect("note")).toEqual(["note", "notes", "noted", "noting"]);
  });
  it("SPEECH_FORMS has every form of the one-word verbs and none of the phrasal ones", () => {
    noRepeats(SPEECH_VERBS);
    for (const v of SPEECH_VERBS.filter((v) => !v.includes(" "))) for (const f of inflect(v)) expect(SPEECH_FORMS.has(f)).toBe(true);
    expect(SPEECH_FORMS.has("pointed")).toBe(false);
    expect(SPEECH_FORMS.has("tweeted")).toBe(true);
  });
  it("the model's reporting forms are all speech forms", () => {
    expect(MODEL_SPEECH_FORMS.size).toBe(10);
    for (const f of MODEL_SPEECH_FORMS) expect(SPEECH_FORMS.has(f)).toBe(true);
  });
  it("compileCues puts the longer entry of a form first", () => {
    const cues = compileCues();
    expect(cues.byForm.get("pointed")).toEqual([{ lemma: "point out", rest: ["out"] }]);
    expect(cues.byForm.get("said")).toEqual([{ lemma: "say", rest: [] }]);
  });
});

describe("lexicon: word lists", () => {
  it("every list is lower case, without repeats", () => {
    for (const list of [PLACE_PREPOSITIONS, NAME_CONNECTORS, CORE_NAME_PARTICLES, NAME_PARTICLES, HEADLINE_SMALL_WORDS]) {
      expect(list.length).toBeGreaterThan(0);
      noRepeats(list);
      lowerCase(list);
    }
    lowerCase(PLACE_BEFORE);
  });
  it("places: the prepositions are words before a place", () => {
    for (const p of PLACE_PREPOSITIONS) expect(PLACE_BEFORE.has(p)).toBe(true);
    expect(PLACE_BEFORE.size).toBe(20);
    expect(PLACE_BEFORE.has("visited")).toBe(true);
    expect(PLACE_BEFORE.has("of")).toBe(false);
  });
  it("names: the core particles are name particles; connectors are not particles", () => {
    for (const p of CORE_NAME_PARTICLES) expect(NAME_PARTICLES).toContain(p);
    expect(NAME_PARTICLES).toEqual(expect.arrayContaining(["van", "bin", "al", "bint", "della"]));
    for (const c of NAME_CONNECTORS) expect(NAME_PARTICLES).not.toContain(c);
  });
});

describe("lexicon: casing", () => {
  it("startsUpper tests the first code point for an upper-case letter", () => {
    expect(startsUpper("Paris")).toBe(true);
    expect(startsUpper("paris")).toBe(false);
    expect(startsUpper("1996")).toBe(false);
    expect(startsUpper("")).toBe(false);
    expect(startsUpper(undefined)).toBe(false);
    expect(startsUpper("ǅemal")).toBe(false); // title case, not upper case
    expect(startsUpper("𝐀bc")).toBe(true); // an astral capital
  });
  it("isCap tests whether the first unit changes when lower-cased", () => {
    expect(isCap("Paris")).toBe(true);
    expect(isCap("paris")).toBe(false);
    expect(isCap("ǅemal")).toBe(true);
    expect(isCap("𝐀bc")).toBe(false);
    expect(isCap("")).toBe(false);
  });
  it("isCapitalisedWord wants a word token", () => {
    expect(isCapitalisedWord({ kind: "word", text: "State" })).toBe(true);
    expect(isCapitalisedWord({ kind: "word", text: "state" })).toBe(false);
    expect(isCapitalisedWord({ kind: "punct", text: "A" })).toBe(false);
    expect(isCapitalisedWord(undefined)).toBe(false);
  });
});
