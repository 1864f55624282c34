import { loadOfNamingNouns } from "../resources/nominals.js";
import type { SyntaxLayer } from "../document/syntax-layer.js";
import { startsUpper } from "../lexicon/casing.js";

/** A character span. */
export interface CharSpan {
  start: number;
  end: number;
}

/** A token range [first, last] of a noun phrase and the token that heads it. */
export interface TokenPhrase {
  first: number;
  last: number;
  head: number;
}

const NOMINAL_UPOS = new Set(["NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "SYM"]);
/** Relations by which a token is part of the noun phrase of its head (the name is a part of that phrase, not its head). */
const PART_OF = new Set(["compound", "amod", "flat", "fixed", "nmod:poss", "nmod:desc", "goeswith"]);
/** Left dependents the restricted descent keeps: determiners, modifiers, name parts, possessors, titles. */
const LEFT_KEEP = new Set(["det", "det:poss", "det:predet", "amod", "compound", "flat", "fixed", "nummod", "nmod:poss", "nmod:desc", "goeswith"]);
/** Dependents of a kept possessor or modifier that belong with it: "Iraq's" ('s is case), "very" in "the very large army". */
const INNER_KEEP = new Set([...LEFT_KEEP, "case", "advmod"]);
/** Right dependents that continue a name: "Donald Trump" (flat), "Al Qaeda" pieces. */
const RIGHT_KEEP = new Set(["flat", "fixed", "goeswith"]);

const rel = (syn: SyntaxLayer, i: number): string => syn.deprel[i]!;
const base = (r: string): string => r.split(":")[0]!;

/** The token whose head lies outside [a, b] (the last such: English names are head-final), or a itself. */
export function headWithin(syn: SyntaxLayer, a: number, b: number): number {
  let h = b;
  for (let i = b; i >= a; i--) {
    const p = syn.head[i]!;
    if (p < a || p > b) {
      h = i;
      break;
    }
  }
  return h;
}

/**
 * The top of the noun phrase token i belongs to: climbs from i while it is a part (compound, amod, flat,
 * possessor, title) of a nominal head in the same sentence, and over "of" when i names a place by it
 * ("the town of Dabiq": from Dabiq to town).
 */
export function phraseTop(syn: SyntaxLayer, i: number, named?: (token: number) => boolean): number {
  let t = i;
  for (let guard = 0; guard < 50; guard++) {
    const h = syn.head[t]!;
    if (h < 0) break;
    const r = rel(syn, t);
    if (PART_OF.has(r) || PART_OF.has(base(r))) {
      if (!NOMINAL_UPOS.has(syn.upos[h]!)) break;
      // a capitalised head outside every name and title: a name the recogniser did not find, or a
      // headline parsed as one long compound ("Spain Has Close Cooperation"); the phrase stops below it
      if (named && startsUpper(syn.tokens[h]!.text) && !named(h)) break;
      t = h;
      continue;
    }
    if (base(r) === "nmod" && h < t && namesByOf(syn, h, t)) {
      t = h;
      continue;
    }
    break;
  }
  return t;
}

/** Whether `dep` is the object of "of" after a place-naming noun `head` ("town … of Dabiq"), adjacent but for "of". */
function namesByOf(syn: SyntaxLayer, head: number, dep: number): boolean {
  // the nouns are data: src/resources/nominal-heads.json, ofNames
  const nouns = loadOfNamingNouns();
  if (!nouns.has(syn.lemma[head]!.toLowerCase()) && !nouns.has(syn.tokens[head]!.text.toLowerCase())) return false;
  // "the counties of Taiwan" are parts of Taiwan, not its names
  if (syn.upos[dep] !== "PROPN" || syn.xpos[head] === "NNS" || syn.xpos[head] === "NNPS") return false;
  // "town of Dabiq": only "of" (the case of dep) and dep's own left parts between them
  const of = syn.children(dep).find((c) => rel(syn, c) === "case" && syn.tokens[c]!.text.toLowerCase() === "of");
  return of !== undefined && of === head + 1;
}

/**
 * The noun phrase headed by token `top`, by restricted descent: the head, its determiners, modifiers,
 * numbers, name parts, possessors and titles to the left (and theirs), contiguous; the name parts to its
 * right, and the "of" name of a place-naming noun. No relative clause, apposition, coordination or other
 * trailing phrase.
 */
export function phraseOf(syn: SyntaxLayer, top: number, named?: (token: number) => boolean): TokenPhrase {
  // name parts to the right stay inside the names found ("Spain Has …" in a headline is no name)
  const rightPart = (c: number) => RIGHT_KEEP.has(rel(syn, c)) && (named === undefined || named(c));
  const sentence = syn.tokens[top]!.sentence;
  const inPhrase = new Set<number>([top]);
  const descend = (h: number, keep: ReadonlySet<string>, leftOnly: boolean): void => {
    for (const c of syn.children(h)) {
      if (leftOnly && c > h) continue;
      if (syn.tokens[c]!.sentence !== sentence) continue;
      const r = rel(syn, c);
      if (!keep.has(r) && !keep.has(base(r))) continue;
      inPhrase.add(c);
      descend(c, INNER_KEEP, false);
    }
  };
  descend(top, LEFT_KEEP, true);
  // the left edge: contiguous from the head leftwards
  let first = top;
  while (first - 1 >= 0 && inPhrase.has(first - 1)) first--;
  // a hyphen or apostrophe token inside a kept modifier ("al - Qaeda") is bridged when the token before it is kept
  while (first - 2 >= 0 && syn.upos[first - 1] === "PUNCT" && /^[-‐'’]$/.test(syn.tokens[first - 1]!.text) && inPhrase.has(first - 2)) {
    first -= 2;
    while (first - 1 >= 0 && inPhrase.has(first - 1)) first--;
  }
  // punctuation never opens a phrase
  while (first < top && syn.upos[first] === "PUNCT") first++;
  let last = top;
  for (let moved = true; moved; ) {
    moved = false;
    for (const c of syn.children(top)) {
      if (c !== last + 1) continue;
      if (rightPart(c)) {
        last = c;
        moved = true;
      }
    }
  }
  // "the town of Dabiq": the name after "of" and its own parts
  for (const c of syn.children(top)) {
    if (c > last && base(rel(syn, c)) === "nmod" && namesByOf(syn, top, c) && c === last + 2) {
      last = c;
      // the name's own flat parts ("the city of Deir ez-Zor")
      while (last + 1 < syn.size && syn.head[last + 1] === c && rightPart(last + 1)) last++;
    }
  }
  return { first, last, head: top };
}

/**
 * The phrase a mention spanning [start, end) heads or names, as a character span that holds the mention;
 * null when the mention's tokens are not found. A mention that crosses the phrase's edge keeps its own span.
 */
export function mentionPhrase(syn: SyntaxLayer, start: number, end: number, names: readonly CharSpan[] = []): CharSpan | null {
  const a = syn.tokenAt(start);
  const b = syn.tokenAt(end - 1);
  if (a < 0 || b < 0 || b < a) return null;
  const named = (k: number) => {
    const t = syn.tokens[k]!;
    return names.some((n) => n.start <= t.start && t.end <= n.end);
  };
  const top = phraseTop(syn, headWithin(syn, a, b), named);
  const p = phraseOf(syn, top, named);
  // a phrase that does not reach the mention (a parse that hangs the name elsewhere) is not its phrase
  if (syn.tokens[p.first]!.start > end || syn.tokens[p.last]!.end < start) return { start, end };
  const out = { start: Math.min(start, syn.tokens[p.first]!.start), end: Math.max(end, syn.tokens[p.last]!.end) };
  // a phrase never cuts a name: "the Moroccan Central Bureau of Judicial Investigations" for "Moroccan"
  for (let grown = true; grown; ) {
    grown = false;
    for (const n of names)
      if (n.start < out.end && out.start < n.end && (n.start < out.start || n.end > out.end)) {
        out.start = Math.min(out.start, n.start);
        out.end = Math.max(out.end, n.end);
        grown = true;
      }
  }
  return out;
}
