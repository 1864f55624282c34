import type { Ctx } from "./context.js";
import type { Token } from "../../document/types.js";
import type { Quantity } from "../../schema/quantity.js";
import type { Atom, Change, Kind, RangeKind, Rec } from "./types.js";
import { singularize } from "./lemma.js";

/** Builds the record of an accepted number and pushes it; returns its end token. */
export function pushRecord(
  ctx: Ctx, records: Rec[], t: Token, a: Atom, rangeB: Atom | null, rangeKind: RangeKind | null, rangeEnd: number, startTok: number, kindBase: Kind,
  counted: { head: number; start: number; end: number } | null, parallel: Rec | null, change: Change, modStart: number, postNoun: number, concept: string | undefined,
) {
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
  const unit = a.unitKind === "money" ? (a.unit && a.unit.includes(" per ") ? a.unit : a.currency ?? undefined) : a.fraction ? "fraction" : a.unit ?? undefined;
  if (unit) q.unit = unit;
  if (counted) {
    const headTok = tokens[counted.head]!;
    const keepCase = capitalised(counted.head) && !sentStart(counted.head);
    q.counted = singularize(headTok.text, keepCase);
    q.countedText = sliceText(counted.start, counted.end);
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
  q.source = rangeB ? `range:${rangeKind}` : a.vague ? "vague" : a.fraction ? "fraction" : a.ordinal ? "ordinal" : a.unitKind ? `unit:${a.unitKind}` : counted ? "count:noun" : parallel ? "count:ellipsis" : "count";
  if (rangeKind === "between" || rangeKind === "from") {
    // the opening word belongs to the range's text
    const open = startTok - 1;
    q.start = tokens[open]!.start;
    q.text = text.slice(q.start, q.end);
  }
  records.push({ q, startTok, endTok, tail: counted ? counted.end : q.countedText && parallel ? endTok + 1 : endTok });
  return endTok;
}
