import type { DateRecord } from "../../schema/date.js";
import { type DayNumber, dayNumber, daysInMonth, fromDayNumber, isValidDate, isoYear, isoYmd, weekday } from "./calendar.js";
import {
  APPROXIMATORS,
  DECADE_WORDS,
  IDENTIFIER_WORDS,
  isoDuration,
  MONTH_RE,
  MONTHS,
  NON_NOUN_S,
  NUMBER_RE,
  numberValue,
  ORDINAL_WORDS,
  UNIT_RE,
  UNIT_WORDS,
  unitInfo,
  WEEKDAY_OPT_ABBR_RE,
  WEEKDAY_RE,
  WEEKDAYS,
} from "./lexicon.js";
import {
  anchoredSpan,
  type CalendarUnit,
  calendarUnit,
  easter,
  movableDay,
  monthAlone,
  monthDay,
  relativeDay,
  shifted,
  type Tense,
  weekdayDate,
} from "./resolve.js";
import { startsUpper } from "../../lexicon/casing.js";

export type DateKind = DateRecord["kind"];

/** A match before overlap resolution. `parts` lets a range borrow the year of its other end. */
export interface Candidate {
  start: number;
  end: number;
  kind: DateKind;
  value: string | null;
  /** the rule that found it (the record's source is "dates:<rule>") */
  rule: string;
  /** a named holiday (Christmas, Easter): scorers with the "holidays" convention read it */
  holiday?: true;
  /** counted from the publication date by a length written in the phrase ("two years ago", "the past three months") */
  relative?: true;
  /** for an interval composed from other dates ("between 2015 and 2016", "since May"): those dates, for explain mode's trail */
  builtFrom?: readonly Candidate[];
  parts?: { m: number; d?: number; yearless: boolean; year?: number };
}

export interface RuleContext {
  text: string;
  ref: DayNumber | null;
  /** tense of the clause governing the offset (the parse's, else the sentence's markers) */
  tense(offset: number): Tense;
  /** whether the parse decided tense(offset) */
  parsedTense(offset: number): boolean;
}

export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Candidate | null;
}

interface RuleSpec {
  name: string;
  pattern: string;
  /** default "giu" */
  flags?: string;
  /** the rule records named holidays */
  holiday?: true;
  /** the rule's dates are counted from the publication date by a length the phrase writes */
  relative?: true;
  build(m: RegExpExecArray, ctx: RuleContext, span: { start: number; end: number }): Omit<Candidate, "start" | "end" | "rule"> | Candidate | null;
}

// The rules run without the `u` flag (three times faster in V8): letters are ASCII plus Latin-1/Extended-A/B.
const LETTER = String.raw`A-Za-z\u00C0-\u024F`;
const L = String.raw`(?<![${LETTER}0-9_])`; // word start
const R = String.raw`(?![${LETTER}0-9_])`; // word end
const YEAR = String.raw`(?:1\d{3}|20\d{2})`;
const TZ_RE = String.raw`(?:GMT|UTC|Z|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|KST|HKT|SGT)`;
const TZ_OFFSET: Readonly<Record<string, string>> = {
  GMT: "Z", UTC: "Z", Z: "Z", BST: "+01:00", CET: "+01:00", CEST: "+02:00", EET: "+02:00", EEST: "+03:00", WET: "Z",
  EST: "-05:00", EDT: "-04:00", CST: "-06:00", CDT: "-05:00", MST: "-07:00", MDT: "-06:00", PST: "-08:00",
  PDT: "-07:00", AEST: "+10:00", AEDT: "+11:00", JST: "+09:00", KST: "+09:00", HKT: "+08:00", SGT: "+08:00",
};

const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];
const monthNum = (s: string): number => MONTHS.get(s.toLowerCase().replace(/\.$/, "")) ?? 0;
const pad2 = (n: number): string => String(n).padStart(2, "0");


/** The word right before `at` (skipping spaces and a trailing period), lower-cased, or "". */
export function prevWord(text: string, at: number): string {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  if (i > 0 && text[i - 1] === ".") i--;
  let j = i;
  while (j > 0 && /[\p{L}\p{M}'’]/u.test(text[j - 1]!)) j--;
  return text.slice(j, i).toLowerCase();
}

/** The word right after `at` when only spaces separate it (as written), or "". */
export function nextWord(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
  let j = i;
  while (j < text.length && /[\p{L}\p{M}]/u.test(text[j]!)) j++;
  return text.slice(i, j);
}

const YEAR_PREPS = new Set([
  "in", "since", "until", "till", "by", "from", "to", "between", "and", "during", "before", "after", "circa", "c", "ca",
  "year", "early", "late", "mid", "of", "through", "throughout", "ad", "around", "summer", "winter", "spring", "autumn", "fall",
]);
const FUNCTION_WORDS = new Set([
  "and", "or", "but", "the", "a", "an", "when", "to", "was", "were", "is", "had", "by", "after", "before", "until", "as",
  "in", "on", "at", "for", "with", "he", "she", "it", "they", "we", "i", "you", "there", "this", "that", "which", "who",
]);
const POSSESSIVE_DETS = new Set(["the", "its", "his", "her", "their", "our", "this", "that", "whose", "my", "your"]);
const TIME_PREPS = new Set(["at", "by", "from", "until", "till", "before", "after", "around", "about", "since", "to", "between", "and", "approximately", "roughly", "shortly", "just", "of"]);
const SPAN_CONTEXT = new Set([
  "for", "over", "in", "within", "after", "than", "about", "nearly", "almost", "around", "past", "last", "next", "spent",
  "spend", "spends", "took", "take", "takes", "lasted", "lasting", "lasts", "half", "only", "just", "least", "of", "another",
  "once", "every", "each", "per", "first", "entire", "whole", "full", "during", "throughout", "every",
]);
const SPAN_AFTER = new Set(["ago", "later", "earlier", "old", "long", "before", "after", "prior", "in", "from", "since"]);
const SEASON_OF_TITLE = new Set(["good", "black", "ash", "super", "bloody", "easter", "palm", "cyber", "holy", "maundy", "shrove", "fat", "giving", "blue", "whit", "low"]);
const WEEKDAY_NAME_FOLLOWERS = new Set([
  "times", "telegraph", "mirror", "express", "herald", "post", "independent", "mail", "tribune", "star", "sport",
  "people", "age", "business", "review", "magazine", "edition", "world", "sun", "observer", "record",
]);

/**
 * Is a bare four-digit number a year? Years are the default for 1800-2099 in news; identifiers
 * ("Resolution 1441"), amounts ("about 2000", "2000 troops") and phone-like runs are not.
 */
export function looksLikeYear(text: string, start: number, end: number, y: number): boolean {
  const prev = prevWord(text, start);
  const next = nextWord(text, end);
  const nextLower = next.toLowerCase();
  if (IDENTIFIER_WORDS.has(prev) || APPROXIMATORS.has(prev)) return false;
  if (/^(?:GMT|UTC|hrs|hours|h)$/i.test(next) && !/\S/.test(text.slice(end, end + 1))) return false;
  if (/^[\p{N}]/u.test(text.slice(end).trimStart()) && /^\s+\d/.test(text.slice(end, end + 3))) return false;
  if (/\d\s+$/.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (next !== "" && next === nextLower) {
    const counted = UNIT_WORDS.has(nextLower) || (/s$/.test(nextLower) && nextLower.length > 3 && !/ss$/.test(nextLower) && !NON_NOUN_S.has(nextLower));
    if (counted && (UNIT_WORDS.has(nextLower) || !POSSESSIVE_DETS.has(prev))) return false;
  }
  if (y < 1800) {
    // an early year needs a temporal word before it, and no noun after it ("a survey of 1709 schoolchildren")
    if (next !== "" && next === nextLower && !FUNCTION_WORDS.has(nextLower)) return false;
    return YEAR_PREPS.has(prev) || MONTHS.has(prev) || /^(?:AD|BC|BCE|CE)$/.test(next);
  }
  return true;
}

const SPECS: RuleSpec[] = [
  {
    name: "iso-date",
    pattern: String.raw`(?<![0-9\-/.])(?<y>\d{4})(?<sep>[-/])(?<m>\d{2})\k<sep>(?<d>\d{2})(?![0-9]|[-/]\d)`,
    build(m) {
      const y = Number(g(m, "y"));
      const mo = Number(g(m, "m"));
      const d = Number(g(m, "d"));
      return isValidDate(y, mo, d) ? { kind: "date", value: isoYmd(y, mo, d) } : null;
    },
  },
  {
    // 5/8/2009 (month first, as US news writes it, unless the first number cannot be a month), 8.5.2009
    name: "numeric-date",
    pattern: String.raw`(?<![0-9/.\-,])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?![0-9]|[/.]\d)`,
    build(m) {
      const a = Number(g(m, "a"));
      const b = Number(g(m, "b"));
      const y = Number(g(m, "y"));
      const dayFirst = g(m, "sep") === "." || a > 12;
      const [mo, d] = dayFirst ? [b, a] : [a, b];
      return y >= 1000 && y <= 2099 && isValidDate(y, mo, d) ? { kind: "date", value: isoYmd(y, mo, d) } : null;
    },
  },
  {
    // Friday, May 8, 2009 · May 8 · Jan. 5 · March 9 2014 · May 3-5, 2009
    name: "month-day",
    pattern: String.raw`${L}(?:(?<wd>${WEEKDAY_OPT_ABBR_RE}),?\s+)?(?<mon>${MONTH_RE})\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?(?![${LETTER}0-9]|[:.,]\d)(?:(?:,\s*|\s+)(?<y>${YEAR})(?![0-9${LETTER}]|[.,]\d))?`,
    build(m, ctx, span) {
      return dayMonth(m, ctx, span.start);
    },
  },
  {
    // 8 May 2009 · 8th of May · Sunday 8 May · 3-5 May 2009
    name: "day-month",
    pattern: String.raw`${L}(?:(?<wd>${WEEKDAY_OPT_ABBR_RE}),?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<mon>${MONTH_RE})(?:,?\s+(?<y>${YEAR})(?![0-9${LETTER}]|[.,]\d))?`,
    build(m, ctx, span) {
      return dayMonth(m, ctx, span.start);
    },
  },
  {
    name: "month-year",
    pattern: String.raw`${L}(?<mon>${MONTH_RE}),?\s+(?:of\s+)?(?<y>${YEAR})(?![0-9${LETTER}]|[.,]\d)`,
    build(m) {
      const mon = g(m, "mon") ?? "";
      if (!startsUpper(mon)) return null;
      const mo = monthNum(mon);
      return { kind: "date", value: `${isoYear(Number(g(m, "y")))}-${pad2(mo)}`, parts: { m: mo, yearless: false, year: Number(g(m, "y")) } };
    },
  },
  {
    // last May · next September · this March
    name: "month-relative",
    pattern: String.raw`${L}(?<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+(?<mon>${MONTH_RE})`,
    build(m, ctx) {
      const mon = g(m, "mon") ?? "";
      if (!startsUpper(mon)) return null;
      const rel = (g(m, "rel") ?? "").toLowerCase();
      const r = /past|last/.test(rel) ? "last" : /next|coming/.test(rel) ? "next" : "this";
      return { kind: "date", value: monthAlone(monthNum(mon), ctx.ref, r) };
    },
  },
  {
    // in May · since January · by mid-March (the preposition is context, not part of the span)
    name: "month",
    pattern: String.raw`(?<=(?:${L}(?<pre>in|since|until|till|by|from|of|during|through|throughout|before|after|early|late|to|and|or|between|for|the|a)\s+|${L}mid-))(?<mon>${MONTH_RE})(?![${LETTER}0-9]|\s+\d)`,
    build(m, ctx, span) {
      const mon = g(m, "mon") ?? "";
      if (!startsUpper(mon)) return null;
      const pre = (g(m, "pre") ?? "").toLowerCase();
      const lower = mon.toLowerCase();
      // "May" and "March" are also a name and a word: only after a clearly temporal preposition
      if ((lower === "may" || lower === "march") && !/^(?:in|since|until|till|during|through|throughout|before|after|early|late|between|from|the|)$/.test(pre)) return null;
      // "the February assassination", "a December attack": a month before a common noun ("the May government" is a person's)
      if ((pre === "the" || pre === "a") && (lower === "may" || !/^\p{Ll}/u.test(nextWord(ctx.text, span.end)))) return null;
      const mo = monthNum(mon);
      return { kind: "date", value: monthAlone(mo, ctx.ref, null, ctx.tense(span.start), ctx.parsedTense(span.start)), parts: { m: mo, yearless: true } };
    },
  },
  {
    // 1960s · 1960's · the 2000s
    name: "decade",
    pattern: String.raw`(?<![${LETTER}0-9_$£€'’])(?<y>1\d{2}0|20\d0)['’]?s${R}`,
    build(m) {
      const y = Number(g(m, "y"));
      return { kind: "interval", value: `${isoYear(y)}/${isoYear(y + 9)}` };
    },
  },
  {
    // '90s
    name: "decade-short",
    pattern: String.raw`(?<![${LETTER}0-9_])['’‘](?<yy>\d0)s${R}`,
    build(m, ctx) {
      const yy = Number(g(m, "yy"));
      const refYear = ctx.ref === null ? 2000 + yy + 1 : fromDayNumber(ctx.ref).y;
      const y = 2000 + yy <= refYear ? 2000 + yy : 1900 + yy;
      return { kind: "interval", value: `${isoYear(y)}/${isoYear(y + 9)}` };
    },
  },
  {
    // the sixties · the nineteen-eighties
    name: "decade-words",
    pattern: String.raw`${L}the\s+(?:(?<cent>nineteen|eighteen)[\s-]?)?(?<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${R}`,
    build(m) {
      const cent = (g(m, "cent") ?? "nineteen").toLowerCase() === "eighteen" ? 1800 : 1900;
      const d = DECADE_WORDS.get((g(m, "dw") ?? "").toLowerCase());
      if (d === undefined) return null;
      return { kind: "interval", value: `${isoYear(cent + d)}/${isoYear(cent + d + 9)}` };
    },
  },
  {
    // the 20th century · the twenty-first century
    name: "century",
    pattern: String.raw`${L}the\s+(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<ord>twenty[\s-]first|twenty[\s-]second|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth))[\s-]+century${R}`,
    build(m) {
      const n = g(m, "n") !== undefined ? Number(g(m, "n")) : ORDINAL_WORDS.get((g(m, "ord") ?? "").toLowerCase().replace(/\s+/, " "));
      if (n === undefined || n < 1 || n > 21) return null;
      const a = (n - 1) * 100;
      return { kind: "interval", value: `${isoYear(a)}/${isoYear(a + 99)}` };
    },
  },
  {
    // 2015-2016 · 2015–16 · 2015/16
    name: "year-range",
    pattern: String.raw`(?<![${LETTER}0-9_$£€¥#@.,/:])(?<!\d[-–]\s?)(?<a>${YEAR})\s?[-–/]\s?(?<b>${YEAR}|\d{2})(?![${LETTER}0-9_%]|[.,]\d|[-–/]\d)`,
    build(m) {
      const a = Number(g(m, "a"));
      const braw = g(m, "b") ?? "";
      let b = Number(braw);
      if (braw.length === 2) {
        b = Math.floor(a / 100) * 100 + b;
        if (b <= a) b += 100;
      }
      if (b <= a || b - a > 50) return null;
      return { kind: "interval", value: `${isoYear(a)}/${isoYear(b)}` };
    },
  },
  {
    name: "year",
    pattern: String.raw`(?<![${LETTER}0-9_$£€¥#@.,/:])(?<!\d[-–]\s?)(?<y>\d{4})(?![${LETTER}0-9_%]|[.,]\d|[-–/]\d|\s?(?:%|percent|per\s+cent))`,
    build(m, ctx, span) {
      const y = Number(g(m, "y"));
      if (y < 1000 || y > 2099) return null;
      if (!looksLikeYear(ctx.text, span.start, span.end, y)) return null;
      return { kind: "date", value: isoYear(y) };
    },
  },
  {
    name: "relative-day",
    pattern: String.raw`${L}(?<w>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))${R}`,
    build(m, ctx) {
      const w = (g(m, "w") ?? "").toLowerCase().replace(/\s+/g, " ");
      const offset = w.includes("before yesterday") ? -2 : w.includes("after tomorrow") ? 2 : w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      return { kind: "date", value: relativeDay(offset, ctx.ref) };
    },
  },
  {
    // on Tuesday · last Friday · next Monday · Tuesdays (a set)
    name: "weekday",
    pattern: String.raw`${L}(?:(?<rel>last|next|this|this\s+past|this\s+coming|coming|past|every|each)\s+)?(?<wd>${WEEKDAY_RE})(?<pl>s)?${R}`,
    build(m, ctx, span) {
      const wdRaw = g(m, "wd") ?? "";
      if (!startsUpper(wdRaw)) return null;
      const rel = (g(m, "rel") ?? "").toLowerCase().replace(/\s+/g, " ");
      const wdStart = span.end - wdRaw.length - (g(m, "pl") ? 1 : 0);
      if (rel === "" && SEASON_OF_TITLE.has(prevWord(ctx.text, wdStart)) && startsUpper(ctx.text.slice(0, wdStart).trimEnd().split(/\s+/).pop())) return null;
      const after = nextWord(ctx.text, span.end);
      if (startsUpper(after) && WEEKDAY_NAME_FOLLOWERS.has(after.toLowerCase())) return null;
      const wd = WEEKDAYS.get(wdRaw.toLowerCase()) ?? 0;
      if (g(m, "pl") || rel === "every" || rel === "each") {
        const anchor = weekdayDate(wd, ctx.ref, null, "past");
        return { kind: "set", value: anchor === null ? null : `R/${anchor}/P1W` };
      }
      const r = rel === "last" || rel === "past" || rel === "this past" ? "last" : rel === "next" || rel === "coming" || rel === "this coming" ? "next" : null;
      return { kind: "date", value: weekdayDate(wd, ctx.ref, r, ctx.tense(span.start)) };
    },
  },
  {
    // this year · last week · next month · this weekend · last summer · the past year
    name: "relative-unit",
    pattern: String.raw`${L}(?<the>the\s+)?(?<rel>this\s+past|this\s+coming|this|last|next|past|coming|previous|current)\s+(?<unit>week|weekend|month|year|decade|century|summer|winter|spring|autumn|fall)${R}`,
    build(m, ctx, span) {
      const rel = (g(m, "rel") ?? "").toLowerCase().replace(/\s+/g, " ");
      const unitRaw = (g(m, "unit") ?? "").toLowerCase();
      const unit = (unitRaw === "fall" ? "autumn" : unitRaw) as CalendarUnit;
      const tense = ctx.tense(span.start);
      if (g(m, "the")) {
        if (rel === "previous") return { kind: "date", value: null };
        if (rel === "current" || rel === "this") return { kind: unit === "year" || unit === "month" ? "date" : "interval", value: calendarUnit(unit, 0, ctx.ref, tense) };
        const n = rel === "past" || rel === "last" ? -1 : 1;
        const u = unit === "year" ? "Y" : unit === "month" ? "M" : unit === "week" ? "W" : unit === "decade" ? "Y" : null;
        if (u === null) return { kind: "interval", value: calendarUnit(unit, n as -1 | 1, ctx.ref, tense) };
        return { kind: "interval", value: anchoredSpan(ctx.ref, unit === "decade" ? 10 * n : n, u) };
      }
      const shift = rel === "this" || rel === "current" ? 0 : /past|last|previous/.test(rel) ? -1 : 1;
      const kind: DateKind = unit === "year" || unit === "month" ? "date" : "interval";
      return { kind, value: calendarUnit(unit, shift, ctx.ref, tense) };
    },
  },
  {
    // "over the weekend": the nearest weekend, by tense (the article's own)
    name: "the-weekend",
    pattern: String.raw`(?<=${L}the\s+)weekend${R}`,
    build(m, ctx, span) {
      return { kind: "interval", value: calendarUnit("weekend", 0, ctx.ref, ctx.tense(span.start)) };
    },
  },
  {
    // the end of the year · the end of next month · year-end
    name: "unit-end",
    pattern: String.raw`${L}(?:(?:the\s+)?end\s+of\s+(?<rel>the|this|next|last)\s+(?<unit>year|month)|(?<ye>year)[\s-]end)${R}`,
    build(m, ctx) {
      if (ctx.ref === null) return { kind: "date", value: null };
      const rel = (g(m, "rel") ?? "this").toLowerCase();
      const shift = rel === "next" ? 1 : rel === "last" ? -1 : 0;
      const { y, m: mo } = fromDayNumber(ctx.ref);
      if (g(m, "ye") !== undefined || (g(m, "unit") ?? "").toLowerCase() === "year") return { kind: "date", value: isoYmd(y + shift, 12, 31) };
      const total = y * 12 + (mo - 1) + shift;
      const ty = Math.floor(total / 12);
      const tm = (total % 12) + 1;
      return { kind: "date", value: isoYmd(ty, tm, daysInMonth(ty, tm)) };
    },
  },
  {
    // two years ago · a decade ago · 24 hours ago
    name: "ago",
    relative: true,
    pattern: String.raw`${L}(?<n>${NUMBER_RE}|a\s+few|several|a\s+couple\s+of|many|some)\s+(?<unit>${UNIT_RE})\s+ago${R}`,
    build(m, ctx) {
      const unit = unitInfo(g(m, "unit") ?? "");
      const n = numberValue(g(m, "n") ?? "");
      if (unit === null) return null;
      if (n === null) return { kind: "date", value: null };
      const value = shifted(ctx.ref, -n * unit.factor, unit.designator);
      return { kind: "date", value };
    },
  },
  {
    // the past 30 days · the last two years · the next five years
    name: "anchored-span",
    relative: true,
    pattern: String.raw`${L}(?:the\s+)?(?<rel>past|last|next|coming)\s+(?<n>${NUMBER_RE}|few|several|couple\s+of)\s+(?<unit>${UNIT_RE})${R}`,
    build(m, ctx) {
      const unit = unitInfo(g(m, "unit") ?? "");
      const n = numberValue(g(m, "n") ?? "");
      if (unit === null) return null;
      if (n === null || n < 1) return { kind: "interval", value: null };
      const sign = /past|last/i.test(g(m, "rel") ?? "") ? -1 : 1;
      return { kind: "interval", value: anchoredSpan(ctx.ref, sign * n * unit.factor, unit.designator) };
    },
  },
  {
    // every week · each year · every two months · every other day · annually
    name: "set",
    pattern: String.raw`${L}(?:(?:every|each)\s+(?:(?<other>other)\s+|(?<n>${NUMBER_RE})\s+)?(?<unit>${UNIT_RE})|(?<adv>annually|yearly|biannually|monthly|weekly|daily|hourly)(?=\s*[.,;!?)]|\s+(?:basis|since|until|for|in|at|by|and|or)\b))`,
    build(m, ctx, span) {
      const advRaw = g(m, "adv") ?? "";
      // "the daily", "a weekly": a newspaper, not a frequency
      if (advRaw !== "" && (advRaw !== advRaw.toLowerCase() || /^(?:the|a|this|that|its|their)$/.test(prevWord(ctx.text, span.start)))) return null;
      const adv = advRaw.toLowerCase();
      if (adv !== "") {
        const map: Record<string, string> = { annually: "P1Y", yearly: "P1Y", biannually: "P6M", monthly: "P1M", weekly: "P1W", daily: "P1D", hourly: "PT1H" };
        return { kind: "set", value: `R/${map[adv] ?? "P1D"}` };
      }
      const unit = unitInfo(g(m, "unit") ?? "");
      if (unit === null) return null;
      const n = g(m, "other") ? 2 : g(m, "n") ? numberValue(g(m, "n") ?? "") : 1;
      if (n === null) return null;
      return { kind: "set", value: `R/${isoDuration(n, unit)}` };
    },
  },
  {
    // three years · 10 days · a three-year term · 24-hour · the age of four months
    name: "duration",
    pattern: String.raw`(?<![${LETTER}0-9_$£€.,\-])(?<n>${NUMBER_RE})(?<sep>\s+|-)(?<unit>${UNIT_RE})${R}`,
    build(m, ctx, span) {
      const rawN = g(m, "n") ?? "";
      const unitRaw = g(m, "unit") ?? "";
      const unit = unitInfo(unitRaw);
      const n = numberValue(rawN);
      if (unit === null || n === null || n <= 0) return null;
      const prev = prevWord(ctx.text, span.start);
      const next = nextWord(ctx.text, span.end).toLowerCase();
      const weak = /^(?:a|an|one)$/i.test(rawN);
      if (/^(?:1\d{3}|20\d{2})$/.test(rawN) && !/s$/i.test(unitRaw) && g(m, "sep") !== "-" && !/^(?:old|long)$/.test(next)) return null;
      if (weak && !SPAN_CONTEXT.has(prev) && !SPAN_AFTER.has(next) && g(m, "sep") !== "-") return null;
      // "a second term", "the second day": ordinal, not a unit
      if (/^second$/i.test(unitRaw) && !/^(?:ago|later|earlier|long|old)$/.test(next) && (weak || !/^\d/.test(rawN))) return null;
      // "Three Days Grace": a title-cased unit followed by another capitalised word is a name
      const nextRaw = nextWord(ctx.text, span.end);
      if (startsUpper(unitRaw) && unitRaw !== unitRaw.toUpperCase() && startsUpper(nextRaw) && !MONTHS.has(next) && !WEEKDAYS.has(next)) return null;
      return { kind: "duration", value: isoDuration(n, unit) };
    },
  },
  {
    // 10:30 a.m. · 22:30 · 15:11 GMT · 6:00am · 2.30 p.m.
    name: "clock-time",
    pattern: String.raw`(?<![0-9:.,])(?<h>[01]?\d|2[0-4])(?<sep>[:.])(?<mi>[0-5]\d)(?::(?<s>[0-5]\d))?(?:\s?(?<ap>[aApP])(?:\.\s?[mM]\.?|\s?[mM])(?![${LETTER}]))?(?:\s*(?<tz>${TZ_RE})${R})?(?![0-9]|[:.]\d)`,
    flags: "g",
    build(m, ctx, span) {
      const ap = g(m, "ap");
      const tz = g(m, "tz");
      if (g(m, "sep") === "." && !ap) return null;
      if (!ap && !tz && !TIME_PREPS.has(prevWord(ctx.text, span.start))) return null;
      return timeValue(Number(g(m, "h")), Number(g(m, "mi")), Number(g(m, "s") ?? 0), ap, tz);
    },
  },
  {
    // 3 p.m. · 11am
    name: "hour-time",
    pattern: String.raw`(?<![0-9:.,])(?<h>1[0-2]|0?[1-9])\s?(?<ap>[aApP])(?:\.\s?[mM]\.?|\s?[mM])(?![${LETTER}])(?:\s*(?<tz>${TZ_RE})${R})?`,
    flags: "g",
    build(m) {
      return timeValue(Number(g(m, "h")), 0, 0, g(m, "ap"), g(m, "tz"));
    },
  },
  {
    name: "named-time",
    pattern: String.raw`${L}(?<w>noon|midnight|midday)${R}`,
    build(m) {
      const w = (g(m, "w") ?? "").toLowerCase();
      return { kind: "time", value: w === "midnight" ? "00:00:00" : "12:00:00" };
    },
  },
  {
    // Christmas Day · New Year's Eve · Halloween
    name: "holiday",
    holiday: true,
    pattern: String.raw`${L}(?<h>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Halloween|Valentine['’]s\s+Day|Boxing\s+Day)${R}`,
    flags: "g",
    build(m, ctx, span) {
      const h = (g(m, "h") ?? "").replace(/\s+/g, " ");
      if (/^(?:Christmas|New Year['’]s)$/.test(h) && !/^(?:on|at|before|after|since|until|by|over|this|last|next|during|till)$/.test(prevWord(ctx.text, span.start))) return null;
      const [mo, d] = /Christmas Eve/.test(h) ? [12, 24] : /Christmas/.test(h) ? [12, 25] : /Eve/.test(h) ? [12, 31] : /New Year/.test(h) ? [1, 1] : /Halloween/.test(h) ? [10, 31] : /Boxing/.test(h) ? [12, 26] : [2, 14];
      return { kind: "date", value: monthDay(mo, d, ctx.ref), parts: { m: mo, d, yearless: true } };
    },
  },
  {
    // Easter (Sunday/Monday) · Good Friday · Thanksgiving (Day) · Labor Day: computed for the year around the publication date.
    // Labour Day: its date depends on the country (1 May in most, September in Canada), so value null.
    // Ramadan · Eid al-Fitr · Eid al-Adha · Hanukkah · Passover · Yom Kippur · Rosh Hashanah · Diwali · Lunar/Chinese New Year:
    // lunar or lunisolar, recognised with value null (their Gregorian dates are not computed here)
    name: "movable-holiday",
    holiday: true,
    pattern: String.raw`${L}(?<h>Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Ramadan|Ramadhan|Eid(?:\s+|-)(?:al|ul|el)[-\s](?:Fitr|Adha)|Eid|Hanukkah|Chanukah|Passover|Yom\s+Kippur|Rosh\s+Hashanah|Diwali|(?:Lunar|Chinese)\s+New\s+Year)${R}`,
    flags: "g",
    build(m, ctx, span) {
      const h = (g(m, "h") ?? "").replace(/\s+/g, " ");
      // "Easter Island", "Eid Mubarak" are no dates; a lone "Eid"/"Easter" needs a temporal word before it
      const after = nextWord(ctx.text, span.end);
      if (/^(?:Island|Rising|Egg|Eggs|Bunny|Mubarak)$/.test(after)) return null;
      if (/^(?:Easter|Eid|Passover)$/.test(h) && !/^(?:on|at|before|after|since|until|by|over|this|last|next|during|till|for|of|the)$/i.test(prevWord(ctx.text, span.start))) return null;
      const tense = ctx.tense(span.start);
      const shift = /Good Friday/.test(h) ? -2 : /Monday/.test(h) ? 1 : 0;
      if (/^(?:Easter|Good Friday)/.test(h))
        return {
          kind: "date",
          value: movableDay(
            (y) => {
              const e = easter(y);
              return fromDayNumber(dayNumber(y, e.m, e.d) + shift);
            },
            ctx.ref,
            tense,
          ),
        };
      if (/^Thanksgiving/.test(h))
        // the fourth Thursday of November (United States)
        return {
          kind: "date",
          value: movableDay(
            (y) => {
              const first = dayNumber(y, 11, 1);
              return { m: 11, d: 1 + ((4 - weekday(first) + 7) % 7) + 21 };
            },
            ctx.ref,
            tense,
          ),
        };
      if (h === "Labor Day")
        // the first Monday of September (United States)
        return {
          kind: "date",
          value: movableDay(
            (y) => {
              const first = dayNumber(y, 9, 1);
              return { m: 9, d: 1 + ((1 - weekday(first) + 7) % 7) };
            },
            ctx.ref,
            tense,
          ),
        };
      return { kind: /^(?:Ramadan|Ramadhan|Hanukkah|Chanukah|Passover)$/.test(h) ? "interval" : "date", value: null };
    },
  },
];

function timeValue(h: number, mi: number, s: number, ap: string | undefined, tz: string | undefined): Omit<Candidate, "start" | "end" | "rule"> | null {
  let hh = h;
  if (ap) {
    if (h < 1 || h > 12) return null;
    hh = ap.toLowerCase() === "p" ? (h % 12) + 12 : h % 12;
  }
  if (hh > 24 || (hh === 24 && (mi > 0 || s > 0))) return null;
  const zone = tz ? (TZ_OFFSET[tz.toUpperCase()] ?? "") : "";
  return { kind: "time", value: `${pad2(hh % 24)}:${pad2(mi)}:${pad2(s)}${zone}` };
}

function dayMonth(m: RegExpExecArray, ctx: RuleContext, at: number): Omit<Candidate, "start" | "end" | "rule"> | null {
  const mon = g(m, "mon") ?? "";
  const wd = g(m, "wd");
  if (!startsUpper(mon) || (wd !== undefined && !startsUpper(wd))) return null;
  const mo = monthNum(mon);
  const d = Number(g(m, "d"));
  const d2 = g(m, "d2") !== undefined ? Number(g(m, "d2")) : null;
  const yRaw = g(m, "y");
  if (!isValidDate(2000, mo, d) || (d2 !== null && (!isValidDate(2000, mo, d2) || d2 <= d))) return null;
  let a: string | null;
  let b: string | null = null;
  if (yRaw !== undefined) {
    const y = Number(yRaw);
    if (!isValidDate(y, mo, d)) return null;
    a = isoYmd(y, mo, d);
    if (d2 !== null) b = isValidDate(y, mo, d2) ? isoYmd(y, mo, d2) : null;
  } else {
    const tense = ctx.tense(at);
    a = monthDay(mo, d, ctx.ref, tense);
    if (d2 !== null) b = monthDay(mo, d2, ctx.ref, tense);
  }
  if (d2 !== null) return { kind: "interval", value: a !== null && b !== null ? `${a}/${b}` : null };
  return { kind: "date", value: a, parts: yRaw === undefined ? { m: mo, d, yearless: true } : { m: mo, d, yearless: false, year: Number(yRaw) } };
}

/** Compiles every rule once. */
export function compileRules(): Rule[] {
  return SPECS.map((spec) => {
    const re = new RegExp(spec.pattern, spec.flags ?? "gi");
    return {
      name: spec.name,
      re,
      build(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
        const span = { start: m.index, end: m.index + m[0].length };
        const out = spec.build(m, ctx, span);
        if (out === null) return null;
        if ("start" in out) return out;
        return { start: span.start, end: span.end, rule: spec.name, ...(spec.holiday ? { holiday: true as const } : {}), ...(spec.relative ? { relative: true as const } : {}), ...out };
      },
    };
  });
}
