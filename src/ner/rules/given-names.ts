import { GAZ, type Gazetteer } from "../gazetteer.js";
import { PLACE_BEFORE } from "../../lexicon/places.js";
import { PERSON_BEFORE, PERSON_AFTER, QUOTE_MARKS } from "../words.js";
import { compileCues } from "../../lexicon/speech.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Speech verbs (the quotes stage's cue lexicon, one-word cues) that can come before the speaker after a quotation: '"…," says Manal.' */
const SPEECH = compileCues().byForm;
const speechVerb = (w: string): boolean => SPEECH.get(w)?.some((c) => c.rest.length === 0) === true;

/**
 * A lone given name the model took for a place ("their nine-month-old child, Gloria"): given names that
 * are no known place become people when the article uses the word like a person's name somewhere
 * (after a kinship or person noun, before a verb of speech or living, or as the speaker after a
 * quotation: '"…," says Manal') and never like a place (after "in", "at", "from", "village of" …). All
 * its mentions change together. A given name nobody tagged that names the speaker after a quotation
 * ('"…," says Mohammed.') is a person, with the capitalised words after it ('says Jamal Alzoubi').
 */
export function givenNames(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], cap: readonly boolean[], sentOf: readonly number[]): void {
  const FIRST = 1 << GAZ.first;
  const NOT = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.language) | (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.lockey) | (1 << GAZ.title) | (1 << GAZ.time);
  const given = (i: number): boolean => {
    const m = gaz.singleMask(lower[i]!);
    return (m & FIRST) !== 0 && !(m & NOT) && /^\p{Lu}\p{Ll}+$/u.test(words[i]!);
  };
  /** token i follows '"…," says' (the comma inside or outside the closing mark) */
  const speakerAfterQuote = (i: number): boolean => {
    const v = i - 1;
    if (v < 1 || sentOf[v] !== sentOf[i] || !speechVerb(lower[v]!)) return false;
    let q = v - 1;
    if (lower[q] === ",") q--;
    return q >= 0 && QUOTE_MARKS.has(words[q]!);
  };
  const covered = new Uint8Array(words.length);
  for (const sp of out) covered.fill(1, sp.start, sp.end);
  for (let i = 1; i < words.length; i++) {
    if (covered[i] || !given(i) || !speakerAfterQuote(i)) continue;
    let e = i + 1;
    while (e < words.length && e - i < 3 && sentOf[e] === sentOf[i] && !covered[e] && /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(words[e]!) && !(gaz.singleMask(lower[e]!) & NOT)) e++;
    out.push(ruleSpan(i, e, "PERSON"));
    covered.fill(1, i, e);
  }
  const cands = new Set<string>();
  for (const sp of out) {
    if (sp.end - sp.start !== 1 || (sp.type !== "GPE" && sp.type !== "LOC") || sp.locked === true) continue;
    if (given(sp.start)) cands.add(lower[sp.start]!);
  }
  if (cands.size === 0) return;
  const person = new Set<string>();
  const place = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = lower[i]!;
    if (!cands.has(w) || !cap[i]) continue;
    const s = sentOf[i]!;
    let p = i - 1;
    if (p >= 0 && sentOf[p] === s && lower[p] === ",") p--;
    const prev = p >= 0 && sentOf[p] === s ? lower[p]! : "";
    const prev2 = p - 1 >= 0 && sentOf[p - 1] === s ? lower[p - 1]! : "";
    const next = i + 1 < words.length && sentOf[i + 1] === s ? lower[i + 1]! : "";
    if (PLACE_BEFORE.has(lower[i - 1] ?? "") && sentOf[i - 1] === s) place.add(w);
    else if ((prev2 === "village" || prev2 === "town" || prev2 === "city" || prev2 === "province" || prev2 === "region") && prev === "of") place.add(w);
    if (PERSON_BEFORE.has(prev) || PERSON_AFTER.has(next) || speakerAfterQuote(i)) person.add(w);
  }
  for (const sp of out) {
    const w = lower[sp.start]!;
    if (sp.end - sp.start !== 1 || !person.has(w) || place.has(w) || sp.locked === true) continue;
    if (sp.type !== "GPE" && sp.type !== "LOC") continue;
    sp.type = "PERSON";
    lockSpan(sp);
  }
}

export const givenNamesRule: NerRule = {
  name: "given-names",
  pack: "default",
  description: "a lone given name the model took for a place is a person when the article uses it like a person's name",
  run(c) {
    givenNames(c.gaz, c.spans.list, c.words, c.lower, c.cap, c.sentOf);
  },
};
