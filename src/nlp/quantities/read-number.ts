import type { Ctx } from "./context.js";
import type { Num } from "./types.js";
import { mkNum, roundValue } from "./types.js";
import { FRACTION_WORDS, UNICODE_FRACTIONS, UNITS, VAGUE_PLURALS, VAGUE_QUANTIFIERS, WORD_SCALES, isNumberWord, parseDigits, parseWordNumber, vagueRange } from "./numbers.js";
import { MONTHS, SPORTS, STOP } from "./words.js";
import { isPluralNoun } from "./lemma.js";
import { isMeasure, wordForm } from "./lexicon.js";

/** Reading numbers over tokens: digits, number words, scale words, fractions, vague magnitudes, proportions. */
export const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);

export function scaleAt(ctx: Ctx, k: number, money: boolean): number | null {
  const { lex, tok, sameSentence, glued, lw } = ctx;
  const t = tok(k);
  if (!t || t.kind !== "word" || !sameSentence(k, k - 1)) return null;
  const single = t.text.length <= 2 && !/^(bn|mn|tn)$/i.test(t.text);
  if (single && !glued(k)) return null;
  let s = lex.scales.get(t.text) ?? (t.text.length > 2 ? lex.scales.get(lw(k)) : undefined);
  if (s === undefined && money) s = lex.moneyOnlyScales.get(t.text);
  return s ?? null;
}

/** Reads a number (digits or words, scale words, fractions, vague magnitudes) at token i. */
export function numberAt(ctx: Ctx, i: number, money: boolean): Num | null {
  const { tokens, n, inDate, blocked, dotUnit, tok, sameSentence, glued, lw, isDigitTok, isWordTok, capitalised, sentStart } = ctx;
  const t = tok(i);
  if (!t || inDate[i] || blocked[i]) return null;
  const w = lw(i);
  if (t.kind === "number") {
    let v = parseDigits(t.text);
    if (v === null) {
      const f = fractionOf(t.text);
      return f === null ? null : mkNum({ value: f, end: i + 1, fraction: true });
    }
    let end = i + 1;
    // a glued ordinal suffix: 21st, 2nd
    if (glued(end) && /^\d+$/.test(t.text)) {
      const suf = lw(end);
      if (ORDINAL_SUFFIX.has(suf)) return mkNum({ value: v, end: end + 1, ordinal: true, digits: t.text });
      // "June 1st.": the suffix took the sentence's period
      if (suf.length === 3 && suf.endsWith(".") && ORDINAL_SUFFIX.has(suf.slice(0, 2)) && !sameSentence(end, end + 1)) {
        dotUnit[end] = 1;
        return mkNum({ value: v, end: end + 1, ordinal: true, digits: t.text });
      }
    }
    const uf = glued(end) ? UNICODE_FRACTIONS.get(tok(end)!.text) : undefined;
    if (uf !== undefined) {
      v += uf;
      end++;
    } else if (/^\d+$/.test(t.text) && sameSentence(i, end) && !glued(end)) {
      // a mixed number: "10 1/2 miles", "7 3/4 %", "10 ½"
      const f = fractionOf(tok(end)?.text ?? "");
      if (f !== null) {
        v += f;
        end++;
      }
    }
    let scaled = false;
    if (lw(end) === "and" && lw(end + 1) === "a" && lw(end + 2) === "half" && (scaleAt(ctx, end + 3, money) !== null || measureWord(ctx, end + 3))) {
      // "2 and a half million", "3 and a half hours"
      v += 0.5;
      end += 3;
    }
    let s1 = scaleAt(ctx, end, money);
    // "5m people", "20m barrels", "1.2m of them": a glued "m" before a plural noun or "of" is a million, as British
    // news writes it; "5m high", "a 5m wall", "the 110m hurdles" (phrases.json metreEvents) stay metres
    if (s1 === null && !money && tok(end)?.text === "m" && glued(end) && sameSentence(end, end + 1) && !glued(end + 1)) {
      const nx = tok(end + 1);
      const nw = lw(end + 1);
      if (nx && nx.kind === "word" && (nw === "of" || (isPluralNoun(nx.text) && !ctx.lex.metreEvents.has(nw) && !ctx.lex.unitForms.get(nw)?.some((f) => f.entry.type === "unit" && f.entry.name === "metre")))) s1 = 1e6;
    }
    if (s1 !== null) {
      v *= s1;
      end++;
      scaled = true;
      const s2 = scaleAt(ctx, end, money);
      if (s2 !== null && s2 > s1) {
        v *= s2;
        end++;
      }
    }
    if (!scaled && end === i + 1 && !money) {
      const f = outOf(ctx, end, v);
      if (f) return mkNum({ value: f.value, end: f.end, fraction: true });
    }
    return mkNum({ value: roundValue(v), end, scaled, digits: scaled || end > i + 1 ? null : t.text });
  }
  if (t.kind !== "word") return null;
  // "twice", "thrice": two or three times (the counted noun "time" is implied: see atomAt)
  if (w === "twice" || w === "thrice") return mkNum({ value: w === "twice" ? 2 : 3, end: i + 1 });
  // "½ teaspoon": a fraction character alone
  const uni = UNICODE_FRACTIONS.get(t.text);
  if (uni !== undefined) return mkNum({ value: uni, end: i + 1, fraction: true });
  // vague magnitudes: dozens, hundreds, tens of thousands
  const vp = VAGUE_PLURALS.get(w);
  if (vp !== undefined) {
    let mag = vp;
    let end = i + 1;
    while (lw(end) === "of" && VAGUE_PLURALS.has(lw(end + 1)) && VAGUE_PLURALS.get(lw(end + 1))! > 12) {
      mag *= VAGUE_PLURALS.get(lw(end + 1))!;
      end += 2;
    }
    if ((w === "tens" || w === "scores") && end === i + 1 && lw(end) !== "of") return null;
    if (w === "scores" && (lw(i - 1) === "the" || SPORTS.has(lw(end + 1)))) return null;
    return mkNum({ value: NaN, end, vague: vagueRange(mag, w) });
  }
  // several hundred, a few thousand, a couple of hundred, many thousands
  const vqKey = w === "a" && (lw(i + 1) === "few" || lw(i + 1) === "couple") ? lw(i + 1) : w;
  const vq = VAGUE_QUANTIFIERS.get(vqKey);
  if (vq !== undefined) {
    let k = vqKey === w ? i + 1 : i + 2;
    if (vqKey === "couple" && lw(k) === "of") k++;
    const sc = WORD_SCALES.get(lw(k)) ?? (isDigitTok(k) ? null : undefined);
    if (sc !== undefined && sc !== null) {
      return mkNum({ value: NaN, end: k + 1, vague: [vq[0] * sc, vq[1] * sc] });
    }
    return null;
  }
  // a hundred, a million, a dozen, a third (of), half a million, half of
  if (w === "a" || w === "an") {
    const sc = WORD_SCALES.get(lw(i + 1));
    if (sc !== undefined) {
      let v = sc;
      let end = i + 2;
      const more = WORD_SCALES.get(lw(end));
      if (more !== undefined && more > sc) {
        v *= more;
        end++;
      }
      return mkNum({ value: v, end, scaled: true });
    }
    const den = FRACTION_WORDS.get(lw(i + 1));
    if (den !== undefined && !lw(i + 1).endsWith("s")) {
      const after = lw(i + 2);
      const sc2 = WORD_SCALES.get(after);
      if (sc2 !== undefined) return mkNum({ value: sc2 / den, end: i + 3, scaled: true });
      if (after === "of" && lw(i + 3) === "a" && WORD_SCALES.has(lw(i + 4))) return mkNum({ value: WORD_SCALES.get(lw(i + 4))! / den, end: i + 5, scaled: true });
      // "a quarter mile", "a half hour": a fraction of a unit of measure
      const measure = measureWord(ctx, i + 2);
      if (after === "of" || !isWordTok(i + 2) || STOP.has(after) || measure) {
        if (den === 2 && after !== "of" && !measure) return null; // "a half" alone is rarely a proportion
        return mkNum({ value: roundValue(1 / den), end: i + 2, fraction: true });
      }
    }
    return null;
  }
  if (w === "half") {
    if (ctx.lex.halfPeriod.has(lw(i - 1))) return null; // "the first half of 2008": a period
    // "half a ton": half of one unit
    if ((lw(i + 1) === "a" || lw(i + 1) === "an") && ctx.lex.unitForms.has(lw(i + 2)) && !ctx.lex.currencyCodes.has(tok(i + 2)?.text ?? "")) {
      return mkNum({ value: 0.5, end: i + 2 });
    }
    // "cut output by half": the proportion of a change
    if (lw(i - 1) === "by" && !isWordTok(i + 1)) return mkNum({ value: 0.5, end: i + 1, fraction: true });
    if ((lw(i + 1) === "a" || lw(i + 1) === "an") && WORD_SCALES.has(lw(i + 2)) && lw(i + 2) !== "dozen") {
      return mkNum({ value: 0.5 * WORD_SCALES.get(lw(i + 2))!, end: i + 3, scaled: true });
    }
    // "half million dollars": the article left out before a large scale word
    if ((WORD_SCALES.get(lw(i + 1)) ?? 0) >= 1e6) return mkNum({ value: 0.5 * WORD_SCALES.get(lw(i + 1))!, end: i + 2, scaled: true });
    if (lw(i + 1) === "of" || (lw(i + 1) === "the" && !capitalised(i + 2))) return mkNum({ value: 0.5, end: i + 1, fraction: true });
    return null;
  }
  // two-thirds, three-quarters, one-third
  if (w.includes("-")) {
    const dash = w.indexOf("-");
    const head = w.slice(0, dash);
    const tail = w.slice(dash + 1);
    const num = UNITS.get(head);
    const den = FRACTION_WORDS.get(tail);
    if (num !== undefined && den !== undefined && num < den) return mkNum({ value: roundValue(num / den), end: i + 1, fraction: true });
  }
  if (!isNumberWord(w.split("-")[0]!)) return null;
  const words: string[] = [];
  for (let k = i; k < n && k < i + 12 && tokens[k]!.sentence === t.sentence; k++) {
    if (tokens[k]!.kind !== "word" || inDate[k]) break;
    words.push(lw(k));
  }
  const wn = parseWordNumber(words, 0);
  if (!wn || wn.length === 0) return null;
  let end = i + wn.length;
  let v = wn.value;
  // "two thirds", "three quarters"
  if (!wn.ordinal && wn.length === 1 && v < 10) {
    const den = FRACTION_WORDS.get(lw(end));
    if (den !== undefined && lw(end).endsWith("s") && v < den) return mkNum({ value: roundValue(v / den), end: end + 1, fraction: true });
    if (den !== undefined && v === 1 && !lw(end).endsWith("s") && den !== 2) return mkNum({ value: roundValue(1 / den), end: end + 1, fraction: true });
  }
  if (wn.ordinal) {
    // a capitalised ordinal inside a sentence is part of a name ("First Global Challenge", "Second World War" is kept lower)
    if (capitalised(i) && !sentStart(i)) return null;
    return mkNum({ value: v, end, ordinal: true });
  }
  let scaled = words.slice(0, wn.length).some((x) => WORD_SCALES.has(x) || x.split("-").some((p) => WORD_SCALES.has(p)));
  if (lw(end) === "and" && lw(end + 1) === "a" && lw(end + 2) === "half" && WORD_SCALES.has(lw(end + 3))) {
    v = (v + 0.5) * WORD_SCALES.get(lw(end + 3))!;
    end += 4;
    scaled = true;
  } else if (lw(end) === "and" && lw(end + 1) === "a" && lw(end + 2) === "half" && measureWord(ctx, end + 3)) {
    // "two and a half years", "a two and a half year war"
    v += 0.5;
    end += 3;
  } else {
    const s = scaleAt(ctx, end, money);
    if (s !== null) {
      v *= s;
      end++;
      scaled = true;
    }
  }
  if (!scaled && !money) {
    const f = outOf(ctx, end, v);
    if (f) return mkNum({ value: f.value, end: f.end, fraction: true });
  }
  return mkNum({ value: v, end, scaled, bareOne: w === "one" && wn.length === 1 });
}

/** Token k is a word naming a unit of measure ("mile", "years"), not a currency or a symbol. */
function measureWord(ctx: Ctx, k: number): boolean {
  return ctx.isWordTok(k) && wordForm(ctx.lex, ctx.lw(k), isMeasure) !== undefined;
}

/** The value of a written fraction: "3/4" (denominators 2, 3, 4, 5, 8, 10, 16, numerator below it) or "½". */
function fractionOf(text: string): number | null {
  const u = UNICODE_FRACTIONS.get(text);
  if (u !== undefined) return u;
  const frac = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (!frac) return null;
  const a = Number(frac[1]);
  const b = Number(frac[2]);
  return a < b && a > 0 && FRACTION_DENOMINATORS.has(b) ? a / b : null;
}

const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 8, 10, 16]);

/** "one in four", "3 out of 10", "one in every five": a proportion. */
export function outOf(ctx: Ctx, k: number, x: number): { value: number; end: number } | null {
  const { lex, inDate, tok, sameSentence, glued, lw, isWordTok } = ctx;
  let j = k;
  if (lw(j) === "in") j++;
  else if (lw(j) === "out" && lw(j + 1) === "of") j += 2;
  else return null;
  if (lw(j) === "every") j++;
  if (!sameSentence(j, k)) return null;
  let y: number | null = null;
  let end = j + 1;
  const tj = tok(j);
  if (!tj || inDate[j]) return null;
  if (tj.kind === "number") {
    y = parseDigits(tj.text);
    if (y !== null && /^\d{4}$/.test(tj.text) && y >= 1000 && y <= 2100) return null;
    if (glued(j + 1) && isWordTok(j + 1)) return null;
  } else if ((lw(j) === "a" || lw(j) === "an") && WORD_SCALES.has(lw(j + 1))) {
    y = WORD_SCALES.get(lw(j + 1))!;
    end = j + 2;
  } else if (tj.kind === "word") {
    const words = [lw(j), lw(j + 1), lw(j + 2), lw(j + 3)];
    const wn = parseWordNumber(words, 0);
    if (wn && !wn.ordinal) {
      y = wn.value;
      end = j + wn.length;
    }
  }
  if (y === null || !(x < y) || x <= 0) return null;
  // "39 out of 325 seats": two counts of the noun, not a proportion
  if (lw(k) === "out" && isWordTok(end) && isPluralNoun(tok(end)!.text)) return null;
  if (MONTHS.has(lw(end)) || lex.unitForms.has(lw(end))) return null;
  return { value: roundValue(x / y), end };
}
