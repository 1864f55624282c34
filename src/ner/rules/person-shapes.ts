import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { NAME_TITLES } from "../words.js";
import type { TokenSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Person spans shaped like names: a possessive belongs to the word before it, so a span never starts
 * with "'s" and a person after a possessor starts after it ("DAB's Elizabeth Quat" -> "Elizabeth
 * Quat"); a lone word the article's language usually writes in lower case ("State", "Student", "Fan")
 * is no person unless a title precedes it or a longer person name in the article contains it; a span
 * without a word of two letters or more with a vowel ("W L PCT GB") is no person.
 */
export function personShapes(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[]): TokenSpan[] {
  const clitic = (i: number): boolean => /^['’]s$/i.test(words[i] ?? "");
  const inLongerName = new Set<string>();
  for (const sp of out) if (sp.type === "PERSON" && sp.end - sp.start > 1) for (let i = sp.start; i < sp.end; i++) inLongerName.add(lower[i]!);
  return out.filter((sp) => {
    while (sp.start < sp.end && clitic(sp.start)) sp.start++;
    if (sp.type === "PERSON") for (let k = sp.end - 2; k > sp.start; k--) if (clitic(k)) sp.start = k + 1;
    if (sp.start >= sp.end) return false;
    // a name has a word of two letters or more with a vowel: "W L PCT GB" (a standings header) is none
    if (sp.type === "PERSON" && !words.slice(sp.start, sp.end).some((w) => w.length >= 2 && /[aeiouyà-ÿ]/iu.test(w))) return false;
    if (sp.type !== "PERSON" || sp.end - sp.start !== 1 || sp.locked === true) return true;
    const w = lower[sp.start]!;
    const titled = sp.start > 0 && (NAME_TITLES.has(lower[sp.start - 1]!) || (gaz.singleMask(lower[sp.start - 1]!) & (1 << GAZ.title)) !== 0);
    return titled || inLongerName.has(w) || gaz.caseOf(w) !== CASE_LOWER;
  });
}

export const personShapesRule: NerRule = {
  name: "person-shapes",
  pack: "default",
  description: "person spans shaped like names: no leading possessive, no lone lower-case word, no span without a real word",
  run(c) {
    c.spans.replace(personShapes(c.gaz, c.spans.list, c.words, c.lower));
  },
};
