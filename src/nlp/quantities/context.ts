import type { Token } from "../../document/types.js";
import type { Lexicon } from "./lexicon.js";
import type { DateSpan } from "./types.js";
import { SPORTS } from "./words.js";
import { startsUpper } from "../../lexicon/casing.js";

/**
 * The per-document state every rule reads: the tokens, the compiled tables, the date mask, the
 * `blocked` and `dotUnit` marks rules leave for later tokens, and the token helpers.
 */
export interface Ctx {
  text: string;
  tokens: readonly Token[];
  n: number;
  lex: Lexicon;
  /** tokens inside a date span (never quantities) */
  inDate: Uint8Array;
  /** tokens a rule has ruled out (the second half of a phone number, a score, a coordinate) */
  blocked: Uint8Array;
  /** unit tokens whose final period is the sentence's, not the unit's */
  dotUnit: Uint8Array;
  tok: (i: number) => Token | undefined;
  sameSentence: (i: number, j: number) => boolean;
  glued: (i: number) => boolean;
  /** lower-cased token text, "" out of range */
  lw: (i: number) => string;
  isDigitTok: (i: number) => boolean;
  isWordTok: (i: number) => boolean;
  capitalised: (i: number) => boolean;
  sentStart: (i: number) => boolean;
  sliceText: (a: number, b: number) => string;
  sentenceHas: (k: number, s: string) => boolean;
  sentenceHasSports: (k: number) => boolean;
  /** the first number token of each side of a score or tally (3-1, 68-34 votes) -> its counted noun, "" for none */
  scores: Map<number, string>;
  /** tokens that end a person's name (the entities layer's PERSON mentions, when it ran) */
  personEnd: Uint8Array;
}

const TIME_UNIT_WORDS: ReadonlySet<string> = new Set(["year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes", "decade", "decades"]);
const NUMBER_WORD = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|few|several|couple|of|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))$/i;

/** `durations`: the dates layer's durations ("for 15 years") are quantities too, so they do not mask their numbers. */
export function createContext(text: string, tokens: readonly Token[], dates: readonly DateSpan[], lex: Lexicon, durations = false, people: readonly { start: number; end: number }[] = []): Ctx {
  const n = tokens.length;
  const personEnd = new Uint8Array(n);
  if (people.length > 0) {
    const ends = new Set(people.map((p) => p.end));
    for (let i = 0; i < n; i++) if (ends.has(tokens[i]!.end)) personEnd[i] = 1;
  }
  // lower-cased token texts, computed only where a rule looks
  const lowerCache: Array<string | undefined> = new Array<string | undefined>(n);
  const inDate = new Uint8Array(n);
  if (dates.length > 0) {
    const sorted = dates.filter((d) => !durations || d.kind !== "duration").sort((a, b) => a.start - b.start);
    let d = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      while (d < sorted.length && sorted[d]!.end <= t.start) d++;
      const ds = sorted[d];
      if (ds && ds.start < t.end && t.start < ds.end) inDate[i] = 1;
    }
    // the length inside a relative date is a duration too: "two years ago", "the past three months"
    if (durations)
      for (const ds of sorted) {
        if (!ds.relative) continue;
        for (let i = 0; i < n; i++) {
          const t = tokens[i]!;
          if (t.start < ds.start || t.end > ds.end || !TIME_UNIT_WORDS.has(t.text.toLowerCase())) continue;
          inDate[i] = 0;
          // the number words before the unit ("twenty-one", "three", "2.5")
          for (let j = i - 1; j >= 0 && tokens[j]!.start >= ds.start && (tokens[j]!.kind === "number" || NUMBER_WORD.test(tokens[j]!.text)); j--) inDate[j] = 0;
        }
      }
  }
  const blocked = new Uint8Array(n);
  /** unit tokens whose final period is the sentence's, not the unit's */
  const dotUnit = new Uint8Array(n);
  const tok = (i: number): Token | undefined => tokens[i];
  const sameSentence = (i: number, j: number): boolean => tokens[i] !== undefined && tokens[j] !== undefined && tokens[i]!.sentence === tokens[j]!.sentence;
  const glued = (i: number): boolean => i > 0 && i < n && tokens[i]!.start === tokens[i - 1]!.end && tokens[i]!.sentence === tokens[i - 1]!.sentence;
  const lw = (i: number): string => (i >= 0 && i < n ? (lowerCache[i] ??= tokens[i]!.text.toLowerCase()) : "");
  const isDigitTok = (i: number): boolean => tokens[i]?.kind === "number";
  const isWordTok = (i: number): boolean => tokens[i]?.kind === "word";
  const capitalised = (i: number): boolean => startsUpper(tokens[i]?.text ?? "");
  const sentStart = (i: number): boolean => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence || (/^["“‘'(\[]$/.test(tokens[i - 1]!.text) && (i - 1 === 0 || tokens[i - 2]!.sentence !== tokens[i]!.sentence));
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

  function sliceText(a: number, b: number): string {
    return text.slice(tokens[a]!.start, tokens[b - 1]!.end);
  }
  return { text, tokens, n, lex, inDate, blocked, dotUnit, tok, sameSentence, glued, lw, isDigitTok, isWordTok, capitalised, sentStart, sliceText, sentenceHas, sentenceHasSports, scores: new Map(), personEnd };
}
