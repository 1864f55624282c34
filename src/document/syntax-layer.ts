import type { Sentence } from "../schema/segments.js";
import type { NounPhrase } from "../schema/syntax.js";
import type { Token } from "./types.js";

/** The part of speech, lemma and dependency of one token (indices into the document's tokens). */
export interface SyntaxToken {
  /** index in the tokens layer */
  index: number;
  start: number;
  end: number;
  text: string;
  upos: string;
  xpos: string;
  lemma: string;
  /** index of the head token, -1 for the root of the sentence */
  head: number;
  deprel: string;
}

const NOMINAL = new Set(["NOUN", "PROPN", "PRON", "NUM"]);
/** relations by which a nominal is part of a larger noun phrase's base, so not a phrase of its own */
const INSIDE = new Set(["compound", "flat", "fixed", "goeswith", "det", "nummod", "amod"]);

/**
 * The syntax layer of a document: per token UPOS, XPOS, lemma, head and relation, and the noun phrases
 * derived from the parse once, for every later stage to read (never re-derived with patterns).
 */
export class SyntaxLayer {
  readonly upos: string[];
  readonly xpos: string[];
  readonly lemma: string[];
  /** head token index, -1 for a sentence root */
  readonly head: Int32Array;
  readonly deprel: string[];
  /** base noun phrases in text order (token ranges [first, last + 1) and the head token) */
  readonly nounPhrases: Array<{ first: number; last: number; head: number; maxFirst: number; maxLast: number }>;
  private readonly phraseOfToken: Int32Array;
  /** leftmost and rightmost token of each token's subtree */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** dependents in compressed rows: the children of i are childIndex[childStart[i] .. childStart[i + 1]), in text order */
  private readonly childStart: Int32Array;
  private readonly childIndex: Int32Array;
  /** first token of each sentence, and one past the last (sentenceStart[sentences.length] = tokens.length) */
  private readonly sentenceStart: Int32Array;

  constructor(
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    annotation: { upos: string[]; xpos: string[]; lemma: string[]; head: Int32Array; deprel: string[] },
    /** whether the output carries tokens[] and nounPhrases[] */
    readonly emit: boolean,
  ) {
    this.upos = annotation.upos;
    this.xpos = annotation.xpos;
    this.lemma = annotation.lemma;
    this.head = annotation.head;
    this.deprel = annotation.deprel;
    this.nounPhrases = [];
    const n = tokens.length;
    this.phraseOfToken = new Int32Array(n).fill(-1);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.childStart = new Int32Array(n + 1);
    this.childIndex = new Int32Array(n);
    for (let i = 0; i < n; i++) if (this.head[i]! >= 0) this.childStart[this.head[i]! + 1]!++;
    for (let i = 0; i < n; i++) this.childStart[i + 1]! += this.childStart[i]!;
    const fill = this.childStart.slice(0, n);
    for (let i = 0; i < n; i++) {
      const h = this.head[i]!;
      if (h >= 0) this.childIndex[fill[h]!++] = i;
    }
    this.sentenceStart = new Int32Array(sentences.length + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) this.sentenceStart[tokens[i]!.sentence] = i;
    for (let s = sentences.length - 1; s >= 0; s--) if (this.sentenceStart[s]! > this.sentenceStart[s + 1]!) this.sentenceStart[s] = this.sentenceStart[s + 1]!;
    this.deriveNounPhrases();
  }

  get size(): number {
    return this.tokens.length;
  }

  token(i: number): SyntaxToken {
    const t = this.tokens[i]!;
    return { index: i, start: t.start, end: t.end, text: t.text, upos: this.upos[i]!, xpos: this.xpos[i]!, lemma: this.lemma[i]!, head: this.head[i]!, deprel: this.deprel[i]! };
  }

  /** The tokens of sentence i, in order. */
  sentence(i: number): { tokens: SyntaxToken[] } {
    const [a, b] = this.sentenceTokens(i);
    const out: SyntaxToken[] = [];
    for (let k = a; k < b; k++) out.push(this.token(k));
    return { tokens: out };
  }

  /** The token range [first, end) of sentence i. */
  sentenceTokens(i: number): [number, number] {
    return [this.sentenceStart[i] ?? this.tokens.length, this.sentenceStart[i + 1] ?? this.tokens.length];
  }

  /** The universal part of token i's relation, before ':' ("nsubj" for "nsubj:pass"). */
  rel(i: number): string {
    const d = this.deprel[i]!;
    const c = d.indexOf(":");
    return c < 0 ? d : d.slice(0, c);
  }

  /** The first dependent of i with this relation (full "nsubj:pass" or universal "obl"), or -1. */
  child(i: number, rel: string): number {
    const full = rel.includes(":");
    for (let k = this.childStart[i]!; k < this.childStart[i + 1]!; k++) {
      const c = this.childIndex[k]!;
      if ((full ? this.deprel[c] : this.rel(c)) === rel) return c;
    }
    return -1;
  }

  /** The index of the base noun phrase holding token i, or -1. */
  phraseIndexOf(i: number): number {
    return this.phraseOfToken[i] ?? -1;
  }

  /** The head of token i, or null for a sentence root. */
  headOf(i: number): SyntaxToken | null {
    const h = this.head[i]!;
    return h < 0 ? null : this.token(h);
  }

  /** The dependents of token i, in text order. */
  children(i: number): number[] {
    return Array.from(this.childIndex.subarray(this.childStart[i]!, this.childStart[i + 1]!));
  }

  /** The token holding a character offset, or -1. */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = this.tokens[mid]!;
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The base noun phrase holding a character offset, or null. */
  nounPhraseAt(offset: number): NounPhrase | null {
    const t = this.tokenAt(offset);
    const p = t < 0 ? -1 : this.phraseOfToken[t]!;
    return p < 0 ? null : this.outputPhrase(p);
  }

  outputPhrase(p: number): NounPhrase {
    const np = this.nounPhrases[p]!;
    const T = this.tokens;
    return { start: T[np.first]!.start, end: T[np.last]!.end, head: np.head, max: { start: T[np.maxFirst]!.start, end: T[np.maxLast]!.end } };
  }

  /**
   * Base noun phrases as spaCy's noun_chunks reads them from a UD parse: every noun, proper noun, pronoun or
   * number that heads a nominal (not a compound, flat name part, determiner or modifier inside another),
   * from the left edge of its left dependents to itself and the name parts (flat, compound) to its right;
   * the maximal phrase is the head's whole subtree.
   */
  private deriveNounPhrases(): void {
    const n = this.tokens.length;
    const left = this.left;
    const right = this.right;
    for (let i = 0; i < n; i++) left[i] = right[i] = i;
    // subtree edges: walk each token up its heads (sentences are short; a guard stops cycles)
    for (let i = 0; i < n; i++) {
      let h = this.head[i]!;
      for (let guard = 0; h >= 0 && guard < 1000; guard++) {
        if (i < left[h]!) left[h] = i;
        if (i > right[h]!) right[h] = i;
        h = this.head[h]!;
      }
    }
    for (let i = 0; i < n; i++) {
      if (!NOMINAL.has(this.upos[i]!)) continue;
      const rel = this.deprel[i]!.split(":")[0]!;
      if (INSIDE.has(rel) && this.head[i]! >= 0 && NOMINAL.has(this.upos[this.head[i]!]!)) continue;
      if (this.upos[i] === "NUM" && rel === "nummod") continue;
      let first = i;
      for (const c of this.children(i)) if (c < i && c < first) first = Math.min(first, left[c]!);
      // the base phrase keeps only the contiguous pre-modifiers (no clause or punctuation inside)
      for (let k = first; k < i; k++) if (this.upos[k] === "PUNCT" || this.upos[k] === "VERB" || this.upos[k] === "ADP") first = k + 1;
      let last = i;
      for (const c of this.children(i)) {
        const r = this.deprel[c]!.split(":")[0]!;
        if (c === last + 1 && (r === "flat" || r === "compound" || r === "fixed")) last = right[c]!;
      }
      if (this.nounPhrases.length > 0 && first <= this.nounPhrases[this.nounPhrases.length - 1]!.last) continue;
      const p = this.nounPhrases.length;
      this.nounPhrases.push({ first, last, head: i, maxFirst: left[i]!, maxLast: right[i]! });
      for (let k = first; k <= last; k++) this.phraseOfToken[k] = p;
    }
  }
}
