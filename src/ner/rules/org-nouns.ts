import { GAZ, PLACE_OR_NATIONALITY, type Gazetteer } from "../gazetteer.js";
import { MEMBER_NOUNS, ORG_NOUNS } from "../words.js";
import { type TokenSpan, lockSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * A name right after a lower-case noun for a kind of organisation is that organisation: "the airline
 * El Al", "serie A club Atalanta", "the cycling team Rabobank", "opposition party Fidesz". Not a known
 * place ("the Moscow firm" is a place before the noun, and "a firm in Paris" is not after it), and not
 * a person written with a given name ("the company Bill Gates founded").
 */
export function orgNouns(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  for (const sp of out) {
    if (sp.type === "ORG" || sp.type === "NORP" || sp.type === "EVENT") continue;
    const i = sp.start - 1;
    if (i < 0 || sentOf[i] !== sentOf[sp.start] || !ORG_NOUNS.has(words[i]!)) continue;
    if (gaz.spanMask(lower, sp.start, sp.end) & PLACE_OR_NATIONALITY) continue;
    if (sp.type === "PERSON" && sp.end - sp.start > 1 && gaz.singleMask(lower[sp.start]!) & (1 << GAZ.first)) continue;
    sp.type = "ORG";
    lockSpan(sp);
  }
  // a name the model took for a place, right before a noun for a group's members, is the group:
  // "Hizbollah guerrillas", "Taliban fighters" (a known place stays: "Gaza militants")
  for (const sp of out) {
    if ((sp.type !== "GPE" && sp.type !== "LOC" && sp.type !== "FAC") || sp.end >= words.length || sentOf[sp.end] !== sentOf[sp.start]) continue;
    if (!MEMBER_NOUNS.has(words[sp.end]!)) continue;
    if (gaz.spanMask(lower, sp.start, sp.end) & PLACE_OR_NATIONALITY) continue;
    sp.type = "ORG";
    lockSpan(sp);
  }
}

export const orgNounsRule: NerRule = {
  name: "org-nouns",
  pack: "default",
  description: "a name right after a lower-case noun for a kind of organisation is that organisation ('the airline El Al')",
  run(c) {
    orgNouns(c.gaz, c.spans.list, c.words, c.lower, c.sentOf);
  },
};
