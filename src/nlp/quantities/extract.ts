import type { Token } from "../../document/types.js";
import type { Quantity } from "../../schema/quantity.js";
import type { Lexicon } from "./lexicon.js";
import { FRACTION_WORDS, ORDINAL_WORDS, UNICODE_FRACTIONS, TENS, UNITS, VAGUE_PLURALS, VAGUE_QUANTIFIERS, WORD_SCALES } from "./numbers.js";
import type { DateSpan, Kind, Rec } from "./types.js";
import { createContext } from "./context.js";
import { atomAt, isSign } from "./atoms.js";
import { readRange } from "./ranges.js";
import { refused } from "./negatives.js";
import { readCounted } from "./counted.js";
import { readChange } from "./modifiers.js";
import { readConcept } from "./concept.js";
import { pushRecord } from "./record.js";
import { linkTimes } from "./time-link.js";
import { readConcepts } from "./concepts.js";
import { coordinatedAfter } from "./coordination.js";
import type { Ctx } from "./context.js";
import { BOUNDS_AFTER } from "./words.js";
import { readAge } from "./age.js";
import { baseOf } from "./base.js";
import { singularize } from "./lemma.js";
import type { SyntaxLayer } from "../../document/syntax-layer.js";

export type { DateSpan } from "./types.js";

/**
 * Finds quantities over the tokens of one document. Pure: tables come compiled in `lex`;
 * `dates` are the dates layer's spans (numbers inside them are never quantities).
 */
export function extractQuantities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
  dates: readonly DateSpan[],
  lex: Lexicon,
  /** the syntax stage's parse, when it ran: concepts from the dependency tree */
  syn?: SyntaxLayer,
  /** durations and ages as quantities ("for 15 years", "aged 29", "a 37-year-old") */
  durations = false,
  /** the character spans of people's names, when the entities layer ran ("Thomas Sam, 42,": an age) */
  people: readonly { start: number; end: number }[] = [],
): Quantity[] {
  const ctx = createContext(text, tokens, dates, lex, durations, people);
  const { n, inDate, blocked, tok, glued, lw, sentStart } = ctx;
  const out: Quantity[] = [];
  const records: Rec[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (blocked[i] || inDate[i]) continue;
    if (t.kind === "punct" && !isSign(ctx, i)) continue;
    if (t.kind === "word") {
      const tx = t.text;
      if (!STARTERS_CASED.has(tx) && !isSign(ctx, i) && !lex.currencyCodes.has(tx) && !lex.letterPrefixes.has(tx) && !(glued(i + 1) && tokens[i + 1]!.kind === "symbol") && !(tokens[i + 1]?.text === "$" && lex.dollarPrefixes.has(lw(i)))) {
        const dash = tx.indexOf("-");
        if (dash < 0) {
          const last = tx.charCodeAt(tx.length - 1);
          if (last < 48 || last > 57 || !lex.prefixFirst.has(tx.charCodeAt(0)) || !lex.letterPrefixRe.test(tx)) continue;
        } else if (!STARTERS.has(lw(i).slice(0, dash))) continue;
      }
      const w = lw(i);
      if ((w === "a" || w === "an") && tok(i + 1)?.text !== "$" && !WORD_SCALES.has(lw(i + 1)) && !FRACTION_WORDS.has(lw(i + 1)) && lw(i + 1) !== "few" && lw(i + 1) !== "couple") continue;
    } else if (t.kind === "symbol" && !lex.currencySymbols.has(t.text) && !isSign(ctx, i)) continue;
    const a = atomAt(ctx, i);
    if (!a) continue;
    if (a.end <= i) continue;
    const score = ctx.scores.get(a.numStart);
    if (score !== undefined) a.score = score;
    if (durations) readAge(ctx, a);
    const range = readRange(ctx, a);
    if (range === null) continue;
    const { rangeB, rangeKind } = range;
    let { rangeEnd } = range;
    // "25,000 or more jobs", "aged 65 and over": an open bound after the number
    const boundAfter = rangeB || a.ordinal || a.fraction || a.vague || !ctx.sameSentence(rangeEnd + 1, a.start) ? undefined : BOUNDS_AFTER.get(`${lw(rangeEnd)} ${lw(rangeEnd + 1)}`);
    if (boundAfter !== undefined) rangeEnd += 2;
    const rangeEndsYear = rangeB && rangeB.digits && /^\d{4}$/.test(rangeB.digits) && a.digits && /^\d{4}$/.test(a.digits);
    if (rangeEndsYear) {
      blocked[rangeB!.numStart] = 1;
      i = rangeB!.end - 1;
      continue;
    }
    // "One day he left", "and one day ...": an adverb, not a duration
    if (a.bareOne && a.unit === "day" && a.end === a.numEnd + 1 && (sentStart(a.start) || ONE_DAY_BEFORE.has(lw(a.start - 1))) && !DURATION_AFTER.has(lw(a.end))) {
      i = a.end - 1;
      continue;
    }
    if (refused(ctx, a)) {
      if (rangeB) blocked[rangeB.numStart] = 1;
      i = Math.max(i, a.numEnd - 1);
      continue;
    }
    const kindBase: Kind = a.ordinal ? "ordinal" : a.unitKind === "money" ? "money" : a.unitKind === "percent" ? "percent" : a.unitKind === "measure" ? "measure" : "count";
    const cn = readCounted(ctx, records, t, a, rangeB, rangeEnd, kindBase);
    if (cn === null) continue;
    const { counted, parallel } = cn;
    const startTok = a.start;
    const ch = readChange(ctx, a, startTok, rangeKind, rangeEnd, kindBase);
    const { verb, objectPhrase, postNoun } = ch;
    const cc = readConcept(ctx, records, t, kindBase, startTok, counted, rangeKind, verb, objectPhrase, postNoun, ch.modStart, ch.change);
    // a score or tally is a level, whatever verb comes before it ("lost 1-2")
    if (a.score !== undefined) cc.change = "=";
    // the bound wins over a change verb, as a bound before the number does ("cut 25,000 or more jobs" is >=)
    else if (boundAfter !== undefined) cc.change = boundAfter;
    const endTok = pushRecord(ctx, records, {
      token: t,
      atom: a,
      rangeB,
      rangeKind,
      rangeEnd,
      startTok,
      kind: kindBase,
      counted,
      parallel,
      change: cc.change,
      modStart: cc.modStart,
      postNoun,
      concept: cc.concept,
      conceptFrom: cc.conceptFrom,
    });
    i = endTok - 1;
  }
  if (syn) {
    nummodCounted(ctx, records, syn);
    compoundCounted(records, syn);
    numberOfCounted(records, syn);
  }
  shareUnits(ctx, records);
  restatedUnits(ctx, records);
  shareChanges(ctx, records, syn);
  readConcepts(ctx, records, syn);
  for (const r of records) {
    const base = baseOf(r.q, lex.baseUnits, lex.minorFactors);
    if (base) r.q.base = base;
    out.push({ id: "", ...r.q });
  }
  // ---- time: the date that scopes each quantity in its sentence
  if (dates.length > 0 && out.length > 0) {
    linkTimes(out, dates, sentences);
  }
  out.forEach((q, k) => (q.id = `Q${k + 1}`));
  return out;
}

/** Words that can open a number: number words, ordinals, fractions, vague magnitudes. */
const STARTERS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TENS.keys(), ...ORDINAL_WORDS, ...VAGUE_PLURALS.keys(), ...VAGUE_QUANTIFIERS.keys(), "a", "an", "half", "twice", "thrice", ...UNICODE_FRACTIONS.keys(),
]);

/** The starters as they may be written: lower case, Capitalised, UPPER CASE. */
const STARTERS_CASED: ReadonlySet<string> = new Set(
  [...STARTERS].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]),
);

/** "one day after it reported", "one day later": a length of time after all */
const DURATION_AFTER: ReadonlySet<string> = new Set(["after", "before", "later", "earlier", "ago"]);
const ONE_DAY_BEFORE: ReadonlySet<string> = new Set(["and", "but", ",", "that", "then", "until", "till", "so", "maybe", "perhaps", "hope", "hopes", "might", "will", "would", "could", "may"]);

/**
 * A plain quantity coordinated with a change of the same kind shares its direction: "up 5 and 6 percent",
 * "cut GDP by 0.9% in 2008 and 5.2% in 2009", "increase by either 49 percent or by 27 percent". Coordinated:
 * "and"/"or"/"," (then "by") before it, at most six tokens after the change and no verb between (the parse's
 * part of speech when it ran).
 */
function shareChanges(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer | undefined): void {
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (r.q.change !== "=" || r.q.modifier !== undefined || r.q.kind === "ordinal" || r.q.kind === "count") continue;
    if (p.q.sentence !== r.q.sentence || (p.q.change !== "up" && p.q.change !== "down") || p.q.kind !== r.q.kind) continue;
    if (coordinatedAfter(ctx, p, r, syn, true)) r.q.change = p.q.change;
  }
}

/**
 * A bare number coordinated right before a number with a percent or measure unit takes that unit: "up 5 and
 * 6 percent", "3, 4 or 5 km", "rose from 5 to 7 percent" (a unit written once for a list; money keeps its own prefix rule).
 */
function shareUnits(ctx: Ctx, records: Rec[]): void {
  const { lw } = ctx;
  for (let k = records.length - 2; k >= 0; k--) {
    const r = records[k]!;
    const nx = records[k + 1]!;
    if (r.q.kind !== "count" || r.q.counted !== undefined || r.q.unit !== undefined || r.rule !== "count" || r.q.value === null) continue;
    if (nx.q.sentence !== r.q.sentence || (nx.q.kind !== "percent" && nx.q.kind !== "measure") || nx.q.unit === undefined) continue;
    const w = lw(r.endTok);
    const fromTo = w === "to" && lw(r.startTok - 1) === "from";
    if (nx.startTok !== r.endTok + 1 || (w !== "and" && w !== "or" && w !== "," && !fromTo)) continue;
    r.q.kind = nx.q.kind;
    r.q.unit = nx.q.unit;
    r.q.source = nx.q.source;
  }
}

/** A bare number in parentheses right after a quantity restates it in its unit: "almost one percentage point (0.8)". */
function restatedUnits(ctx: Ctx, records: Rec[]): void {
  const { lw } = ctx;
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (r.q.kind !== "count" || r.q.counted !== undefined || r.q.unit !== undefined || r.rule !== "count" || p.q.unit === undefined || p.q.kind === "count") continue;
    if (p.q.sentence !== r.q.sentence || lw(p.endTok) !== "(" || r.startTok !== p.endTok + 1 || lw(r.endTok) !== ")") continue;
    r.q.kind = p.q.kind;
    r.q.unit = p.q.unit;
    r.q.source = p.q.source;
  }
}

/**
 * A counted noun keeps the nouns compounded with it in the parse: "two commuter buses" -> "commuter bus",
 * "three oil wells" -> "oil well" (adjectives stay out: "40 terrorist cells" -> "cell" when the parse reads
 * "terrorist" as an adjective).
 */
function compoundCounted(records: readonly Rec[], syn: SyntaxLayer): void {
  for (const r of records) {
    if (r.countBasis !== "noun" || r.q.counted === undefined) continue;
    const head = r.tail - 1;
    let first = head;
    while (first - 1 >= r.endTok && syn.head[first - 1] === head && syn.rel(first - 1) === "compound" && syn.upos[first - 1] === "NOUN") first--;
    if (first === head) continue;
    const mods: string[] = [];
    for (let k = first; k < head; k++) mods.push(syn.lemma[k]!.toLowerCase());
    r.q.counted = `${mods.join(" ")} ${r.q.counted}`;
  }
}

/**
 * A bare count that the parse reads as the number of a noun the word rules could not reach ("17 African and Latin
 * American countries": the coordination stops the words) counts that noun: the noun it is the nummod of, at most six
 * tokens on, with only its modifiers between.
 */
function nummodCounted(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer): void {
  for (const r of records) {
    if (r.q.kind !== "count" || r.q.counted !== undefined || r.countBasis !== "bare" || r.q.unit !== undefined) continue;
    const h = r.endTok - 1;
    const H = syn.head[h]!;
    if (syn.rel(h) !== "nummod" || H <= h || H - h > 6 || syn.upos[H] !== "NOUN" || ctx.inDate[H] || ctx.blocked[H]) continue;
    let plain = true;
    for (let z = h + 1; z < H; z++) if (!MODIFIER_POS.has(syn.upos[z]!) || ctx.inDate[z]) plain = false;
    if (!plain) continue;
    r.q.counted = singularize(syn.tokens[H]!.text.toLowerCase(), false);
    r.q.countedText = ctx.text.slice(syn.tokens[h + 1]!.start, syn.tokens[H]!.end);
  }
}
const MODIFIER_POS: ReadonlySet<string> = new Set(["ADJ", "NOUN", "PROPN", "CCONJ", "ADV"]);

/** Subjects that name a count of something: "the number of AIDS cases", "the count of ballots". */
const COUNT_SUBJECTS: ReadonlySet<string> = new Set(["number", "count"]);

/**
 * A bare number that is the level or change of "the number of X" counts X: "the number of AIDS cases
 * dropped from 56 in 2003 to 49" (56 and 49 count cases), "the number of piracy incidents jumped to 35,
 * up from just two". From the parse: the number's governing verb (up to three heads up) has a subject
 * "number"/"count" with an "of" complement.
 */
function numberOfCounted(records: readonly Rec[], syn: SyntaxLayer): void {
  for (const r of records) {
    if (r.q.kind !== "count" || r.q.counted !== undefined || (r.countBasis !== "bare" && r.countBasis !== "ellipsis")) continue;
    let v = syn.head[r.endTok - 1]!;
    for (let up = 0; up < 3 && v >= 0 && syn.upos[v] !== "VERB"; up++) v = syn.head[v]!;
    if (v < 0 || syn.upos[v] !== "VERB") continue;
    // the subject; a verb the parse hung under the subject as a reduced relative ("the number ... jumped": acl) counts too
    let subj = syn.child(v, "nsubj");
    if (subj < 0 && syn.rel(v) === "acl") subj = syn.head[v]!;
    if (subj < 0) continue;
    let x = -1;
    if (COUNT_SUBJECTS.has(syn.lemma[subj]!.toLowerCase())) x = syn.child(subj, "nmod");
    else if (syn.head[subj]! >= 0 && COUNT_SUBJECTS.has(syn.lemma[syn.head[subj]!]!.toLowerCase())) x = subj;
    if (x < 0 || syn.rel(x) !== "nmod" || syn.upos[x] !== "NOUN") continue;
    const of = syn.child(x, "case");
    if (of < 0 || syn.lemma[of]!.toLowerCase() !== "of") continue;
    r.q.counted = singularize(syn.tokens[x]!.text.toLowerCase(), false);
  }
}

