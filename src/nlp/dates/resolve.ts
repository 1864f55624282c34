import {
  addMonths,
  dayNumber,
  type DayNumber,
  fromDayNumber,
  isValidDate,
  isoDay,
  isoMonth,
  isoYear,
  isoYmd,
  weekday,
  weekStart,
} from "./calendar.js";

/**
 * Normalisation against the publication date (the reference). Every function returns an ISO 8601
 * string, or null when the reference is needed and missing.
 */

/** Days either side of the reference beyond which a year-less date is taken from the next/previous year. */
const YEARLESS_WINDOW_DAYS = 240;
/** A clearly past (future) clause moves a year-less date this far after (before) the reference to the previous (next) year. */
const TENSE_SHIFT_DAYS = 60;

/** "May 8" -> the year of publication, or the one before/after when that is much nearer; "--05-08" without a reference. */
export function monthDay(m: number, d: number, ref: DayNumber | null, tense: Tense = "present"): string | null {
  if (ref === null) return isValidDate(2000, m, d) ? `--${pad2(m)}-${pad2(d)}` : null;
  const { y } = fromDayNumber(ref);
  let year = y;
  if (isValidDate(y, m, d)) {
    const diff = dayNumber(y, m, d) - ref;
    if (diff > YEARLESS_WINDOW_DAYS || (tense === "past" && diff > TENSE_SHIFT_DAYS)) year = y - 1;
    else if (diff < -YEARLESS_WINDOW_DAYS || (tense === "future" && diff < -TENSE_SHIFT_DAYS)) year = y + 1;
  }
  if (!isValidDate(year, m, d)) return isValidDate(2000, m, d) ? `--${pad2(m)}-${pad2(d)}` : null;
  return isoYmd(year, m, d);
}

/**
 * "in May": the month nearest the reference (same year unless more than 8 months away), moved to the year
 * before (after) when a past (future) clause puts it after (before) the reference's month; "--05" without one.
 */
export function monthAlone(m: number, ref: DayNumber | null, rel: "last" | "next" | "this" | null, tense: Tense = "present", parsed = false): string | null {
  if (ref === null) return `--${pad2(m)}`;
  const { y, m: rm } = fromDayNumber(ref);
  let year = y;
  if (rel === "last") year = m < rm ? y : y - 1;
  else if (rel === "next") year = m > rm ? y : y + 1;
  else if (rel === null) {
    // a tense read from the parse is trusted for any month on the wrong side ("closed in October" in an
    // August article); one guessed from the sentence's words only for a month more than two away
    const margin = parsed ? 0 : 2;
    if (m - rm > 8 || (tense === "past" && m - rm > margin)) year = y - 1;
    else if (rm - m > 8 || (tense === "future" && rm - m > margin)) year = y + 1;
  }
  return isoMonth(year, m);
}

/** "present" when the clause shows neither a past nor a future marker */
export type Tense = "past" | "present" | "future";

/**
 * A weekday relative to the reference: the closest one on or before it in a past-tense context,
 * on or after it in a future one; "last"/"next" exclude the reference day itself.
 */
export function weekdayDate(wd: number, ref: DayNumber | null, rel: "last" | "next" | null, tense: Tense): string | null {
  if (ref === null) return null;
  const rw = weekday(ref);
  const back = (rw - wd + 7) % 7;
  const ahead = (wd - rw + 7) % 7;
  if (rel === "last") return isoDay(ref - (back === 0 ? 7 : back));
  if (rel === "next") return isoDay(ref + (ahead === 0 ? 7 : ahead));
  return isoDay(tense === "future" ? ref + ahead : ref - back);
}

export function relativeDay(offsetDays: number, ref: DayNumber | null): string | null {
  return ref === null ? null : isoDay(ref + offsetDays);
}

export type CalendarUnit = "week" | "weekend" | "month" | "year" | "decade" | "century" | "summer" | "winter" | "spring" | "autumn";

const SEASON_START: Record<"spring" | "summer" | "autumn" | "winter", number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

function season(year: number, s: keyof typeof SEASON_START): [DayNumber, DayNumber] {
  const m = SEASON_START[s];
  const start = dayNumber(year, m, 1);
  const end = addMonths(start, 3) - 1;
  return [start, end];
}

const interval = (a: DayNumber, b: DayNumber): string => `${isoDay(a)}/${isoDay(b)}`;

/**
 * "this/last/next week|month|year|weekend|summer…" as the calendar unit holding, before or after
 * the reference. Weeks run Monday to Sunday; seasons are northern-hemisphere meteorological ones.
 */
export function calendarUnit(unit: CalendarUnit, shift: -1 | 0 | 1, ref: DayNumber | null, tense: Tense): string | null {
  if (ref === null) return null;
  const { y, m } = fromDayNumber(ref);
  switch (unit) {
    case "year":
      return isoYear(y + shift);
    case "month": {
      const t = fromDayNumber(addMonths(dayNumber(y, m, 1), shift));
      return isoMonth(t.y, t.m);
    }
    case "week": {
      const mon = weekStart(ref) + 7 * shift;
      return interval(mon, mon + 6);
    }
    case "weekend": {
      const wd = weekday(ref);
      const inWeekend = wd === 0 || wd === 6;
      // Saturday of the weekend on or before the reference
      const recentSat = ref - ((wd + 1) % 7);
      const upcomingSat = ref + ((6 - wd + 7) % 7);
      let sat: DayNumber;
      if (shift === -1) sat = inWeekend ? recentSat - 7 : recentSat;
      else if (shift === 1) sat = inWeekend ? recentSat + 7 : upcomingSat;
      else sat = inWeekend ? recentSat : tense === "future" ? upcomingSat : recentSat;
      return interval(sat, sat + 1);
    }
    case "decade": {
      const d = Math.floor(y / 10) * 10 + 10 * shift;
      return `${isoYear(d)}/${isoYear(d + 9)}`;
    }
    case "century": {
      const c = Math.floor(y / 100) * 100 + 100 * shift;
      return `${isoYear(c)}/${isoYear(c + 99)}`;
    }
    default: {
      // seasons: this = the one of the reference's year (winter: the one holding or following it);
      // last = the latest that ended before the reference; next = the first that starts after it.
      const s = unit;
      if (shift === 0) {
        const yr = s === "winter" && m <= 2 ? y - 1 : y;
        const [a, b] = season(yr, s);
        return interval(a, b);
      }
      if (shift === -1) {
        for (let yr = y; yr >= y - 2; yr--) {
          const [a, b] = season(yr, s);
          if (b < ref) return interval(a, b);
        }
        return null;
      }
      for (let yr = y - 1; yr <= y + 1; yr++) {
        const [a, b] = season(yr, s);
        if (a > ref) return interval(a, b);
      }
      return null;
    }
  }
}

export type SpanUnit = "Y" | "M" | "W" | "D" | "H" | "MIN" | "S";

/** The point n units before (negative n) or after the reference, at the unit's precision. */
export function shifted(ref: DayNumber | null, n: number, unit: SpanUnit): string | null {
  if (ref === null || !Number.isInteger(n)) return null;
  const { y } = fromDayNumber(ref);
  switch (unit) {
    case "Y":
      return isoYear(y + n);
    case "M": {
      const t = fromDayNumber(addMonths(ref, n));
      return isoMonth(t.y, t.m);
    }
    case "W":
      return isoDay(ref + 7 * n);
    case "D":
      return isoDay(ref + n);
    case "H":
      return isoDay(ref + Math.trunc(n / 24));
    default:
      return isoDay(ref);
  }
}

/** The interval from the reference back (n < 0) or forward (n > 0) by |n| units: "the past 15 years". */
export function anchoredSpan(ref: DayNumber | null, n: number, unit: SpanUnit): string | null {
  if (ref === null || !Number.isInteger(n) || n === 0) return null;
  const { y } = fromDayNumber(ref);
  if (unit === "Y") return n < 0 ? `${isoYear(y + n)}/${isoYear(y)}` : `${isoYear(y)}/${isoYear(y + n)}`;
  const days = unit === "W" ? 7 * n : unit === "D" ? n : unit === "H" ? Math.trunc(n / 24) : 0;
  const other = unit === "M" ? addMonths(ref, n) : ref + days;
  return n < 0 ? interval(other, ref) : interval(ref, other);
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** Easter Sunday of a year (Gregorian; the anonymous Gregorian algorithm). */
export function easter(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * A holiday whose date moves with the year ("Easter", "Thanksgiving"): the occurrence in the reference's
 * year, or the year before/after by the same window and tense rules as a year-less date; null without a
 * reference (its month and day are not fixed).
 */
export function movableDay(dateOf: (y: number) => { m: number; d: number }, ref: DayNumber | null, tense: Tense = "present"): string | null {
  if (ref === null) return null;
  const { y } = fromDayNumber(ref);
  const at = (year: number): DayNumber => {
    const { m, d } = dateOf(year);
    return dayNumber(year, m, d);
  };
  let n = at(y);
  const diff = n - ref;
  if (diff > YEARLESS_WINDOW_DAYS || (tense === "past" && diff > TENSE_SHIFT_DAYS)) n = at(y - 1);
  else if (diff < -YEARLESS_WINDOW_DAYS || (tense === "future" && diff < -TENSE_SHIFT_DAYS)) n = at(y + 1);
  return isoDay(n);
}
