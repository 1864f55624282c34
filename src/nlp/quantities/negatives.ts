import type { Ctx } from "./context.js";
import type { Atom } from "./types.js";
import { isPluralNoun } from "./lemma.js";
import { CHANGE_BEFORE, CLOCK_AFTER, ID_NOUNS, LEVEL_VERBS, MODIFIERS, MONTHS, STOP, WEEKDAYS, YEAR_CONTEXT } from "./words.js";

/** Numbers that are not quantities: years, days of the month, phone numbers, coordinates, clock times, identifiers. */
export const MODIFIER_FIRST: ReadonlySet<string> = new Set(MODIFIERS.map(([m]) => m.split(" ")[0]!));

/** A decimal with at least two fractional digits, as in coordinates. */
export const COORD = /^-?\d{1,3}\.\d{2,}$/;

/** Not a quantity: a year, a day of the month, a clock time, a phone number, an identifier. */
export function refused(ctx: Ctx, a: Atom): boolean {
  const { inDate, blocked, tok, sameSentence, glued, lw, isDigitTok, isWordTok, capitalised } = ctx;
  const first = a.numStart;
  const prev = first - 1;
  const next = a.numEnd;
  const hasUnit = a.unitKind !== null;
  if (a.digits !== null && !hasUnit) {
    const v = Number(a.digits);
    // years: 4 digits in 1000..2100 unless a plural noun follows outside a year context
    if (/^\d{4}$/.test(a.digits) && v >= 1000 && v <= 2100) {
      const prevWord = lw(a.start - 1);
      const yearish = YEAR_CONTEXT.has(prevWord) || MONTHS.has(prevWord) || capitalised(a.start - 1) || lw(next) === "," || tok(next)?.text === "-" || tok(next)?.text === "–";
      if (yearish || !isPluralNoun(tok(next)?.text ?? "")) return true;
    }
    // the second year of a span written with a short end: "2004 - 7", "2000-1 season", "1998–99"
    const dash = tok(a.start - 1)?.text;
    const yearBefore = tok(a.start - 2);
    if ((dash === "-" || dash === "–") && a.digits.length <= 2 && yearBefore && /^\d{4}$/.test(yearBefore.text) && sameSentence(a.start - 2, first)) {
      const y = Number(yearBefore.text);
      const tail = a.digits.length === 1 ? y % 10 : y % 100;
      if (y >= 1000 && y <= 2100 && (v > tail || (a.digits.length === 2 && tail === 99 && v === 0)) && !isPluralNoun(tok(next)?.text ?? "")) return true;
    }
    // decades: 1990s
    if (glued(next) && lw(next) === "s") return true;
    // leading zeros, "+44", "(212) 555": phone numbers and codes
    if (/^0\d/.test(a.digits)) return true;
    if (tok(prev)?.text === "+" && glued(first)) return true;
    if (tok(next)?.text === ")" && isDigitTok(next + 1)) return true;
    if (isDigitTok(next) && /^\d+$/.test(tok(next)!.text) && sameSentence(next, first) && !inDate[next]) {
      blocked[next] = 1;
      return true;
    }
  }
  if (!hasUnit && !a.fraction && Number.isInteger(a.value) && a.value >= 1 && a.value <= 31) {
    // days of the month: "May 8", "8 May", "the 8th of May"
    if (MONTHS.has(lw(prev)) || MONTHS.has(lw(next)) || (lw(next) === "of" && MONTHS.has(lw(next + 1))) || (lw(prev) === "the" && MONTHS.has(lw(prev - 1)))) return true;
    if (WEEKDAYS.has(lw(prev)) && a.ordinal) return true;
  }
  // decimal coordinates: "33.783; 44.500", "36.34, 43.13" (latitude then longitude)
  if (!hasUnit && a.digits !== null && COORD.test(a.digits) && Math.abs(Number(a.digits)) <= 90) {
    const sep = tok(next)?.text;
    const other = tok(next + 1);
    if ((sep === "," || sep === ";" || sep === "/") && other && other.kind === "number" && sameSentence(next + 1, first) && COORD.test(other.text) && Math.abs(Number(other.text)) <= 180) {
      blocked[next + 1] = 1;
      return true;
    }
  }
  // citation marks [1] and coordinates 33°47′N
  if (tok(prev)?.text === "[" && glued(first) && tok(a.numEnd)?.text === "]") return true;
  const after = tok(a.end);
  if (after && glued(a.end) && (/^[′″'’]$/.test(after.text) || (a.unit === "degree" && (after.kind === "number" || /^[NSEW]$/.test(after.text))))) return true;
  // clock times: 3 p.m., 1600 GMT, 5pm
  if (!hasUnit && (CLOCK_AFTER.has(lw(next)) || (lw(next) === "local" && lw(next + 1) === "time"))) return true;
  // identifiers: "Resolution 1441", "Task Force 88", "Gate 12", "4G"
  if (!a.currency && !a.vague && !a.fraction && a.score === undefined) {
    const nextTok = tok(a.end);
    if (nextTok && glued(a.end) && nextTok.kind === "word" && !a.compoundNoun && a.end === a.numEnd) return true;
    if (glued(first) && tok(prev)?.kind === "word" && a.start === first) return true;
    if (glued(first) && tok(prev)?.text === "#") return true;
    const pluralAfter = isPluralNoun(tok(a.end)?.text ?? "") || (a.value === 1 && isWordTok(a.end) && !STOP.has(lw(a.end)));
    if (!hasUnit && !pluralAfter && a.start === first && prev >= 0 && sameSentence(prev, first)) {
      const pw = lw(prev);
      if (ID_NOUNS.has(pw) && !a.ordinal) return true;
      // a plural identifier noun before a list of numbers: "police posts 542 and 543", "flights 12, 14 and 20"
      if (!a.ordinal && pw.length > 3 && pw.endsWith("s") && ID_NOUNS.has(pw.slice(0, -1)) && isDigitTok(first)) {
        for (let z = next; z + 1 < ctx.n && sameSentence(z, first) && (lw(z) === "and" || lw(z) === "," || lw(z) === "or") && isDigitTok(z + 1); z += 2) blocked[z + 1] = 1;
        return true;
      }
      if (isWordTok(prev) && capitalised(prev) && !STOP.has(pw) && !WEEKDAYS.has(pw) && !CHANGE_BEFORE.has(pw) && !LEVEL_VERBS.has(pw) && !MODIFIER_FIRST.has(pw)) {
        return true;
      }
      if (isWordTok(prev) && capitalised(prev) && ID_NOUNS.has(pw)) return true;
    }
  }
  return false;
}
