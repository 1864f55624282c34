import { GAZ, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * "the Coalition", "the Commission", "the Council": an organisation word written with a capital after
 * "the" inside a sentence, and never in lower case in the article, names a body the article has in mind
 * (OntoNotes ORG). Sentence starts, titles and words inside longer names are left alone.
 */
export function theBody(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[], sentStart: readonly number[]): void {
  const isCapWord = (i: number): boolean => i < words.length && /^\p{Lu}/u.test(words[i]!);
  const candidates: number[] = [];
  for (let i = 1; i < words.length; i++) {
    if (lower[i - 1] !== "the" || !/^\p{Lu}\p{Ll}+$/u.test(words[i]!)) continue;
    if (i - 1 === sentStart[sentOf[i]!] || sentOf[i - 1] !== sentOf[i]) continue;
    if (!(gaz.singleMask(lower[i]!) & (1 << GAZ.orgkey))) continue;
    // part of a longer capitalised name ("the Coalition Provisional Authority") or a name with "of" is the model's call
    if ((isCapWord(i + 1) && sentOf[i + 1] === sentOf[i]) || lower[i + 1] === "of") continue;
    candidates.push(i);
  }
  if (candidates.length === 0) return;
  const covered = new Uint8Array(words.length);
  for (const sp of out) covered.fill(1, sp.start, sp.end);
  const keys = new Set(candidates.map((i) => lower[i]!));
  const writtenLower = new Set<string>();
  for (let i = 0; i < words.length; i++) if (keys.has(words[i]!)) writtenLower.add(words[i]!);
  for (const i of candidates) {
    if (covered[i] || writtenLower.has(lower[i]!)) continue;
    out.push(ruleSpan(i, i + 1, "ORG"));
    covered[i] = 1;
  }
}

export const theBodyRule: NerRule = {
  name: "the-body",
  pack: "default",
  description: "a capitalised organisation word after 'the', never written in lower case in the article, names a body",
  run(c) {
    theBody(c.gaz, c.spans.list, c.words, c.lower, c.sentOf, c.sentStart);
  },
};
