import type { Ctx } from "./context.js";
import type { Token } from "../../document/types.js";
import type { Quantity } from "../../schema/quantity.js";
import type { Atom, Change, CountBasis, Kind, QuantityRule, RangeKind, Rec } from "./types.js";
import { singularize } from "./lemma.js";
import { roundValue } from "./types.js";

/** What the extractor has read about one accepted number, by name. */
export interface RecordParts {
  /** the number's first token */
  token: Token;
  atom: Atom;
  /** the other end of a range, and how the range is written */
  rangeB: Atom | null;
  rangeKind: RangeKind | null;
  /** token one past the quantity */
  rangeEnd: number;
  startTok: number;
  kind: Kind;
  /** the counted noun phrase: its head and token span */
  counted: { head: number; start: number; end: number } | null;
  /** the earlier count whose noun a bare number shares */
  parallel: Rec | null;
  change: Change;
  /** token of the modifier ("about", "more than"), or -1 */
  modStart: number;
  /** token of a modifier after the noun ("rose"), or -1 */
  postNoun: number;
  concept: string | undefined;
  conceptFrom?: "verb" | "level" | "rule" | null;
}

/** The rule that made the quantity, from what was read. */
function ruleOf(p: RecordParts): { rule: QuantityRule; countBasis: CountBasis } {
  const a = p.atom;
  if (p.rangeB) return { rule: `range-${p.rangeKind ?? "dash"}`, countBasis: null };
  if (a.vague) return { rule: "vague", countBasis: null };
  if (a.fraction) return { rule: "fraction", countBasis: null };
  if (a.ordinal) return { rule: "ordinal", countBasis: null };
  if (a.unitKind) return { rule: `unit-${a.unitKind}`, countBasis: null };
  if (p.counted) return { rule: "count-noun", countBasis: "noun" };
  if (p.parallel) return { rule: "count-ellipsis", countBasis: "ellipsis" };
  return { rule: "count", countBasis: "bare" };
}

/** Builds the record of an accepted number and pushes it; returns its end token. */
export function pushRecord(ctx: Ctx, records: Rec[], parts: RecordParts): number {
  const { token: t, atom: a, rangeB, rangeKind, rangeEnd, startTok, kind: kindBase, counted, parallel, change, modStart, postNoun, concept } = parts;
  const { text, tokens, dotUnit, lw, capitalised, sentStart, sliceText } = ctx;
  const startChar = tokens[startTok]!.start;
  const endTok = rangeEnd;
  const endChar = tokens[endTok - 1]!.end - dotUnit[endTok - 1]!;
  const kind = kindBase;
  const q: Omit<Quantity, "id"> = {
    start: startChar,
    end: endChar,
    text: text.slice(startChar, endChar),
    kind,
    value: rangeB || a.vague ? null : a.value,
    change,
    sentence: t.sentence,
    source: "",
  };
  if (rangeB) {
    const lo = Math.min(a.value, rangeB.value);
    const hi = Math.max(a.value, rangeB.value);
    q.low = lo;
    q.high = hi;
  } else if (a.vague) {
    q.low = a.vague[0];
    q.high = a.vague[1];
  }
  const unit = a.unitKind === "money" ? (a.unit && a.unit.includes(" per ") ? a.unit : a.minor?.name ?? a.currency ?? undefined) : a.fraction ? "fraction" : a.unit ?? undefined;
  if (unit) q.unit = unit;
  // the unit as written: this end's, else the range's other end's ("5-10 km")
  const span = a.unitSpan ?? rangeB?.unitSpan;
  if (unit && unit !== "fraction" && span && span[1] > span[0]) q.unitText = text.slice(span[0], span[1]);
  if (a.minor && a.currency) {
    // "19 cents": unit cent as written, the amount in the currency beside it
    q.currency = a.currency;
    if (q.value !== null) q.amount = roundValue(q.value * a.minor.factor);
  }
  if (counted) {
    const headTok = tokens[counted.head]!;
    const keepCase = capitalised(counted.head) && !sentStart(counted.head);
    q.counted = singularize(headTok.text, keepCase);
    q.countedText = sliceText(counted.start, counted.end);
  } else if (a.score) {
    q.counted = a.score;
  } else if (a.implied && !parallel) {
    q.counted = a.implied;
  } else if (a.compoundNoun) {
    q.counted = a.compoundNoun;
    q.countedText = a.compoundNoun;
  } else if (parallel) {
    if (parallel.q.counted) q.counted = parallel.q.counted;
    // "200 others" names what it counts; "200 more" does not (the noun is the antecedent's)
    if (lw(rangeEnd) === "others") q.countedText = tokens[rangeEnd]!.text;
  }
  if (modStart >= 0) q.modifier = sliceText(modStart, rangeKind === "between" || rangeKind === "from" ? startTok - 1 : startTok);
  else if (postNoun >= 0) q.modifier = tokens[postNoun]!.text;
  if (concept) q.concept = concept;
  const { rule, countBasis } = ruleOf(parts);
  q.source = `quantities:${rule}`;
  if (rangeKind === "between" || rangeKind === "from") {
    // the opening word belongs to the range's text
    const open = startTok - 1;
    q.start = tokens[open]!.start;
    q.text = text.slice(q.start, q.end);
  }
  records.push({ q, rule, countBasis, startTok, endTok, tail: counted ? counted.end : q.countedText && parallel ? endTok + 1 : endTok, conceptFrom: parts.conceptFrom ?? null, compound: a.compoundNoun !== null });
  return endTok;
}
