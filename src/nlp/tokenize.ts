import type { TokenKind } from "../document/types.js";

/** A token before sentence assignment. */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

/** Abbreviations whose period belongs to the word (never a sentence end on their own). */
export const TITLE_ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "gov", "sen", "rep",
  "rev", "fr", "st", "jr", "sr", "hon", "pres", "supt", "insp", "messrs", "mmes", "mme", "mlle", "sheikh",
  "brig", "cpl", "pvt", "spc", "cdr", "lcdr", "ltc", "sgm", "msgt", "ssgt", "adj", "amb", "atty", "det",
]);
const OTHER_ABBREVIATIONS = new Set([
  "inc", "corp", "ltd", "co", "plc", "bros", "vs", "etc", "al", "no", "nos", "vol", "fig", "approx", "est", "dept",
  "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
  "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ft", "mt", "ave", "blvd", "rd", "ie", "eg", "cf", "pp",
  "ca", "mph", "km", "kg", "oz", "lb", "lbs", "min", "max", "govt", "intl", "natl",
]);

export function isKnownAbbreviation(wordWithoutPeriod: string): boolean {
  const w = wordWithoutPeriod.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || OTHER_ABBREVIATIONS.has(w);
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<url>https?:\/\/[^\s"'<>()\[\]]+[^\s"'<>()\[\].,;:!?]|www\.[^\s"'<>()]+[^\s"'<>().,;:!?])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // dotted acronyms and initials: U.S., D.C., e.g., J.
    String.raw`(?<acronym>(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu}))`,
    // upper-case letters joined by an ampersand are one name, as UD writes them: AT&T, S&P, P&G, R&D
    String.raw`(?<amp>\p{Lu}{1,4}&\p{Lu}{1,4}(?![\p{L}\p{M}]))`,
    // numbers: 2,963  3.5  1996-08-30 stays split at hyphens; 10:30 and 1/2 stay whole
    // decades are one word, as UD writes them: 1980s, 90s ('90s keeps its apostrophe apart)
    String.raw`(?<decade>\d{0,2}\d0s(?![\p{L}\p{M}\d]))`,
    String.raw`(?<number>\d+(?:[.,:\/]\d+)*)`,
    // PTB clitics split off the word before them ('s 're 've 'll 'd 'm)
    String.raw`(?<clitic>['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![\p{L}\p{M}]))`,
    // words, with inner hyphens and apostrophes (O'Brien, Twenty-one, pro-ISIS), never swallowing a clitic
    String.raw`(?<word>[\p{L}\p{M}](?:[\p{L}\p{M}\d]|(?!['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)(?![\p{L}\p{M}]))['’\-‐](?=[\p{L}\p{M}\d]))*)`,
    String.raw`(?<ellipsis>\.{2,}|…)`,
    String.raw`(?<dash>-{2,}|—|–)`,
    String.raw`(?<punct>[\p{P}])`,
    String.raw`(?<symbol>\S)`,
  ].join("|"),
  "gu",
);

/**
 * Splits text into tokens with UTF-16 offsets. Pure and stateless: the same text always gives the
 * same tokens, whatever was tokenised before (unlike wink-nlp's readDoc, winkjs/wink-nlp#143).
 */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  // one shared regex: tokenize is synchronous, so nothing else moves lastIndex while it runs
  const re = TOKEN_RE;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const g = m.groups ?? {};
    let t = m[0];
    let kind: TokenKind;
    if (g["number"] !== undefined) kind = "number";
    else if (g["decade"] !== undefined) kind = "word";
    else if (g["word"] !== undefined || g["acronym"] !== undefined || g["amp"] !== undefined || g["clitic"] !== undefined || g["url"] !== undefined || g["email"] !== undefined) kind = "word";
    else if (g["symbol"] !== undefined) kind = /[\p{S}]/u.test(t) ? "symbol" : "word";
    else kind = "punct";
    let end = m.index + t.length;
    // a known abbreviation keeps its period: Mr. Gen. Inc. Jan.
    if (g["word"] !== undefined && text.charCodeAt(end) === 46 /* . */ && isKnownAbbreviation(t) && text.charCodeAt(end + 1) !== 46) {
      end += 1;
      t = text.slice(m.index, end);
      re.lastIndex = end;
    }
    if (end > to) break;
    // did|n't, ca|n't (PTB): the negation is a token of its own
    const neg = g["word"] !== undefined && t.length > 3 ? /n['’]t$/i.exec(t) : null;
    if (neg) {
      const cut = end - 3;
      out.push({ start: m.index, end: cut, text: text.slice(m.index, cut), kind });
      out.push({ start: cut, end, text: text.slice(cut, end), kind });
      continue;
    }
    out.push({ start: m.index, end, text: t, kind });
  }
  return out;
}
