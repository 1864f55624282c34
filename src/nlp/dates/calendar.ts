/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that no
 * time zone or Date object leaks into normalisation.
 */
export type DayNumber = number;

export function dayNumber(y: number, m: number, d: number): DayNumber {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return Math.floor(dt.getTime() / 86_400_000);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(n: DayNumber): Ymd {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

export function isoYear(y: number): string {
  return pad(y, 4);
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}
export function isoDay(n: DayNumber): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}
export function isoYmd(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(n: DayNumber, months: number): DayNumber {
  const { y, m, d } = fromDayNumber(n);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  return dayNumber(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Parses YYYY-MM-DD (the only form meta.published takes); null when absent or invalid. */
export function parseIsoDay(s: string | null | undefined): DayNumber | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Monday of the ISO week holding day n. */
export function weekStart(n: DayNumber): DayNumber {
  return n - ((weekday(n) + 6) % 7);
}
