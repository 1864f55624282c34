import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { COMPANY_DESIGNATORS } from "../words.js";
import { type TokenSpan, lockSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Companies, document-wide: a name written with a company designator ("Magna International Inc", "Lear
 * Corp") makes its first word alone an organisation wherever the model typed it otherwise, as does
 * "<place>-based" before a name ("Ontario-based Magna"). Known places and given names are left alone.
 */
export function companyShortNames(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[]): void {
  const NOT = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.first) | (1 << GAZ.title);
  const short = new Set<string>();
  for (const sp of out) {
    if (sp.type !== "ORG" || sp.end - sp.start < 2 || !COMPANY_DESIGNATORS.has(lower[sp.end - 1]!.replace(/\.$/, ""))) continue;
    const w = lower[sp.start]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!) && !(gaz.singleMask(w) & NOT) && gaz.caseOf(w) !== CASE_LOWER) short.add(w);
  }
  for (const sp of out) {
    if (sp.type === "ORG" || sp.type === "NORP" || sp.end - sp.start !== 1 || sp.locked === true) continue;
    const w = lower[sp.start]!;
    const prev = lower[sp.start - 1] ?? "";
    const based = /\p{L}-(based|headquartered)$/u.test(prev) && !(gaz.singleMask(w) & NOT);
    if (!short.has(w) && !based) continue;
    sp.type = "ORG";
    lockSpan(sp);
  }
}

export const companiesRule: NerRule = {
  name: "companies",
  pack: "default",
  description: "a name written with a company designator makes its first word alone an organisation throughout the article",
  run(c) {
    companyShortNames(c.gaz, c.spans.list, c.words, c.lower);
  },
};
