import type { CheckRecord, Quantity } from "../schema/index.js";
import type { ParseGraph } from "./graph.js";

/** Prepositions that make their number the whole that the sentence then divides ("Among the 47 people arrested, 39 ..."). */
const WHOLE = new Set(["among", "out of", "of"]);
const DEMONSTRATIVE = new Set(["these", "those", "them", "which", "whom"]);
const INCLUDING = new Set(["including", "includes", "include", "included"]);

/** A quantity that can be a total or a part: a count, an amount of money, a measure (not a percent, not an ordinal). */
const additive = (q: Quantity): boolean => (q.kind === "count" || q.kind === "money" || q.kind === "measure") && q.value !== null;

interface Found {
  kind: CheckRecord["kind"];
  total: number;
  parts: number[];
  sentence: number;
  rule: string;
}

/**
 * Numbers that must add up (src/events/checks.ts; docs/events.md): a total with its breakdown in
 * parentheses ("548 people (275 in 2015 and 273 in 2016)"), a whole divided by the sentence ("Among the
 * 47 people arrested, 39 came from ... and 8 others from Libya"), a total and the list after a colon
 * ("3 people have been arrested: 2 attempted ... and one ..."), coordinated parts whose sum is an earlier
 * total of the same noun ("40 cells" ... "21 cells were dismantled in 2015 and 19 in 2016"), and parts of
 * a whole ("36 of these cells", "46 of which", "out of the 2,963 individuals, 277 ..."). The status is
 * computed, never forced: a sum that does not add up is a mismatch.
 */
export function findChecks(g: ParseGraph): CheckRecord[] {
  const syn = g.syn;
  const Q = g.quantities;
  const found: Found[] = [];
  const partOf = new Set<number>();
  const take = (f: Found) => {
    if (f.parts.length === 0 || f.parts.includes(f.total)) return;
    found.push(f);
    for (const p of f.parts) partOf.add(p);
  };
  const unit = (q: Quantity) => `${q.kind}:${q.unit ?? ""}`;
  const compatible = (total: Quantity, part: Quantity) => additive(part) && unit(total) === unit(part) && (part.counted === undefined || total.counted === undefined || part.counted === total.counted);

  for (let s = 0; s < syn.sentences.length; s++) {
    const [a, b] = syn.sentenceTokens(s);
    const inSentence: number[] = [];
    for (const i of g.quantitiesBySentence[s]!) if (additive(Q[i]!)) inSentence.push(i);
    if (inSentence.length < 2) continue;

    // 1. a breakdown in parentheses right after the total or its noun
    for (const i of inSentence) {
      if (partOf.has(i)) continue;
      const open = parenthesisAfter(g, i, b);
      if (open < 0) continue;
      const close = closing(g, open, b);
      // a breakdown may name kinds of what the total counts ("30 people (10 women and 20 men)"): same unit, any noun
      const inside = inSentence.filter((j) => j !== i && g.quantityTop[j]! > open && g.quantityTop[j]! < close && unit(Q[i]!) === unit(Q[j]!));
      if (inside.length >= 2) take({ kind: "sum", total: i, parts: inside, sentence: s, rule: "parenthesis" });
    }

    // 2. a whole in an "among" / "out of" phrase, divided by the rest of the sentence
    for (const i of inSentence) {
      if (partOf.has(i)) continue;
      const head = headNoun(g, i);
      if (!WHOLE.has(g.caseOf(head)) || g.caseOf(head) === "of") continue;
      const parts = inSentence.filter((j) => j !== i && !g.within(g.quantityTop[j]!, head) && !partOf.has(j) && compatible(Q[i]!, Q[j]!) && g.quantityTop[j]! > head);
      if (parts.length >= 2) take({ kind: "sum", total: i, parts, sentence: s, rule: "among" });
      else if (parts.length === 1) take({ kind: "subset", total: i, parts, sentence: s, rule: "among" });
    }

    // 3. a total before a colon and the coordinated list after it
    let colon = -1;
    for (let t = a; t < b; t++) if (g.tokens[t]!.text === ":") colon = colon < 0 ? t : colon;
    if (colon >= 0) {
      const before = inSentence.filter((i) => g.quantityTop[i]! < colon && !partOf.has(i));
      const after = inSentence.filter((i) => g.quantityTop[i]! > colon && !partOf.has(i));
      const total = before[before.length - 1];
      const joined = after.length >= 2 && hasConjunction(g, g.quantityTop[after[after.length - 2]!]!, g.quantityTop[after[after.length - 1]!]!);
      if (total !== undefined && joined && after.every((j) => compatible(Q[total]!, Q[j]!)))
        take({ kind: "sum", total, parts: after, sentence: s, rule: "colon" });
    }
  }

  // 4. coordinated parts that add up to an earlier total of the same noun (within three sentences)
  for (let s = 0; s < syn.sentences.length; s++) {
    const coord = groups(g, s).filter((grp) => grp.every((j) => !partOf.has(j)));
    for (const grp of coord) {
      const counted = Q[grp[0]!]!.counted;
      if (counted === undefined || !grp.every((j) => Q[j]!.counted === undefined || Q[j]!.counted === counted)) continue;
      const sum = grp.reduce((acc, j) => acc + Q[j]!.value!, 0);
      for (let i = grp[0]! - 1; i >= 0 && Q[i]!.sentence >= s - 3; i--) {
        const t = Q[i]!;
        if (partOf.has(i) || !additive(t) || t.counted !== counted || unit(t) !== unit(Q[grp[0]!]!)) continue;
        if (Math.abs(t.value! - sum) < 1e-9) take({ kind: "sum", total: i, parts: grp, sentence: s, rule: "implied" });
        break;
      }
    }
  }

  // 5. a part of a whole: "36 of these cells", "46 of which", "some of them"
  for (let i = 0; i < Q.length; i++) {
    if (!additive(Q[i]!) || partOf.has(i)) continue;
    const top = g.quantityTop[i]!;
    if (top < 0) continue;
    let of = -1;
    for (const c of syn.children(top)) if (syn.rel(c) === "nmod" && g.caseOf(c) === "of") of = c;
    if (of < 0) continue;
    const det = syn.child(of, "det");
    const word = g.word(of);
    let total = -1;
    if (word === "which" || word === "whom") {
      // the antecedent of the relative clause: the nearest number before it in the sentence that is no part
      for (let j = i - 1; j >= 0 && Q[j]!.sentence === Q[i]!.sentence; j--)
        if (additive(Q[j]!) && !partOf.has(j)) {
          total = j;
          break;
        }
    } else if ((det >= 0 && DEMONSTRATIVE.has(g.word(det))) || DEMONSTRATIVE.has(word)) {
      const lemma = word === "them" ? undefined : syn.lemma[of]!.toLowerCase();
      for (let j = i - 1; j >= 0 && Q[j]!.sentence >= Q[i]!.sentence - 5; j--) {
        if (!additive(Q[j]!) || partOf.has(j) || introducedByIncluding(g, j)) continue;
        if (lemma === undefined || Q[j]!.counted === lemma) {
          total = j;
          break;
        }
      }
    }
    if (total >= 0) take({ kind: "subset", total, parts: [i], sentence: Q[i]!.sentence, rule: word === "which" || word === "whom" ? "of-which" : "of-these" });
  }

  found.sort((x, y) => Q[x.parts[0]!]!.start - Q[y.parts[0]!]!.start);
  return found.map((f, k) => {
    const total = Q[f.total]!.value!;
    const parts = f.parts.map((p) => Q[p]!.value!);
    const ok = f.kind === "sum" ? Math.abs(total - parts.reduce((x, y) => x + y, 0)) < 1e-9 * Math.max(1, Math.abs(total)) : parts.every((p) => p <= total);
    return {
      id: `K${k + 1}`,
      kind: f.kind,
      total: Q[f.total]!.id,
      parts: f.parts.map((p) => Q[p]!.id),
      status: ok ? "ok" : "mismatch",
      sentence: f.sentence,
      source: `checks:${f.rule}`,
    };
  });
}

/** The noun a quantity counts (its head in the parse), or its own token. */
function headNoun(g: ParseGraph, i: number): number {
  const top = g.quantityTop[i]!;
  const r = g.syn.rel(top);
  return (r === "nummod" || r === "amod") && g.syn.head[top]! >= 0 ? g.syn.head[top]! : top;
}

/** The "(" that opens right after a quantity or the noun phrase it counts, or -1. */
function parenthesisAfter(g: ParseGraph, i: number, end: number): number {
  const head = headNoun(g, i);
  const syn = g.syn;
  const p = syn.phraseIndexOf(head);
  const last = p >= 0 ? Math.max(syn.nounPhrases[p]!.last, head) : head;
  const k = Math.max(last, g.quantityTop[i]!) + 1;
  return k < end && (g.tokens[k]!.text === "(" || g.tokens[k]!.text === "[") ? k : -1;
}

function closing(g: ParseGraph, open: number, end: number): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const t = g.tokens[k]!.text;
    if (t === "(" || t === "[") depth++;
    else if ((t === ")" || t === "]") && --depth === 0) return k;
  }
  return end;
}

/** Whether the quantities' phrases are one coordination in the parse (each a conjunct of the first, or of a conjunct). */
function coordinated(g: ParseGraph, qs: readonly number[]): boolean {
  const heads = qs.map((i) => headNoun(g, i));
  const first = heads[0]!;
  return heads
    .slice(1)
    .every((h) => conjunctOf(g, h, first) || conjunctOf(g, g.syn.head[h]!, first) || conjunctOf(g, h, g.syn.head[first]!) || remnantOf(g, h, first));
}

/**
 * Whether x is a conjunct of another dependent of first's head: the remnant of an elided clause ("21 cells
 * were dismantled in 2015 and 19 in 2016") that the parse attached to the word before it ("2015") rather
 * than to the clause; x's head must be a number too, as the remnant's sibling in such a clause is.
 */
function remnantOf(g: ParseGraph, x: number, first: number): boolean {
  const syn = g.syn;
  if (syn.rel(x) !== "conj") return false;
  const y = syn.head[x]!;
  return y >= 0 && y !== first && syn.upos[y] === "NUM" && syn.head[y] === syn.head[first] && y < x;
}

/** Whether a coordinating conjunction stands between two tokens ("2 attempted ... and one ..."). */
function hasConjunction(g: ParseGraph, x: number, y: number): boolean {
  for (let k = x + 1; k < y; k++) if (g.syn.upos[k] === "CCONJ") return true;
  return false;
}

function conjunctOf(g: ParseGraph, x: number, of: number): boolean {
  for (let y = x, guard = 0; y >= 0 && guard < 20; y = g.syn.head[y]!, guard++) {
    if (y === of) return true;
    if (g.syn.rel(y) !== "conj") return false;
  }
  return false;
}

/** Groups of two or more additive quantities of one sentence that the parse coordinates ("21 cells ... and 19 in 2016"). */
function groups(g: ParseGraph, s: number): number[][] {
  const Q = g.quantities;
  const ids: number[] = [];
  for (const i of g.quantitiesBySentence[s]!) if (additive(Q[i]!)) ids.push(i);
  const out: number[][] = [];
  const used = new Set<number>();
  for (const i of ids) {
    if (used.has(i)) continue;
    const grp = [i, ...ids.filter((j) => j > i && !used.has(j) && coordinated(g, [i, j]))];
    if (grp.length >= 2) {
      out.push(grp);
      for (const j of grp) used.add(j);
    }
  }
  return out;
}

/** "including 4 cells": a part of something the sentence does not total, never a whole. */
function introducedByIncluding(g: ParseGraph, i: number): boolean {
  const h = headNoun(g, i);
  const c = g.syn.child(h, "case");
  return c >= 0 && INCLUDING.has(g.word(c));
}
