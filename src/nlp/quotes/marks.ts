/**
 * Quotation spans from quotation marks. Straight and typographic double quotes may be mixed
 * (“…" and "…” both close); guillemets and German „…“ too. Single quotes ('…', ‘…’) count only
 * outside double quotes, only when the opener follows a space or a bracket and the closer is not
 * inside a word (so "Khiame's", "workers' pay" are apostrophes). A double quote left open at the
 * end of a paragraph ends there (news style: a quotation running over several paragraphs opens
 * each paragraph and closes only the last). Text exported from CSV doubles its quotation marks
 * ("""I do planting,"" says Manal."): on a line with doubled straight quotes, a run of them is one mark.
 */

export interface QuoteMarks {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark (the last of a run of doubled quotes), or the paragraph end when the quote is not closed there */
  close: number;
  closed: boolean;
  /** the quoted words: inside the marks, white space trimmed */
  start: number;
  end: number;
  single: boolean;
}

const OPEN_ONLY = new Set(["“", "„", "«", "‟", "〝"]);
const CLOSE_ONLY = new Set(["”", "»", "〞", "〟"]);
const STRAIGHT = '"';
const SINGLE_OPEN = new Set(["'", "‘", "‚"]);
const SINGLE_CLOSE = new Set(["'", "’"]);

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isOpeningContext = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013-]/u.test(c);

function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  return [a, b];
}

/** Every quotation mark and line break: the scanner jumps from one to the next. */
const MARK_OR_NEWLINE = /[\n"“”„«»‟〝〞〟'‘’‚]/gu;

/** Quote spans in text order. Linear in the text length. */
export function findQuoteMarks(text: string): QuoteMarks[] {
  const out: QuoteMarks[] = [];
  let lineStart = 0;
  let hits: number[] = [];
  const re = new RegExp(MARK_OR_NEWLINE.source, MARK_OR_NEWLINE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0] === "\n") {
      if (hits.length > 0) scanLine(text, lineStart, m.index, hits, out);
      hits = [];
      lineStart = m.index + 1;
    } else hits.push(m.index);
  }
  if (hits.length > 0) scanLine(text, lineStart, text.length, hits, out);
  return out;
}

/** `close` is the last mark of the closing run; the quoted words end before its first, `textEnd`. */
function push(text: string, out: QuoteMarks[], open: number, close: number, closed: boolean, single: boolean, textEnd = close): void {
  const [start, end] = trimmed(text, open + 1, textEnd);
  if (end > start) out.push({ open, close, closed, start, end, single });
}

/**
 * On a line with doubled straight quotes (CSV escaping: two quotes glued to a word, '""It', 'farm,""'),
 * each run of straight quotes as one mark: the offsets of its first and last quote. Elsewhere, and for
 * an empty quotation between spaces ('said "" and'), every mark is its own run.
 */
function markRuns(text: string, hits: readonly number[]): Array<[number, number]> {
  let doubled = false;
  for (let k = 0; k + 1 < hits.length && !doubled; k++) {
    const a = hits[k]!;
    doubled = hits[k + 1] === a + 1 && text[a] === STRAIGHT && text[a + 1] === STRAIGHT && (!isSpace(text[a - 1]) || !isSpace(text[a + 2]));
  }
  if (!doubled) return hits.map((i) => [i, i]);
  const runs: Array<[number, number]> = [];
  for (const i of hits) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1 && text[i] === STRAIGHT && text[last[1]] === STRAIGHT) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** Pairs the marks at offsets `hits` (ascending) of the line [from, to). */
function scanLine(text: string, from: number, to: number, hits: readonly number[], out: QuoteMarks[]): void {
  let open = -1;
  let singleOpen = -1;
  for (const [i, runEnd] of markRuns(text, hits)) {
    const c = text[i]!;
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    if (OPEN_ONLY.has(c)) {
      if (open < 0) {
        open = i;
        singleOpen = -1;
      } else if (!isSpace(prev)) {
        // „…“ (German) or a stray typographic opener used as a closer
        push(text, out, open, i, true, false);
        open = -1;
      }
    } else if (CLOSE_ONLY.has(c)) {
      if (open >= 0) {
        push(text, out, open, i, true, false);
        open = -1;
      }
    } else if (c === STRAIGHT) {
      if (open >= 0) {
        push(text, out, open, runEnd, true, false, i);
        open = -1;
      } else if (!isOpeningContext(prev) && prev !== ":" && !OPEN_ONLY.has(prev!) && !SINGLE_OPEN.has(prev!)) {
        // glued to the word before it, it closes a quotation whose opening mark is missing: skip it
      } else {
        // a run of doubled quotes opens after its last mark
        open = runEnd;
        singleOpen = -1;
      }
    } else if (open < 0) {
      if (singleOpen < 0) {
        if (SINGLE_OPEN.has(c) && isOpeningContext(prev) && isWordChar(next)) singleOpen = i;
      } else if (SINGLE_CLOSE.has(c) && !isSpace(prev) && !(isWordChar(prev) && isWordChar(next))) {
        push(text, out, singleOpen, i, true, true);
        singleOpen = -1;
      }
    }
  }
  if (open >= 0) push(text, out, open, to, false, false);
}
