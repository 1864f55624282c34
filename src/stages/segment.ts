import { z } from "zod";
import type { Paragraph, Section, Sentence } from "../schema/index.js";
import type { Token } from "../document/types.js";
import { defineStage } from "../document/stage.js";
import { tokenize } from "../nlp/tokenize.js";
import { splitSentences } from "../nlp/sentences.js";
import { HEADLINE_SMALL_WORDS, startsUpper } from "../lexicon/index.js";

const Options = z.strictObject({
  /** a line longer than this many words is never a headline */
  maxHeadingWords: z.number().int().positive().default(20),
});

interface Line {
  start: number;
  end: number;
}

/** Non-blank lines with surrounding white space trimmed, and whether a blank line precedes each. */
function lines(text: string): Array<Line & { afterBlank: boolean }> {
  const out: Array<Line & { afterBlank: boolean }> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let blank = true;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (re.lastIndex > text.length) break;
      continue;
    }
    const raw = m[0].replace(/[\r\n]+$/, "");
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) blank = true;
    else {
      out.push({ start: m.index + lead, end: m.index + lead + body.length, afterBlank: blank });
      blank = false;
    }
  }
  return out;
}

const DATELINE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})$/i;
/** A place dateline: "PANAMA CITY 1996-08-30", "NICE , France 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29". */
const PLACE_DATELINE = /^\p{Lu}[\p{L}.'’ -]*(?:\s*,\s*\p{Lu}[\p{L}.'’ -]*)?\s+\d{4}-\d{2}-\d{2}$/u;
const SMALL_WORDS: ReadonlySet<string> = new Set(HEADLINE_SMALL_WORDS);

/** A numbered list item ("5. Dionne Rose ( Jamaica ) 12.92", "2) …"): results and standings, not a heading. */
const LIST_ITEM = /^\d{1,3}[.)]\s/;

/**
 * A headline: one short line, no final sentence punctuation, title-cased or the article's first line. Title case
 * is judged on words with letters, two of them at least: a standings row ("Leicestershire 4 1 2 1 28") is no
 * headline, nor is a numbered list item ("5. Dionne Rose ( Jamaica ) 12.92").
 */
function isHeadline(text: string, line: Line, index: number, total: number, maxWords: number): boolean {
  if (index === total - 1) return false;
  const s = text.slice(line.start, line.end);
  if (/[.!?:;,]["'”’)]?$/.test(s) || DATELINE.test(s) || PLACE_DATELINE.test(s)) return false;
  const words = s.match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > maxWords) return false;
  if (index === 0) return true;
  if (LIST_ITEM.test(s)) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  const lettered = content.filter((w) => /\p{L}/u.test(w));
  const capitalised = lettered.filter((w) => startsUpper(w)).length;
  // a line with numbers in it is a headline only when every word is capitalised ("Group G — Tunisia 1 – 2 England"):
  // results rows have a verb or a unit in lower case ("Tim Henman ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4")
  const numbers = lettered.length < content.length;
  return capitalised >= 2 && capitalised / lettered.length >= (numbers ? 1 : 0.75);
}

/**
 * Does the line end a sentence? A heading inside the article stands between body text: the line before it
 * ends a sentence (or is a heading, or a blank line comes first) and the line after it does. Rows of
 * results and lists of names ("67 Mark Calcavecchia , Payne Stewart , Billy Mayfair , Ken" ⏎ "Green , Tom
 * Lehman") run on from row to row.
 */
function endsSentence(text: string, line: Line | undefined): boolean {
  return line !== undefined && /[.!?…:]["'”’)]?$/u.test(text.slice(line.start, line.end));
}

export const segmentStage = defineStage({
  name: "segment",
  description: "sections and headlines, paragraphs (one per line), sentences and tokens, as offsets",
  needs: [],
  produces: ["sections", "paragraphs", "sentences", "tokens"],
  options: Options,
  create(options) {
    return (doc) => {
      const text = doc.text;
      const ls = lines(text);
      const paragraphs: Paragraph[] = ls.map((l) => ({ start: l.start, end: l.end }));
      const sections: Section[] = [];
      const sentences: Sentence[] = [];
      const tokens: Token[] = [];
      let open: Section | null = null;
      let prevHeading = false;
      for (const [i, line] of ls.entries()) {
        const heading: boolean =
          isHeadline(text, line, i, ls.length, options.maxHeadingWords) &&
          (i === 0 || ((line.afterBlank || prevHeading || endsSentence(text, ls[i - 1]!)) && endsSentence(text, ls[i + 1])));
        prevHeading = heading;
        if (heading) {
          if (open) sections.push(open);
          open = { start: line.start, end: line.end, heading: { start: line.start, end: line.end } };
        } else if (!open) {
          open = { start: line.start, end: line.end, heading: null };
        } else {
          open.end = line.end;
        }
        const raw = tokenize(text, line.start, line.end);
        for (const [a, b] of splitSentences(raw)) {
          const sentence = sentences.length;
          sentences.push({ start: raw[a]!.start, end: raw[b - 1]!.end });
          // an explicit literal keeps one hidden class for every token (a spread gave hundreds: megamorphic reads in every stage)
          for (let k = a; k < b; k++) {
            const r = raw[k]!;
            tokens.push({ start: r.start, end: r.end, text: r.text, kind: r.kind, sentence });
          }
        }
      }
      if (open) sections.push(open);
      doc.set("paragraphs", paragraphs);
      doc.set("sections", sections);
      doc.set("sentences", sentences);
      doc.set("tokens", tokens);
    };
  },
});
