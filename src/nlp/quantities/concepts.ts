import type { Ctx } from "./context.js";
import type { Rec } from "./types.js";
import type { SyntaxLayer } from "../../document/syntax-layer.js";
import { attachedConcept, changeNounConcept, conceptFromParse, nounBeforeOf, respectiveConcepts, scoreSides, spanHead, type ConceptCx } from "./concept-parse.js";
import { coordinatedAfter } from "./coordination.js";

/**
 * The concept of every quantity of an article, after the records are read: each quantity's own attachment in the
 * parse and the word rules' reading first (fillConcepts), then what neighbouring quantities hand each other
 * (coordinated modifiers, restatements, levels of a change, coordinated changes, score sides, "respectively").
 * docs/quantities.md, "concept", lists the readings.
 */
export function readConcepts(ctx: Ctx, records: readonly Rec[], syn: SyntaxLayer | undefined): void {
  const cx = conceptCx(ctx.text, records, syn, ctx.inDate);
  fillConcepts(cx, records, syn);
  shareConcepts(ctx, records);
  shareCoordinatedConcepts(ctx, records, syn);
  shareModifierNoun(ctx, records);
  if (syn) {
    scoreConcepts(ctx, records, syn, cx);
    respectively(ctx, records, syn, cx);
  }
}

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
function fillConcepts(cx: ConceptCx, records: readonly Rec[], syn: SyntaxLayer | undefined): void {
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
      const at = attachedConcept(syn, cx, r.startTok, r.tail, q.kind, q.unit, r.compound);
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

/** A clause boundary between tokens [a, b): ";", "and", "but", "while", "whereas" */
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
      if (clauseBreak(ctx, p.endTok, b)) break;
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
