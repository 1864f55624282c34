import data from "./words.json" with { type: "json" };

/** Closed word lists of the quantities extractor (lower case), from words.json (the data; each list's meaning is written beside it there). */

type Change = "~" | ">" | "<" | ">=" | "<=" | "=";

export const MONTHS: ReadonlySet<string> = new Set(data.months);
export const WEEKDAYS: ReadonlySet<string> = new Set(data.weekdays);
/** Words before a bare four-digit number that make it a year ("since 2002", "Year 2016"). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set(data.yearContext);
/** Time-of-day markers after a number ("3 p.m.", "1600 GMT"). */
export const CLOCK_AFTER: ReadonlySet<string> = new Set(data.clockAfter);
/** Nouns that take a number as a name or label: "Resolution 1441", "Gate 12", "flight 370". */
export const ID_NOUNS: ReadonlySet<string> = new Set(data.idNouns);
/** Sports words that turn "3-1" into a score. */
export const SPORTS: ReadonlySet<string> = new Set(data.sports);
/** Function words, pronouns and common verbs: they end a counted noun phrase or a concept. */
export const STOP: ReadonlySet<string> = new Set(data.stop);
/** Verbs and adverbs of change before a number: direction. */
export const CHANGE_BEFORE: ReadonlyMap<string, "up" | "down"> = new Map([
  ...data.changeBefore.up.map((w) => [w, "up"] as const),
  ...data.changeBefore.down.map((w) => [w, "down"] as const),
]);
/** Nouns of change after a number ("a 3% rise") or before "of" ("an increase of 5%"). */
export const CHANGE_NOUNS: ReadonlyMap<string, "up" | "down"> = new Map([
  ...data.changeNouns.up.map((w) => [w, "up"] as const),
  ...data.changeNouns.down.map((w) => [w, "down"] as const),
]);
/** Verbs that state a level: "inflation stood at 2%", "the toll reached 50" (concept = the subject). */
export const LEVEL_VERBS: ReadonlySet<string> = new Set(data.levelVerbs);
/** Open bounds written after a number ("25,000 or more jobs", "aged 65 and over", "five or fewer"): two words each. */
export const BOUNDS_AFTER: ReadonlyMap<string, ">=" | "<="> = new Map([
  ...data.boundsAfter[">="].map((w) => [w, ">="] as const),
  ...data.boundsAfter["<="].map((w) => [w, "<="] as const),
]);
/** Modifiers written before a number and their normalised change. Longest match wins. */
export const MODIFIERS: ReadonlyArray<readonly [string, Change]> = data.modifiers.map(([w, c]) => [w!, c as Change] as const);
