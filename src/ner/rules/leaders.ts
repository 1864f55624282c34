import { PLACE_OR_NATIONALITY, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, lockSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Nouns for a government named after its leader: "the Asad regime", "the Maduro government", "the Obama administration". */
const RULE_NOUNS = new Set(["regime", "administration", "government", "cabinet", "presidency", "junta", "dictatorship"]);

/**
 * A one-word name before "regime", "administration", "government" … that the model took for a place but
 * no place list knows is the leader the government is named after (OntoNotes tags "Bush" in "the Bush
 * administration" PERSON), and so is the same word elsewhere in the article when it was typed as a place.
 * Known places ("the Kabul government") and organisations ("the Hamas government") are left alone.
 */
export function leaders(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[]): void {
  const leadersFound = new Set<string>();
  for (const sp of out) {
    if ((sp.type !== "GPE" && sp.type !== "LOC") || sp.end - sp.start !== 1) continue;
    const next = words[sp.end];
    if (next === undefined || !RULE_NOUNS.has(next)) continue;
    if (gaz.singleMask(lower[sp.start]!) & PLACE_OR_NATIONALITY) continue;
    // adjectives of movements and creeds are no leader: "the Baathist regime", "the Maoist government"
    if (/(?:ist|ite|ian|ese|ish|ic)$/u.test(lower[sp.start]!)) continue;
    leadersFound.add(lower[sp.start]!);
  }
  if (leadersFound.size === 0) return;
  for (const sp of out)
    if ((sp.type === "GPE" || sp.type === "LOC") && sp.end - sp.start === 1 && leadersFound.has(lower[sp.start]!)) {
      sp.type = "PERSON";
      lockSpan(sp);
    }
}

export const leadersRule: NerRule = {
  name: "leaders",
  pack: "default",
  description: "a one-word name before 'regime', 'administration', 'government' that no place list knows is the leader",
  run(c) {
    leaders(c.gaz, c.spans.list, c.words, c.lower);
  },
};
