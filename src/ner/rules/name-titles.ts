import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { NAME_TITLES, QUOTE_MARKS } from "../words.js";
import { type TokenSpan, isCap, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Mr./Mrs./Dr. + capitalised words: a person. `owner` maps each token to the index in `out` of the span
 * covering it (-1: none) and is kept up to date; overlapping non-person spans are marked for removal (end -1).
 */
export function nameTitles(gaz: Gazetteer, out: TokenSpan[], owner: Int32Array, words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!NAME_TITLES.has(lower[i]!) || !isCap(words[i + 1]!) || sentOf[i + 1] !== sentOf[i]) continue;
    let j = i + 1;
    while (j < words.length && j - i <= 4 && sentOf[j] === sentOf[i] && isCap(words[j]!) && /\p{L}/u.test(words[j]!)) j++;
    // a nickname in quotes ("Mr. Security", "Mr. Clean"): a title before common nouns is no person's name
    if (i > 0 && QUOTE_MARKS.has(words[i - 1]!) && QUOTE_MARKS.has(words[j] ?? "")) {
      let common = true;
      for (let k = i + 1; k < j; k++) if (gaz.caseOf(lower[k]!) !== CASE_LOWER || gaz.singleMask(lower[k]!) & (1 << GAZ.first)) common = false;
      if (common) continue;
    }
    let free = true;
    for (let k = i + 1; k < j; k++) if (owner[k]! >= 0 && out[owner[k]!]!.type === "PERSON") free = false;
    if (!free) continue;
    for (let k = i + 1; k < j; k++) if (owner[k]! >= 0) out[owner[k]!]!.end = -1; // drop overlapping non-person spans
    owner.fill(out.length, i + 1, j);
    out.push(ruleSpan(i + 1, j, "PERSON"));
  }
}

export const nameTitlesRule: NerRule = {
  name: "name-titles",
  pack: "default",
  description: "Mr./Mrs./Dr. + capitalised words is a person",
  keepsOwner: true,
  run(c) {
    const owner = c.spans.ownerIndex();
    nameTitles(c.gaz, c.spans.list, owner, c.words, c.lower, c.sentOf);
  },
};
