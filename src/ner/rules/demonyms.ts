import { GAZ, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, isCap } from "./span.js";

/**
 * Demonyms the model left out: "Moroccan authorities", "Arab-Israeli talks"; a lone nationality word is a
 * group of people, never one person or an organisation. `owner` maps each token to the index in `out` of
 * the span covering it (-1: none) and is kept up to date.
 */
export function demonyms(gaz: Gazetteer, out: TokenSpan[], owner: Int32Array, words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const demonym = (w: string): boolean => (gaz.singleMask(w) & (1 << GAZ.demonym)) !== 0 || (w.includes("-") && w.split("-").every((p) => (gaz.singleMask(p) & (1 << GAZ.demonym)) !== 0));
  // a lone nationality word is a group of people, never one person or an organisation ("the ability of Afghans")
  for (const sp of out) {
    if (sp.end - sp.start === 1 && (sp.type === "PERSON" || sp.type === "ORG") && demonym(lower[sp.start]!)) {
      sp.type = "NORP";
      sp.source = "rule:demonym";
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (owner[i]! >= 0 || !isCap(words[i]!)) continue;
    if (!demonym(lower[i]!)) continue;
    const next = words[i + 1];
    if (next !== undefined && isCap(next) && sentOf[i + 1] === sentOf[i]) continue;
    owner[i] = out.length;
    out.push({ start: i, end: i + 1, type: "NORP", source: "rule:demonym" });
  }
}
