import type { Ctx } from "./context.js";
import type { Atom, Num } from "./types.js";
import { mkNum, roundValue } from "./types.js";
import { numberAt, scaleAt } from "./read-number.js";
import { rateAt, rateDenominator, unitAt } from "./units-match.js";
import { currencyPrefixAt } from "./money.js";
import { isNumberWord, parseDigits, parseWordNumber } from "./numbers.js";
import { STOP } from "./words.js";

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
      return finishAtom(ctx, mkNum({ value: roundValue(v), end, scaled }), i, i, lex.letterPrefixes.get(m[1]!)!);
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
      const uf = lex.unitForms.get(head)?.find((f) => f.keys.length === 1 && !f.gluedOnly && f.entry.type === "unit");
      if (!wn.ordinal && uf && uf.entry.type === "unit") {
        const a = finishAtom(ctx, mkNum({ value: wn.value, end: i + 1 }), i, i, null);
        a.unit = uf.entry.name;
        a.unitKind = "measure";
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
  // a fraction takes a unit of measure ("1/4 mile", "½ teaspoon", "a quarter mile"), else it is a proportion
  if (num.fraction && u && u.entry.type !== "unit") u = null;
  // "a 12-cent-a-share dividend", "a 5-mile-a-day walk": unit and rate in one hyphen word
  let hyphenRate: string | null = null;
  if (hyphen && !u) {
    const word = lw(k);
    const first = word.split("-")[0]!;
    const rate = /^[^-]+-(?:a|an|per)-([^-]+)$/.exec(word);
    const den = rate ? rateDenominator(ctx, rate[1]!) : null;
    const any = den ? lex.unitForms.get(first)?.find((f) => f.keys.length === 1 && !f.gluedOnly) : undefined;
    if (den && any) {
      u = { entry: any.entry, end: k + 1 };
      hyphenRate = den;
    }
  }
  if (hyphen && !u) {
    const word = lw(k);
    const first = word.split("-")[0]!;
    const uf = lex.unitForms.get(first)?.find((f) => f.keys.length === 1 && !f.gluedOnly && f.entry.type === "unit");
    if (uf) {
      u = { entry: uf.entry, end: k + 1 };
    } else if (/^\p{Ll}+$/u.test(word) && !STOP.has(word) && word !== "ish") {
      a.compoundNoun = word === "strong" ? null : word;
      a.end = k + 1;
      return a;
    } else return a;
  }
  if (u && hyphen && u.entry.type === "unit" && /-old$/.test(lw(u.end - 1))) {
    // an age: "25-year-old"
    a.unit = u.entry.name;
    a.unitKind = "measure";
    a.end = u.end;
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
    const symbolBefore = e.type === "currency" && lex.currencySymbols.has(e.word) && (ctx.isDigitTok(u.end) && glued(u.end));
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
          break;
        case "percentage point":
        case "basis point":
          a.unit = e.type;
          a.unitKind = "percent";
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
    }
  }
  return a;
}
