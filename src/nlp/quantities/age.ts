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
  if (a.unit === null && a.unitKind === null && a.currency === null && !a.ordinal && !a.fraction && !a.vague && AGE_BEFORE.has(lw(a.start - 1))) {
    a.unit = "year of age";
    a.unitKind = "measure";
  }
}
