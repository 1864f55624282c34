import type { Quantity } from "../../schema/quantity.js";

/** Shared shapes of the quantity extractor: a read number, an atom (number + currency/unit), a record. */

export type Kind = Quantity["kind"];
export type Change = Quantity["change"];
export type RangeKind = "between" | "from" | "to" | "dash" | "or";

/** A date span of the dates layer (only offsets and id are used). */
export interface DateSpan {
  id: string;
  start: number;
  end: number;
  /** the dates layer's kind; a duration ("in 9.58 seconds") never scopes a quantity */
  kind?: string;
  /** counted from the publication date by a length the phrase writes ("two years ago"): that length is a duration quantity */
  relative?: true;
}

export interface Num {
  value: number;
  /** token index one past the number (and its scale word) */
  end: number;
  ordinal: boolean;
  fraction: boolean;
  vague: [number, number] | null;
  scaled: boolean;
  /** the single digit token, when the number is exactly one (for year and phone checks) */
  digits: string | null;
  /** written with the word "one" alone (a pronoun more often than a count) */
  bareOne: boolean;
}

export interface Atom extends Num {
  start: number;
  /** index of the first number token (after a currency prefix) */
  numStart: number;
  /** index one past the number, before any unit */
  numEnd: number;
  currency: string | null;
  unit: string | null;
  unitKind: "percent" | "measure" | "money" | null;
  /** a hyphen compound's noun ("a 10-member team") */
  compoundNoun: string | null;
  /** character span of the unit (or currency prefix) as written, when one was read: "km", "$", "Dutch guilders" */
  unitSpan?: [number, number];
  /** a minor currency unit as written ("19 cents": value 19, minor cent, factor 0.01 of USD) */
  minor?: { name: string; factor: number };
  /** one side of a score or tally ("3-1", "a 68-34 vote"): its counted noun from the sentence, "" for none */
  score?: string;
  /** the counted noun the sentence implies without writing it after the number ("the blast killed 12": person) */
  implied?: string;
}

/** A found quantity while scanning; `tail`: the token after the record and its counted phrase */
/**
 * The rule that made a quantity (its source is "quantities:<rule>"): a range, a vague magnitude,
 * a fraction, an ordinal, a number with a unit, or a count of a noun, of an earlier count's noun
 * ("21 cells ... and 19 in 2016") or of nothing said.
 */
export type QuantityRule =
  | `range-${RangeKind}`
  | "vague"
  | "fraction"
  | "ordinal"
  | `unit-${NonNullable<Atom["unitKind"]>}`
  | "count-noun"
  | "count-ellipsis"
  | "count";

/** What a count counts, for the parallel-count rule: its own noun, an earlier count's noun, or nothing said; null for other quantities. */
export type CountBasis = "noun" | "ellipsis" | "bare" | null;

export interface Rec {
  q: Omit<Quantity, "id">;
  /** the rule that made it */
  rule: QuantityRule;
  countBasis: CountBasis;
  startTok: number;
  endTok: number;
  tail: number;
  /** how the rules found the concept ("rule" concepts give way to the parse's) */
  conceptFrom?: "verb" | "level" | "rule" | "parse" | null;
  /** written as a hyphen compound before a noun ("a 543-member parliament") */
  compound?: boolean;
}

/** A Num with every field set in one order (object spread is slow in V8's hot paths). */
export function mkNum(p: Partial<Num> & { value: number; end: number }): Num {
  return {
    value: p.value, end: p.end, ordinal: p.ordinal ?? false, fraction: p.fraction ?? false, vague: p.vague ?? null,
    scaled: p.scaled ?? false, digits: p.digits ?? null, bareOne: p.bareOne ?? false,
  };
}

/** "mile" of "mile per hour". */
export function baseUnit(u: string): string {
  const k = u.indexOf(" per ");
  return k < 0 ? u : u.slice(0, k);
}

export function roundValue(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}
