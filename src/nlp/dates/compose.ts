import { isoDay, isoMonth, isoYmd, type DayNumber } from "./calendar.js";
import type { Candidate } from "./rules.js";

// Context before the first end of a pair, and the gap between the two ends.
const BETWEEN_BEFORE = /(?<![\p{L}])between\s+$/iu;
const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;
const SINCE_BEFORE = /(?<![\p{L}])(?:ever\s+)?since\s+$/iu;
const AND_GAP = /^\s+and\s+$/i;
const TO_GAP = /^\s*(?:to|until|till|through|thru|[-–—])\s*$/i;
const DASH_GAP = /^\s*[-–—]\s*$/;

function precision(v: string | null): number {
  return v === null ? -1 : v.length;
}

/** A year-less first end takes its year from the second end ("between May and June 2009"). */
function borrowYear(a: Candidate, b: Candidate): string | null {
  const pa = a.parts;
  const pb = b.parts;
  if (!pa?.yearless || !pb || pb.yearless || pb.year === undefined) return a.value;
  const y = pa.m > pb.m ? pb.year - 1 : pb.year;
  return pa.d !== undefined ? isoYmd(y, pa.m, pa.d) : isoMonth(y, pa.m);
}

function rangeOf(a: Candidate, b: Candidate, start: number, rule: string): Candidate | null {
  const av = borrowYear(a, b);
  // ends of the same precision must be in order ("from May 9 to May 2" is not a range we can trust)
  if (av !== null && b.value !== null && precision(av) === precision(b.value) && av > b.value) return null;
  const value = av !== null && b.value !== null ? `${av}/${b.value}` : null;
  return { start, end: b.end, kind: "interval", value, rule, builtFrom: [a, b] };
}

/**
 * Joins neighbouring dates into intervals: "between 2015 and 2016", "from May to June 2009",
 * "May 3 – June 5, 2009", and anchors "since 2015" to the publication date ("2015/..", open, without one).
 * Input and output are sorted by start and never overlap.
 */
export function composeRanges(text: string, atoms: Candidate[], ref: DayNumber | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    const before = text.slice(Math.max(0, a.start - 16), a.start);
    if (b && a.kind === "date" && b.kind === "date") {
      const gap = text.slice(a.end, b.start);
      let merged: Candidate | null = null;
      if (AND_GAP.test(gap)) {
        const m = BETWEEN_BEFORE.exec(before);
        if (m) merged = rangeOf(a, b, a.start - m[0].length, "range-between");
      } else if (TO_GAP.test(gap)) {
        const m = FROM_BEFORE.exec(before);
        if (m) merged = rangeOf(a, b, a.start - m[0].length, "range-from-to");
        else {
          const av = borrowYear(a, b);
          if (DASH_GAP.test(gap) && precision(av) === precision(b.value) && av !== null && b.value !== null && av < b.value) {
            merged = rangeOf(a, b, a.start, "range-dash");
          }
        }
      }
      if (merged) {
        out.push(merged);
        i++;
        continue;
      }
    }
    if (a.kind === "date" && a.value !== null) {
      const m = SINCE_BEFORE.exec(before);
      if (m) {
        out.push({ start: a.start - m[0].length, end: a.end, kind: "interval", value: `${a.value}/${ref === null ? ".." : isoDay(ref)}`, rule: "since", builtFrom: [a] });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
