import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * In results and line-ups, a person is written with their country in brackets: "Annemari Sandell
 * ( Finland ) 15:06.33", "beat Christian Arrue ( U.S. ) 2-0". Two or three capitalised words nobody
 * tagged, right before "( <country> )", are a person when they look like a name: none is a word the
 * language usually writes in lower case ("Red Star ( Yugoslavia )" is a club) and none is a place,
 * nationality or organisation word.
 *
 * A list is written one way: when at least three names before "( <country> )" in the article are persons and
 * at most a third as many are something else, a two- or three-word name the model typed otherwise in that
 * position is a person too, if it looks like one (the same word test, ignoring that it is tagged): "3. Ato Boldon
 * ( Trinidad ) 20.37" among sprinters. A list of clubs ("Red Star ( Yugoslavia )") keeps its majority.
 */
export function bracketedNationality(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const covered = new Uint8Array(words.length);
  for (const sp of out) covered.fill(1, sp.start, sp.end);
  const NOT_NAME = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.time) | (1 << GAZ.title);
  const country = (a: number, b: number): boolean => {
    return (gaz.spanMask(lower, a, b) & (1 << GAZ.country)) !== 0;
  };
  const looksLikeName = (i: number): boolean =>
    /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(words[i]!) && !(gaz.singleMask(lower[i]!) & NOT_NAME) && gaz.caseOf(lower[i]!) !== CASE_LOWER;
  const nameWord = (i: number): boolean => !covered[i] && looksLikeName(i);
  /** spans of the output that end right before "( <country> )" */
  const before: TokenSpan[] = [];
  const endsAt = new Map<number, TokenSpan>();
  for (const sp of out) endsAt.set(sp.end, sp);
  for (let p = 2; p + 2 < words.length; p++) {
    if (words[p] !== "(") continue;
    let close = p + 1;
    while (close < words.length && close <= p + 4 && words[close] !== ")") close++;
    if (words[close] !== ")" || close === p + 1 || !country(p + 1, close)) continue;
    const tagged = endsAt.get(p);
    if (tagged) {
      if (sentOf[tagged.start] === sentOf[p]) before.push(tagged);
      continue;
    }
    let a = p;
    while (a > 0 && p - a < 3 && sentOf[a - 1] === sentOf[p] && nameWord(a - 1)) a--;
    if (p - a < 2) continue;
    const sp: TokenSpan = ruleSpan(a, p, "PERSON");
    out.push(sp);
    before.push(sp);
    covered.fill(1, a, p);
  }
  const persons = before.filter((sp) => sp.type === "PERSON").length;
  if (persons < 3 || (before.length - persons) * 3 > persons) return;
  for (const sp of before) {
    if (sp.type === "PERSON" || sp.end - sp.start < 2 || sp.end - sp.start > 3) continue;
    let name = true;
    for (let i = sp.start; i < sp.end && name; i++) name = looksLikeName(i);
    if (!name) continue;
    sp.type = "PERSON";
    lockSpan(sp);
  }
}

export const bracketedNationalityRule: NerRule = {
  name: "bracketed-nationality",
  pack: "default",
  description: "two or three capitalised words right before '( <country> )' are a person",
  run(c) {
    bracketedNationality(c.gaz, c.spans.list, c.words, c.lower, c.sentOf);
  },
};
