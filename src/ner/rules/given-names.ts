import { GAZ, type Gazetteer } from "../gazetteer.js";
import { PLACE_BEFORE, PERSON_BEFORE, PERSON_AFTER } from "../words.js";
import type { TokenSpan } from "./span.js";

/**
 * A lone given name the model took for a place ("their nine-month-old child, Gloria"): given names that
 * are no known place become people when the article uses the word like a person's name somewhere
 * (after a kinship or person noun, before a verb of speech or living) and never like a place (after
 * "in", "at", "from", "village of" …). All its mentions change together.
 */
export function givenNames(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], cap: readonly boolean[], sentOf: readonly number[]): void {
  const FIRST = 1 << GAZ.first;
  const NOT = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.language) | (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.lockey) | (1 << GAZ.title) | (1 << GAZ.time);
  const cands = new Set<string>();
  for (const sp of out) {
    if (sp.end - sp.start !== 1 || (sp.type !== "GPE" && sp.type !== "LOC") || sp.source !== "model") continue;
    const m = gaz.singleMask(lower[sp.start]!);
    if (m & FIRST && !(m & NOT) && /^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!)) cands.add(lower[sp.start]!);
  }
  if (cands.size === 0) return;
  const person = new Set<string>();
  const place = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = lower[i]!;
    if (!cands.has(w) || !cap[i]) continue;
    const s = sentOf[i]!;
    let p = i - 1;
    if (p >= 0 && sentOf[p] === s && lower[p] === ",") p--;
    const prev = p >= 0 && sentOf[p] === s ? lower[p]! : "";
    const prev2 = p - 1 >= 0 && sentOf[p - 1] === s ? lower[p - 1]! : "";
    const next = i + 1 < words.length && sentOf[i + 1] === s ? lower[i + 1]! : "";
    if (PLACE_BEFORE.has(lower[i - 1] ?? "") && sentOf[i - 1] === s) place.add(w);
    else if ((prev2 === "village" || prev2 === "town" || prev2 === "city" || prev2 === "province" || prev2 === "region") && prev === "of") place.add(w);
    if (PERSON_BEFORE.has(prev) || PERSON_AFTER.has(next)) person.add(w);
  }
  for (const sp of out) {
    const w = lower[sp.start]!;
    if (sp.end - sp.start !== 1 || !person.has(w) || place.has(w) || sp.source !== "model") continue;
    if (sp.type !== "GPE" && sp.type !== "LOC") continue;
    sp.type = "PERSON";
    sp.source = "rule:given-name";
  }
}
