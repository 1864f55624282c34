import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { PLACE_BEFORE } from "../../lexicon/places.js";
import { PERSON_AFTER } from "../words.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * People, document-wide: an initial and a surname ("M. Butcher") is a person; once the article names a
 * person in full ("Boris Yeltsin"), the surname alone is that person wherever it recurs, whatever the
 * model said there (a place or a country name excepted).
 */
export function people(gaz: Gazetteer, out: TokenSpan[], words: string[], lower: string[], cap: boolean[], sentOf: number[], sentStart: number[]): TokenSpan[] {
  const isInitial = (i: number): boolean => /^\p{Lu}\.$/u.test(words[i] ?? "");
  const isWord = (i: number): boolean => i < words.length && cap[i]! && /\p{L}{2}/u.test(words[i]!) && !isInitial(i);
  // initials: "M. Butcher", "P. J. Smith"
  for (let i = 0; i < words.length; i++) {
    if (!isInitial(i) || (i > 0 && isInitial(i - 1))) continue;
    let j = i;
    while (isInitial(j) && sentOf[j] === sentOf[i]) j++;
    if (!isWord(j) || sentOf[j] !== sentOf[i] || gaz.caseOf(lower[j]!) === CASE_LOWER) continue;
    let e = j + 1;
    if (isWord(e) && sentOf[e] === sentOf[i]) e++;
    const over = out.filter((x) => x.start < e && i < x.end);
    if (over.some((x) => x.start < i || x.end > e)) continue;
    if (over.length === 1 && over[0]!.type === "PERSON" && over[0]!.start === i) continue;
    out = out.filter((x) => !over.includes(x));
    out.push(ruleSpan(i, e, "PERSON"));
  }
  // surnames of people named in full
  const surnames = new Set<string>();
  for (const sp of out) if (sp.type === "PERSON" && sp.end - sp.start >= 2 && /\p{L}{2}/u.test(words[sp.end - 1]!)) surnames.add(lower[sp.end - 1]!);
  if (surnames.size === 0) return out;
  const placeLike = (1 << GAZ.country) | (1 << GAZ.state) | (1 << GAZ.region);
  const covered = new Int32Array(words.length).fill(-1);
  out.forEach((x, k) => covered.fill(k, x.start, x.end));
  // a surname that is also a place ("Neil Jordan" ... "Jordan said") is the person when the article uses
  // the word more often like a person's name (before "said", "told" …, "who", "whose") than like a place
  // (after "in", "to", "from" …, or coordinated with another place)
  const evidence = new Map<string, number>();
  const gpeAt = new Uint8Array(words.length);
  for (const sp of out) if (sp.type === "GPE" || sp.type === "LOC") gpeAt.fill(1, sp.start, sp.end);
  for (const sp of out) {
    if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !surnames.has(lower[sp.start]!)) continue;
    const i = sp.start;
    const s = sentOf[i];
    const prev = i > 0 && sentOf[i - 1] === s ? lower[i - 1]! : "";
    const next = sentOf[i + 1] === s ? lower[i + 1]! : "";
    const other = (k: number): boolean => sentOf[k] === s && gpeAt[k] === 1 && !(k >= sp.start && k < sp.end);
    const next2 = sentOf[i + 2] === s ? lower[i + 2]! : "";
    const w = lower[i]!;
    if (((PLACE_BEFORE.has(prev) || prev === "to" || prev === "of") && !/^['’]s$/.test(next)) || ((prev === "and" || prev === ",") && other(i - 2)) || ((next === "and" || next === ",") && other(i + 2))) evidence.set(w, (evidence.get(w) ?? 0) - 1);
    else if (PERSON_AFTER.has(next) || next === "who" || (next === "," && (next2 === "who" || next2 === "whose"))) evidence.set(w, (evidence.get(w) ?? 0) + 1);
  }
  for (const sp of out) {
    if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !surnames.has(lower[sp.start]!)) continue;
    if (gaz.singleMask(lower[sp.start]!) & placeLike && ((evidence.get(lower[sp.start]!) ?? 0) <= 0 || sp.locked === true || !/^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!))) continue;
    sp.type = "PERSON";
    lockSpan(sp);
  }
  // a family by its surname: "the Sams", "the Kowalskis"
  const family = (i: number): boolean =>
    i > 0 && lower[i - 1] === "the" && sentOf[i - 1] === sentOf[i] && cap[i]! && lower[i]!.endsWith("s") && surnames.has(lower[i]!.slice(0, -1)) && !(gaz.singleMask(lower[i]!) & placeLike);
  for (const sp of out) {
    if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !family(sp.start)) continue;
    sp.type = "PERSON";
    lockSpan(sp);
  }
  for (let i = 1; i < words.length; i++) {
    if (covered[i]! >= 0 || !family(i) || (isWord(i + 1) && sentOf[i + 1] === sentOf[i])) continue;
    covered[i] = out.length;
    out.push(ruleSpan(i, i + 1, "PERSON"));
  }
  for (let i = 0; i < words.length; i++) {
    if (covered[i]! >= 0 || !cap[i] || !surnames.has(lower[i]!)) continue;
    if (i === sentStart[sentOf[i]!] && gaz.caseOf(lower[i]!) === CASE_LOWER) continue;
    if ((i > 0 && covered[i - 1]! < 0 && isWord(i - 1) && sentOf[i - 1] === sentOf[i]) || (isWord(i + 1) && sentOf[i + 1] === sentOf[i])) continue;
    if (gaz.singleMask(lower[i]!) & placeLike) continue;
    out.push(ruleSpan(i, i + 1, "PERSON"));
  }
  return out;
}

export const peopleRule: NerRule = {
  name: "people",
  pack: "default",
  description: "initials and a surname are a person; the surname of someone named in full is that person wherever it recurs",
  run(c) {
    c.spans.replace(people(c.gaz, c.spans.list, c.words, c.lower, c.cap, c.sentOf, c.sentStart));
  },
};
