/**
 * CoNLL-U (https://universaldependencies.org/format.html) reading and writing. A sentence keeps every line
 * it was read from (comments, multi-word token ranges "3-4", empty nodes "8.1") so writing it back gives the
 * same bytes; the syntactic words (integer IDs) are also given as columns that a parser may fill.
 */

export interface ConlluWord {
  /** the ten columns as written: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC */
  cols: string[];
}

export type ConlluLine = { kind: "comment" | "range" | "empty"; text: string } | { kind: "word"; word: ConlluWord };

export interface ConlluSentence {
  lines: ConlluLine[];
  /** the syntactic words in order (word i has ID i + 1) */
  words: ConlluWord[];
  /** 1-based line number of the sentence's first line in its file */
  line: number;
}

export class ConlluError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export const ID = 0;
export const FORM = 1;
export const LEMMA = 2;
export const UPOS = 3;
export const XPOS = 4;
export const FEATS = 5;
export const HEAD = 6;
export const DEPREL = 7;
export const DEPS = 8;
export const MISC = 9;

/**
 * Reads CoNLL-U text. `strict` also checks HEAD (an integer in 0..n, or "_") and that the sentence has
 * words; a parser's input may leave LEMMA..MISC as "_". Throws ConlluError naming the line.
 */
export function readConllu(text: string, strict = false): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  const lines = text.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let cur: ConlluSentence | null = null;
  let rangeEnd = 0;
  const finish = (lineNo: number): void => {
    if (!cur) return;
    if (strict) {
      const n = cur.words.length;
      cur.words.forEach((w, i) => {
        const h = w.cols[HEAD]!;
        if (h !== "_" && (!/^\d+$/.test(h) || Number(h) > n)) throw new ConlluError(cur!.line + i, `HEAD '${h}' of word ${i + 1} is not a word of the sentence (0..${n})`);
      });
    }
    if (rangeEnd > cur.words.length) throw new ConlluError(lineNo, `multi-word token range ends at ${rangeEnd} after the last word ${cur.words.length}`);
    out.push(cur);
    cur = null;
    rangeEnd = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") {
      if (line !== "") throw new ConlluError(lineNo, "blank line with spaces (sentence separators must be empty lines)");
      finish(lineNo);
      continue;
    }
    if (!cur) cur = { lines: [], words: [], line: lineNo };
    if (line.startsWith("#")) {
      if (cur.words.length > 0 || cur.lines.some((l) => l.kind !== "comment")) throw new ConlluError(lineNo, "comment inside a sentence (comments go before its first word)");
      cur.lines.push({ kind: "comment", text: line });
      continue;
    }
    const cols = line.split("\t");
    if (cols.length !== 10) throw new ConlluError(lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    for (let c = 0; c < 10; c++) if (cols[c] === "") throw new ConlluError(lineNo, `column ${c + 1} is empty (use _)`);
    const id = cols[0]!;
    const n = cur.words.length;
    let m: RegExpMatchArray | null;
    if ((m = /^(\d+)-(\d+)$/.exec(id))) {
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a !== n + 1 || b < a) throw new ConlluError(lineNo, `multi-word token range ${id} does not start at the next word ${n + 1}`);
      rangeEnd = b;
      cur.lines.push({ kind: "range", text: line });
    } else if ((m = /^(\d+)\.(\d+)$/.exec(id))) {
      if (Number(m[1]) !== n) throw new ConlluError(lineNo, `empty node ${id} does not follow word ${m[1]}`);
      cur.lines.push({ kind: "empty", text: line });
    } else if (/^\d+$/.test(id)) {
      if (Number(id) !== n + 1) throw new ConlluError(lineNo, `word ID ${id} out of sequence (expected ${n + 1})`);
      const word: ConlluWord = { cols };
      cur.words.push(word);
      cur.lines.push({ kind: "word", word });
    } else throw new ConlluError(lineNo, `bad ID '${id}' (expected N, N-M or N.M)`);
  }
  finish(lines.length + 1);
  return out;
}

/** Writes sentences back: each line as read (words from their columns), a blank line after each sentence. */
export function writeConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    for (const l of s.lines) parts.push(l.kind === "word" ? l.word.cols.join("\t") : l.text);
    parts.push("");
  }
  return parts.length ? parts.join("\n") + "\n" : "";
}

/** Gold annotation of a sentence read from a treebank (HEAD as numbers, 0 = root). */
export interface TreeSentence {
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  heads: number[];
  deprels: string[];
}

export function treeOf(s: ConlluSentence): TreeSentence {
  const w = s.words;
  return {
    forms: w.map((x) => x.cols[FORM]!),
    lemmas: w.map((x) => x.cols[LEMMA]!),
    upos: w.map((x) => x.cols[UPOS]!),
    xpos: w.map((x) => x.cols[XPOS]!),
    heads: w.map((x) => (x.cols[HEAD] === "_" ? -1 : Number(x.cols[HEAD]))),
    deprels: w.map((x) => x.cols[DEPREL]!),
  };
}
