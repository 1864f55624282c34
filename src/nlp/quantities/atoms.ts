import type { Ctx } from "./context.js";
import type { Atom, Num } from "./types.js";
import { mkNum, roundValue } from "./types.js";
import { numberAt, scaleAt } from "./read-number.js";
import { rateAt, rateDenominator, unitAt } from "./units-match.js";
import { currencyPrefixAt } from "./money.js";
import { FRACTION_WORDS, isNumberWord, parseDigits, parseWordNumber } from "./numbers.js";
import { STOP } from "./words.js";
import { isMeasure, wordForm } from "./lexicon.js";

/** An atom: one number with its currency, unit (pounds sterling or weight, weak currency words) and rate. */
/** A number with its currency, unit and rate, starting at token i. */
export function atomAt(ctx: Ctx, i: number): Atom | null {
  const { tokens, n, lex, inDate, blocked, tok, glued, lw, isDigitTok } = ctx;
  const t = tok(i);
  if (!t || inDate[i] || blocked[i]) return null;
  if (isSign(ctx, i)) {
    // "-5 degrees", "minus 20C", "growth of -0.3%": the sign belongs to the number after it
    const a = atomAt(ctx, i + 1);
    if (!a || a.ordinal || a.vague || a.numStart !== i + 1) return null;
    a.value = -a.value;
    a.start = i;
    return a;
  }
  // RM4.50: a currency prefix glued to its digits inside one word token
  if (t.kind === "word") {
    const m = lex.letterPrefixRe.exec(t.text);
    if (m) {
      let v = parseDigits(m[2]!);
      let end = i + 1;
      if (v === null) return null;
      const adj = (k: number): boolean => k > 0 && k < n && tokens[k]!.start === tokens[k - 1]!.end;
      if (tok(end)?.text === "." && adj(end) && isDigitTok(end + 1) && adj(end + 1) && /^\d+$/.test(tok(end + 1)!.text)) {
        v = Number(`${m[2]!.replace(/,/g, "")}.${tok(end + 1)!.text}`);
        end += 2;
      }
      const s = scaleAt(ctx, end, true);
      let scaled = false;
      if (s !== null) {
        v *= s;
        end++;
        scaled = true;
      }
      const glued = finishAtom(ctx, mkNum({ value: roundValue(v), end, scaled }), i, i, lex.letterPrefixes.get(m[1]!)!);
      glued.unitSpan ??= [t.start, t.start + m[1]!.length];
      return glued;
    }
  }
  // "six-mile", "ten-day", "three-judge": a written number glued to a unit by a hyphen
  if (t.kind === "word" && t.text.includes("-")) {
    const parts = lw(i).split("-");
    let cut = parts.length - 1;
    while (cut > 0 && !(parseWordNumber([parts.slice(0, cut).join("-")], 0)?.length === 1)) cut--;
    if (cut > 0 && cut < parts.length) {
      const wn = parseWordNumber([parts.slice(0, cut).join("-")], 0)!;
      const rest = parts.slice(cut).join("-");
      const head = rest.split("-")[0]!;
      const uf = wordForm(lex, head, isMeasure);
      if (!wn.ordinal && uf && uf.entry.type === "unit") {
        const a = finishAtom(ctx, mkNum({ value: wn.value, end: i + 1 }), i, i, null);
        a.unit = uf.entry.name;
        a.unitKind = "measure";
        a.end = i + 1;
        a.unitSpan = [t.end - rest.length, t.end - rest.length + head.length];
        return a;
      }
      // "a one-yen bid", "a ten-dollar bill", "a 50-cent coin" ("five-pound" stays ambiguous: weight or sterling)
      const cf = rest === head ? wordForm(lex, head, (e) => e.type === "currency" || e.type === "minor") : undefined;
      if (!wn.ordinal && cf && (cf.entry.type === "minor" || (cf.entry.type === "currency" && cf.entry.word !== "pound" && !lex.weakCurrencyWords.has(cf.entry.word)))) {
        const a = finishAtom(ctx, mkNum({ value: wn.value, end: i + 1 }), i, i, null);
        a.currency = cf.entry.code;
        a.unitKind = "money";
        if (cf.entry.type === "minor") a.minor = { name: cf.entry.name, factor: cf.entry.factor };
        a.end = i + 1;
        a.unitSpan = [t.end - rest.length, t.end];
        return a;
      }
      // "a five-seat majority", "the eight-man tournament", "a six-party coalition": a count of the noun after the hyphen
      // (not a fraction "two-thirds", a number "twenty-one", or an adjective "one-sided", "one-off", "two-way")
      if (!wn.ordinal && rest === head && /^\p{Ll}+$/u.test(rest) && !STOP.has(rest) && !isNumberWord(rest) && !FRACTION_WORDS.has(rest) && !NOT_COMPOUND_NOUN.test(rest) && ctx.isWordTok(i + 1) && /^\p{Ll}/u.test(tok(i + 1)!.text)) {
        const a = finishAtom(ctx, mkNum({ value: wn.value, end: i + 1 }), i, i, null);
        a.compoundNoun = rest;
        a.end = i + 1;
        return a;
      }
    }
  }
  const cp = currencyPrefixAt(ctx, i);
  if (cp) {
    const num = numberAt(ctx, cp.numStart, true);
    if (!num || num.ordinal || num.fraction) return null;
    return finishAtom(ctx, num, i, cp.numStart, cp.code);
  }
  const num = numberAt(ctx, i, false);
  if (!num) return null;
  const a = finishAtom(ctx, num, i, i, null);
  if (lw(i) === "twice" || lw(i) === "thrice") a.implied = "time";
  return a;
}

/** Endings of adjectives and adverbs after "one-", "two-": "one-sided", "two-way", "one-off", "one-time", "three-fold". */
const NOT_COMPOUND_NOUN = /(?:ed|ing|ly|ish|fold|way|off|time|to|on|up|all)$/;

/** Minor units that make the hundredths of a main-unit amount before them. */
const HUNDREDTHS: ReadonlySet<string> = new Set(["cent", "penny"]);
/** What may follow a bare hundredths number: the end of the clause. */
const CLAUSE_END: ReadonlySet<string> = new Set([".", ",", ";", "!", "?", ")", ""]);

/**
 * The hundredths after a main-unit amount: "[and] 50 cents" (a cent or penny), or "[and] 50" closing the
 * clause; null when none. The number is a whole number below 100.
 */
function minorAfter(ctx: Ctx, k: number): { value: number; end: number } | null {
  const { lw, sameSentence, lex } = ctx;
  let j = k;
  if (lw(j) === "and") j++;
  if (!sameSentence(j, k - 1)) return null;
  const num = numberAt(ctx, j, false);
  if (!num || num.ordinal || num.fraction || num.scaled || num.vague || !Number.isInteger(num.value) || num.value < 1 || num.value > 99) return null;
  const m = lex.unitForms.get(lw(num.end))?.find((f) => f.keys.length === 1 && f.entry.type === "minor");
  if (m && m.entry.type === "minor" && HUNDREDTHS.has(m.entry.name)) return { value: num.value, end: num.end + 1 };
  if (CLAUSE_END.has(lw(num.end)) || !sameSentence(num.end, j)) return { value: num.value, end: num.end };
  return null;
}

/** Signs: a minus glued to the digits after it, with space (or nothing) before it, or the word "minus". */
const MINUS: ReadonlySet<string> = new Set(["-", "\u2212", "\u2013"]);

/**
 * Token i is the sign of the number after it: "-" (or U+2212, an en dash) glued to digits and not to
 * what comes before, or "minus" before digits; never after a number ("5 -10", "3 -1": a range or a
 * score) or a word glued to it.
 */
export function isSign(ctx: Ctx, i: number): boolean {
  const { tok, glued, lw, isDigitTok, sameSentence } = ctx;
  const t = tok(i);
  if (!t || !isDigitTok(i + 1) || !sameSentence(i, i + 1)) return false;
  if (MINUS.has(t.text)) {
    if (!glued(i + 1) || glued(i)) return false;
  } else if (lw(i) !== "minus" || glued(i + 1)) return false;
  const p = tok(i - 1);
  if (!p || !sameSentence(i - 1, i)) return true;
  return !isDigitTok(i - 1) && !isNumberWord(lw(i - 1));
}

export function finishAtom(ctx: Ctx, num: Num, start: number, numStart: number, currency: string | null): Atom {
  const { lex, tok, glued, lw, isWordTok, sentenceHas } = ctx;
  const a: Atom = {
    value: num.value, end: num.end, ordinal: num.ordinal, fraction: num.fraction, vague: num.vague, scaled: num.scaled,
    digits: num.digits, bareOne: num.bareOne, start, numStart, numEnd: num.end, currency, unit: null, unitKind: null, compoundNoun: null,
  };
  if (num.ordinal) return a;
  // a currency prefix as written: "$", "US$", "NZ $", "USD"
  if (currency && start < numStart) a.unitSpan = [ctx.tokens[start]!.start, ctx.tokens[numStart - 1]!.end];
  let k = num.end;
  let value = num.value;
  // a vague magnitude takes its unit through "of": millions of dollars, thousands of tonnes
  const ofUnit = num.vague && lw(k) === "of" ? unitAt(ctx, k + 1) : null;
  if (ofUnit && ofUnit.entry.type !== "percent" && ofUnit.entry.type !== "basis point" && ofUnit.entry.type !== "percentage point") k = k + 1;
  // "25-year-old", "a 10-day trip", "a 5,000-strong force"
  let hyphen = false;
  if (!currency && tok(k)?.text === "-" && glued(k) && glued(k + 1) && isWordTok(k + 1)) {
    hyphen = true;
    k = k + 1;
  }
  let u = unitAt(ctx, k);
  /** the token the unit starts at; a hyphen word holds it as its first part */
  let uAt = k;
  // a fraction takes a unit of measure ("1/4 mile", "½ teaspoon", "a quarter mile"), else it is a proportion
  if (num.fraction && u && u.entry.type !== "unit") u = null;
  // "five-tenths of one percentage point", "a third of a mile": the fraction of one unit
  if (num.fraction && !u && lw(k) === "of" && (lw(k + 1) === "a" || lw(k + 1) === "an" || lw(k + 1) === "one")) {
    const of = unitAt(ctx, k + 2);
    if (of && of.entry.type !== "currency" && of.entry.type !== "minor") {
      u = of;
      uAt = k + 2;
    }
  }
  // "a 12-cent-a-share dividend", "a 5-mile-a-day walk": unit and rate in one hyphen word
  let hyphenRate: string | null = null;
  if (hyphen && !u) {
    const word = lw(k);
    const first = word.split("-")[0]!;
    const rate = /^[^-]+-(?:a|an|per)-([^-]+)$/.exec(word);
    const den = rate ? rateDenominator(ctx, rate[1]!) : null;
    const any = den ? wordForm(lex, first) : undefined;
    if (den && any) {
      u = { entry: any.entry, end: k + 1 };
      hyphenRate = den;
    }
  }
  if (hyphen && !u) {
    const word = lw(k);
    const first = word.split("-")[0]!;
    const uf = wordForm(lex, first, isMeasure);
    if (uf) {
      u = { entry: uf.entry, end: k + 1 };
    } else if (/^\p{Ll}+$/u.test(word) && !STOP.has(word) && word !== "ish") {
      a.compoundNoun = word === "strong" ? null : word;
      a.end = k + 1;
      return a;
    } else return a;
  }
  /** the unit as written: its tokens, or the first part of a hyphen word ("year" of "year-old") */
  const spanOfUnit = (end: number): [number, number] => {
    const t0 = ctx.tokens[uAt]!;
    if (hyphen) return [t0.start, t0.start + lw(uAt).split("-")[0]!.length];
    return [t0.start, ctx.tokens[end - 1]!.end - ctx.dotUnit[end - 1]!];
  };
  if (u && hyphen && u.entry.type === "unit" && /-old$/.test(lw(u.end - 1))) {
    // an age: "25-year-old"
    a.unit = u.entry.name;
    a.unitKind = "measure";
    a.end = u.end;
    a.unitSpan = spanOfUnit(u.end);
    return a;
  }
  if (u) {
    let e = u.entry;
    // pounds: sterling only with a scale word, "sterling" or a £ amount nearby; else weight
    if ((e.type === "currency" && e.code === "GBP" && e.word === "pound") || (e.type === "unit" && e.name === "pound")) {
      const sterling = currency === "GBP" || num.scaled || lw(u.end) === "sterling" || sentenceHas(k, "£");
      e = sterling ? { type: "currency", code: "GBP", word: "pound" } : { type: "unit", name: "pound" };
      if (lw(u.end) === "sterling") u.end++;
    }
    const weak = e.type === "currency" && lex.weakCurrencyWords.has(e.word);
    // a symbol after the number is its currency ("15 €"), unless it opens the next amount ("1 $10 bill")
    const symbolBefore = e.type === "currency" && lex.currencySymbols.has(e.word) && ctx.isDigitTok(u.end) && ctx.sameSentence(u.end, k);
    const ambiguousPoint = e.type === "unit" && e.name === "point" && num.vague !== null;
    if ((weak && !(num.scaled || value >= 100)) || symbolBefore) {
      // "won 3": a verb, not a currency
    } else if (ambiguousPoint) {
      // "hundreds of points"
    } else if (e.type === "currency" && currency && e.code !== currency && e.word.length > 3) {
      // "$5 Canadian": keep the prefix
    } else if (e.type === "unit" && currency) {
      // "$5 million barrel": the money prefix wins; the unit word starts the counted phrase
    } else {
      switch (e.type) {
        case "percent":
          a.unit = "percent";
          a.unitKind = "percent";
          a.fraction = false;
          break;
        case "percentage point":
        case "basis point":
          a.unit = e.type;
          a.unitKind = "percent";
          a.fraction = false;
          break;
        case "unit":
          a.unit = e.name;
          a.unitKind = "measure";
          a.fraction = false;
          break;
        case "currency":
          a.currency = currency ?? e.code;
          a.unitKind = "money";
          break;
        case "minor":
          // cents, pence and sen are their own units: the value stays as written
          a.currency = e.code;
          a.unitKind = "money";
          a.minor = { name: e.name, factor: e.factor };
          break;
      }
      k = u.end;
      if (a.unitSpan === undefined) a.unitSpan = spanOfUnit(u.end);
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50.": one amount
      if (e.type === "currency" && !num.scaled && !num.vague && Number.isInteger(value)) {
        const sub = minorAfter(ctx, k);
        if (sub) {
          value = roundValue(value + sub.value / 100);
          k = sub.end;
        }
      }
    }
  }
  if (a.unitKind === null && ofUnit) k = num.end;
  if (a.currency && a.unitKind === null) a.unitKind = "money";
  a.value = value;
  a.end = a.unitKind === null ? num.end : k;
  if (a.unitKind !== null) {
    const r = hyphenRate ? { den: hyphenRate, end: a.end } : rateAt(ctx, a.end);
    if (r) {
      const baseUnit = a.unitKind === "money" ? (a.minor?.name ?? a.currency!) : a.unit!;
      a.unit = `${baseUnit} per ${r.den}`;
      a.end = r.end;
    } else if (a.unitKind === "measure" && lw(a.end) === "of") {
      // "2.4 billion gallons of jet fuel a year", "1.2 million barrels of oil per day": the rate after the of-phrase
      // (the span stays on the amount: its of-phrase names the concept)
      const den = rateAfterOf(ctx, a.end + 1);
      if (den) a.unit = `${a.unit!} per ${den}`;
    }
  }
  return a;
}

/** The time denominator of a rate that closes an of-phrase of at most four words starting at k ("of jet fuel a year"). */
function rateAfterOf(ctx: Ctx, k: number): string | null {
  const { lw, isWordTok, sameSentence } = ctx;
  for (let j = k; j < k + 5 && sameSentence(j, k); j++) {
    const w = lw(j);
    if (j > k && (w === "a" || w === "an" || w === "per")) {
      const r = rateAt(ctx, j);
      return r && RATE_TIMES.has(r.den) ? r.den : null;
    }
    if (!isWordTok(j) || (j > k && STOP.has(w))) return null;
  }
  return null;
}

const RATE_TIMES: ReadonlySet<string> = new Set(["year", "month", "week", "day", "hour", "minute", "second"]);
