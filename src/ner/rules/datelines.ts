import type { EntityType } from "../../schema/index.js";
import { GAZ, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import { MONTHS } from "../../nlp/dates/lexicon.js";
import type { NerRule } from "./rule.js";

/** News agencies named in brackets after a dateline: "WASHINGTON (Reuters) -". */
const AGENCIES = new Set([
  "reuters", "ap", "afp", "upi", "xinhua", "bloomberg", "dpa", "ians", "pti", "ani", "kyodo", "yonhap", "tass", "interfax", "ansa",
  "efe", "anadolu", "wam", "spa", "aps", "map", "kuna", "irna", "mena", "bernama", "antara", "cna", "pna", "apa", "bna", "qna",
  "sana", "petra", "nna", "ria", "itar-tass", "ria-novosti", "ips", "voa", "cnn", "bbc", "ptv", "kna", "tap", "aa", "ina", "xinhuanet",
]);
const ALL_CAPS = /^[\p{Lu}][\p{Lu}.'’-]*$/u;

/**
 * A dateline: the all-caps place that opens a sentence of wire copy before the date or the agency
 * ("MONTE CARLO 1996-08-30", "THE HAGUE 1996-08-30", "PHNOM PENH, May 3 (AFP) -",
 * "WASHINGTON (Reuters) -") is a place, whatever the model made of it (all-caps text carries no
 * case evidence, and "MONTE CARLO" looked like a person). Words are the sentence's original
 * tokens; "THE" opening a longer place stays in the name.
 */
export function datelines(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentStart: readonly number[], sentLength: readonly number[]): TokenSpan[] {
  for (let s = 0; s < sentStart.length; s++) {
    const a = sentStart[s]!;
    const n = sentLength[s]!;
    let k = 0;
    while (k < Math.min(n, 5) && ALL_CAPS.test(words[a + k]!)) k++;
    if (k === 0 || k > 4 || k >= n) continue;
    if (!words.slice(a, a + k).some((w) => w.replace(/[^\p{L}]/gu, "").length >= 3)) continue;
    const next = lower[a + k]!;
    const after = lower[a + k + 1] ?? "";
    const dated =
      /^\d{4}-\d{2}-\d{2}$/u.test(next) ||
      (/^\d{4}$/u.test(next) && after === "-" && /^\d{1,2}$/u.test(lower[a + k + 2] ?? "")) ||
      (next === "(" && AGENCIES.has(after) && lower[a + k + 2] === ")") ||
      (next === "," && MONTHS.has(after.replace(/\.$/u, "")));
    if (!dated) continue;
    const start = lower[a] === "the" && k >= 2 ? a : a + (lower[a] === "the" ? 1 : 0);
    const end = a + k;
    if (end <= start) continue;
    // an organisation or a person the gazetteer knows by this name is not overridden
    const mask = gaz.spanMask(lower, start, end);
    if (mask & (1 << GAZ.org)) continue;
    const type: EntityType = mask & (1 << GAZ.region) && !(mask & ((1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) ? "LOC" : "GPE";
    out = out.filter((x) => x.end <= start || x.start >= end);
    out.push(ruleSpan(start, end, type));
  }
  return out;
}

export const datelinesRule: NerRule = {
  name: "datelines",
  pack: "wire-1996",
  description: "the capitals-only place that opens a wire dateline ('MONTE CARLO 1996-08-30') is a place",
  run(c) {
    c.spans.replace(datelines(c.gaz, c.spans.list, c.doc.flat(), c.lower, c.sentStart, c.doc.map((x) => x.length)).sort((a, b) => a.start - b.start));
  },
};
