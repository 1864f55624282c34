import type { Ctx } from "./context.js";
import type { Atom } from "./types.js";

/**
 * Ages: a duration followed by "old" ("a 37-year-old", "10 years old", "six-month-old") or a bare number
 * after "aged"/"age"/"ages" ("aged 29", "at age 5", "ages 16 to 20") measures a life in `year of age`
 * (`month of age`, …), the unit CQE's gold uses. Mutates the atom; the caller extends the span to `old`.
 */
const AGE_UNITS: ReadonlySet<string> = new Set(["year", "month", "week", "day"]);
const YEARS_OLD_ABBR: ReadonlySet<string> = new Set(["yo", "y.o.", "y/o"]);
const AGE_BEFORE: ReadonlySet<string> = new Set(["aged", "age", "ages"]);
/** what may follow "Name, 42": the closing comma, or the end of the clause */
const AGE_CLOSE: ReadonlySet<string> = new Set([",", ";", ".", "and", "—", "–"]);

export function readAge(ctx: Ctx, a: Atom): void {
  const { lw } = ctx;
  if (a.unit !== null && AGE_UNITS.has(a.unit)) {
    const last = lw(a.end - 1);
    if (last.endsWith("-old")) a.unit = `${a.unit} of age`;
    else if (lw(a.end) === "old" || (lw(a.end) === "-" && lw(a.end + 1) === "old")) {
      a.end += lw(a.end) === "-" ? 2 : 1;
      a.unit = `${a.unit} of age`;
    } else if (lw(a.end) === "of" && lw(a.end + 1) === "age") {
      // "five years of age", "at 6 weeks of age"
      a.end += 2;
      a.unit = `${a.unit} of age`;
    }
    return;
  }
  // "a 87 yo man": the clinical abbreviation of "years old"
  if (a.unit === null && a.unitKind === null && a.currency === null && !a.ordinal && !a.fraction && !a.vague && YEARS_OLD_ABBR.has(lw(a.end))) {
    a.end += 1;
    a.unit = "year of age";
    a.unitKind = "measure";
    return;
  }
  const bare = a.unit === null && a.unitKind === null && a.currency === null && !a.ordinal && !a.fraction && !a.vague;
  // "aged 29", "ages from 23 to 27", "under the age of five"
  const before = lw(a.start - 1);
  if (bare && (AGE_BEFORE.has(before) || (before === "from" && AGE_BEFORE.has(lw(a.start - 2))) || (before === "of" && lw(a.start - 2) === "age"))) {
    a.unit = "year of age";
    a.unitKind = "measure";
    return;
  }
  // "Thomas Sam, 42, and his wife", "Jane Roe (36)": a whole number set off right after a person's name
  const open = lw(a.start - 1);
  const close = lw(a.end);
  if (bare && a.digits !== null && /^\d{1,3}$/.test(a.digits) && a.value >= 1 && a.value < 120 && a.start >= 2 && ctx.personEnd[a.start - 2] &&
    ((open === "," && AGE_CLOSE.has(close)) || (open === "(" && close === ")"))) {
    a.unit = "year of age";
    a.unitKind = "measure";
  }
}
