import type { SyntaxLayer } from "../../document/syntax-layer.js";
import { PRONOUNS } from "./concept.js";

/**
 * The concept of a quantity read from the dependency parse (syntax stage): the noun the quantity is a
 * modifier, nmod or appos of ("Apple's revenue of $90 billion" -> "Apple's revenue", "a $5 million
 * grant" -> "grant"), else the subject of the verb or adjective whose object or oblique it is ("the
 * unemployment rate rose 0.2 points" -> "unemployment rate"), else the subject of a predicate quantity
 * ("the population is 4.5 million"). Conjuncts share their first conjunct's concept ("up 5 and 6
 * percent"). Pronoun subjects give nothing.
 */

const NOUNISH = new Set(["NOUN", "PROPN"]);
/** relations by which a quantity qualifies the noun it hangs from */
const TO_NOUN = new Set(["nmod", "appos", "compound", "amod", "nummod", "obl", "acl"]);
/** relations by which a quantity is an argument or adjunct of a predicate */
const TO_PREDICATE = new Set(["obj", "obl", "xcomp", "advmod", "nmod", "iobj", "ccomp", "dep", "compound", "amod", "nummod"]);
const PREDICATE = new Set(["VERB", "AUX", "ADJ", "ADV"]);
/** clause links along which a subject is shared ("rose 3% and closed at 45", "helped boost ...") */
const CLAUSE_UP = new Set(["conj", "xcomp", "advcl", "ccomp", "parataxis"]);
const PRE_MODIFIER = new Set(["compound", "amod", "nmod", "det", "nummod", "flat"]);
/** leading words of a phrase left out of a concept */
const LEADING_OUT = new Set(["DET", "PRON", "NUM", "PUNCT", "ADP", "CCONJ", "SYM"]);

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
function phraseText(syn: SyntaxLayer, text: string, t: number, a: number, b: number): string | undefined {
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
  if (syn.upos[first] === "PRON" && syn.rel(first) !== "nmod") {
    if (first === last) return undefined;
  }
  if (first > last) return undefined;
  // a phrase with a verb in it is a misparse; a noun with its own number is another quantity ("800 km (500 miles)")
  for (let k = first; k <= last; k++) if (syn.upos[k] === "VERB" || syn.upos[k] === "AUX") return undefined;
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
export function conceptFromParse(syn: SyntaxLayer, text: string, a: number, b: number): string | undefined {
  let h = spanHead(syn, a, b);
  if (h < 0) return undefined;
  // conjoined quantities share the first one's attachment: "up 5 and 6 percent"
  for (let k = 0; k < 3 && syn.rel(h) === "conj" && syn.head[h]! >= 0 && isQuantityLike(syn, syn.head[h]!); k++) h = syn.head[h]!;
  const H = syn.head[h]!;
  const r = syn.rel(h);
  if (H < 0) {
    // a predicate quantity: "the population is 4.5 million"
    const s = syn.child(h, "nsubj");
    return s >= 0 ? phraseText(syn, text, s, a, b) : undefined;
  }
  if (NOUNISH.has(syn.upos[H]!) && TO_NOUN.has(r) && (H < a || H >= b)) {
    // the noun the quantity qualifies; a subject noun of a predicate quantity
    return phraseText(syn, text, H, a, b);
  }
  if (PREDICATE.has(syn.upos[H]!) && TO_PREDICATE.has(r)) {
    const s = subjectOf(syn, H);
    if (s >= 0 && (s < a || s >= b)) return phraseText(syn, text, s, a, b);
    return undefined;
  }
  if (r === "nsubj" || r === "nsubj:pass") return undefined;
  return undefined;
}

function isQuantityLike(syn: SyntaxLayer, t: number): boolean {
  if (syn.upos[t] === "NUM" || syn.upos[t] === "SYM") return true;
  for (const c of syn.children(t)) if (syn.upos[c] === "NUM" && syn.rel(c) === "nummod") return true;
  return false;
}
