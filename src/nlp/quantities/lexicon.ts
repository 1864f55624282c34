import unitsData from "./units.json" with { type: "json" };
import phrasesData from "./phrases.json" with { type: "json" };
import { data as isoCurrencies } from "currency-codes";
import { tokenize } from "../tokenize.js";
import { compileBaseUnits, type BaseConversion, type BaseEntry } from "./base.js";

/** The unit vocabulary compiled into token tries, once per pipeline (see units.json, docs/quantities.md). */

interface UnitsFile {
  currencySymbols: Record<string, string>;
  dollarPrefixes: Record<string, string>;
  letterPrefixes: Record<string, string>;
  symbolPrefixes: Record<string, string>;
  currencyCodes: string[];
  codeAliases: Record<string, string>;
  isoExcluded: string[];
  historicCodes: Record<string, string>;
  currencyWords: Record<string, string>;
  weakCurrencyWords: string[];
  currencyQualifiers: Record<string, string>;
  minorUnits: Record<string, { code: string; factor: number; name: string }>;
  scales: Record<string, number>;
  moneyOnlyScales: Record<string, number>;
  percent: string[];
  percentagePoint: string[];
  basisPoint: string[];
  units: Record<string, string[]>;
  caseSensitive: string[];
  gluedOnly: string[];
  spacedOneLetter: string[];
  spacedFollowers: string[];
  rateDenominators: string[];
  rateAdverbs: Record<string, string>;
  baseUnits: Record<string, BaseEntry>;
}

interface PhrasesFile {
  tallyNouns: Record<string, string>;
  oneOfSkip: string[];
  halfPeriod: string[];
  levelNouns: string[];
  victimVerbs: string[];
  metreEvents: string[];
  stateWords: string[];
}

export type UnitEntry =
  | { type: "percent" | "percentage point" | "basis point" }
  | { type: "unit"; name: string }
  | { type: "currency"; code: string; word: string }
  | { type: "minor"; code: string; factor: number; name: string };

export interface UnitForm {
  /** a glued-only form that may stand apart before the end, punctuation, a number or a spacedFollowers word */
  spacedOk?: boolean;
  /** match keys, one per token: exact text when case-sensitive, else lower case */
  keys: string[];
  caseSensitive: boolean;
  gluedOnly: boolean;
  entry: UnitEntry;
}

export interface Lexicon {
  /** forms after a number, by the key of their first token, longest first */
  unitForms: Map<string, UnitForm[]>;
  currencySymbols: Map<string, string>;
  dollarPrefixes: Map<string, string>;
  letterPrefixes: Map<string, string>;
  symbolPrefixes: Map<string, string>;
  /** ISO 4217 codes (and aliases: RMB) read as money, to the code they stand for */
  currencyCodes: Map<string, string>;
  /** currency words that are also English words ("won", "real"): money only with a scale or a value of 100 or more */
  weakCurrencyWords: Set<string>;
  scales: Map<string, number>;
  moneyOnlyScales: Map<string, number>;
  rateDenominators: Set<string>;
  /** unit name -> its conversion to a base unit (units.json baseUnits, compiled with the npm package convert) */
  baseUnits: Map<string, BaseConversion>;
  /** minor unit name -> its factor of the main unit ("cent" -> 0.01) */
  minorFactors: Map<string, number>;
  /** words after a spaced one-letter unit that let it stand apart ("5 m high") */
  spacedFollowers: Set<string>;
  /** "annually" -> "year": an adverb after a unit that makes it a rate */
  rateAdverbs: Map<string, string>;
  letterPrefixRe: RegExp;
  /** first characters of the glued prefixes (a quick test before letterPrefixRe) */
  prefixFirst: Set<number>;
  /** phrases.json: words that name what a tally counts ("a 68-34 vote") */
  tallyNouns: Map<string, string>;
  /** phrases.json: words allowed between "one of" and its plural noun */
  oneOfSkip: Set<string>;
  /** phrases.json: words before "half" that make it a period ("the first half of 2008") */
  halfPeriod: Set<string>;
  /** phrases.json: change nouns that before "of" name a level ("a net loss of $35 million") */
  levelNouns: Set<string>;
  /** phrases.json: verbs whose bare numeric object counts people ("the blast killed 12") */
  victimVerbs: Set<string>;
  /** phrases.json: plural nouns after a glued "m" that name races in metres ("110m hurdles"), not millions */
  metreEvents: Set<string>;
  /** phrases.json: a person's state after a bare count, which then counts people ("left millions homeless") */
  stateWords: Set<string>;
}

/**
 * The one-token form `word` (lower case) of the table that may stand apart from its number, of an entry
 * `accept` takes ("mile" as a unit, "yen" as a currency), or undefined: hyphen words and unit words read alone.
 */
export function wordForm(lex: Lexicon, word: string, accept: (e: UnitEntry) => boolean = () => true): UnitForm | undefined {
  return lex.unitForms.get(word)?.find((f) => f.keys.length === 1 && !f.gluedOnly && accept(f.entry));
}

/** An entry of a unit of measure ("mile", "year"). */
export const isMeasure = (e: UnitEntry): boolean => e.type === "unit";

let cached: Lexicon | null = null;

/** Loads and compiles units.json (once per process; the tables are read-only afterwards). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const data = unitsData as unknown as UnitsFile;
  const cs = new Set(data.caseSensitive);
  const glued = new Set(data.gluedOnly);
  const spaced = new Set(data.spacedOneLetter);
  const unitForms = new Map<string, UnitForm[]>();
  /** `exactCase`: matched as written even when units.json does not list it under caseSensitive */
  const add = (form: string, entry: UnitEntry, exactCase = false): void => {
    const caseSensitive = exactCase || cs.has(form);
    const toks = tokenize(form).map((t) => (caseSensitive ? t.text : t.text.toLowerCase()));
    if (toks.length === 0) return;
    const f: UnitForm = { keys: toks, caseSensitive, gluedOnly: glued.has(form), entry };
    if (spaced.has(form)) f.spacedOk = true;
    const list = unitForms.get(toks[0]!) ?? [];
    list.push(f);
    unitForms.set(toks[0]!, list);
  };
  for (const f of data.percent) add(f, { type: "percent" });
  for (const f of data.percentagePoint) add(f, { type: "percentage point" });
  for (const f of data.basisPoint) add(f, { type: "basis point" });
  for (const [name, forms] of Object.entries(data.units)) for (const f of forms) add(f, { type: "unit", name });
  const aliases = new Map(Object.entries(data.codeAliases));
  const currencyCodes = new Map<string, string>();
  for (const c of data.currencyCodes) {
    const code = aliases.get(c) ?? c;
    currencyCodes.set(c, code);
    add(c, { type: "currency", code, word: c });
  }
  // every other active ISO 4217 code (upper case only) and the multi-word ISO names ("Hong Kong Dollar")
  const excluded = new Set(data.isoExcluded);
  const qualifiers = new Map(Object.entries(data.currencyQualifiers));
  const names: [string, string][] = isoCurrencies.map((r) => [r.currency, r.code]);
  for (const [code, name] of Object.entries(data.historicCodes)) names.push([name, code]);
  for (const code of [...isoCurrencies.map((r) => r.code), ...Object.keys(data.historicCodes)]) {
    if (currencyCodes.has(code) || excluded.has(code)) continue;
    currencyCodes.set(code, code);
    add(code, { type: "currency", code, word: code }, true);
  }
  for (const [name, code] of names) {
    const w = name.toLowerCase().trim();
    if (excluded.has(code) || !/^[\p{L}’' ]+$/u.test(w) || !w.includes(" ") || qualifiers.has(w)) continue;
    qualifiers.set(w, code);
  }
  for (const [w, code] of Object.entries(data.currencyWords)) {
    add(w, { type: "currency", code, word: w });
    if (!w.endsWith("s")) add(w + "s", { type: "currency", code, word: w });
  }
  for (const [w, code] of qualifiers) {
    add(w, { type: "currency", code, word: w });
    add(w + "s", { type: "currency", code, word: w });
  }
  for (const [w, m] of Object.entries(data.minorUnits)) add(w, { type: "minor", code: m.code, factor: m.factor, name: m.name });
  // a symbol after its number: "15 €", "100₾" (the symbol's own entry: finishAtom reads it as a suffix only)
  for (const [sym, code] of Object.entries(data.currencySymbols)) add(sym, { type: "currency", code, word: sym });
  for (const list of unitForms.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  // glued prefixes: letters ("RM4.50", "Rs500") and ISO codes ("USD115")
  const letterPrefixes = new Map(Object.entries(data.letterPrefixes));
  for (const [c, code] of currencyCodes) if (!letterPrefixes.has(c)) letterPrefixes.set(c, code);
  const prefixes = [...letterPrefixes.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  cached = {
    unitForms,
    currencySymbols: new Map(Object.entries(data.currencySymbols)),
    dollarPrefixes: new Map(Object.entries(data.dollarPrefixes)),
    letterPrefixes,
    symbolPrefixes: new Map(Object.entries(data.symbolPrefixes)),
    currencyCodes,
    weakCurrencyWords: new Set(data.weakCurrencyWords),
    scales: new Map(Object.entries(data.scales)),
    moneyOnlyScales: new Map(Object.entries(data.moneyOnlyScales)),
    rateDenominators: new Set(data.rateDenominators),
    rateAdverbs: new Map(Object.entries(data.rateAdverbs)),
    spacedFollowers: new Set(data.spacedFollowers),
    baseUnits: compileBaseUnits(data.baseUnits),
    minorFactors: new Map(Object.values(data.minorUnits).map((m) => [m.name, m.factor])),
    prefixFirst: new Set([...letterPrefixes.keys()].map((p) => p.charCodeAt(0))),
    letterPrefixRe: new RegExp(`^(${prefixes.join("|")})(\\d[\\d,]*)$`, "u"),
    tallyNouns: new Map(Object.entries((phrasesData as unknown as PhrasesFile).tallyNouns)),
    oneOfSkip: new Set((phrasesData as unknown as PhrasesFile).oneOfSkip),
    halfPeriod: new Set((phrasesData as unknown as PhrasesFile).halfPeriod),
    levelNouns: new Set((phrasesData as unknown as PhrasesFile).levelNouns),
    victimVerbs: new Set((phrasesData as unknown as PhrasesFile).victimVerbs),
    metreEvents: new Set((phrasesData as unknown as PhrasesFile).metreEvents),
    stateWords: new Set((phrasesData as unknown as PhrasesFile).stateWords),
  };
  return cached;
}
