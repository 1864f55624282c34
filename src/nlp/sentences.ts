import { isKnownAbbreviation, TITLE_ABBREVIATIONS, type RawToken } from "./tokenize.js";
import { startsUpper } from "../lexicon/casing.js";

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«"]);
const TERMINALS = new Set([".", "!", "?", "...", "…"]);
/** Words that, after a dotted acronym (U.S. / D.C.), almost always begin a new sentence. */
const SENTENCE_STARTERS = new Set([
  "the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "in", "a", "an", "but", "and",
  "his", "her", "their", "its", "there", "on", "at", "after", "before", "when", "however", "meanwhile", "according",
]);

function opensSentence(t: RawToken | undefined): boolean {
  return t !== undefined && (/^[\p{Lu}\d]/u.test(t.text) || OPENERS.has(t.text));
}

/**
 * Sentence boundaries inside one paragraph's tokens, as [startToken, endToken) index pairs.
 * A sentence ends at . ! ? or an ellipsis followed by an upper-case word, a digit or an opening
 * quote; closing quotes and brackets stay with the sentence they close. Titles (Mr., Gen.) and
 * initials never end a sentence; a dotted acronym (U.S.) does when a typical sentence opener follows.
 */
export function splitSentences(tokens: readonly RawToken[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let begin = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (TERMINALS.has(tok.text)) {
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const next = tokens[j];
      // an opening quote (not glued to the previous token), an upper-case word or a digit starts a new sentence
      const boundary = next !== undefined && (OPENERS.has(next.text) ? next.start > tokens[j - 1]!.end : opensSentence(next));
      if (boundary) {
        out.push([begin, j]);
        begin = j;
        i = j - 1;
      }
      continue;
    }
    if (tok.text.endsWith(".") && tok.text.length > 1 && i + 1 < tokens.length) {
      const bare = tok.text.slice(0, -1);
      const next = tokens[i + 1]!;
      if (TITLE_ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare)) continue;
      const acronym = bare.includes(".");
      const lowerNext = next.text.toLowerCase();
      if ((acronym && SENTENCE_STARTERS.has(lowerNext) && startsUpper(next.text)) || (!acronym && !isKnownAbbreviation(bare) && opensSentence(next))) {
        out.push([begin, i + 1]);
        begin = i + 1;
      }
    }
  }
  if (begin < tokens.length) out.push([begin, tokens.length]);
  return out;
}
