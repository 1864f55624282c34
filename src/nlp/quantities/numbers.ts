/** Number words, ordinals, fractions and vague magnitudes: hand-written tables, no NLP library. */

export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9],
  ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16],
  ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);
export const TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fourty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);
/** Multipliers inside a written number. */
export const WORD_SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12], ["dozen", 12],
]);
const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8], ["ninth", 9],
  ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13], ["fourteenth", 14], ["fifteenth", 15], ["sixteenth", 16],
  ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20], ["thirtieth", 30], ["fortieth", 40], ["fiftieth", 50],
  ["sixtieth", 60], ["seventieth", 70], ["eightieth", 80], ["ninetieth", 90], ["hundredth", 100], ["thousandth", 1000], ["millionth", 1e6],
  ["billionth", 1e9],
]);
export const ORDINAL_WORDS: readonly string[] = [...ORDINAL_UNITS.keys()];
/** Denominator words of fractions ("a third", "two-thirds", "three quarters"). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ["half", 2], ["halves", 2], ["third", 3], ["thirds", 3], ["quarter", 4], ["quarters", 4], ["fourth", 4], ["fourths", 4],
  ["fifth", 5], ["fifths", 5], ["sixth", 6], ["sixths", 6], ["seventh", 7], ["sevenths", 7], ["eighth", 8], ["eighths", 8],
  ["ninth", 9], ["ninths", 9], ["tenth", 10], ["tenths", 10], ["hundredth", 100], ["hundredths", 100],
]);
export const UNICODE_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["½", 0.5], ["⅓", 1 / 3], ["⅔", 2 / 3], ["¼", 0.25], ["¾", 0.75], ["⅕", 0.2], ["⅛", 0.125], ["⅜", 0.375], ["⅝", 0.625], ["⅞", 0.875],
]);

/**
 * Vague magnitudes, documented in docs/quantities.md: "Ns" of a magnitude N reads as the range
 * [2N, 10N - 1] ("hundreds" = 200..999, "dozens" = 24..119); "tens of thousands" multiplies both ends.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ["dozens", 12], ["scores", 20], ["tens", 10], ["hundreds", 100], ["thousands", 1e3], ["millions", 1e6], ["billions", 1e9], ["trillions", 1e12],
]);
/**
 * The range of "Ns" of magnitude N, by the power-of-ten convention of CQE's gold ("millions" = [1e6, 1e7),
 * the high end exclusive, written as 1e7): [N, 10N]; "dozens" = [24, 144] (two dozen up to a gross),
 * "scores" = [40, 400]; "Ns of Ms" multiplies ("tens of thousands" = [1e4, 1e5]).
 */
export function vagueRange(magnitude: number, word = ""): [number, number] {
  if (word === "dozens") return [2 * magnitude, 12 * magnitude];
  if (word === "scores") return [2 * magnitude, 20 * magnitude];
  return [magnitude, 10 * magnitude];
}
/** "several hundred" = 3N..9N, "a few thousand" = 2N..5N, "a couple of hundred" = 2N..3N. */
export const VAGUE_QUANTIFIERS: ReadonlyMap<string, [number, number]> = new Map([
  ["several", [3, 9]], ["few", [2, 5]], ["couple", [2, 3]], ["many", [2, 9]],
]);

export interface WordNumber {
  value: number;
  /** tokens consumed */
  length: number;
  ordinal: boolean;
}

/** Value of one number word part: "twenty", "one", "hundred" (as a scale), ordinals. */
function part(w: string): { kind: "unit" | "tens" | "scale" | "ordinal"; value: number } | null {
  let v = UNITS.get(w);
  if (v !== undefined) return { kind: "unit", value: v };
  v = TENS.get(w);
  if (v !== undefined) return { kind: "tens", value: v };
  v = WORD_SCALES.get(w);
  if (v !== undefined) return { kind: "scale", value: v };
  v = ORDINAL_UNITS.get(w);
  if (v !== undefined) return { kind: "ordinal", value: v };
  return null;
}

/** True when the lower-cased token is (or, hyphenated, is made of) number words. */
export function isNumberWord(lower: string): boolean {
  if (part(lower) !== null) return true;
  if (!lower.includes("-")) return false;
  return lower.split("-").every((p) => part(p) !== null);
}

/**
 * Reads a written number from lower-cased word tokens starting at `from`: "twenty-one",
 * "thirty-one thousand two hundred seventeen", "one hundred and five", "twenty-first".
 * Returns null when the first word is not a number word. A scale word alone ("hundred")
 * is not read here (callers handle "a hundred", "hundreds").
 */
export function parseWordNumber(words: readonly string[], from: number): WordNumber | null {
  let total = 0;
  let current = 0;
  let any = false;
  let ordinal = false;
  let last: "unit" | "tens" | "scale" | null = null;
  let i = from;
  for (; i < words.length; i++) {
    const w = words[i]!;
    if (w === "and" && any && last === "scale" && i + 1 < words.length) {
      const next = words[i + 1]!;
      const p = part(next.split("-")[0]!);
      if (p && (p.kind === "unit" || p.kind === "tens" || p.kind === "ordinal")) continue;
      break;
    }
    const pieces = w.includes("-") ? w.split("-") : [w];
    const parts = pieces.map(part);
    if (parts.some((p) => p === null)) break;
    let ok = true;
    let stop = false;
    for (const p of parts as Array<NonNullable<ReturnType<typeof part>>>) {
      if (p.kind === "scale") {
        if (!any) {
          ok = false;
          break;
        }
        if (p.value === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * p.value;
          current = 0;
        }
        last = "scale";
      } else if (p.kind === "ordinal") {
        // an ordinal ends the number: "twenty-first", "two hundred and fifth"
        if (any && last !== "tens" && last !== "scale") {
          ok = false;
          break;
        }
        if (p.value >= 100) {
          if (!any) current = 1;
          if (p.value === 100) current *= 100;
          else {
            total += (current || 1) * p.value;
            current = 0;
          }
        } else current += p.value;
        ordinal = true;
        any = true;
        stop = true;
      } else {
        // "twenty one" and "two hundred five" but not "five five" or "twenty thirty"
        if (any && last !== "scale" && !(last === "tens" && p.kind === "unit" && p.value < 10)) {
          ok = false;
          break;
        }
        current += p.value;
        last = p.kind;
        any = true;
      }
    }
    if (!ok) break;
    if (stop) {
      i++;
      break;
    }
  }
  if (!any) return null;
  return { value: total + current, length: i - from, ordinal };
}

/** Parses a digit token: "2,963", "3.5", "1,000,000.25". Null for anything else (10:30, 1/2, 1.000.000). */
export function parseDigits(text: string): number | null {
  // Western grouping 2,963,000; Indian (lakh) grouping 2,00,000 = 200000 and 1,15,000 = 115000
  if (/^\d+(?:\.\d+)?$/.test(text) || /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text) || /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(text)) return Number(text.replace(/,/g, ""));
  return null;
}
