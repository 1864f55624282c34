import { GAZ, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, isCap, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Demonyms the model left out: "Moroccan authorities", "Arab-Israeli talks"; a lone nationality word is a
 * group of people, never one person or an organisation. Two nationality words in a row, or a direction and
 * one, are one group ("Iraqi Kurds", "North Africans"). `owner` maps each token to the index in `out` of the
 * span covering it (-1: none) and is kept up to date; a span joined into another gets start = end = -1.
 */
export function demonyms(gaz: Gazetteer, out: TokenSpan[], owner: Int32Array, words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const demonym = (w: string): boolean => (gaz.singleMask(w) & (1 << GAZ.demonym)) !== 0 || (w.includes("-") && w.split("-").every((p) => (gaz.singleMask(p) & (1 << GAZ.demonym)) !== 0));
  // a lone nationality word is a group of people, never one person or an organisation ("the ability of Afghans")
  for (const sp of out) {
    if (sp.end - sp.start === 1 && (sp.type === "PERSON" || sp.type === "ORG") && demonym(lower[sp.start]!)) {
      sp.type = "NORP";
      lockSpan(sp);
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (owner[i]! >= 0 || !isCap(words[i]!)) continue;
    if (!demonym(lower[i]!)) continue;
    const next = words[i + 1];
    if (next !== undefined && isCap(next) && sentOf[i + 1] === sentOf[i] && !demonym(lower[i + 1]!)) continue;
    owner[i] = out.length;
    out.push(ruleSpan(i, i + 1, "NORP"));
  }
  // one group named by two nationality words or a direction and a nationality: "Iraqi Kurds", "North Africans"
  const norpAt = new Map<number, TokenSpan>();
  for (const sp of out) if (sp.type === "NORP" && sp.end > sp.start) norpAt.set(sp.start, sp);
  for (const sp of [...norpAt.values()].sort((a, b) => a.start - b.start)) {
    if (sp.end <= sp.start) continue;
    let next = norpAt.get(sp.end);
    while (next && next.end > next.start && sentOf[next.start] === sentOf[sp.start]) {
      owner.fill(owner[sp.start]!, next.start, next.end);
      sp.end = next.end;
      next.start = next.end = -1;
      lockSpan(sp);
      next = norpAt.get(sp.end);
    }
    const d = sp.start - 1;
    if (d >= 0 && owner[d]! < 0 && sentOf[d] === sentOf[sp.start] && DIRECTIONS.has(words[d]!)) {
      owner[d] = owner[sp.start]!;
      sp.start = d;
      lockSpan(sp);
    }
  }
}

/** Directions that make one nationality phrase with the word after them: "North Africans", "Southeast Asian". */
const DIRECTIONS = new Set(["North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central"]);

export const demonymsRule: NerRule = {
  name: "demonyms",
  pack: "default",
  description: "nationality words are groups (NORP); two in a row, or a direction and one, are one group",
  keepsOwner: true,
  run(c) {
    const owner = c.spans.ownerIndex();
    demonyms(c.gaz, c.spans.list, owner, c.words, c.lower, c.sentOf);
  },
};
