/** Words the date rules are built from. Regex sources are lower-case; rules match case-insensitively. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);
/** full names, then abbreviations (with an optional period); longest first inside each alternative */
export const MONTH_RE = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)(?![A-Za-z\u00C0-\u024F])`;

/** 0 = Sunday, as calendar.weekday() */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);
export const WEEKDAY_RE = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
/** weekday abbreviations are only taken in front of a full date ("Fri., May 8, 2009") */
export const WEEKDAY_OPT_ABBR_RE = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thur?s?|fri|sat|sun)\.?)`;

const UNITS_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8],
  ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15],
  ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
];
const TENS_WORDS: ReadonlyArray<readonly [string, number]> = [
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
];
const SMALL = new Map(UNITS_WORDS);
const TENS = new Map(TENS_WORDS);

/** a number in digits or in words up to ninety-nine, or "a"/"an"/"a hundred" */
export const NUMBER_RE = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z\u00C0-\u024F]))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a|an)`;

/** The value of a NUMBER_RE match; null for something it cannot read. */
export function numberValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^[\d,.]+$/.test(s)) {
    const v = Number(s.replace(/,/g, ""));
    return Number.isFinite(v) ? v : null;
  }
  if (s === "a" || s === "an") return 1;
  if (s === "a hundred" || s === "one hundred") return 100;
  const small = SMALL.get(s);
  if (small !== undefined) return small;
  const [tens, unit] = s.split(/[\s-]/);
  const t = TENS.get(tens ?? "");
  if (t === undefined) return null;
  if (unit === undefined) return t;
  const u = SMALL.get(unit);
  return u !== undefined && u < 10 ? t + u : null;
}

/** time units: singular stem -> ISO designator and multiplier */
export const UNIT_RE = String.raw`(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|fortnights?)`;

export interface UnitInfo {
  /** ISO 8601 duration designator */
  designator: "Y" | "M" | "W" | "D" | "H" | "MIN" | "S";
  factor: number;
}

export function unitInfo(raw: string): UnitInfo | null {
  const u = raw.toLowerCase();
  if (u.startsWith("year")) return { designator: "Y", factor: 1 };
  if (u.startsWith("month")) return { designator: "M", factor: 1 };
  if (u.startsWith("week")) return { designator: "W", factor: 1 };
  if (u.startsWith("fortnight")) return { designator: "D", factor: 14 };
  if (u.startsWith("day")) return { designator: "D", factor: 1 };
  if (u.startsWith("hour")) return { designator: "H", factor: 1 };
  if (u.startsWith("minute")) return { designator: "MIN", factor: 1 };
  if (u.startsWith("second")) return { designator: "S", factor: 1 };
  if (u.startsWith("decade")) return { designator: "Y", factor: 10 };
  if (u.startsWith("centur")) return { designator: "Y", factor: 100 };
  return null;
}

/** ISO 8601 duration for n units: P3Y, P5M, P2W, P10D, PT4H, PT30M, PT10S */
export function isoDuration(n: number, unit: UnitInfo): string {
  const v = +(n * unit.factor).toFixed(6);
  switch (unit.designator) {
    case "H":
      return `PT${v}H`;
    case "MIN":
      return `PT${v}M`;
    case "S":
      return `PT${v}S`;
    default:
      return `P${v}${unit.designator}`;
  }
}

export const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenties", 20], ["thirties", 30], ["forties", 40], ["fifties", 50], ["sixties", 60], ["seventies", 70],
  ["eighties", 80], ["nineties", 90],
]);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8],
  ["ninth", 9], ["tenth", 10], ["eleventh", 11], ["twelfth", 12], ["thirteenth", 13], ["fourteenth", 14],
  ["fifteenth", 15], ["sixteenth", 16], ["seventeenth", 17], ["eighteenth", 18], ["nineteenth", 19], ["twentieth", 20],
  ["twenty-first", 21], ["twenty first", 21], ["twenty-second", 22], ["twenty second", 22],
]);

/**
 * Words in front of a 4-digit number that make it an identifier, not a year
 * ("Resolution 1441", "Flight 3407", "Room 1204", "No. 1999").
 */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "resolution", "resolutions", "no", "nos", "number", "flight", "route", "highway", "interstate", "room", "gate", "page",
  "pages", "chapter", "article", "section", "paragraph", "platform", "bus", "apartment", "apt", "suite", "box", "po",
  "code", "model", "form", "rule", "bill", "item", "unit", "force", "squadron", "battalion", "regiment", "brigade",
  "division", "lot", "case", "ticket", "account", "serial", "id", "pin", "ext", "extension", "tel", "phone", "fax",
  "call", "dial", "channel", "exit", "mile", "km", "kilometre", "kilometer", "level", "floor", "block", "ward",
  "district", "zone", "step", "stage", "version", "v", "verse", "psalm", "catalogue", "catalog", "opus", "op", "patent",
]);

/** Words in front of a number that make it a count or amount ("about 2000", "more than 1500"). */
export const APPROXIMATORS: ReadonlySet<string> = new Set([
  "about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "under", "than", "least",
  "most", "only", "just", "total", "estimated", "additional", "another", "extra", "all", "those", "these",
  "killed", "killing", "kill", "injured", "arrested", "deployed",
  "sent", "hired", "employs", "employed", "sold", "bought", "raised", "reached", "paid", "cost", "costs", "worth",
  "weighs", "weighing", "measuring", "top", "topped", "exceeded", "exceeds", "exceeding",
]);

/** Plural-looking words after a number that are not counted nouns. */
export const NON_NOUN_S: ReadonlySet<string> = new Set([
  "was", "is", "has", "as", "does", "this", "his", "its", "plus", "versus", "thus", "us", "yes", "whereas", "across",
  "less", "unless", "always", "perhaps", "afterwards", "towards", "besides", "nevertheless", "goes", "sees", "saw",
]);

/** Unit or counted words that are singular but still make a preceding number an amount. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  "km", "kilometres", "kilometers", "m", "metres", "meters", "ft", "feet", "foot", "mi", "miles", "kg", "g", "lb", "lbs",
  "tonnes", "tons", "mph", "kph", "mw", "kw", "gw", "hectares", "acres", "sq", "square", "cubic", "people", "persons",
  "men", "women", "children", "staff", "personnel", "police", "cattle", "sheep", "fish", "million", "billion",
  "thousand", "hundred", "percent", "pct", "per", "points", "votes", "calories", "degrees", "euros", "dollars",
  "pounds", "yen", "yuan", "rupees", "cc", "ml", "litres", "liters", "gallons", "barrels", "bpd", "mb", "gb", "hp",
]);
