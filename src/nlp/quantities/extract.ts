import type { Token } from "../../document/types.js";
import type { Quantity } from "../../schema/quantity.js";
import type { Lexicon, UnitEntry, UnitForm } from "./lexicon.js";
import { isPluralNoun, singularize } from "./lemma.js";
import {
  FRACTION_WORDS, ORDINAL_WORDS, TENS, UNICODE_FRACTIONS, UNITS, VAGUE_PLURALS, VAGUE_QUANTIFIERS, WORD_SCALES, isNumberWord, parseDigits,
  parseWordNumber, vagueRange,
} from "./numbers.js";
import {
  CHANGE_BEFORE, CHANGE_NOUNS, CLOCK_AFTER, ID_NOUNS, LEVEL_VERBS, MODIFIERS, MONTHS, SPORTS, STOP, WEEKDAYS, YEAR_CONTEXT,
} from "./words.js";

type Kind = Quantity["kind"];
type Change = Quantity["change"];
type RangeKind = "between" | "from" | "to" | "dash" | "or";

/** A date span of the dates layer (only offsets and id are used). */
export interface DateSpan {
  id: string;
  start: number;
  end: number;
  /** the dates layer's kind; a duration ("in 9.58 seconds") never scopes a quantity */
  kind?: string;
}

interface Num {
  value: number;
  /** token index one past the number (and its scale word) */
  end: number;
  ordinal: boolean;
  fraction: boolean;
  vague: [number, number] | null;
  scaled: boolean;
  /** the single digit token, when the number is exactly one (for year and phone checks) */
  digits: string | null;
  /** written with the word "one" alone (a pronoun more often than a count) */
  bareOne: boolean;
}

interface Atom extends Num {
  start: number;
  /** index of the first number token (after a currency prefix) */
  numStart: number;
  /** index one past the number, before any unit */
  numEnd: number;
  currency: string | null;
  unit: string | null;
  unitKind: "percent" | "measure" | "money" | null;
  /** a hyphen compound's noun ("a 10-member team") */
  compoundNoun: string | null;
}

/** Modifiers by their last word, longest first. */
const MODIFIER_TABLE = new Map<string, Array<{ words: string[]; change: Change }>>();
for (const [m, c] of MODIFIERS) {
  const words = m.split(" ");
  const last = words[words.length - 1]!;
  const list = MODIFIER_TABLE.get(last) ?? [];
  list.push({ words, change: c });
  list.sort((a, b) => b.words.length - a.words.length);
  MODIFIER_TABLE.set(last, list);
}

const ORDINAL_SUFFIX = new Set(["st", "nd", "rd", "th"]);
const PARTITIVE_DET = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all"]);
const ONE_NOT_COUNT = new Set(["of", "another", "day", "time", "way", "point", "side", "hand", "thing", "who", "which", "that", "must", "can", "could", "would", "should", "may", "might", "will", "does", "did", "is", "was"]);
const PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those", "which", "who", "there", "what", "one"]);
const QUANT_NOUNS_BEFORE_OF = new Set(["total", "number", "maximum", "minimum", "average", "sum", "figure", "tally", "out", "one", "some", "all", "most", "many", "each", "none", "any", "both", "group", "list", "majority", "minority", "percent", "proportion", "share", "part", "half", "age", "ages", "period", "span", "distance", "range", "height", "depth", "length", "weight", "speed", "rate", "toll", "increase", "rise", "drop", "fall", "decline", "cut", "loss", "gain", "growth", "jump", "reduction", "decrease", "surge", "hike"]);

/**
 * Finds quantities over the tokens of one document. Pure: tables come compiled in `lex`;
 * `dates` are the dates layer's spans (numbers inside them are never quantities).
 */
export function extractQuantities(
  text: string,
  tokens: readonly Token[],
  sentences: readonly { start: number; end: number }[],
  dates: readonly DateSpan[],
  lex: Lexicon,
): Quantity[] {
  const n = tokens.length;
  // lower-cased token texts, computed only where a rule looks
  const lowerCache: Array<string | undefined> = new Array<string | undefined>(n);
  const inDate = new Uint8Array(n);
  if (dates.length > 0) {
    const sorted = [...dates].sort((a, b) => a.start - b.start);
    let d = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      while (d < sorted.length && sorted[d]!.end <= t.start) d++;
      const ds = sorted[d];
      if (ds && ds.start < t.end && t.start < ds.end) inDate[i] = 1;
    }
  }
  const blocked = new Uint8Array(n);
  /** unit tokens whose final period is the sentence's, not the unit's */
  const dotUnit = new Uint8Array(n);
  const out: Quantity[] = [];

  const tok = (i: number): Token | undefined => tokens[i];
  const sameSentence = (i: number, j: number): boolean => tokens[i] !== undefined && tokens[j] !== undefined && tokens[i]!.sentence === tokens[j]!.sentence;
  const glued = (i: number): boolean => i > 0 && i < n && tokens[i]!.start === tokens[i - 1]!.end && tokens[i]!.sentence === tokens[i - 1]!.sentence;
  const lw = (i: number): string => (i >= 0 && i < n ? (lowerCache[i] ??= tokens[i]!.text.toLowerCase()) : "");
  const isDigitTok = (i: number): boolean => tokens[i]?.kind === "number";
  const isWordTok = (i: number): boolean => tokens[i]?.kind === "word";
  const capitalised = (i: number): boolean => /^\p{Lu}/u.test(tokens[i]?.text ?? "");
  const sentStart = (i: number): boolean => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence || (/^["“‘'(\[]$/.test(tokens[i - 1]!.text) && (i - 1 === 0 || tokens[i - 2]!.sentence !== tokens[i]!.sentence));

  function scaleAt(k: number, money: boolean): number | null {
    const t = tok(k);
    if (!t || t.kind !== "word" || !sameSentence(k, k - 1)) return null;
    const single = t.text.length <= 2 && !/^(bn|mn|tn)$/i.test(t.text);
    if (single && !glued(k)) return null;
    let s = lex.scales.get(t.text) ?? (t.text.length > 2 ? lex.scales.get(lw(k)) : undefined);
    if (s === undefined && money) s = lex.moneyOnlyScales.get(t.text);
    return s ?? null;
  }

  /** Reads a number (digits or words, scale words, fractions, vague magnitudes) at token i. */
  function numberAt(i: number, money: boolean): Num | null {
    const t = tok(i);
    if (!t || inDate[i] || blocked[i]) return null;
    const w = lw(i);
    if (t.kind === "number") {
      let v = parseDigits(t.text);
      if (v === null) {
        const frac = /^(\d{1,2})\/(\d{1,2})$/.exec(t.text);
        if (frac && Number(frac[1]) < Number(frac[2]) && [2, 3, 4, 5, 8, 10].includes(Number(frac[2]))) {
          return mkNum({ value: Number(frac[1]) / Number(frac[2]), end: i + 1, fraction: true });
        }
        return null;
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
      }
      let scaled = false;
      if (lw(end) === "and" && lw(end + 1) === "a" && lw(end + 2) === "half" && scaleAt(end + 3, money) !== null) {
        v += 0.5;
        end += 3;
      }
      const s1 = scaleAt(end, money);
      if (s1 !== null) {
        v *= s1;
        end++;
        scaled = true;
        const s2 = scaleAt(end, money);
        if (s2 !== null && s2 > s1) {
          v *= s2;
          end++;
        }
      }
      if (!scaled && end === i + 1 && !money) {
        const f = outOf(end, v);
        if (f) return mkNum({ value: f.value, end: f.end, fraction: true });
      }
      return mkNum({ value: roundValue(v), end, scaled, digits: scaled || end > i + 1 ? null : t.text });
    }
    if (t.kind !== "word") return null;
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
      return mkNum({ value: NaN, end, vague: vagueRange(mag) });
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
        if (after === "of" || !isWordTok(i + 2) || STOP.has(after)) {
          if (den === 2 && after !== "of") return null; // "a half" alone is rarely a proportion
          return mkNum({ value: roundValue(1 / den), end: i + 2, fraction: true });
        }
      }
      return null;
    }
    if (w === "half") {
      if ((lw(i + 1) === "a" || lw(i + 1) === "an") && WORD_SCALES.has(lw(i + 2)) && lw(i + 2) !== "dozen") {
        return mkNum({ value: 0.5 * WORD_SCALES.get(lw(i + 2))!, end: i + 3, scaled: true });
      }
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
    } else {
      const s = scaleAt(end, money);
      if (s !== null) {
        v *= s;
        end++;
        scaled = true;
      }
    }
    if (!scaled && !money) {
      const f = outOf(end, v);
      if (f) return mkNum({ value: f.value, end: f.end, fraction: true });
    }
    return mkNum({ value: v, end, scaled, bareOne: w === "one" && wn.length === 1 });
  }

  /** "one in four", "3 out of 10", "one in every five": a proportion. */
  function outOf(k: number, x: number): { value: number; end: number } | null {
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
    if (MONTHS.has(lw(end)) || lex.unitForms.has(lw(end))) return null;
    return { value: roundValue(x / y), end };
  }

  function formMatches(f: UnitForm, k: number): boolean {
    for (let j = 0; j < f.keys.length; j++) {
      const idx = k + j;
      const t = tokens[idx];
      if (!t || !sameSentence(idx, k)) return false;
      if (f.caseSensitive ? t.text !== f.keys[j] : lw(idx) !== f.keys[j]) return false;
    }
    return !f.gluedOnly || glued(k);
  }

  function unitAt(k: number): { entry: UnitEntry; end: number } | null {
    const t = tok(k);
    if (!t || !sameSentence(k, k - 1) || inDate[k]) return null;
    const cands = [...(lex.unitForms.get(t.text) ?? []), ...(t.text !== lw(k) ? lex.unitForms.get(lw(k)) ?? [] : [])];
    let best: { entry: UnitEntry; end: number } | null = null;
    if (cands.length === 0 && t.text.length > 1 && t.text.endsWith(".")) {
      // an abbreviation that took the sentence's period ("12 kg.")
      const bare = t.text.slice(0, -1);
      const f = (lex.unitForms.get(bare) ?? lex.unitForms.get(bare.toLowerCase()))?.find((x) => x.keys.length === 1 && (!x.caseSensitive || x.keys[0] === bare) && (!x.gluedOnly || glued(k)));
      if (f) {
        dotUnit[k] = 1;
        return { entry: f.entry, end: k + 1 };
      }
      return null;
    }
    for (const f of cands) {
      if (best && f.keys.length <= best.end - k) continue;
      if (formMatches(f, k)) best = { entry: f.entry, end: k + f.keys.length };
    }
    return best;
  }

  /** "per barrel", "a year", "an hour", "/day": the denominator of a rate. */
  function rateAt(k: number): { den: string; end: number } | null {
    const w = lw(k);
    if (!sameSentence(k, k - 1)) return null;
    if (w !== "per" && w !== "a" && w !== "an" && w !== "each" && w !== "every" && w !== "/") return null;
    const d = tok(k + 1);
    if (!d || d.kind !== "word" || !sameSentence(k, k + 1)) return null;
    const two = `${lw(k + 1)} ${lw(k + 2)}`;
    if (lex.rateDenominators.has(two)) return { den: two, end: k + 3 };
    const one = lw(k + 1);
    const lemma = one === "annum" ? "year" : one === "capita" ? "capita" : singularize(one, false);
    if (lex.rateDenominators.has(one) || lex.rateDenominators.has(lemma)) {
      const u = unitAt(k + 1);
      const name = u && u.entry.type === "unit" ? u.entry.name : lemma;
      return { den: name, end: k + 2 };
    }
    if ((w === "per" || w === "/") && /^\p{Ll}+$/u.test(d.text) && !STOP.has(one)) return { den: lemma, end: k + 2 };
    return null;
  }

  function currencyPrefixAt(i: number): { code: string; numStart: number } | null {
    const t = tok(i);
    if (!t) return null;
    const sym = lex.currencySymbols.get(t.text);
    if (sym !== undefined) return { code: sym, numStart: i + 1 };
    if (t.kind === "word") {
      const next = tok(i + 1);
      if (next && glued(i + 1)) {
        if (next.text === "$") {
          const c = lex.dollarPrefixes.get(lw(i));
          if (c !== undefined) return { code: c, numStart: i + 2 };
        }
        const sp = lex.symbolPrefixes.get(t.text + next.text);
        if (sp !== undefined) return { code: sp, numStart: i + 2 };
      }
      const lp = lex.letterPrefixes.get(t.text);
      if (lp !== undefined && next && next.kind === "number") return { code: lp, numStart: i + 1 };
      if (lp !== undefined && next && next.text === "." && glued(i + 1) && tok(i + 2)?.kind === "number") return { code: lp, numStart: i + 2 };
      const code = lex.currencyCodes.get(t.text);
      if (code !== undefined && next && (next.kind === "number" || (next.kind === "word" && isNumberWord(lw(i + 1))))) return { code, numStart: i + 1 };
    }
    return null;
  }

  /** A number with its currency, unit and rate, starting at token i. */
  function atomAt(i: number): Atom | null {
    const t = tok(i);
    if (!t || inDate[i] || blocked[i]) return null;
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
        const s = scaleAt(end, true);
        let scaled = false;
        if (s !== null) {
          v *= s;
          end++;
          scaled = true;
        }
        return finishAtom(mkNum({ value: roundValue(v), end, scaled }), i, i, lex.letterPrefixes.get(m[1]!)!);
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
          const a = finishAtom(mkNum({ value: wn.value, end: i + 1 }), i, i, null);
          a.unit = uf.entry.name;
          a.unitKind = "measure";
          a.end = i + 1;
          return a;
        }
      }
    }
    const cp = currencyPrefixAt(i);
    if (cp) {
      const num = numberAt(cp.numStart, true);
      if (!num || num.ordinal || num.fraction) return null;
      return finishAtom(num, i, cp.numStart, cp.code);
    }
    const num = numberAt(i, false);
    if (!num) return null;
    return finishAtom(num, i, i, null);
  }

  function finishAtom(num: Num, start: number, numStart: number, currency: string | null): Atom {
    const a: Atom = {
      value: num.value, end: num.end, ordinal: num.ordinal, fraction: num.fraction, vague: num.vague, scaled: num.scaled,
      digits: num.digits, bareOne: num.bareOne, start, numStart, numEnd: num.end, currency, unit: null, unitKind: null, compoundNoun: null,
    };
    if (num.ordinal) return a;
    let k = num.end;
    let value = num.value;
    // a vague magnitude takes its unit through "of": millions of dollars, thousands of tonnes
    const ofUnit = num.vague && lw(k) === "of" ? unitAt(k + 1) : null;
    if (ofUnit && ofUnit.entry.type !== "percent" && ofUnit.entry.type !== "basis point" && ofUnit.entry.type !== "percentage point") k = k + 1;
    // "25-year-old", "a 10-day trip", "a 5,000-strong force"
    let hyphen = false;
    if (!currency && tok(k)?.text === "-" && glued(k) && glued(k + 1) && isWordTok(k + 1)) {
      hyphen = true;
      k = k + 1;
    }
    let u = num.fraction ? null : unitAt(k);
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
      const weak = e.type === "currency" && /^(won|real|rand|dong|lei|leu|dram|lari|manat)$/.test(e.word);
      const ambiguousPoint = e.type === "unit" && e.name === "point" && num.vague !== null;
      if (weak && !(num.scaled || value >= 100)) {
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
            break;
          case "currency":
            a.currency = currency ?? e.code;
            a.unitKind = "money";
            break;
          case "minor":
            a.currency = e.code;
            a.unitKind = "money";
            value = roundValue(value * e.factor);
            if (num.vague) a.vague = [num.vague[0] * e.factor, num.vague[1] * e.factor];
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
      const r = rateAt(a.end);
      if (r) {
        const baseUnit = a.unitKind === "money" ? a.currency! : a.unit!;
        a.unit = `${baseUnit} per ${r.den}`;
        a.end = r.end;
      }
    }
    return a;
  }

  function sentenceHas(k: number, s: string): boolean {
    const sent = tokens[k]!.sentence;
    for (let j = k; j >= 0 && tokens[j]!.sentence === sent; j--) if (tokens[j]!.text === s) return true;
    for (let j = k + 1; j < n && tokens[j]!.sentence === sent; j++) if (tokens[j]!.text === s) return true;
    return false;
  }

  function sentenceHasSports(k: number): boolean {
    const sent = tokens[k]!.sentence;
    for (let j = k; j >= 0 && tokens[j]!.sentence === sent; j--) if (SPORTS.has(lw(j))) return true;
    for (let j = k + 1; j < n && tokens[j]!.sentence === sent; j++) if (SPORTS.has(lw(j))) return true;
    return false;
  }

  /** Not a quantity: a year, a day of the month, a clock time, a phone number, an identifier. */
  function refused(a: Atom): boolean {
    const first = a.numStart;
    const prev = first - 1;
    const next = a.numEnd;
    const hasUnit = a.unitKind !== null;
    if (a.digits !== null && !hasUnit) {
      const v = Number(a.digits);
      // years: 4 digits in 1000..2100 unless a plural noun follows outside a year context
      if (/^\d{4}$/.test(a.digits) && v >= 1000 && v <= 2100) {
        const prevWord = lw(a.start - 1);
        const yearish = YEAR_CONTEXT.has(prevWord) || MONTHS.has(prevWord) || capitalised(a.start - 1) || lw(next) === "," || tok(next)?.text === "-" || tok(next)?.text === "–";
        if (yearish || !isPluralNoun(tok(next)?.text ?? "")) return true;
      }
      // decades: 1990s
      if (glued(next) && lw(next) === "s") return true;
      // leading zeros, "+44", "(212) 555": phone numbers and codes
      if (/^0\d/.test(a.digits)) return true;
      if (tok(prev)?.text === "+" && glued(first)) return true;
      if (tok(next)?.text === ")" && isDigitTok(next + 1)) return true;
      if (isDigitTok(next) && /^\d+$/.test(tok(next)!.text) && sameSentence(next, first) && !inDate[next]) {
        blocked[next] = 1;
        return true;
      }
    }
    if (!hasUnit && !a.fraction && Number.isInteger(a.value) && a.value >= 1 && a.value <= 31) {
      // days of the month: "May 8", "8 May", "the 8th of May"
      if (MONTHS.has(lw(prev)) || MONTHS.has(lw(next)) || (lw(next) === "of" && MONTHS.has(lw(next + 1))) || (lw(prev) === "the" && MONTHS.has(lw(prev - 1)))) return true;
      if (WEEKDAYS.has(lw(prev)) && a.ordinal) return true;
    }
    // decimal coordinates: "33.783; 44.500", "36.34, 43.13" (latitude then longitude)
    if (!hasUnit && a.digits !== null && COORD.test(a.digits) && Math.abs(Number(a.digits)) <= 90) {
      const sep = tok(next)?.text;
      const other = tok(next + 1);
      if ((sep === "," || sep === ";" || sep === "/") && other && other.kind === "number" && sameSentence(next + 1, first) && COORD.test(other.text) && Math.abs(Number(other.text)) <= 180) {
        blocked[next + 1] = 1;
        return true;
      }
    }
    // citation marks [1] and coordinates 33°47′N
    if (tok(prev)?.text === "[" && glued(first) && tok(a.numEnd)?.text === "]") return true;
    const after = tok(a.end);
    if (after && glued(a.end) && (/^[′″'’]$/.test(after.text) || (a.unit === "degree" && (after.kind === "number" || /^[NSEW]$/.test(after.text))))) return true;
    // clock times: 3 p.m., 1600 GMT, 5pm
    if (!hasUnit && (CLOCK_AFTER.has(lw(next)) || (lw(next) === "local" && lw(next + 1) === "time"))) return true;
    // identifiers: "Resolution 1441", "Task Force 88", "Gate 12", "4G"
    if (!a.currency && !a.vague && !a.fraction) {
      const nextTok = tok(a.end);
      if (nextTok && glued(a.end) && nextTok.kind === "word" && !a.compoundNoun && a.end === a.numEnd) return true;
      if (glued(first) && tok(prev)?.kind === "word" && a.start === first) return true;
      if (glued(first) && tok(prev)?.text === "#") return true;
      const pluralAfter = isPluralNoun(tok(a.end)?.text ?? "") || (a.value === 1 && isWordTok(a.end) && !STOP.has(lw(a.end)));
      if (!hasUnit && !pluralAfter && a.start === first && prev >= 0 && sameSentence(prev, first)) {
        const pw = lw(prev);
        if (ID_NOUNS.has(pw) && !a.ordinal) return true;
        if (isWordTok(prev) && capitalised(prev) && !STOP.has(pw) && !CHANGE_BEFORE.has(pw) && !LEVEL_VERBS.has(pw) && !MODIFIER_FIRST.has(pw)) {
          return true;
        }
        if (isWordTok(prev) && capitalised(prev) && ID_NOUNS.has(pw)) return true;
      }
    }
    return false;
  }

  function modifierBefore(i: number): { start: number; change: Change } | null {
    const list = i > 0 ? MODIFIER_TABLE.get(lw(i - 1)) : undefined;
    if (!list) return null;
    for (const m of list) {
      const len = m.words.length;
      const s = i - len;
      if (s < 0 || !sameSentence(s, i)) continue;
      let ok = true;
      for (let j = 0; j < len; j++) if (lw(s + j) !== m.words[j]) { ok = false; break; }
      if (ok) return { start: s, change: m.change };
    }
    return null;
  }

  /** Noun phrase after a count: "terrorist cells", "pro-ISIS individuals"; partitive "of these cells". */
  function countedAfter(k: number, value: number, ordinal: boolean): { head: number; start: number; end: number } | null {
    let j = k;
    if (lw(j) === "of" && (PARTITIVE_DET.has(lw(j + 1)) || !STOP.has(lw(j + 1)))) {
      j += PARTITIVE_DET.has(lw(j + 1)) ? 2 : 1;
    }
    const start = j;
    const singular = ordinal || value === 1 || (value > 0 && value < 1);
    for (let c = 0; c < 5 && j < n && sameSentence(j, k); c++, j++) {
      const t = tokens[j]!;
      const w = lw(j);
      if (t.kind !== "word" || STOP.has(w) || IRREGULAR_PAST.has(w) || inDate[j] || isNumberWord(w) || MONTHS.has(w) || /ly$/.test(w)) break;
      if (!singular && isPluralNoun(t.text)) return { head: j, start, end: j + 1 };
      if (singular) {
        const nx = tok(j + 1);
        const nxw = lw(j + 1);
        const nounNext =
          nx !== undefined && nx.kind === "word" && sameSentence(j, j + 1) && !STOP.has(nxw) && !IRREGULAR_PAST.has(nxw) &&
          !/(?:ed|ing|ly)$/.test(nxw) && !(/[^s]s$/.test(nxw) && !/^\p{Lu}/u.test(nx.text)) && !isNumberWord(nxw);
        if (!nounNext || c >= 3) return /(?:ed|ing)$/.test(w) && c === 0 ? null : { head: j, start, end: j + 1 };
      }
    }
    return null;
  }

  /** The noun phrase ending at token e (inclusive), read backwards: "the Nasdaq", "unemployment", "price of oil". */
  function phraseBefore(e: number, limit: number): { start: number; end: number } | null {
    let j = e;
    let s = -1;
    for (let c = 0; c < 6 && j >= limit && j >= 0 && sameSentence(j, e); c++, j--) {
      const t = tokens[j]!;
      const w = lw(j);
      if ((w === "of" || w === "'s" || w === "’s" || w === "in") && s !== -1 && j - 1 >= 0 && isWordTok(j - 1) && !STOP.has(lw(j - 1))) continue;
      if (t.kind !== "word" || STOP.has(w) || /ly$/.test(w) || CHANGE_BEFORE.has(w) || LEVEL_VERBS.has(w)) break;
      s = j;
    }
    if (s === -1) return null;
    if (s === e && PRONOUNS.has(lw(e))) return null;
    return { start: s, end: e + 1 };
  }

  function sliceText(a: number, b: number): string {
    return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  }

  // ---- main scan ----
  /** `tail`: the token after the record and its counted phrase */
  const records: Array<{ q: Omit<Quantity, "id">; startTok: number; endTok: number; tail: number }> = [];

  /**
   * The parallel count a bare number leaves its noun to: "21 cells were dismantled in 2015 and 19 in
   * 2016", "548 people (275 in 2015 and 273 in 2016)", "Of the 47 suspects, 39 came ...". The bare
   * number must follow a coordinator ("and", "or", "but", "while", "against", "compared with") or
   * stand right after the parallel's noun phrase behind "(" or ",", with no other quantity between.
   */
  function parallelCount(start: number, sentence: number, bareOne: boolean, others: boolean): (typeof records)[number] | null {
    const m = modifierBefore(start);
    const prev = (m ? m.start : start) - 1;
    const pw = lw(prev);
    let ri = records.length - 1;
    while (ri >= 0 && records[ri]!.q.kind === "ordinal" && records[ri]!.q.sentence === sentence) ri--;
    const r = records[ri];
    if (!r || r.q.sentence !== sentence || r.q.kind !== "count" || start - r.endTok > 24 || r.tail > prev + 1) return null;
    if (!(r.q.source === "count:noun" || r.q.source === "count:ellipsis" || (bareOne && r.q.source === "count"))) return null;
    if (!bareOne && !r.q.counted) return null;
    // "killing 60 civilians and injuring 200 others"
    if (others || ((pw === "with" || pw === "to") && lw(prev - 1) === "compared")) return r;
    if (pw === "(" || pw === ",") {
      // right after the parallel's noun phrase: "548 people (275 ...", "Of the 47 suspects, 39 ..."
      if (r.tail === prev) return r;
      // a fronted partitive: "Out of the 2,963 individuals arrested, 277 ...", "Among the 40 held last week, 12 ..."
      if (pw === "," && prev - r.tail <= 4) {
        let b = r.startTok - 1;
        if (PARTITIVE_DET.has(lw(b))) b--;
        if (lw(b) === "of" || lw(b) === "among" || lw(b) === "amongst") {
          let plain = true;
          for (let z = r.tail; z < prev; z++) if (!isWordTok(z) || ELLIPSIS_COORD.has(lw(z))) plain = false;
          if (plain) return r;
        }
      }
      // a parallel phrase: "40 people in Rabat, 12 in Fes"
      const after = lw(r.tail);
      return pw === "," && after === lw(r.endTok === r.tail ? start + 1 : start + 1) && PREPOSITIONS.has(after) ? r : null;
    }
    return ELLIPSIS_COORD.has(pw) ? r : null;
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (blocked[i] || inDate[i]) continue;
    if (t.kind === "punct") continue;
    if (t.kind === "word") {
      const tx = t.text;
      if (!STARTERS_CASED.has(tx) && !lex.currencyCodes.has(tx) && !lex.letterPrefixes.has(tx) && !(glued(i + 1) && tokens[i + 1]!.kind === "symbol")) {
        const dash = tx.indexOf("-");
        if (dash < 0) {
          const last = tx.charCodeAt(tx.length - 1);
          if (last < 48 || last > 57 || !PREFIX_FIRST.has(tx.charCodeAt(0)) || !lex.letterPrefixRe.test(tx)) continue;
        } else if (!STARTERS.has(lw(i).slice(0, dash))) continue;
      }
      const w = lw(i);
      if ((w === "a" || w === "an") && tok(i + 1)?.text !== "$" && !WORD_SCALES.has(lw(i + 1)) && !FRACTION_WORDS.has(lw(i + 1)) && lw(i + 1) !== "few" && lw(i + 1) !== "couple") continue;
    } else if (t.kind === "symbol" && !lex.currencySymbols.has(t.text)) continue;
    const a = atomAt(i);
    if (!a) continue;
    if (a.end <= i) continue;
    let rangeB: Atom | null = null;
    let rangeEnd = a.end;
    let rangeKind: RangeKind | null = null;
    // ---- ranges: between A and B, from A to B, A to B, A-B, A or B
    if (!a.ordinal && !a.fraction && !a.vague) {
      const c = a.end;
      const cw = lw(c);
      const before = lw(modifierBefore(a.start)?.start !== undefined ? a.start - 1 : a.start - 1);
      let connector: RangeKind | null = null;
      if (cw === "and" && before === "between") connector = "between";
      else if (cw === "to" && before === "from") connector = "from";
      else if (cw === "to") connector = "to";
      else if ((cw === "-" || cw === "–" || cw === "—") && sameSentence(c, a.start)) connector = "dash";
      else if (cw === "or" && !a.currency) connector = "or";
      if (connector && sameSentence(c, c + 1)) {
        const b = atomAt(c + 1);
        if (b && !b.ordinal && !b.fraction && !b.vague && b.end > c + 1) {
          let bv = b.value;
          let av = a.value;
          // "between 3 and 5 million": the scale of the second end applies to the first
          if (b.scaled && !a.scaled && a.numEnd === a.end) {
            const s = b.value / (parseDigits(tok(b.numStart)!.text) ?? b.value);
            if (Number.isFinite(s) && s > 1) av = roundValue(av * s);
          }
          const sameUnit = !a.unitKind || !b.unitKind || a.unit === b.unit || (a.currency !== null && a.currency === b.currency) ||
            (a.unitKind === b.unitKind && a.unit !== null && b.unit !== null && baseUnit(a.unit) === baseUnit(b.unit) && !a.unit.includes(" per "));
          const dashOk = connector !== "dash" || glued(c) === glued(c + 1);
          let accept = sameUnit && dashOk;
          if (accept && (connector === "dash" || connector === "to" || connector === "or") && !b.unitKind && !a.unitKind) {
            // bare "3-1" is a score or a label; bare "5 to 7" needs a rising range
            if (connector === "dash" && (sentenceHasSports(c) || bv <= av)) accept = false;
            if (connector !== "dash" && bv <= av) accept = false;
          }
          const chain = (tok(b.end)?.text === "-" && isDigitTok(b.end + 1)) || (tok(a.start - 1)?.text === "-" && isDigitTok(a.start - 2));
          if (connector === "dash" && a.digits && b.digits && (chain || (/^\d{3}$/.test(a.digits) && /^\d{4}$/.test(b.digits)))) {
            if (chain) for (let z = a.start; z < b.end + 2 && z < n; z++) blocked[z] = 1;
            blocked[c + 1] = 1;
            continue; // 555-1234
          }
          if (accept && connector === "to" && bv <= av && !(a.unitKind || b.unitKind)) accept = false;
          if (accept && connector === "or" && (b.unitKind === null) !== (a.unitKind === null) && a.unitKind !== null) accept = false;
          if (accept) {
            rangeB = b;
            rangeKind = connector;
            rangeEnd = b.end;
            a.value = av;
            if (!a.unitKind && b.unitKind) {
              a.unit = b.unit;
              a.unitKind = b.unitKind;
              a.currency = b.currency;
            } else if (b.unit && b.unit.includes(" per ")) a.unit = b.unit;
            if (a.unitKind && !b.unitKind) bv = b.value;
            void bv;
          } else if (connector === "dash" && !b.unitKind && !a.unitKind && b.digits && a.digits && sentenceHasSports(c)) {
            blocked[c + 1] = 1;
            continue; // a score: neither side is a quantity
          }
        }
      }
    }
    const rangeEndsYear = rangeB && rangeB.digits && /^\d{4}$/.test(rangeB.digits) && a.digits && /^\d{4}$/.test(a.digits);
    if (rangeEndsYear) {
      blocked[rangeB!.numStart] = 1;
      i = rangeB!.end - 1;
      continue;
    }
    // "One day he left", "and one day ...": an adverb, not a duration
    if (a.bareOne && a.unit === "day" && a.end === a.numEnd + 1 && (sentStart(a.start) || ONE_DAY_BEFORE.has(lw(a.start - 1)))) {
      i = a.end - 1;
      continue;
    }
    if (refused(a)) {
      if (rangeB) blocked[rangeB.numStart] = 1;
      i = Math.max(i, a.numEnd - 1);
      continue;
    }
    // ---- counted noun
    let counted: { head: number; start: number; end: number } | null = null;
    const kindBase: Kind = a.ordinal ? "ordinal" : a.unitKind === "money" ? "money" : a.unitKind === "percent" ? "percent" : a.unitKind === "measure" ? "measure" : "count";
    if (kindBase === "count" || kindBase === "ordinal") {
      if (a.compoundNoun) {
        counted = null;
      } else {
        const v = rangeB ? rangeB.value : a.value;
        counted = countedAfter(rangeEnd, a.fraction ? 2 : a.vague ? 100 : v, a.ordinal);
      }
    }
    // a bare count that leaves its noun to a parallel count in the same clause
    let parallel: (typeof records)[number] | null = null;
    if (kindBase === "count" && !counted && !a.compoundNoun && !a.fraction && !a.unitKind && !a.currency) {
      parallel = parallelCount(a.start, t.sentence, a.bareOne && !rangeB, !a.bareOne && (lw(rangeEnd) === "others" || lw(rangeEnd) === "more"));
    }
    if (a.bareOne && !rangeB && !a.unitKind) {
      const nx = lw(a.end);
      const pv = lw(a.start - 1);
      if (counted) {
        if (ONE_NOT_COUNT.has(nx) || ONE_NOT_AFTER.has(pv)) continue;
        // "from one village to another", "one after the other"
        const ce = counted.end;
        if ((lw(ce) === "to" || lw(ce) === "or" || lw(ce) === "after") && (lw(ce + 1) === "another" || (lw(ce + 1) === "the" && lw(ce + 2) === "other"))) continue;
      } else if (!parallel || ONE_NOT_ELLIPSIS.has(nx) || ONE_NOT_AFTER.has(pv)) continue;
    }
    if (a.ordinal && !counted && !isDigitTok(a.start)) {
      // "at first", "First, ...", "second, ..." are adverbs, not ranks
      if (lw(a.start - 1) === "at" || lw(a.end) === "," || lw(a.end) === "of" || lw(a.start - 1) === "a") continue;
    }
    // ---- modifier and direction of change
    const startTok = a.start;
    let change: Change = a.vague ? "~" : rangeKind === "or" ? "~" : "=";
    let modStart = -1;
    let p = startTok - 1;
    if (rangeKind === "between" || rangeKind === "from") p--;
    const mod = modifierBefore(p + 1);
    if (mod && !(mod.change === "<=" && lw(p) === "to" && CHANGE_BEFORE.has(lw(p - 2)))) {
      change = mod.change;
      modStart = mod.start;
      p = mod.start - 1;
    }
    let verb = -1;
    /** the object of a change verb before "by": "raised interest rates by 25 basis points" */
    let objectPhrase: { start: number; end: number } | null = null;
    {
      let q = p;
      if (lw(q) === "by" || lw(q) === "to" || lw(q) === "from" || lw(q) === "of") {
        q--;
        // "cut rates by 50 basis points": a short object between the verb and "by"
        if (lw(q + 1) === "by" && !CHANGE_BEFORE.has(lw(q))) {
          for (let z = q - 1; z >= q - 3 && z >= 0 && sameSentence(z, startTok) && isWordTok(z + 1); z--) {
            if (CHANGE_BEFORE.has(lw(z))) {
              objectPhrase = phraseBefore(q, z + 1);
              q = z;
              break;
            }
          }
        }
      }
      if (/ly$/.test(lw(q)) && CHANGE_BEFORE.has(lw(q - 1))) q--;
      const dir = CHANGE_BEFORE.get(lw(q));
      if (dir && sameSentence(q, startTok) && !(lw(q) === "up" && lw(q + 1) === "to")) {
        // "lost 3 games" counts things; "lost 3%" is a change
        const linked = lw(q + 1) === "by" || lw(q + 1) === "to";
        const countVerb = TRANSFER_VERBS.has(lw(q)) && !linked && (kindBase === "count" || kindBase === "money");
        if (!countVerb) {
          verb = q;
          change = dir;
          modStart = q;
        }
      }
    }
    // "a 3% rise", "5% higher"
    let postNoun = -1;
    if (verb === -1) {
      const pn = CHANGE_NOUNS.get(lw(rangeEnd)) ?? (lw(rangeEnd) === "higher" || lw(rangeEnd) === "up" ? "up" : lw(rangeEnd) === "lower" || lw(rangeEnd) === "down" ? "down" : undefined);
      if (pn && kindBase !== "count") {
        change = pn;
        postNoun = rangeEnd;
      }
    }
    // ---- concept
    let concept: string | undefined;
    if (kindBase !== "ordinal") {
      let ph: { start: number; end: number } | null = null;
      if (verb >= 0) {
        let e = verb - 1;
        while (e >= 0 && /ly$/.test(lw(e))) e--;
        while (e >= 0 && AUX.has(lw(e))) e--;
        ph = objectPhrase ?? phraseBefore(e, 0);
      } else {
        const b = modStart >= 0 ? modStart - 1 : rangeKind === "between" || rangeKind === "from" ? startTok - 2 : startTok - 1;
        if (lw(b) === "of" && !QUANT_NOUNS_BEFORE_OF.has(lw(b - 1)) && kindBase !== "count") ph = phraseBefore(b - 1, 0);
        else if (lw(b) === "of" && CHANGE_NOUNS.has(lw(b - 1))) {
          change = CHANGE_NOUNS.get(lw(b - 1))!;
          modStart = b - 1;
          if (lw(b - 2) === "an" || lw(b - 2) === "a") modStart = b - 2;
          const bb = modStart - 1;
          if (lw(bb) === "in" || lw(bb) === "of") ph = phraseBefore(bb - 1, 0);
        } else if (kindBase !== "count" || !counted) {
          let e = b;
          if (lw(e) === "at") e--;
          if (LEVEL_VERBS.has(lw(e))) {
            if (lw(e) === "to") e--;
            e--;
            while (e >= 0 && AUX.has(lw(e))) e--;
            ph = phraseBefore(e, 0);
          } else if ((lw(e) === "to" || lw(e) === "by") && (lw(e - 1) === "amounted" || lw(e - 1) === "came" || lw(e - 1) === "amounts")) {
            ph = phraseBefore(e - 2, 0);
          }
        }
        if (!ph && postNoun >= 0 && modStart === -1 && CLOSE_VERBS.has(lw(startTok - 1))) {
          // "the index closed 0.8% higher", "shares were 3% lower"
          let e = startTok - 2;
          while (e >= 0 && AUX.has(lw(e))) e--;
          ph = phraseBefore(e, 0);
        }
        if (!ph && postNoun >= 0 && (lw(postNoun + 1) === "in" || lw(postNoun + 1) === "of")) {
          const s = postNoun + 2 + (lw(postNoun + 2) === "the" ? 1 : 0);
          let e = s;
          while (e < n && sameSentence(e, s) && isWordTok(e) && !STOP.has(lw(e)) && !LEVEL_VERBS.has(lw(e)) && !CHANGE_BEFORE.has(lw(e)) && e < s + 3) {
            e++;
            if (isPluralNoun(tokens[e - 1]!.text)) break;
          }
          if (e > s) ph = { start: s, end: e };
        }
      }
      if (ph) concept = sliceText(ph.start, ph.end);
      // the level after a change: "fell 3% to $45 a barrel", "closed 0.8% higher at 7,300 points"
      const pv = lw(startTok - 1);
      const r = records[records.length - 1];
      if (!concept && verb === -1 && modStart === -1 && postNoun === -1 && (pv === "to" || pv === "at") && r && r.q.sentence === t.sentence &&
        (r.endTok === startTok - 1 || (r.endTok === startTok - 2 && /^(?:higher|lower|up|down)$/.test(lw(startTok - 2))))) {
        if (r.q.concept) concept = r.q.concept;
        if (pv === "to" && (r.q.change === "up" || r.q.change === "down")) {
          change = r.q.change;
          modStart = startTok - 1;
        }
      }
    }
    const startChar = tokens[startTok]!.start;
    const endTok = rangeEnd;
    const endChar = tokens[endTok - 1]!.end - dotUnit[endTok - 1]!;
    const kind = kindBase;
    const q: Omit<Quantity, "id"> = {
      start: startChar,
      end: endChar,
      text: text.slice(startChar, endChar),
      kind,
      value: rangeB || a.vague ? null : a.value,
      change,
      sentence: t.sentence,
      source: "",
    };
    if (rangeB) {
      const lo = Math.min(a.value, rangeB.value);
      const hi = Math.max(a.value, rangeB.value);
      q.low = lo;
      q.high = hi;
    } else if (a.vague) {
      q.low = a.vague[0];
      q.high = a.vague[1];
    }
    const unit = a.unitKind === "money" ? (a.unit && a.unit.includes(" per ") ? a.unit : a.currency ?? undefined) : a.fraction ? "fraction" : a.unit ?? undefined;
    if (unit) q.unit = unit;
    if (counted) {
      const headTok = tokens[counted.head]!;
      const keepCase = capitalised(counted.head) && !sentStart(counted.head);
      q.counted = singularize(headTok.text, keepCase);
      q.countedText = sliceText(counted.start, counted.end);
    } else if (a.compoundNoun) {
      q.counted = a.compoundNoun;
      q.countedText = a.compoundNoun;
    } else if (parallel) {
      if (parallel.q.counted) q.counted = parallel.q.counted;
      // "200 others" names what it counts; "200 more" does not (the noun is the antecedent's)
      if (lw(rangeEnd) === "others") q.countedText = tokens[rangeEnd]!.text;
    }
    if (modStart >= 0) q.modifier = sliceText(modStart, rangeKind === "between" || rangeKind === "from" ? startTok - 1 : startTok);
    else if (postNoun >= 0) q.modifier = tokens[postNoun]!.text;
    if (concept) q.concept = concept;
    q.source = rangeB ? `range:${rangeKind}` : a.vague ? "vague" : a.fraction ? "fraction" : a.ordinal ? "ordinal" : a.unitKind ? `unit:${a.unitKind}` : counted ? "count:noun" : parallel ? "count:ellipsis" : "count";
    if (rangeKind === "between" || rangeKind === "from") {
      // the opening word belongs to the range's text
      const open = startTok - 1;
      q.start = tokens[open]!.start;
      q.text = text.slice(q.start, q.end);
    }
    records.push({ q, startTok, endTok, tail: counted ? counted.end : q.countedText && parallel ? endTok + 1 : endTok });
    i = endTok - 1;
  }
  for (const r of records) out.push({ id: "", ...r.q });
  // ---- time: the date that scopes each quantity in its sentence
  if (dates.length > 0 && out.length > 0) {
    linkTimes(out, dates, sentences);
  }
  out.forEach((q, k) => (q.id = `Q${k + 1}`));
  return out;
}

/** Verbs that move amounts rather than change a level, unless "by"/"to" follows: "raised $5m", "cut 500 jobs". */
const TRANSFER_VERBS: ReadonlySet<string> = new Set(["raised", "raise", "raises", "raising", "added", "add", "adds", "cut", "cuts", "lost", "lose", "loses", "shed", "sheds", "gained", "gain", "gains", "boosted", "reduced", "doubled", "halved", "tripled", "trebled", "quadrupled"]);
/** Verbs before "N% higher/lower" whose subject is the concept. */
const CLOSE_VERBS: ReadonlySet<string> = new Set([
  "closed", "ended", "finished", "opened", "traded", "settled", "was", "were", "is", "are", "stood", "stands", "came", "ends", "closes",
]);
const AUX: ReadonlySet<string> = new Set(["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "may", "might", "should", "shall", "can", "also", "not", "n't", "n’t", "to", "reportedly", "sharply", "slightly", "further"]);
/** Words that can open a number: number words, ordinals, fractions, vague magnitudes. */
const STARTERS: ReadonlySet<string> = new Set([
  ...UNITS.keys(), ...TENS.keys(), ...ORDINAL_WORDS, ...VAGUE_PLURALS.keys(), ...VAGUE_QUANTIFIERS.keys(), "a", "an", "half",
]);
/** The starters as they may be written: lower case, Capitalised, UPPER CASE. */
const STARTERS_CASED: ReadonlySet<string> = new Set(
  [...STARTERS].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]),
);
/** First letters of the glued currency prefixes (RM4.50, Rs500). */
const PREFIX_FIRST: ReadonlySet<number> = new Set(["R", "D", "K", "T", "C", "k", "z"].map((c) => c.charCodeAt(0)));
/** Words before a bare number that coordinate it with a parallel count ("21 cells in 2015 and 19 in 2016"). */
const ELLIPSIS_COORD: ReadonlySet<string> = new Set(["and", "or", "but", "while", "whereas", "against", "versus", "vs", "vs.", "plus"]);
const PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "from", "for", "during", "since", "by", "across", "inside", "outside"]);
const ONE_DAY_BEFORE: ReadonlySet<string> = new Set(["and", "but", ",", "that", "then", "until", "till", "so", "maybe", "perhaps", "hope", "hopes", "might", "will", "would", "could", "may"]);
/** After a coordinated bare "one", words that make it a pronoun or an idiom ("and one day", "and one of them", "one can"). */
const ONE_NOT_ELLIPSIS: ReadonlySet<string> = new Set([
  "of", "another", "day", "time", "way", "point", "side", "hand", "thing", "who", "which", "that", "can", "could", "must", "should",
  "would", "may", "might", "will", "shall", "'s", "’s", "another", "other", "else", "more", "-", "—",
]);
const ONE_NOT_AFTER: ReadonlySet<string> = new Set(["no", "the", "any", "every", "each", "last", "next", "this", "that", "which", "another", "same", "first", "little", "big", "new", "old", "such"]);
/** Past tenses that end a counted phrase ("the last one broke down"). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  ("broke began became brought built bought caught chose drew drove ate felt fought found flew forgot gave grew hung heard hid hurt " +
    "knew laid led lent lay lit meant paid quit rode rang sought sold sent shook shot showed shut sang sank sat slept spoke spent spread " +
    "stood stole stuck struck swore swept swam taught tore thought threw understood woke wore wrote arrived attacked").split(" "),
);
const MODIFIER_FIRST: ReadonlySet<string> = new Set(MODIFIERS.map(([m]) => m.split(" ")[0]!));

/** A Num with every field set in one order (object spread is slow in V8's hot paths). */
function mkNum(p: Partial<Num> & { value: number; end: number }): Num {
  return {
    value: p.value, end: p.end, ordinal: p.ordinal ?? false, fraction: p.fraction ?? false, vague: p.vague ?? null,
    scaled: p.scaled ?? false, digits: p.digits ?? null, bareOne: p.bareOne ?? false,
  };
}

/** A decimal with at least two fractional digits, as in coordinates. */
const COORD = /^-?\d{1,3}\.\d{2,}$/;

/** "mile" of "mile per hour". */
function baseUnit(u: string): string {
  const k = u.indexOf(" per ");
  return k < 0 ? u : u.slice(0, k);
}

function roundValue(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/**
 * Links a quantity to the date of its sentence that scopes it: the first date after it with no
 * other quantity in between ("275 in 2015"), else the nearest date before it ("In 2016, ... 47").
 */
function linkTimes(qs: Quantity[], dates: readonly DateSpan[], sentences: readonly { start: number; end: number }[]): void {
  const sorted = dates.filter((d) => d.kind !== "duration").sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    const sent = sentences[q.sentence];
    if (!sent) continue;
    const nextQ = qs[k + 1];
    const prevQ = qs[k - 1];
    let best: DateSpan | null = null;
    for (const d of sorted) {
      if (d.start < q.end || d.start >= sent.end) continue;
      if ((!nextQ || nextQ.sentence !== q.sentence || d.end <= nextQ.start) && d.start - q.end <= 40) best = d;
      break;
    }
    if (!best) {
      for (let j = sorted.length - 1; j >= 0; j--) {
        const d = sorted[j]!;
        if (d.end > q.start || d.start < sent.start) continue;
        if (!prevQ || prevQ.sentence !== q.sentence || d.start >= prevQ.end) best = d;
        break;
      }
    }
    if (best) q.time = best.id;
  }
}
