import type { Ctx } from "./context.js";
import type { Token } from "../../document/types.js";
import type { Atom, Kind, Rec } from "./types.js";
import { isPluralNoun } from "./lemma.js";
import { isNumberWord } from "./numbers.js";
import { MONTHS, STOP } from "./words.js";
import { modifierBefore } from "./modifiers.js";
import { startsUpper } from "../../lexicon/casing.js";
import { numberAt } from "./read-number.js";

/** The noun a count counts: a following noun phrase, a parallel count's noun (ellipsis), and the bare "one" checks. */
export const PARTITIVE_DET = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all"]);

export const ONE_NOT_COUNT = new Set(["of", "another", "day", "time", "way", "point", "side", "hand", "thing", "who", "which", "that", "must", "can", "could", "would", "should", "may", "might", "will", "does", "did", "is", "was"]);

/** Words before a bare number that coordinate it with a parallel count ("21 cells in 2015 and 19 in 2016"). */
export const ELLIPSIS_COORD: ReadonlySet<string> = new Set(["and", "or", "but", "while", "whereas", "against", "versus", "vs", "vs.", "plus"]);

export const PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "from", "for", "during", "since", "by", "across", "inside", "outside"]);

/** After a coordinated bare "one", words that make it a pronoun or an idiom ("and one day", "and one of them", "one can"). */
export const ONE_NOT_ELLIPSIS: ReadonlySet<string> = new Set([
  "of", "another", "day", "time", "way", "point", "side", "hand", "thing", "who", "which", "that", "can", "could", "must", "should",
  "would", "may", "might", "will", "shall", "'s", "’s", "another", "other", "else", "more", "-", "—",
]);

export const ONE_NOT_AFTER: ReadonlySet<string> = new Set(["no", "the", "any", "every", "each", "last", "next", "this", "that", "which", "another", "same", "first", "little", "big", "new", "old", "such"]);

/** Past tenses that end a counted phrase ("the last one broke down"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ("broke began became brought built bought caught chose drew drove ate felt fought found flew forgot gave grew hung heard hid hurt " +
    "knew laid led lent lay lit meant paid quit rode rang sought sold sent shook shot showed shut sang sank sat slept spoke spent spread " +
    "stood stole stuck struck swore swept swam taught tore thought threw understood woke wore wrote arrived attacked").split(" "),
);

/**
 * Stop words between a count and its noun that add to an earlier count ("four more suspects", "two other parts");
 * adjectives such as "new", "additional" already stay in the counted phrase ("4 new players").
 */
const ADDITION: ReadonlySet<string> = new Set(["more", "other"]);

/** Noun phrase after a count: "terrorist cells", "pro-ISIS individuals"; partitive "of these cells". */
export function countedAfter(ctx: Ctx, k: number, value: number, ordinal: boolean): { head: number; start: number; end: number } | null {
  const { tokens, n, inDate, tok, sameSentence, lw } = ctx;
  let j = k;
  if (lw(j) === "of" && (PARTITIVE_DET.has(lw(j + 1)) || !STOP.has(lw(j + 1)))) {
    j += PARTITIVE_DET.has(lw(j + 1)) ? 2 : 1;
  }
  // "four more suspects", "two other parts", "three additional flights": the noun after the word of addition
  if (!ordinal && ADDITION.has(lw(j)) && tok(j + 1)?.kind === "word" && !STOP.has(lw(j + 1)) && !isNumberWord(lw(j + 1)) && sameSentence(j, j + 1)) j++;
  const start = j;
  const singular = ordinal || value === 1 || (value > 0 && value < 1);
  for (let c = 0; c < 5 && j < n && sameSentence(j, k); c++, j++) {
    const t = tokens[j]!;
    const w = lw(j);
    if (t.kind !== "word" || STOP.has(w) || IRREGULAR_PAST.has(w) || inDate[j] || isNumberWord(w) || MONTHS.has(w) || /ly$/.test(w)) break;
    if (!singular && isPluralNoun(t.text)) return { head: j, start, end: j + 1 };
    if (singular) {
      const nx = tok(j + 1);
      const nxw = lw(j + 1);
      const nounNext =
        nx !== undefined && nx.kind === "word" && sameSentence(j, j + 1) && !STOP.has(nxw) && !IRREGULAR_PAST.has(nxw) && !ctx.lex.stateWords.has(nxw) &&
        !/(?:ed|ing|ly)$/.test(nxw) && !(/[^s]s$/.test(nxw) && !startsUpper(nx.text)) && !isNumberWord(nxw);
      if (!nounNext || c >= 3) return /(?:ed|ing)$/.test(w) && c === 0 ? null : { head: j, start, end: j + 1 };
    }
  }
  return null;
}

/**
 * The parallel count a bare number leaves its noun to: "21 cells were dismantled in 2015 and 19 in
 * 2016", "548 people (275 in 2015 and 273 in 2016)", "Of the 47 suspects, 39 came ...". The bare
 * number must follow a coordinator ("and", "or", "but", "while", "against", "compared with") or
 * stand right after the parallel's noun phrase behind "(" or ",", with no other quantity between.
 */
export function parallelCount(ctx: Ctx, records: readonly Rec[], start: number, sentence: number, bareOne: boolean, others: boolean): Rec | null {
  const { lw, isWordTok } = ctx;
  const m = modifierBefore(ctx, start);
  const prev = (m ? m.start : start) - 1;
  const pw = lw(prev);
  let ri = records.length - 1;
  while (ri >= 0 && records[ri]!.q.kind === "ordinal" && records[ri]!.q.sentence === sentence) ri--;
  const r = records[ri];
  if (!r || r.q.sentence !== sentence || r.q.kind !== "count" || start - r.endTok > 24 || r.tail > prev + 1) return null;
  // "hundreds of bodies ... but thousands more": a vague magnitude's noun carries too
  if (!(r.countBasis === "noun" || r.countBasis === "ellipsis" || (bareOne && r.countBasis === "bare") || (r.rule === "vague" && r.q.counted && others))) return null;
  if (!bareOne && !r.q.counted) return null;
  // "killing 60 civilians and injuring 200 others"
  if (others || ((pw === "with" || pw === "to") && lw(prev - 1) === "compared")) return r;
  // a tally: "by 145 votes to one", "won 12 seats to 8"
  if (pw === "to" && r.tail === prev) return r;
  if (pw === "(" || pw === ",") {
    // right after the parallel's noun phrase: "548 people (275 ...", "Of the 47 suspects, 39 ..."
    if (r.tail === prev) return r;
    // a fronted partitive: "Out of the 2,963 individuals arrested, 277 ...", "Among the 40 held last week, 12 ..."
    // (the words between may be a reduced relative with its date: "Among the 47 people arrested in 2016, 39 came")
    if (pw === "," && prev - r.tail <= 8) {
      let b = r.startTok - 1;
      if (PARTITIVE_DET.has(lw(b))) b--;
      if (lw(b) === "of" || lw(b) === "among" || lw(b) === "amongst") {
        let plain = true;
        for (let z = r.tail; z < prev; z++) if (!(isWordTok(z) || ctx.inDate[z])) plain = false;
        if (plain) return r;
      }
    }
    // a parallel phrase: "40 people in Rabat, 12 in Fes"
    const after = lw(r.tail);
    return pw === "," && after === lw(r.endTok === r.tail ? start + 1 : start + 1) && PREPOSITIONS.has(after) ? r : null;
  }
  // an elaboration after a colon: "3 people have been arrested: 2 attempted to travel to Libya and one ..."
  if (pw === ":") return r;
  // or after a dash right after the parallel's noun phrase: "Three people - two in Britain and one in Australia"
  if ((pw === "-" || pw === "–" || pw === "—") && r.tail === prev) return r;
  return ELLIPSIS_COORD.has(pw) ? r : null;
}

/** Pronouns after "N of" that stand for an earlier count's noun ("46 of which", "12 of whom", "3 of them"). */
const RELATIVE_OF: ReadonlySet<string> = new Set(["which", "whom", "them", "those", "these"]);

/** The counted noun of an accepted number, or null when the number is a pronoun or an adverb (skip it). */
export function readCounted(ctx: Ctx, records: readonly Rec[], t: Token, a: Atom, rangeB: Atom | null, rangeEnd: number, kindBase: Kind) {
  const { lw, isDigitTok } = ctx;
  // ---- counted noun
  let counted: { head: number; start: number; end: number } | null = null;
  if (kindBase === "count" || kindBase === "ordinal") {
    if (a.compoundNoun || a.score !== undefined) {
      counted = null;
    } else {
      const v = rangeB ? rangeB.value : a.value;
      counted = countedAfter(ctx, rangeEnd, a.fraction ? 2 : a.vague ? 100 : v, a.ordinal);
    }
  }
  // "26 of 37 points", "39 out of 325 seats", "seven of the nine candidates": the first number counts the noun too
  if (kindBase === "count" && !counted && !a.compoundNoun && a.score === undefined && !a.fraction && !a.vague && !a.unitKind && !a.currency && !rangeB && !a.bareOne) {
    let j = rangeEnd;
    if (lw(j) === "out" && lw(j + 1) === "of") j += 2;
    else if (lw(j) === "of") j++;
    else j = -1;
    if (j > 0) {
      if (PARTITIVE_DET.has(lw(j))) j++;
      const m = numberAt(ctx, j, false);
      if (m && !m.ordinal && !m.fraction && m.value > a.value) counted = countedAfter(ctx, m.end, m.value, false);
    }
  }
  // a bare count that leaves its noun to a parallel count in the same clause
  let parallel: Rec | null = null;
  if (kindBase === "count" && !counted && !a.compoundNoun && a.score === undefined && !a.fraction && !a.unitKind && !a.currency) {
    // "8 others", "30 more", "46 of which", "12 of whom": the number stands for a part of an earlier count
    const part = lw(rangeEnd) === "others" || lw(rangeEnd) === "more" || (lw(rangeEnd) === "of" && RELATIVE_OF.has(lw(rangeEnd + 1)));
    parallel = parallelCount(ctx, records, a.start, t.sentence, a.bareOne && !rangeB, !a.bareOne && part);
  }
  // "one of the largest cities", "one of five gang members": a count of 1 of the plural noun
  if (a.bareOne && !rangeB && !a.unitKind && lw(a.end) === "of" && kindBase === "count") {
    const pn = oneOfNoun(ctx, a.end + 1);
    return pn ? { counted: pn, parallel: null } : null;
  }
  // the bare object of a victim verb: "killed 11 soldiers and wounded 60" (soldier), "the blast killed 12" (person)
  if (kindBase === "count" && !counted && !parallel && !a.compoundNoun && a.score === undefined && !a.fraction && !a.unitKind && !a.currency && !a.bareOne && !rangeB) {
    const m = modifierBefore(ctx, a.start);
    const pv = (m ? m.start : a.start) - 1;
    if (ctx.lex.victimVerbs.has(lw(pv)) && !isNumberWord(lw(a.end)) && lw(a.end) !== "of") {
      for (let ri = records.length - 1; ri >= 0; ri--) {
        const r = records[ri]!;
        if (r.q.sentence !== t.sentence || a.start - r.endTok > 30) break;
        if ((r.q.kind === "count") && r.q.counted && r.q.counted !== "time") {
          parallel = r;
          break;
        }
      }
      if (!parallel) a.implied = "person";
    }
  }
  // a bare count in a state of people: "left millions homeless", "left nearly three million without shelter"
  if (kindBase === "count" && !counted && !parallel && !a.compoundNoun && a.score === undefined && !a.fraction && !a.unitKind && !a.currency && !a.bareOne && !a.implied &&
    ctx.lex.stateWords.has(lw(rangeEnd))) a.implied = "person";
  if (a.bareOne && !rangeB && !a.unitKind) {
    const nx = lw(a.end);
    const pv = lw(a.start - 1);
    if (counted) {
      if (ONE_NOT_COUNT.has(nx) || ONE_NOT_AFTER.has(pv)) return null;
      // "from one village to another", "one after the other"
      const ce = counted.end;
      if ((lw(ce) === "to" || lw(ce) === "or" || lw(ce) === "after") && (lw(ce + 1) === "another" || (lw(ce + 1) === "the" && lw(ce + 2) === "other"))) return null;
    } else if (!parallel || ONE_NOT_ELLIPSIS.has(nx) || ONE_NOT_AFTER.has(pv)) return null;
  }
  if (a.ordinal && !counted && !isDigitTok(a.start)) {
    // "at first", "First, ...", "second, ..." are adverbs, not ranks
    if (lw(a.start - 1) === "at" || lw(a.end) === "," || lw(a.end) === "of" || lw(a.start - 1) === "a") return null;
  }
  return { counted, parallel };
}

/** The plural noun after "one of": determiners, a possessive name, adjectives and a number may stand between (phrases.json oneOfSkip). */
function oneOfNoun(ctx: Ctx, k: number): { head: number; start: number; end: number } | null {
  const { tokens, n, inDate, tok, sameSentence, lw, lex, capitalised } = ctx;
  let start = -1;
  for (let j = k; j < k + 8 && j < n && sameSentence(j, k); j++) {
    const t = tokens[j]!;
    const w = lw(j);
    if (lex.oneOfSkip.has(w) || t.kind === "number" || isNumberWord(w)) continue;
    if ((w === "'s" || w === "’s") && capitalised(j - 1)) continue;
    if (t.kind !== "word" || inDate[j] || (STOP.has(w) && !lex.oneOfSkip.has(w)) || IRREGULAR_PAST.has(w)) return null;
    if (start < 0) start = j;
    // a name before "'s" ("northeast China's largest cities")
    if (tok(j + 1) && (lw(j + 1) === "'s" || lw(j + 1) === "’s")) {
      start = -1;
      continue;
    }
    if (isPluralNoun(t.text) && !(tok(j + 1)?.kind === "word" && isPluralNoun(tok(j + 1)!.text) && !STOP.has(lw(j + 1)))) return { head: j, start, end: j + 1 };
  }
  return null;
}
