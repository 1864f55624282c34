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
import { attachedConcept, changeNounConcept, conceptFromParse, nounBeforeOf, respectiveConcepts, scoreSides, spanHead, type ConceptCx } from "./concept-parse.js";
import type { Ctx } from "./context.js";
import { BOUNDS_AFTER, CHANGE_BEFORE as CHANGE_WORDS } from "./words.js";
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
    compoundCounted(records, syn);
    numberOfCounted(records, syn);
  }
  shareUnits(ctx, records);
  shareChanges(ctx, records, syn);
  const cx = conceptCx(text, records, syn, ctx.inDate);
  fillConcepts(cx, records, syn, ctx.inDate);
  shareConcepts(ctx, records);
  shareCoordinatedConcepts(ctx, records, syn);
  shareModifierNoun(ctx, records);
  if (syn) {
    scoreConcepts(ctx, records, syn, cx);
    respectively(ctx, records, syn, cx);
  }
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

/** The concept readers' view: the text and, with a parse, which quantity owns each token. */
function conceptCx(text: string, records: readonly Rec[], syn: SyntaxLayer | undefined, dates: Uint8Array): ConceptCx {
  if (!syn) return { text };
  const owner = new Int32Array(syn.tokens.length).fill(-1);
  records.forEach((r, k) => {
    if (r.q.kind !== "ordinal") owner.fill(k, r.startTok, Math.min(r.tail, owner.length));
  });
  return { text, owner, dates, conceptOf: (k) => records[k]!.q.concept };
}

/**
 * Concepts the rules did not find: a count's own noun phrase ("14 people" -> "people"), a parallel
 * count's ("1,200 people in Lebanon and 160 in Israel": 160 -> "people"), else the parse's.
 */
function fillConcepts(cx: ConceptCx, records: readonly Rec[], syn: SyntaxLayer | undefined, inDate: Uint8Array): void {
  let prev: Rec | null = null;
  for (const r of records) {
    const q = r.q;
    // a part of "them" / "these" is a part of the count before it: "killed 230,000 people, half of them in Aceh"
    if (syn && (q.kind === "percent" || q.unit === "fraction") && prev && prev.q.sentence === q.sentence && prev.q.kind === "count" &&
      r.tail + 1 < syn.tokens.length && syn.tokens[r.tail]!.text.toLowerCase() === "of" && PARTITIVE_PRONOUNS.has(syn.tokens[r.tail + 1]!.text.toLowerCase())) {
      const c = prev.q.concept ?? prev.q.countedText;
      if (c !== undefined) {
        q.concept = c;
        r.conceptFrom = "parse";
        prev = r;
        continue;
      }
    }
    if (syn && q.kind !== "ordinal") {
      // the quantity's own attachment decides first: "60% of X", "a 543-member parliament", a duration adjunct
      const at = attachedConcept(syn, cx, r.startTok, r.tail, q.kind, q.unit, inDate, r.compound);
      if (at) {
        let c = at.concept;
        if (at.changeNoun !== undefined) c = changeNounConcept(syn, cx, at.changeNoun, r.startTok, r.tail) ?? conceptAt(syn, cx, records, r, at.changeNoun);
        if (c !== undefined) q.concept = c;
        else delete q.concept;
        r.conceptFrom = "parse";
        prev = r;
        continue;
      }
    }
    // a count of a noun counts that noun, whatever verb it is the object of ("the company cut 1,000 jobs" -> jobs;
    // not the level a change reaches: "sales quadrupled to 2 million units" measures sales)
    if (syn && q.kind === "count" && q.countedText !== undefined && r.countBasis === "noun" && r.conceptFrom === "verb" && syn.deprel[spanHead(syn, r.startTok, r.tail)] === "obj") {
      q.concept = q.countedText;
      prev = r;
      continue;
    }
    if (syn && q.kind !== "ordinal" && (r.conceptFrom === "rule" || r.conceptFrom === "verb")) {
      // the parse reads "of" phrases, level verbs and modified nouns better than the word rules
      const c = conceptFromParse(syn, cx, r.startTok, r.tail, true, q.kind === "money");
      if (c !== undefined) q.concept = c;
    }
    if (q.kind !== "ordinal" && q.concept === undefined) {
      if (q.kind === "count" && q.countedText !== undefined) q.concept = q.countedText;
      else if (r.countBasis === "ellipsis" && prev && prev.q.sentence === q.sentence && prev.q.concept !== undefined) q.concept = prev.q.concept;
      else if (syn) {
        const c = conceptFromParse(syn, cx, r.startTok, r.tail, true, q.kind === "money");
        if (c !== undefined) q.concept = c;
      }
    }
    if (q.kind !== "ordinal") prev = r;
  }
}

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
 * A change coordinated after a change of the same kind measures the same thing: "cut Danish GDP by 0.9% in 2008
 * and 5.2% in 2009" (5.2% -> Danish GDP). The same coordination as shareChanges, for a quantity left without a concept.
 */
function shareCoordinatedConcepts(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer | undefined): void {
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (r.q.concept !== undefined || p.q.concept === undefined || r.q.kind === "ordinal" || r.q.kind === "count") continue;
    if (p.q.sentence !== r.q.sentence || p.q.kind !== r.q.kind || (r.q.change !== "up" && r.q.change !== "down") || r.q.change !== p.q.change) continue;
    if (coordinatedAfter(ctx, p, r, syn, false)) r.q.concept = p.q.concept;
  }
}

/**
 * Each number of a score names its side when the score belongs to a verb with an opponent ("Sweden beat
 * Chile 3-0": 3 -> Sweden, 0 -> Chile; "lost 1-2 to England": 2 -> England); else the second shares the
 * first number's concept when the score belongs to a noun ("a 36-36 tie", "a vote of 59 to 40") or is a tally
 * of votes ("lawmakers voted 350-58"); a game's score without an opponent ("England won 2-1") names no second side.
 */
function scoreConcepts(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer, cx: ConceptCx): void {
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (p.q.sentence !== r.q.sentence || !ctx.scores.has(p.startTok) || !ctx.scores.has(r.startTok) || r.startTok - p.endTok > 1) continue;
    if (r.q.concept !== undefined && r.conceptFrom === "parse") continue;
    if (p.q.concept === undefined) {
      const of = nounBeforeOf(syn, cx, p.startTok, p.endTok);
      if (of !== undefined) p.q.concept = of;
    }
    const sides = scoreSides(syn, cx, p.startTok, p.endTok);
    if (sides && sides.second !== undefined) {
      // the first side is the subject; a subject the parse cannot name ("which beat Chile 3-0") is none, never the opponent
      // (a game that ended with the score owns both: "the first half ended 1-1")
      if (sides.first !== undefined) p.q.concept = sides.first;
      else if (p.q.concept === sides.second) delete p.q.concept;
      r.q.concept = sides.second;
    } else if (p.q.concept !== undefined && (!sides || ctx.scores.get(p.startTok) !== "")) r.q.concept = p.q.concept;
    k++;
  }
}

/**
 * Modifiers coordinated before one noun share it: "the 25-meter-high, 150-meter-long dam", "a five-year, $250
 * million contract" (the first written as a hyphen compound, a comma, then the quantity whose own attachment named the noun).
 */
function shareModifierNoun(ctx: Ctx, records: readonly Rec[]): void {
  const { lw, tokens } = ctx;
  for (let k = records.length - 2; k >= 0; k--) {
    const r = records[k]!;
    const nx = records[k + 1]!;
    if ((r.q.concept !== undefined && r.conceptFrom === "parse") || r.q.kind === "ordinal" || nx.q.sentence !== r.q.sentence || nx.q.concept === undefined) continue;
    if (lw(r.endTok) !== "," || nx.startTok !== r.endTok + 1) continue;
    // one of the two written as a hyphen compound before the noun ("a $1.27 billion, 27-month agreement")
    const compound = (q: Rec) => tokens[q.endTok - 1]!.text.includes("-") || lw(q.endTok - 2) === "-";
    if (!compound(r) && !(compound(nx) && nx.conceptFrom === "parse")) continue;
    r.q.concept = nx.q.concept;
  }
}

/** Coordinated quantities followed by "respectively" take the coordinated nouns before them in order. */
function respectively(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer, cx: ConceptCx): void {
  const { lw } = ctx;
  for (let k = 1; k < records.length; k++) {
    const last = records[k]!;
    if (lw(last.endTok) !== "respectively" && !(lw(last.endTok) === "," && lw(last.endTok + 1) === "respectively")) continue;
    // the run of quantities joined by "," / "and" / "or" that ends here
    let j = k;
    while (j > 0) {
      const p = records[j - 1]!;
      const gap = last.q.sentence === p.q.sentence ? records[j]!.startTok - p.endTok : 99;
      const w = lw(p.endTok);
      if (gap < 1 || gap > 2 || (w !== "," && w !== "and" && w !== "or")) break;
      j--;
    }
    const n = k - j + 1;
    if (n < 2) continue;
    const names = respectiveConcepts(syn, cx, records[j]!.startTok, n);
    if (names) for (let i = 0; i < n; i++) records[j + i]!.q.concept = names[i]!;
  }
}

/**
 * Quantity r is coordinated right after p: "and"/"or"/"," (then "by", and with `either` also "either") before r,
 * at most six tokens after p and no verb between (the parse's part of speech when it ran, else the change words).
 */
function coordinatedAfter(ctx: Ctx, p: Rec, r: Rec, syn: SyntaxLayer | undefined, either: boolean): boolean {
  const { lw } = ctx;
  let b = r.startTok - 1;
  if (lw(b) === "by") b--;
  if (either && lw(b) === "either") b--;
  if (lw(b) !== "and" && lw(b) !== "or" && lw(b) !== ",") return false;
  if (b - p.endTok > 6) return false;
  for (let z = p.endTok; z < b; z++) if (syn ? syn.upos[z] === "VERB" || syn.upos[z] === "AUX" : CHANGE_WORDS.has(lw(z))) return false;
  return true;
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

/**
 * The concept of what change noun H ("a 13% increase", "a 1.2% contraction") attaches to: the quantity whose
 * span holds its head ("Sales were $1.76 billion, a 13% increase" -> Sales), else the parse's attachment of H.
 */
function conceptAt(syn: SyntaxLayer, cx: ConceptCx, records: readonly Rec[], self: Rec, H: number): string | undefined {
  const t = syn.head[H]!;
  if (t >= 0) for (const o of records) if (o !== self && t >= o.startTok && t < o.tail) return o.q.concept;
  return conceptFromParse(syn, cx, H, H + 1);
}

/** Words that may stand between a level and its preposition: "to close at", "to end the day's trading at". */
const LEVEL_GAP = 6;
const LEVEL_PREPS: ReadonlySet<string> = new Set(["at", "to", "from"]);
/** Words before a quantity that make it the rest of an earlier one's whole: "the other 10%", "the remaining 40 percent" */
const REST: ReadonlySet<string> = new Set(["other", "remaining"]);

/** "up from [just] N", "down from about N" right before token k */
function upFrom(ctx: Ctx, k: number): boolean {
  const { lw } = ctx;
  let j = k - 1;
  if (JUST.has(lw(j))) j--;
  return lw(j) === "from" && (lw(j - 1) === "up" || lw(j - 1) === "down");
}

/** A clause boundary between tokens [a, b): ";", "and", "but", "while" */
function clauseBreak(ctx: Ctx, a: number, b: number): boolean {
  for (let z = a; z < b; z++) {
    const w = ctx.lw(z);
    if (w === ";" || w === "and" || w === "but" || w === "while" || w === "whereas") return true;
  }
  return false;
}

const PARTITIVE_PRONOUNS: ReadonlySet<string> = new Set(["them", "these", "those"]);
const JUST: ReadonlySet<string> = new Set(["just", "only", "about", "around", "nearly", "almost", "some"]);

/**
 * Concepts that one quantity hands to the next in the same sentence:
 * - a restatement in parentheses or after "or" ("235 million guilders ($113.2 million)", "$35.2 million, or 31 cents a share");
 * - a change right after a level ("$6.6 billion, up 13%");
 * - the level a change reaches, leaves or stands at ("rose 2.4% to close at 3,153", "up 13% from $5.8 billion").
 * A concept the quantity's own attachment decided (conceptFrom "parse") is kept, except for a parenthesised restatement.
 */
function shareConcepts(ctx: Ctx, records: readonly Rec[]): void {
  const { lw } = ctx;
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (r.q.kind === "ordinal" || p.q.kind === "ordinal" || p.q.sentence !== r.q.sentence) continue;
    const gap: string[] = [];
    for (let z = p.endTok; z < r.startTok && gap.length < 4; z++) gap.push(lw(z));
    const g = gap.join(" ");
    const amount = (q: Rec["q"]) => q.kind !== "count" || q.counted === undefined;
    // a restatement of the same amount
    if (g === "(" && amount(p.q) && amount(r.q) && p.q.concept !== undefined) {
      r.q.concept = p.q.concept;
      continue;
    }
    if ((r.q.concept === undefined || r.conceptFrom !== "parse") && p.q.concept !== undefined && (g === ", or" || g === "or" || g === ", or about") && amount(p.q) && amount(r.q)) {
      r.q.concept = p.q.concept;
      continue;
    }
    // "90% of Ford trucks are still on the road, the other 10% made it home": the rest of the same whole
    if (r.q.concept === undefined && p.q.concept !== undefined && p.q.kind === r.q.kind && REST.has(lw(r.startTok - 1)) && !clauseBreak(ctx, p.endTok, r.startTok - 1)) {
      r.q.concept = p.q.concept;
      continue;
    }
    // the earlier level after "up from" / "down from" measures what the level before it does: "jumped to 35 last year, up from two"
    if (upFrom(ctx, r.startTok) && r.startTok - p.endTok <= (p.q.kind === r.q.kind ? 16 : 10) && !clauseBreak(ctx, p.endTok, r.startTok)) {
      if (p.q.concept !== undefined) r.q.concept = p.q.concept;
      else delete r.q.concept;
      continue;
    }
    if (r.q.concept === undefined && p.q.concept !== undefined && (r.q.change === "up" || r.q.change === "down") && (g === ", up" || g === ", down" || g === ",")) {
      r.q.concept = p.q.concept;
      continue;
    }
  }
  // the level of a change
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    if (r.q.kind === "ordinal" || r.conceptFrom === "parse" || (r.q.kind === "count" && r.q.counted !== undefined) || r.q.low !== undefined) continue;
    // the preposition, before a modifier if any ("to about 40", "at just over 3,000")
    let b = r.startTok - 1;
    for (let c = 0; c < 3 && b > 0 && r.q.modifier !== undefined && !LEVEL_PREPS.has(lw(b)) && ctx.isWordTok(b); c++) b--;
    const prep = lw(b);
    if (!LEVEL_PREPS.has(prep)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = records[j]!;
      if (p.q.sentence !== r.q.sentence || b - p.endTok > LEVEL_GAP + 4) break;
      let clause = true;
      for (let z = p.endTok; z < b; z++) if (lw(z) === ";" || lw(z) === "and" || lw(z) === "while" || lw(z) === "but") clause = false;
      if (!clause) break;
      if ((p.q.change === "up" || p.q.change === "down") && p.q.concept !== undefined) {
        r.q.concept = p.q.concept;
        break;
      }
    }
  }
  // a restatement of a level the loop above named: "up 8.9% from $387.8 million, or $5.63 a share"
  for (let k = 1; k < records.length; k++) {
    const r = records[k]!;
    const p = records[k - 1]!;
    if (r.q.concept !== undefined || p.q.concept === undefined || p.q.sentence !== r.q.sentence || r.q.kind !== "money" || p.q.kind !== "money") continue;
    if (lw(p.endTok) === "," && lw(p.endTok + 1) === "or" && r.startTok === p.endTok + 2) r.q.concept = p.q.concept;
  }
}
