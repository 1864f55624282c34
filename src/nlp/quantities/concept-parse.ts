import type { SyntaxLayer } from "../../document/syntax-layer.js";
import phrasesData from "./phrases.json" with { type: "json" };
import { PRONOUNS } from "./concept.js";
import { CHANGE_NOUNS } from "./words.js";

/**
 * The concept of a quantity read from the dependency parse (syntax stage): the noun the quantity is a
 * modifier, nmod or appos of ("Apple's revenue of $90 billion" -> "Apple's revenue", "a $5 million
 * grant" -> "grant"), else the subject of the verb or adjective whose object or oblique it is ("the
 * unemployment rate rose 0.2 points" -> "unemployment rate"), else the subject of a predicate quantity
 * ("the population is 4.5 million"). Conjuncts share their first conjunct's concept ("up 5 and 6
 * percent"). Pronoun subjects give nothing.
 */

const NOUNISH = new Set(["NOUN", "PROPN"]);
const RELATIVE: ReadonlySet<string> = new Set(["which", "that", "who"]);
/** phrases.json levelHeads: "a low of 2.6%", "at a rate of $2 million a day" look through the noun to its own concept */
export const LEVEL_HEADS: ReadonlySet<string> = new Set(phrasesData.levelHeads);
/** phrases.json priceVerbs: "paid $9.5 million for a new home" measures the home */
export const PRICE_VERBS: ReadonlySet<string> = new Set(phrasesData.priceVerbs);
/** relations by which a quantity qualifies the noun it hangs from */
const TO_NOUN = new Set(["nmod", "appos", "compound", "amod", "nummod", "obl", "acl"]);
/** relations by which a quantity is an argument or adjunct of a predicate */
const TO_PREDICATE = new Set(["obj", "obl", "xcomp", "advmod", "nmod", "iobj", "ccomp", "dep", "compound", "amod", "nummod", "advcl"]);
const PREDICATE = new Set(["VERB", "AUX", "ADJ", "ADV"]);
/** clause links along which a subject is shared ("rose 3% and closed at 45", "helped boost ...") */
const CLAUSE_UP = new Set(["conj", "xcomp", "advcl", "parataxis"]);
const PRE_MODIFIER = new Set(["compound", "amod", "nmod", "det", "nummod", "flat"]);
/** trailing words of a phrase left out of a concept */
const TRAILING_OUT = new Set(["ADP", "CCONJ", "DET", "PUNCT", "SCONJ", "PART"]);
/** leading words of a phrase left out of a concept */
const LEADING_OUT = new Set(["DET", "PRON", "NUM", "PUNCT", "ADP", "CCONJ", "SYM", "ADV"]);

/** The quantity's own head in the parse: the token of [a, b) whose head lies outside the span. */
export function spanHead(syn: SyntaxLayer, a: number, b: number): number {
  let best = -1;
  for (let i = a; i < b; i++) {
    if (syn.upos[i] === "PUNCT") continue;
    const h = syn.head[i]!;
    if (h >= a && h < b) continue;
    if (best < 0) best = i;
    // prefer the token that governs the most of the span (the unit or counted noun over a stray modifier)
    else if (syn.left[i]! <= syn.left[best]! && syn.right[i]! >= syn.right[best]!) best = i;
  }
  return best;
}

/** The text of the base noun phrase of token t, without leading determiners, numbers and the tokens of [a, b). */
/**
 * What the concept readers see besides the parse: the text, and which quantity owns each token, so that a
 * noun inside another quantity ("144 million guilders" hung on the "share" of "6.7 guilders a share",
 * "rose 3.1 percent to hit 4,532" read as a clause of "percent") hands over that quantity's concept rather
 * than becoming a concept itself.
 */
export interface ConceptCx {
  text: string;
  /** per token, the index of the quantity whose span [startTok, tail) holds it, else -1 */
  owner?: Int32Array;
  /** per token, 1 inside a date or time expression: never a concept ("by the mid-2000s") */
  dates?: Uint8Array;
  /** the concept quantity k has so far */
  conceptOf?: (k: number) => string | undefined;
}

function phraseText(syn: SyntaxLayer, cx: ConceptCx, t: number, a: number, b: number): string | undefined {
  const own = cx.owner ? cx.owner[t]! : -1;
  if (own >= 0 && (t < a || t >= b)) return cx.conceptOf?.(own);
  if (cx.dates?.[t]) return undefined;
  // an abbreviation in parentheses stands for the noun before it: "an extended fund facility (EFF) of $31 million"
  if (t >= 2 && t + 1 < syn.tokens.length && syn.tokens[t - 1]!.text === "(" && syn.tokens[t + 1]!.text === ")" && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(syn.tokens[t]!.text) &&
    NOUNISH.has(syn.upos[t - 2]!) && syn.head[t] === t - 2) return phraseText(syn, cx, t - 2, a, b);
  const text = cx.text;
  const p = syn.phraseIndexOf(t);
  let first = t;
  let last = t;
  if (p >= 0 && syn.nounPhrases[p]!.head === t) {
    const np = syn.nounPhrases[p]!;
    first = np.first;
    last = np.last;
  } else {
    // no base phrase of its own (a possessive before it took the place): its contiguous pre-modifiers
    const kids = syn.children(t);
    for (let k = kids.length - 1; k >= 0; k--) {
      const c = kids[k]!;
      if (c > t || syn.right[c]! !== first - 1 || !PRE_MODIFIER.has(syn.rel(c))) continue;
      first = syn.left[c]!;
    }
  }
  // "the price of oil", "the number of AIDS cases": an of-phrase completes a head noun
  for (const c of syn.children(t)) {
    if (c <= last || syn.rel(c) !== "nmod" || c >= a) continue;
    const k = syn.child(c, "case");
    if (k >= 0 && syn.tokens[k]!.text.toLowerCase() === "of" && k === last + 1) {
      const cp = syn.phraseIndexOf(c);
      last = cp >= 0 ? syn.nounPhrases[cp]!.last : c;
    }
    break;
  }
  // name parts after the head end at a number or conjunction ("posts 542 and 543" -> "posts")
  for (let k = t + 1; k <= last; k++)
    if (syn.upos[k] === "NUM" || syn.upos[k] === "CCONJ" || syn.upos[k] === "PUNCT") {
      last = k - 1;
      break;
    }
  // leave the quantity out: "a $5 million grant" -> "grant"
  if (first < b && last >= a) {
    if (t >= b) first = Math.max(first, b);
    else last = Math.min(last, a - 1);
  }
  while (first < last && (LEADING_OUT.has(syn.upos[first]!) && syn.rel(first) !== "nmod:poss" || (first >= a && first < b))) first++;
  // nor trailing function words: "survey of" (its of-phrase was the quantity) -> "survey"
  while (last > first && TRAILING_OUT.has(syn.upos[last]!)) last--;
  if (syn.upos[first] === "PRON" && syn.rel(first) !== "nmod") {
    if (first === last) return undefined;
  }
  if (first > last) return undefined;
  // a phrase with a verb in it is a misparse; a noun with its own number is another quantity ("800 km (500 miles)")
  for (let k = first; k <= last; k++) if ((syn.upos[k] === "VERB" && !(k === t && syn.xpos[k] === "VBG")) || syn.upos[k] === "AUX") return undefined;
  for (const c of syn.children(t)) if (syn.rel(c) === "nummod" && (c < a || c >= b)) return undefined;
  const s = text.slice(syn.tokens[first]!.start, syn.tokens[last]!.end);
  if (first === last && PRONOUNS.has(s.toLowerCase())) return undefined;
  return s;
}

/** The subject of predicate v, through shared clause links; -1 when none. */
function subjectOf(syn: SyntaxLayer, v: number): number {
  for (let k = 0; k < 4 && v >= 0; k++) {
    const s = syn.child(v, "nsubj");
    if (s >= 0) return s;
    const sp = syn.child(v, "csubj");
    if (sp >= 0) return -1;
    if (!CLAUSE_UP.has(syn.rel(v))) return -1;
    v = syn.head[v]!;
  }
  return -1;
}

/**
 * The concept of the quantity spanning tokens [a, b) (number, unit and counted phrase), or undefined
 * when the parse names none. `text` is the document text.
 */
export function conceptFromParse(syn: SyntaxLayer, cx: ConceptCx, a: number, b: number, through = true, money = false): string | undefined {
  // "a program worth (more than) $45 million": the noun before "worth", however the parse hung the amount
  let w = a - 1;
  for (let c = 0; c < 3 && w > 0 && WORTH_SKIP.has(syn.tokens[w]!.text.toLowerCase()); c++) w--;
  if (w >= 1 && syn.tokens[w]!.text.toLowerCase() === "worth" && NOUNISH.has(syn.upos[w - 1]!) && syn.tokens[w - 1]!.sentence === syn.tokens[a]!.sentence) {
    const s = phraseText(syn, cx, w - 1, a, b);
    if (s !== undefined) return s;
  }
  let h = spanHead(syn, a, b);
  if (h < 0) return undefined;
  // conjoined quantities share the first one's attachment: "up 5 and 6 percent"
  for (let k = 0; k < 3 && syn.rel(h) === "conj" && syn.head[h]! >= 0 && isQuantityLike(syn, syn.head[h]!); k++) h = syn.head[h]!;
  const H = syn.head[h]!;
  const r = syn.rel(h);
  // "a deal worth $5 billion", "contracts worth more than $2 million": the noun "worth" modifies, however the
  // tagger read it (an adjective with the amount as object or apposition, or a noun with the modified noun as compound)
  if (H >= 0 && syn.lemma[H]!.toLowerCase() === "worth" && H < a) {
    const N = syn.head[H]!;
    if (N >= 0 && NOUNISH.has(syn.upos[N]!) && N < H && (syn.rel(H) === "amod" || syn.rel(H) === "acl")) return phraseText(syn, cx, N, a, b);
    const c = syn.child(H, "compound");
    if (c >= 0 && c < H && NOUNISH.has(syn.upos[c]!)) return phraseText(syn, cx, c, a, b);
  }
  if (H < 0) {
    // a predicate quantity: "the population is 4.5 million"
    const s = syn.child(h, "nsubj");
    return s >= 0 ? phraseText(syn, cx, s, a, b) : undefined;
  }
  if (NOUNISH.has(syn.upos[H]!) && TO_NOUN.has(r) && (H < a || H >= b)) {
    // a noun of where a measure stands: "reached a low of 2.6%" -> what reached it ("Inflation")
    // (unless a noun compound already says what: "a turnout rate of 58%")
    if (through && looksThrough(syn, H, a, b)) {
      const c = conceptFromParse(syn, cx, H, H + 1, false);
      if (c !== undefined && !c.includes(syn.tokens[a]!.text)) return c;
    }
    // the noun the quantity qualifies; a subject noun of a predicate quantity
    return phraseText(syn, cx, H, a, b);
  }
  // the remnant of a gapped clause hangs on the verb as a conjunct: "lost $5 billion in 2004 and $750 million in 2005"
  const remnant = r === "conj" && syn.upos[H] === "VERB" && H < a && syn.child(h, "nsubj") < 0 && syn.child(h, "nsubj:pass") < 0 &&
    syn.children(H).some((c) => c > H && c < a && TO_PREDICATE.has(syn.rel(c)) && isQuantityLike(syn, c));
  if (PREDICATE.has(syn.upos[H]!) && (TO_PREDICATE.has(r) || remnant)) {
    // an amount beside the verb's object measures the object: "boosted expenditures by 20%", "cut growth to 1%",
    // "sold 750,000 shares for $1 million"
    if (syn.upos[H] === "VERB" && (r === "obl" || r === "advmod")) {
      const o = syn.child(H, "obj");
      if (o >= 0 && (o < a || o >= b) && NOUNISH.has(syn.upos[o]!)) {
        const c = phraseText(syn, cx, o, a, b);
        if (c !== undefined) return c;
      }
    }
    // what an amount pays for: "paid $9.5 million for their new home", "a bid of $5 billion for the carrier"
    if (money && r === "obj" && PRICE_VERBS.has(syn.lemma[H]!.toLowerCase())) {
      for (const c of syn.children(H)) {
        if (c < b || syn.rel(c) !== "obl" || syn.upos[c] !== "NOUN" || PERIOD_NOUNS.has(syn.lemma[c]!.toLowerCase())) continue;
        const k = syn.child(c, "case");
        if (k < 0 || syn.tokens[k]!.text.toLowerCase() !== "for") continue;
        const f = phraseText(syn, cx, c, a, b);
        if (f !== undefined) return f;
      }
    }
    const s = subjectOf(syn, H);
    // a relative pronoun subject stands for the noun the clause modifies: "assistance from the UK, which amounted to $27 million"
    if (s >= 0 && RELATIVE.has(syn.tokens[s]!.text.toLowerCase()) && syn.deprel[H] === "acl:relcl" && syn.head[H]! >= 0 && NOUNISH.has(syn.upos[syn.head[H]!]!))
      return phraseText(syn, cx, syn.head[H]!, a, b);
    if (s >= 0 && (s < a || s >= b)) return phraseText(syn, cx, s, a, b);
    // a predicate that itself modifies a noun: "a program worth $45 million", "shares valued at $472 million"
    const N = syn.head[H]!;
    if (N >= 0 && (syn.rel(H) === "amod" || syn.rel(H) === "acl") && NOUNISH.has(syn.upos[N]!) && (N < a || N >= b)) return phraseText(syn, cx, N, a, b);
    return undefined;
  }
  if (r === "nsubj" || r === "nsubj:pass") return undefined;
  return undefined;
}

const OPPONENT_CASES: ReadonlySet<string> = new Set(["to", "against", "over", "than"]);

/**
 * The two sides of a score whose first number spans tokens [a, b), when the score belongs to a verb's clause:
 * its subject and its object or "to"/"against" phrase ("Sweden beat Chile 3-0", "lost 1-2 to England"; a name
 * in apposition to the object wins: "defeated debutants Panama"). The parse often hangs the score on the
 * object's name ("Brisco 4-1" read as one name): a score on a proper noun belongs to that noun's verb. Null when
 * the score belongs to one thing ("a 36-36 tie", "by a vote of 59 to 40"), whose concept both numbers share;
 * no sides when the verb names no subject or no opponent of its own ("England won 2-1").
 */
export function scoreSides(syn: SyntaxLayer, cx: ConceptCx, a: number, b: number): { first: string | undefined; second: string | undefined } | null {
  const h = spanHead(syn, a, b);
  if (h < 0) return null;
  let V = syn.head[h]!;
  if (V >= 0 && syn.upos[V] === "PROPN" && V < a) V = syn.head[V]!;
  // a score the parse hung inside a phrase of the clause ("ended with 0-0 on the scoreboard" read as a clause of "scoreboard")
  else if (V > b && syn.upos[V] === "NOUN" && syn.rel(h) === "nsubj" && syn.head[V]! >= 0 && syn.upos[syn.head[V]!] === "VERB") V = syn.head[V]!;
  if (V < 0 || syn.upos[V] !== "VERB") return null;
  // a verb without a subject of its own ("putting Sweden 1-0 up") or without an opponent ("England won 2-1"): the sides are not named
  const none = { first: undefined, second: undefined };
  const s = syn.child(V, "nsubj");
  if (s < 0 || s > a) return none;
  let o = syn.child(V, "obj");
  if (o < 0 || o > a || !NOUNISH.has(syn.upos[o]!)) {
    o = -1;
    for (const c of syn.children(V)) {
      if (c < b || syn.rel(c) !== "obl" || !NOUNISH.has(syn.upos[c]!)) continue;
      const k = syn.child(c, "case");
      if (k >= 0 && OPPONENT_CASES.has(syn.tokens[k]!.text.toLowerCase())) {
        o = c;
        break;
      }
    }
  }
  // no opponent: a game or a period of play that ended with the score owns both numbers ("the first half ended 1-1"),
  // a side does not ("England won 2-1")
  if (o < 0) {
    if (syn.upos[s] !== "NOUN") return none;
    const whole = phraseText(syn, cx, s, a, b);
    return { first: whole, second: whole };
  }
  const ap = syn.child(o, "appos");
  if (ap >= 0 && syn.upos[ap] === "PROPN" && syn.upos[o] === "NOUN") o = ap;
  const second = phraseText(syn, cx, o, a, b);
  return second === undefined ? none : { first: phraseText(syn, cx, s, a, b), second };
}

/** A level noun (levelHeads) that no compound outside the quantity [a, b) names: the concept is what stands there. */
function looksThrough(syn: SyntaxLayer, H: number, a: number, b: number): boolean {
  return LEVEL_HEADS.has(syn.lemma[H]!.toLowerCase()) && !syn.children(H).some((c) => syn.rel(c) === "compound" && (c < a || c >= b));
}

function isQuantityLike(syn: SyntaxLayer, t: number): boolean {
  if (syn.upos[t] === "NUM" || syn.upos[t] === "SYM") return true;
  for (const c of syn.children(t)) if (syn.upos[c] === "NUM" && syn.rel(c) === "nummod") return true;
  return false;
}

/** Units of time: a duration names what lasts only through its own complement or the noun it modifies. */
const TIME_UNITS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]);
/** Nouns of a change ("a 13% increase"): the change is not what is measured; its attachment is (CHANGE_NOUNS less those that name a measure). */
const CHANGE_HEADS: ReadonlySet<string> = new Set(
  [...CHANGE_NOUNS.keys()].filter((w) => w !== "growth" && w !== "loss" && w !== "gain"),
);
/** Nouns of a period that an "in" phrase after an amount names as its time, not its concept ("$5 million in the first half"). */
const PERIOD_NOUNS: ReadonlySet<string> = new Set([
  "half", "quarter", "year", "month", "week", "day", "period", "season", "session", "term", "time", "decade", "century", "morning",
  "afternoon", "evening", "night", "weekend", "future", "past", "total", "all", "addition", "fact", "case", "place", "part", "turn", "cents", "dollars", "trading", "dealings",
]);
const OF_KINDS: ReadonlySet<string> = new Set(["percent", "fraction", "measure", "money", "vague"]);

export interface Attached {
  /** the concept the attachment gives; undefined: the quantity measures nothing the sentence names */
  concept: string | undefined;
  /** a change noun the quantity qualifies ("a 13% increase"): its own attachment gives the concept */
  changeNoun?: number;
}

/** The noun an "of" (or, for amounts, "in") complement right after the quantity names, from the parse; -1 for none. */
function complementNoun(syn: SyntaxLayer, a: number, b: number, preps: ReadonlySet<string>, dates: Uint8Array | undefined): number {
  const lw = (i: number) => (i >= 0 && i < syn.tokens.length ? syn.tokens[i]!.text.toLowerCase() : "");
  const p = lw(b);
  if (!preps.has(p) || syn.tokens[b]!.sentence !== syn.tokens[b - 1]!.sentence) return -1;
  // the complement's head: the token the preposition is the case of, else the next noun phrase's head
  let c = syn.head[b]!;
  // "four years of fighting": a gerund is the noun of an of-complement
  if (p === "of" && c === b + 1 && syn.xpos[c] === "VBG") return c;
  if (!(c > b && NOUNISH.has(syn.upos[c]!))) {
    c = -1;
    for (let k = b + 1; k < Math.min(b + 7, syn.tokens.length); k++) {
      const pi = syn.phraseIndexOf(k);
      if (pi >= 0) {
        c = syn.nounPhrases[pi]!.head;
        break;
      }
      if (syn.upos[k] === "VERB" || syn.upos[k] === "PUNCT") break;
    }
  }
  if (c < 0 || dates?.[c]) return -1;
  if (p !== "of" && (syn.upos[c] !== "NOUN" || PERIOD_NOUNS.has(syn.lemma[c]!.toLowerCase()) || PERIOD_NOUNS.has(lw(c)))) return -1;
  return c;
}

/**
 * The concept a quantity's own attachment in the parse decides, over the word rules: its "of" complement
 * ("60% of export receipts" -> "export receipts", "8,000 tons of fish", "three years of war"), an amount's
 * "in" complement ("$2 million in cash"), the noun it modifies ("a 543-member parliament" -> "parliament",
 * "a five-year contract", "26-year-old John Doe"), the person an age is in apposition to ("Jo Smith, 42,"); a
 * change noun it qualifies hands over to that noun's attachment ("a 97% drop in profits" -> "profits"). A
 * duration with none of these is a time adjunct ("over the past two years"): no concept. Null: not decided.
 */
export function attachedConcept(
  syn: SyntaxLayer, cx: ConceptCx, a: number, b: number, kind: string, unit: string | undefined,
  /** a count written as a hyphen compound ("543-member"): it modifies the noun after it */
  compound = false,
): Attached | null {
  const h = spanHead(syn, a, b);
  if (h < 0) return null;
  const duration = unit !== undefined && TIME_UNITS.has(unit);
  const age = unit !== undefined && unit.endsWith(" of age");
  const ofKind = OF_KINDS.has(kind) || unit === "fraction" || duration;
  if (ofKind && b + 2 < syn.tokens.length && syn.tokens[b]!.text.toLowerCase() === "of" && syn.tokens[b + 1]!.text.toLowerCase() === "those" &&
    syn.tokens[b + 2]!.sentence === syn.tokens[a]!.sentence && (syn.xpos[b + 2] === "VBN" || syn.xpos[b + 2] === "VBD")) {
    // "83 percent of those surveyed", "half of those polled": the people the participle names
    return { concept: cx.text.slice(syn.tokens[b + 1]!.start, syn.tokens[b + 2]!.end) };
  }
  if (ofKind) {
    const c = complementNoun(syn, a, b, kind === "money" || kind === "measure" || kind === "vague" || duration ? OF_IN : OF_ONLY, cx.dates);
    // "exceeded 10% of 2000 levels": a level names where the measure stands, not what it measures
    if (c >= 0 && !LEVEL_HEADS.has(syn.lemma[c]!.toLowerCase())) {
      const s = phraseText(syn, cx, c, a, b);
      if (s !== undefined) return { concept: s };
    }
  }
  const H = syn.head[h]!;
  const r = syn.rel(h);
  if (H >= b && NOUNISH.has(syn.upos[H]!) && (r === "compound" || r === "amod" || r === "nummod") && (kind !== "count" || compound) &&
    !cx.dates?.[H] && (duration || !PERIOD_NOUNS.has(syn.lemma[H]!.toLowerCase()))) {
    if (CHANGE_HEADS.has(syn.lemma[H]!.toLowerCase())) return { concept: undefined, changeNoun: H };
    // a level noun looks through to what stands there: "pushed up economic growth to a 5% average"
    if (looksThrough(syn, H, a, b)) {
      const c = conceptFromParse(syn, cx, H, H + 1, false);
      if (c !== undefined) return { concept: c };
    }
    // a modifier before its noun: "a 543-member parliament", "a $5 million grant", "a 3-year programme"
    const s = phraseText(syn, cx, H, a, b);
    if (s !== undefined) return { concept: s };
  }
  // the earlier or later level of a change noun ("a 13% increase from last year's $1.55 billion") measures what the change does
  if (H >= 0 && H < a && r === "nmod" && CHANGE_HEADS.has(syn.lemma[H]!.toLowerCase()) && NOUNISH.has(syn.upos[H]!)) {
    const k = syn.child(h, "case");
    if (k >= 0 && LEVEL_CASES.has(syn.tokens[k]!.text.toLowerCase())) return { concept: undefined, changeNoun: H };
  }
  // a hyphen compound the tagger left without its noun ("the 150-member assembly" with "assembly" read as an adverb): the word after it
  if (compound && b < syn.tokens.length && syn.tokens[b]!.sentence === syn.tokens[a]!.sentence && /^\p{L}+$/u.test(syn.tokens[b]!.text) && !NOT_A_NOUN.has(syn.upos[b]!))
    return { concept: syn.tokens[b]!.text };
  // "a 26-year-old John Doe", "10-month-old twins": the noun phrase after the compound, however the parse hung its pieces
  if (age && b < syn.tokens.length && /old$/i.test(syn.tokens[b - 1]!.text) && syn.tokens[b]!.sentence === syn.tokens[a]!.sentence) {
    const pi = syn.phraseIndexOf(b);
    const np = pi >= 0 ? syn.nounPhrases[pi]! : null;
    if (np && np.first >= a && np.first <= b && np.head >= b && NOUNISH.has(syn.upos[np.head]!)) {
      const s = phraseText(syn, cx, np.head, a, b);
      if (s !== undefined) return { concept: s };
    }
  }
  if (age && H >= 0 && H < a && syn.upos[H] === "PROPN" && (r === "appos" || r === "amod" || r === "nmod")) {
    const s = phraseText(syn, cx, H, a, b);
    if (s !== undefined) return { concept: s };
  }
  if (age) {
    // the people an age is given for, read back over the age's own words where the parse hung it elsewhere:
    // "children under five years of age", "1,709 schoolchildren - aged 8-10 years", "the men, ranging in ages from 23 to 27"
    let j = a - 1;
    for (let c = 0; c < 6 && j >= 0 && syn.tokens[j]!.sentence === syn.tokens[a]!.sentence && AGE_LEAD.has(syn.tokens[j]!.text.toLowerCase()); c++) j--;
    if (j >= 0 && j < a - 1 && syn.tokens[j]!.sentence === syn.tokens[a]!.sentence && NOUNISH.has(syn.upos[j]!)) {
      const s = phraseText(syn, cx, j, a, b);
      if (s !== undefined) return { concept: s };
    }
  }
  if (duration && !age) {
    // "over a period of 15 years": the noun the duration is the of-phrase of
    const k = syn.child(h, "case");
    if (H >= 0 && H < a && r === "nmod" && syn.upos[H] === "NOUN" && k >= 0 && syn.tokens[k]!.text.toLowerCase() === "of") return { concept: phraseText(syn, cx, H, a, b) };
    // the same when the parse lost the of-phrase of a range ("over a period of 15 to 20 years")
    const before = nounBeforeOf(syn, cx, a, b);
    if (before !== undefined) return { concept: before };
    // a duration that qualifies the noun before it: "the fighting over the past 11 months", "a ban for two years"
    if (H >= 0 && H < a && r === "nmod" && syn.upos[H] === "NOUN" && syn.rel(H) === "nsubj" && k >= 0 && SPAN_CASES.has(syn.tokens[k]!.text.toLowerCase()))
      return { concept: phraseText(syn, cx, H, a, b) };
    // a duration a participle gives to a noun: "prison terms ranging from five to 20 years", "a ban lasting two years"
    // (a time adjunct of a clause keeps its preposition: "camps holding refugees within six months", "a cell where he sat for 30 hours")
    const kase = k >= 0 ? syn.tokens[k]!.text.toLowerCase() : "";
    if ((kase === "" || kase === "from") && H >= 0 && syn.upos[H] === "VERB" && syn.deprel[H] === "acl" && syn.head[H]! >= 0 && syn.head[H]! < H && NOUNISH.has(syn.upos[syn.head[H]!]!))
      return { concept: phraseText(syn, cx, syn.head[H]!, a, b) };
    return { concept: undefined };
  }
  return null;
}

/**
 * The noun whose of-phrase the quantity at [a, b) is, read from the words where the parse lost the attachment
 * of a range or score ("over a period of 15 to 20 years", "by a vote of 68-34"); undefined when none.
 */
export function nounBeforeOf(syn: SyntaxLayer, cx: ConceptCx, a: number, b: number): string | undefined {
  if (a < 2 || syn.tokens[a - 1]!.text.toLowerCase() !== "of" || syn.upos[a - 2] !== "NOUN" || syn.tokens[a - 2]!.sentence !== syn.tokens[a]!.sentence) return undefined;
  return phraseText(syn, cx, a - 2, a, b);
}

/**
 * "Arrivals and revenues grew, up 4% and 6% respectively": the coordinated quantities before "respectively"
 * (token `from` is the first quantity's first token) take, in order, the conjuncts of the nearest noun coordinated
 * with exactly as many nouns before them; null when the sentence has none.
 */
export function respectiveConcepts(syn: SyntaxLayer, cx: ConceptCx, from: number, n: number): string[] | null {
  const sent = syn.tokens[from]!.sentence;
  for (let x = from - 1; x >= 0 && syn.tokens[x]!.sentence === sent; x--) {
    if (!NOUNISH.has(syn.upos[x]!) || syn.rel(x) === "conj") continue;
    const group = [x];
    for (const c of syn.children(x)) if (c > x && c < from && syn.rel(c) === "conj" && NOUNISH.has(syn.upos[c]!)) group.push(c);
    if (group.length !== n) continue;
    const out: string[] = [];
    for (const t of group) {
      const p = phraseText(syn, cx, t, from, from + 1);
      if (p === undefined) return null;
      out.push(p);
    }
    return out;
  }
  return null;
}

/** The concept of a change noun ("a 13% increase", "an increase of 2%"): its "in" complement, else undefined (the caller looks at what it attaches to). */
export function changeNounConcept(syn: SyntaxLayer, cx: ConceptCx, H: number, a: number, b: number): string | undefined {
  for (const c of syn.children(H)) {
    if (c <= H || syn.rel(c) !== "nmod" || !NOUNISH.has(syn.upos[c]!)) continue;
    const k = syn.child(c, "case");
    if (k >= 0 && syn.tokens[k]!.text.toLowerCase() === "in" && syn.upos[c] === "NOUN") return phraseText(syn, cx, c, a, b);
  }
  return undefined;
}

/** Whether token t is a change noun of a quantity ("increase", "drop"). */
export function isChangeNoun(syn: SyntaxLayer, t: number): boolean {
  return NOUNISH.has(syn.upos[t]!) && CHANGE_HEADS.has(syn.lemma[t]!.toLowerCase());
}

/** Words between the people and their age: "under", "aged", "ranging in ages from", "-" */
const AGE_LEAD: ReadonlySet<string> = new Set(["aged", "age", "ages", "under", "over", "between", "from", "in", "ranging", "-", "–", ",", "(", "older", "younger", "than", "all", "both"]);
/** Prepositions of a duration that spans its noun ("the fighting over the past 11 months"), unlike "in", "after", "since" */
const SPAN_CASES: ReadonlySet<string> = new Set(["over", "for", "during", "throughout", "lasting"]);
/** Modifiers between "worth" and its amount: "worth more than", "worth about", "worth up to" */
const WORTH_SKIP: ReadonlySet<string> = new Set(["more", "less", "than", "about", "nearly", "almost", "some", "around", "roughly", "up", "to", "over", "at", "least", "an", "estimated", "approximately"]);
const LEVEL_CASES: ReadonlySet<string> = new Set(["from", "to"]);
const NOT_A_NOUN: ReadonlySet<string> = new Set(["VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM", "PART", "SYM"]);
const OF_ONLY: ReadonlySet<string> = new Set(["of"]);
const OF_IN: ReadonlySet<string> = new Set(["of", "in"]);
