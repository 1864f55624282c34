import { PLACE_OR_NATIONALITY, type Gazetteer } from "../gazetteer.js";
import { MEDIA_NOUNS } from "../words.js";
import { type TokenSpan, lockSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * A name right before or after a media noun is an organisation ("Interfax news agency said", "the daily
 * Kommersant", "the newspaper Hurriyet"), unless it is a known place ("a Moscow newspaper").
 */
export function mediaNames(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const media = (i: number, dir: 1 | -1): boolean => {
    const w = lower[i];
    // a capitalised "Weekly" is part of the name ("LA Weekly"), not a noun about it
    if (w === undefined || !MEDIA_NOUNS.has(w) || words[i] !== w) return false;
    if (w === "agency" || w === "service") return lower[i - 1] === "news" || lower[i - 1] === "wire" || lower[i - 1] === "press";
    if (w === "news" || w === "wire" || w === "press") return dir === 1 && (lower[i + 1] === "agency" || lower[i + 1] === "service");
    return true;
  };
  for (const sp of out) {
    if (sp.type === "ORG" || sp.type === "NORP" || sp.type === "EVENT") continue;
    const after = sentOf[sp.end] === sentOf[sp.start] && media(sp.end, 1);
    const before = sp.start > 0 && sentOf[sp.start - 1] === sentOf[sp.start] && media(sp.start - 1, -1) && /^(agency|newspaper|daily|weekly|magazine|broadcaster|tabloid)$/.test(lower[sp.start - 1]!);
    if (!after && !before) continue;
    if (gaz.spanMask(lower, sp.start, sp.end) & PLACE_OR_NATIONALITY) continue;
    sp.type = "ORG";
    lockSpan(sp);
  }
}

export const mediaRule: NerRule = {
  name: "media",
  pack: "default",
  description: "a name right before or after a media noun is an organisation ('the daily Kommersant')",
  run(c) {
    mediaNames(c.gaz, c.spans.list, c.words, c.lower, c.sentOf);
  },
};
