import type { Ctx } from "./context.js";
import type { Token } from "../../document/types.js";
import type { Change, Kind, RangeKind, Rec } from "./types.js";
import { isPluralNoun } from "./lemma.js";
import { CHANGE_BEFORE, CHANGE_NOUNS, LEVEL_VERBS, STOP } from "./words.js";

/** How a rule found the concept; the parse replaces "rule" concepts when it names one. */
export type ConceptFrom = "verb" | "level" | "rule" | null;

/** The concept a quantity measures: the noun phrase before its verb, "of" phrase or level verb. */
export const PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "who", "there", "what", "one"]);

export const QUANT_NOUNS_BEFORE_OF = new Set(["total", "number", "maximum", "minimum", "average", "sum", "figure", "tally", "out", "one", "some", "all", "most", "many", "each", "none", "any", "both", "group", "list", "majority", "minority", "percent", "proportion", "share", "part", "half", "age", "ages", "period", "span", "distance", "range", "height", "depth", "length", "weight", "speed", "rate", "toll", "increase", "rise", "drop", "fall", "decline", "cut", "loss", "gain", "growth", "jump", "reduction", "decrease", "surge", "hike"]);

/** Verbs before "N% higher/lower" whose subject is the concept. */
export const CLOSE_VERBS: ReadonlySet<string> = new Set([
  "closed", "ended", "finished", "opened", "traded", "settled", "was", "were", "is", "are", "stood", "stands", "came", "ends", "closes",
]);

export const AUX: ReadonlySet<string> = new Set(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might", "should", "shall", "can", "also", "not", "n't", "n’t", "to", "reportedly", "sharply", "slightly", "further"]);

/** The noun phrase ending at token e (inclusive), read backwards: "the Nasdaq", "unemployment", "price of oil". */
export function phraseBefore(ctx: Ctx, e: number, limit: number): { start: number; end: number } | null {
  const { tokens, sameSentence, lw, isWordTok } = ctx;
  let j = e;
  let s = -1;
  for (let c = 0; c < 6 && j >= limit && j >= 0 && sameSentence(j, e); c++, j--) {
    const t = tokens[j]!;
    const w = lw(j);
    if ((w === "of" || w === "'s" || w === "’s" || w === "in") && s !== -1 && j - 1 >= 0 && isWordTok(j - 1) && !STOP.has(lw(j - 1))) continue;
    if (t.kind !== "word" || STOP.has(w) || /ly$/.test(w) || CHANGE_BEFORE.has(w) || LEVEL_VERBS.has(w)) break;
    s = j;
  }
  if (s === -1) return null;
  if (s === e && PRONOUNS.has(lw(e))) return null;
  return { start: s, end: e + 1 };
}

/** The concept of an accepted number; may also set the change carried over from the previous record ("fell 3% to $45"). */
export function readConcept(
  ctx: Ctx, records: readonly Rec[], t: Token, kindBase: Kind, startTok: number, counted: { head: number; start: number; end: number } | null,
  rangeKind: RangeKind | null, verb: number, objectPhrase: { start: number; end: number } | null, postNoun: number, modStart: number, change: Change,
) {
  const { tokens, n, sameSentence, lw, isWordTok, sliceText } = ctx;
  // ---- concept
  let concept: string | undefined;
  /** where the concept came from: a change verb's subject or object, the change a level follows, another rule */
  let conceptFrom: ConceptFrom = null;
  if (kindBase !== "ordinal") {
    let ph: { start: number; end: number } | null = null;
    if (verb >= 0) {
      let e = verb - 1;
      while (e >= 0 && /ly$/.test(lw(e))) e--;
      while (e >= 0 && AUX.has(lw(e))) e--;
      ph = objectPhrase ?? phraseBefore(ctx, e, 0);
    } else {
      const b = modStart >= 0 ? modStart - 1 : rangeKind === "between" || rangeKind === "from" ? startTok - 2 : startTok - 1;
      if (lw(b) === "of" && (!QUANT_NOUNS_BEFORE_OF.has(lw(b - 1)) || ctx.lex.levelNouns.has(lw(b - 1))) && kindBase !== "count") ph = phraseBefore(ctx, b - 1, 0);
      else if (lw(b) === "of" && CHANGE_NOUNS.has(lw(b - 1))) {
        change = CHANGE_NOUNS.get(lw(b - 1))!;
        modStart = b - 1;
        if (lw(b - 2) === "an" || lw(b - 2) === "a") modStart = b - 2;
        const bb = modStart - 1;
        if (lw(bb) === "in" || lw(bb) === "of") ph = phraseBefore(ctx, bb - 1, 0);
      } else if (kindBase !== "count" || !counted) {
        let e = b;
        if (lw(e) === "at") e--;
        if (LEVEL_VERBS.has(lw(e))) {
          if (lw(e) === "to") e--;
          e--;
          while (e >= 0 && AUX.has(lw(e))) e--;
          ph = phraseBefore(ctx, e, 0);
        } else if ((lw(e) === "to" || lw(e) === "by") && (lw(e - 1) === "amounted" || lw(e - 1) === "came" || lw(e - 1) === "amounts")) {
          ph = phraseBefore(ctx, e - 2, 0);
        }
      }
      if (!ph && postNoun >= 0 && modStart === -1 && CLOSE_VERBS.has(lw(startTok - 1))) {
        // "the index closed 0.8% higher", "shares were 3% lower"
        let e = startTok - 2;
        while (e >= 0 && AUX.has(lw(e))) e--;
        ph = phraseBefore(ctx, e, 0);
      }
      if (!ph && postNoun >= 0 && (lw(postNoun + 1) === "in" || lw(postNoun + 1) === "of")) {
        const s = postNoun + 2 + (lw(postNoun + 2) === "the" ? 1 : 0);
        let e = s;
        while (e < n && sameSentence(e, s) && isWordTok(e) && !STOP.has(lw(e)) && !LEVEL_VERBS.has(lw(e)) && !CHANGE_BEFORE.has(lw(e)) && e < s + 3) {
          e++;
          if (isPluralNoun(tokens[e - 1]!.text)) break;
        }
        if (e > s) ph = { start: s, end: e };
      }
    }
    if (ph) {
      concept = sliceText(ph.start, ph.end);
      conceptFrom = verb >= 0 ? "verb" : "rule";
    }
    // the level after a change: "fell 3% to $45 a barrel", "closed 0.8% higher at 7,300 points"
    const pv = lw(startTok - 1);
    const r = records[records.length - 1];
    if (!concept && verb === -1 && modStart === -1 && postNoun === -1 && (pv === "to" || pv === "at") && r && r.q.sentence === t.sentence &&
      (r.endTok === startTok - 1 || (r.endTok === startTok - 2 && /^(?:higher|lower|up|down)$/.test(lw(startTok - 2))))) {
      if (r.q.concept) {
        concept = r.q.concept;
        conceptFrom = "level";
      }
      if (pv === "to" && (r.q.change === "up" || r.q.change === "down")) {
        change = r.q.change;
        modStart = startTok - 1;
      }
    }
  }
  return { concept, conceptFrom, change, modStart };
}
