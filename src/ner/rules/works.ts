import { QUOTE_MARKS } from "../words.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Nouns that announce a title: "the novel " Sleeping Bread "", "his film " The Knot "". */
const WORK_NOUNS = new Set([
  "novel", "novels", "book", "books", "film", "films", "movie", "movies", "song", "songs", "album", "albums", "single", "play", "plays",
  "opera", "musical", "series", "show", "sitcom", "poem", "poems", "documentary", "painting", "memoir", "memoirs", "biography",
  "titled", "entitled", "hit", "ballad", "anthem", "symphony", "story", "stories", "collection", "bestseller", "best-seller", "programme", "program",
]);
/** Words a title keeps in lower case. */
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "with", "at", "by", "from", "as", "is", "are", "be", "'s", "’s", "but", "nor"]);
const MAX_TITLE = 10;

/**
 * Titles of works in quotes are WORK_OF_ART (OntoNotes): a quoted phrase written in title case, with a
 * noun for a kind of work shortly before it ("his novel " Bertillon 166 "") or a year in brackets after
 * it (" The Knot " ( 1975 )). Spans inside the quotes are replaced by the title.
 */
export function works(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!QUOTE_MARKS.has(words[i]!)) continue;
    let j = i + 1;
    while (j < words.length && j - i <= MAX_TITLE + 1 && !QUOTE_MARKS.has(words[j]!) && sentOf[j] === sentOf[i]) j++;
    if (j >= words.length || !QUOTE_MARKS.has(words[j]!) || j === i + 1 || j - i > MAX_TITLE + 1) continue;
    // inside: title case, a trailing comma or full stop allowed before the closing quote
    let e = j;
    if (e - 1 > i + 1 && /^[,.]$/.test(words[e - 1]!)) e--;
    const inner = words.slice(i + 1, e);
    const titleCase = /^[\p{Lu}\d]/u.test(inner[0]!) && inner.every((w, k) => k === 0 || /^[\p{Lu}\d]/u.test(w) || SMALL.has(w.toLowerCase()) || /^[:,!?'’-]$/.test(w));
    if (!titleCase || !inner.some((w) => /\p{L}/u.test(w))) continue;
    const noun = [i - 1, i - 2, i - 3].some((k) => k >= 0 && sentOf[k] === sentOf[i] && WORK_NOUNS.has(lower[k]!));
    const year = words[j + 1] === "(" && /^(1[5-9]|20)\d\d$/.test(words[j + 2] ?? "") && words[j + 3] === ")";
    if (!noun && !year) continue;
    added.push(ruleSpan(i + 1, e, "WORK_OF_ART"));
    i = j;
  }
  if (added.length === 0) return out;
  const kept = out.filter((sp) => !added.some((a) => sp.start < a.end && a.start < sp.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

export const worksRule: NerRule = {
  name: "works",
  pack: "default",
  description: "quoted title-case titles after a noun for a kind of work are works of art",
  run(c) {
    c.spans.replace(works(c.spans.list, c.words, c.lower, c.sentOf));
  },
};
