import { POST_NOMINALS, QUOTE_MARKS, TERM_ACRONYMS } from "../words.js";
import type { TokenSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * A word capitalised only because it starts a sentence ("Iodine deficiency can lead to …") is no name
 * when the article writes it in lower case elsewhere (twice or more) and inside a sentence at most a
 * third as often capitalised on its own (not as part of a longer name: "Control of Iodine Deficiency
 * Disorders" does not count); anywhere in a sentence when it is written in lower case four times as
 * often (a person's name excepted: "Rice" in an article about rice). Acronyms of common terms ("HIV",
 * "IQ") are no names. Post-nominal honours after a person's name ("Mark Tedeschi, QC,") are no
 * organisations.
 */
export function commonWords(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[], sentStart: readonly number[]): TokenSpan[] {
  const lowerCount = new Map<string, number>();
  const capInside = new Map<string, number>();
  const capWord = (k: number): boolean => k >= 0 && k < words.length && /^\p{Lu}/u.test(words[k]!);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!/^\p{L}/u.test(w)) continue;
    if (w === lower[i]) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
    else if (i > sentStart[sentOf[i]!]! && !QUOTE_MARKS.has(words[i - 1]!) && words[i - 1] !== "(") {
      const inName = (capWord(i - 1) && sentOf[i - 1] === sentOf[i]) || (capWord(i + 1) && sentOf[i + 1] === sentOf[i]) || lower[i - 1] === "of" || lower[i + 1] === "of";
      if (!inName) capInside.set(lower[i]!, (capInside.get(lower[i]!) ?? 0) + 1);
    }
  }
  const personEnds = new Set<number>();
  for (const sp of out) if (sp.type === "PERSON") personEnds.add(sp.end);
  return out.filter((sp) => {
    if (sp.end - sp.start !== 1) return true;
    if (TERM_ACRONYMS.has(words[sp.start]!) && sp.type !== "PERSON") return false;
    if (sp.locked === true) return true;
    const i = sp.start;
    const w = lower[i]!;
    const first = i === sentStart[sentOf[i]!] || (i > 0 && sentOf[i - 1] === sentOf[i] && (QUOTE_MARKS.has(words[i - 1]!) || words[i - 1] === "(") && i - 1 === sentStart[sentOf[i]!]);
    const lowerSeen = lowerCount.get(w) ?? 0;
    if (first && /^\p{Lu}\p{Ll}+$/u.test(words[i]!) && lowerSeen >= 2 && (capInside.get(w) ?? 0) * 3 <= lowerSeen) return false;
    // a word the article writes in lower case four times as often as capitalised alone is no name anywhere ("WHO say Iodine deficiency …")
    if (sp.type !== "PERSON" && /^\p{Lu}\p{Ll}+$/u.test(words[i]!) && lowerSeen >= 4 && (capInside.get(w) ?? 0) * 4 <= lowerSeen) return false;
    if (sp.type === "ORG" && POST_NOMINALS.has(words[i]!) && words[i - 1] === "," && personEnds.has(i - 1)) return false;
    return true;
  });
}

export const commonWordsRule: NerRule = {
  name: "common-words",
  pack: "default",
  description: "a word capitalised only because it starts a sentence, written in lower case elsewhere, is no name",
  run(c) {
    c.spans.replace(commonWords(c.spans.list, c.words, c.lower, c.sentOf, c.sentStart));
  },
};
