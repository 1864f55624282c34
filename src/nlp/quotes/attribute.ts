import type { Token } from "../../document/types.js";
import type { Entity, EntityType } from "../../schema/index.js";
import type { SyntaxLayer } from "../../document/syntax-layer.js";
import type { CueLexicon } from "../../lexicon/speech.js";
import { findQuoteMarks, type QuoteMarks } from "./marks.js";
import { lowerBound } from "../search.js";
import { governingCue, subjectOf, type QuoteCue, type SpeakerPhrase } from "./speaker.js";

/**
 * Rules (the `source` of each quote):
 *  - quotes:verb-speaker     "…", said X            (also "…", according to X; a signature line '"…" - Name')
 *  - quotes:speaker-verb     "…", X said            (X up to `maxSubjectTokens` tokens, no auxiliary verb in it)
 *  - quotes:before           X said: "…"  /  X said that "…"  /  X told reporters "…"  /  According to X, "…"  /  in the words of X, "…"
 *  - quotes:continuation     "…", X said. "…"       (an unattributed quote right after an attributed one)
 *  - quotes:introduced       X commented on Y.⏎"…"  (a quote opening its paragraph after a sentence whose subject X speaks)
 *  - quotes:unattributed     a quotation no rule attributes (speaker null)
 *  - quotes:parse            with the parse: the speech verb governing the quotation ("Whitmore told LA Weekly
 *                            that … Montalvo "walked into …"", "… is "Mr. Security", …, said the weekly"), its subject
 *  - quotes:paragraph        a quotation that opens its paragraph right after a paragraph ending with X's quotation
 * X is an entity mention (a person preferred): the speaker. A pronoun ("he added", "it said") or a noun
 * phrase ("said the Ministry", "the weekly") is left as the quotation's `subject` phrase, for the speakers
 * stage to resolve through coref's references (src/nlp/quotes/speaker.ts); a continuing quotation records
 * the one it `continues`. With the parse, the active subject of the cue verb (nsubj, either side) wins over
 * the pattern's nearest name when it is a name or a phrase without that name; a verb with an open
 * complement ("continued to shun") is no cue; describe/characterize/dub/call/term/read count where the
 * parse shows them governing a quotation. Scare quotes are dropped: a quoted phrase with no attribution
 * that has fewer than `minUnattributedWords` words or is title-cased ("Islamic State", 'Man of The Year
 * 2016'); one that only a cue keeps is `weak`, dropped by the speakers stage when no speaker resolves.
 */
export interface QuoteOptions {
  minUnattributedWords: number;
  maxSubjectTokens: number;
}

interface IndexedMention {
  start: number;
  end: number;
  id: string;
  type: EntityType;
}

/** A speaker as found: an entity (a name), or a phrase to resolve after coref, or neither. */
interface Who {
  id: string | null;
  subject: SpeakerPhrase | null;
}
const NOBODY: Who = { id: null, subject: null };

interface Attribution {
  speaker: Who;
  /** index of the quotation this one continues */
  continues?: number;
  cue: { start: number; end: number; text: string } | null;
  source: string;
  /** where the attribution ends (after the quote) or starts (before it), for continuations */
  at: number;
}

const TERMINAL = new Set([".", "!", "?", ";", "…", "..."]);
const LEAD_PUNCT = new Set([",", "—", "–", "-", "--", ":"]);
const QUOTE_CHARS = /^["“”„«»‟'‘’]$/u;
const PERSON_PRONOUNS = new Set(["he", "she"]);
const OTHER_PRONOUNS = new Set(["it", "they"]);
const AUXILIARIES = new Set([
  "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
  "may", "might", "must", "do", "does", "did", "shall", "not",
]);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that", "one", "another"]);
/** verbs that attribute a quotation only where the parse shows it: 'dubbed the conflict "…"', 'described him as "…"', 'the letter reads "…"' */
const PARSE_CUES = new Set(["describe", "characterize", "characterise", "dub", "call", "term", "read"]);
const DASHES = new Set(["—", "–", "-", "--"]);
const PHRASE_END = new Set(["in", "on", "at", "for", "to", "with", "by", "from", "during", "after", "before", "late", "earlier", "on", "told", "said"]);
const TITLE_STOP = new Set(["of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "by", "with", "de", "la", "le", "du", "des", "el", "al"]);

const tokenAtOrAfter = (tokens: readonly Token[], offset: number): number => lowerBound(tokens, (t) => t.start < offset);
const mentionAtOrAfter = (ms: readonly IndexedMention[], offset: number): number => lowerBound(ms, (m) => m.start < offset);

/** Words of a quotation (letters or digits). */
function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** "Islamic State", "Man of The Year 2016": every content word capitalised (or a number). */
function titleCased(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const content = words.filter((w) => !TITLE_STOP.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** What the passes share: the text, its tokens and mentions, the quotation marks, the cue lexicon and the parse. */
class QuoteState {
  readonly mentions: IndexedMention[] = [];
  /** line breaks, for "same paragraph" tests by binary search */
  private readonly breaks: number[] = [];
  /** with the parse: verbs with an open clausal complement are no speech verbs there ("the Sams continued to shun …") */
  private readonly withXcomp = new Set<number>();
  readonly quoteStarts: ReadonlySet<number>;
  /** the attribution of each quotation so far, in order */
  readonly attributions: Array<Attribution | null> = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    entities: readonly Entity[],
    readonly marks: readonly QuoteMarks[],
    readonly cues: CueLexicon,
    readonly opts: QuoteOptions,
    readonly syntax: SyntaxLayer | null,
  ) {
    const { mentions, breaks, withXcomp } = this;
    for (const e of entities) for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, id: e.id, type: e.type });
    mentions.sort((a, b) => a.start - b.start);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
    if (syntax) for (let i = 0; i < syntax.size; i++) if (syntax.deprel[i] === "xcomp" && syntax.head[i]! >= 0 && syntax.upos[i] === "VERB") withXcomp.add(syntax.head[i]!);
    this.quoteStarts = new Set(marks.map((q) => q.open));
  }

  /** the offset is inside a quotation */
  inQuote(pos: number): boolean {
    const marks = this.marks;
    // marks are in text order and do not overlap
    const q = marks[lowerBound(marks, (m) => m.start <= pos) - 1];
    return q !== undefined && pos >= q.start && pos < q.end;
  }

  private lineOf(pos: number): number {
    return lowerBound(this.breaks, (b) => b < pos);
  }

  /** the two offsets are on one line (no line break between them) */
  sameLine(a: number, b: number): boolean {
    return this.lineOf(a) === this.lineOf(b);
  }

  /** A cue verb starting at token k: its tokens [start, end), or null. */
  cueAt(k: number): { end: number; start: number } | null {
    const { tokens, cues, withXcomp } = this;
    const t = tokens[k];
    if (withXcomp.has(k)) return null;
    // verbs are lower case: "States" in "United States" is no cue
    if (!t || t.kind !== "word" || !/^\p{Ll}/u.test(t.text)) return null;
    const entries = cues.byForm.get(t.text);
    if (!entries) return null;
    for (const e of entries) {
      let ok = true;
      for (let j = 0; ok && j < e.rest.length; j++) ok = tokens[k + 1 + j]?.text.toLowerCase() === e.rest[j];
      if (ok) return { start: k, end: k + 1 + e.rest.length };
    }
    return null;
  }

  /** the text span of tokens [a, b) */
  cueSpan(a: number, b: number): { start: number; end: number; text: string } {
    const { tokens, text } = this;
    return { start: tokens[a]!.start, end: tokens[b - 1]!.end, text: text.slice(tokens[a]!.start, tokens[b - 1]!.end) };
  }

  /**
   * The speaker in tokens [a, b): a mention (person first; `last` picks the one nearest a cue that
   * follows), else a pronoun, else a head noun.
   */
  speakerIn(a: number, b: number, last: boolean): Who {
    const { tokens, mentions } = this;
    if (b <= a) return NOBODY;
    const from = tokens[a]!.start;
    const to = tokens[b - 1]!.end;
    let person: IndexedMention | undefined;
    let other: IndexedMention | undefined;
    for (let k = mentionAtOrAfter(mentions, from); k < mentions.length && mentions[k]!.start < to; k++) {
      const m = mentions[k]!;
      if (m.end > to) break;
      if (m.type === "PERSON") {
        if (!person || last) person = m;
      } else if (!other || last) other = m;
    }
    if (person || other) return { id: (person ?? other)!.id, subject: null };
    // a pronoun subject or object: "he said" / "said he", resolved after coref
    const pron = last ? tokens[b - 1]! : tokens[a]!;
    if (PERSON_PRONOUNS.has(pron.text.toLowerCase()) || OTHER_PRONOUNS.has(pron.text.toLowerCase())) return { id: null, subject: { start: pron.start, end: pron.end } };
    // a noun phrase, "the Ministry in a statement": from its determiner to its head, the last word before a preposition
    let k = a;
    const first = k;
    let head = -1;
    while (k < b && DETERMINERS.has(tokens[k]!.text.toLowerCase())) k++;
    for (; k < b; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || PHRASE_END.has(t.text.toLowerCase())) break;
      head = k;
    }
    return head >= 0 ? { id: null, subject: { start: tokens[first]!.start, end: tokens[head]!.end } } : NOBODY;
  }

  /** with the parse: the subject of the cue verb at token k, a name resolved to its entity */
  parsedSubject(k: number, quote: { start: number; end: number }): Who {
    const { tokens, mentions, syntax } = this;
    if (!syntax) return NOBODY;
    const phrase = subjectOf(syntax, k, quote);
    if (!phrase) return NOBODY;
    const a = tokenAtOrAfter(tokens, phrase.start);
    let b = a;
    while (b < tokens.length && tokens[b]!.end <= phrase.end) b++;
    // a name overlapping the phrase's base: the parse may cut a name ("Barack" of "US President Barack Obama")
    // the last person: the name after a title ("Shadow Home Secretary Yvette Cooper")
    // (in the whole subject: "Labour's Shadow Home Secretary Yvette Cooper" may parse as a title with the name in apposition)
    const whole = phrase.max ?? phrase;
    let person: IndexedMention | null = null;
    for (let j = Math.max(0, mentionAtOrAfter(mentions, whole.start) - 4); j < mentions.length && mentions[j]!.start < whole.end; j++) {
      const m = mentions[j]!;
      if (m.end > whole.start && m.type === "PERSON") person = m;
    }
    if (person) return { id: person.id, subject: null };
    const inBase = this.speakerIn(a, b, false);
    if (inBase.id !== null) return inBase;
    return { id: null, subject: phrase };
  }

  /** a speech verb in the parse: a cue form tagged as a verb, or "paid tribute" */
  isParsedCue(k: number): boolean {
    const syntax = this.syntax;
    if (!syntax) return false;
    const t = this.tokens[k]!;
    if (syntax.upos[k] !== "VERB") return false;
    if (this.inQuote(t.start)) return false;
    if (this.cueAt(k) !== null || PARSE_CUES.has(syntax.lemma[k]!)) return true;
    return syntax.lemma[k] === "pay" && syntax.children(k).some((c) => syntax.lemma[c] === "tribute");
  }

  /**
   * The speaker a pattern found, or the parse's subject of the cue verb when the parse has one: a name
   * (the parse knows which of several names is the subject), or a phrase that does not hold the pattern's
   * name ("with one poster writing" is no one named, not the organisation named before it).
   */
  preferParsed(pattern: Who, k: number, quote: { start: number; end: number }): Who {
    const parsed = this.parsedSubject(k, quote);
    if (parsed.id !== null) return parsed;
    if (parsed.subject === null) return pattern;
    if (pattern.id === null) return pattern.subject === null ? parsed : pattern;
    const held = this.mentions.some((m) => m.id === pattern.id && m.start < parsed.subject!.end && m.end > parsed.subject!.start);
    return held ? pattern : parsed;
  }

  /** tokens [a, b) are exactly one entity mention or one pronoun */
  isBareSubject(a: number, b: number): boolean {
    const { tokens, mentions } = this;
    if (b === a + 1 && (PERSON_PRONOUNS.has(tokens[a]!.text.toLowerCase()) || OTHER_PRONOUNS.has(tokens[a]!.text.toLowerCase()))) return true;
    const k = mentionAtOrAfter(mentions, tokens[a]!.start);
    const m = mentions[k];
    return m !== undefined && m.start === tokens[a]!.start && m.end === tokens[b - 1]!.end;
  }
}

/** Before the quote, decides "X said: …" / "X said that …" / "X told reporters …": the attribution and whether its cue touches the quote. */
function cueBefore(s: QuoteState, qi: number, q: QuoteMarks): { before: Attribution | null; adjacent: boolean } {
  const { tokens, marks } = s;
  let before: Attribution | null = null;
  let adjacent = false;
  const open = tokenAtOrAfter(tokens, q.open);
  let begin = open;
  const prevClose = qi > 0 ? marks[qi - 1]!.close : -1;
  while (
    begin > 0 &&
    open - begin < 40 &&
    !TERMINAL.has(tokens[begin - 1]!.text) &&
    tokens[begin - 1]!.start > prevClose &&
    s.sameLine(tokens[begin - 1]!.start, q.open)
  )
    begin--;
  let e = open;
  while (e > begin && (LEAD_PUNCT.has(tokens[e - 1]!.text) || tokens[e - 1]!.text.toLowerCase() === "that")) e--;
  // the cue, at most a short object ("told reporters", "said in a statement") before the quote
  for (let k = e - 1; k >= begin && e - k <= 6; k--) {
    if (TERMINAL.has(tokens[k]!.text) || tokens[k]!.text === ",") break;
    const c = s.cueAt(k);
    if (!c || c.end > e) continue;
    let speaker = s.speakerIn(begin, k, true);
    // "said Smith: '…'" (inverted) when nothing stands before the cue
    if (speaker.id === null && speaker.subject === null && k === begin) speaker = s.speakerIn(c.end, e, false);
    speaker = s.preferParsed(speaker, k, q);
    before = { speaker, cue: s.cueSpan(c.start, c.end), source: "quotes:before", at: tokens[begin]!.start };
    adjacent = c.end === e;
    break;
  }
  if (!before) before = accordingOrWordsOf(s, begin, e);
  return { before, adjacent };
}

/** Before the quote without a speech verb, decides "According to X, …" and "in the words of X, …". */
function accordingOrWordsOf(s: QuoteState, begin: number, e: number): Attribution | null {
  const { tokens } = s;
  let before: Attribution | null = null;
  if (begin < e && tokens[begin]!.text.toLowerCase() === "according" && tokens[begin + 1]?.text.toLowerCase() === "to") {
    // X is the phrase up to its comma: "According to Yonhap news agency, quoting …, the military …"
    let xEnd = begin + 2;
    while (xEnd < e && tokens[xEnd]!.text !== ",") xEnd++;
    // and a name in apposition: "According to the team's coach, Alireza Mehraban, …"
    let appEnd = xEnd + 1;
    while (appEnd < e && tokens[appEnd]!.text !== ",") appEnd++;
    if (appEnd < e && appEnd > xEnd + 1 && s.isBareSubject(xEnd + 1, appEnd)) xEnd = appEnd;
    before = { speaker: s.speakerIn(begin + 2, xEnd, false), cue: s.cueSpan(begin, begin + 2), source: "quotes:before", at: tokens[begin]!.start };
  }
  // "in the words of the Crown prosecutor, Mark Tedeschi, QC, "…""
  for (let k = begin; !before && k + 4 <= e; k++) {
    const w = (i: number): string => tokens[i]!.text.toLowerCase();
    if (w(k) === "in" && w(k + 1) === "the" && w(k + 2) === "words" && w(k + 3) === "of")
      before = { speaker: s.speakerIn(k + 4, e, true), cue: s.cueSpan(k, k + 4), source: "quotes:before", at: tokens[k]!.start };
  }
  return before;
}

/**
 * After the quote, decides "…", said X / "…", X said / "…", according to X / a signature line. Without
 * punctuation ending the quotation (inside or right after the marks) only a bare name or pronoun + verb
 * counts: `"…" Tor Ek said`, but not `the "Islamic State" group, noting`.
 */
function cueAfter(s: QuoteState, q: QuoteMarks): Attribution | null {
  const { text, tokens } = s;
  const punctuated = /[,.!?…:;—–-]$/u.test(text.slice(q.start, q.end)) || /^\s*[,:—–-]/u.test(text.slice(q.close + 1, q.close + 4));
  const first = tokenAtOrAfter(tokens, q.close + 1);
  let end = first;
  while (
    end < tokens.length &&
    end - first < 40 &&
    !TERMINAL.has(tokens[end]!.text) &&
    !s.quoteStarts.has(tokens[end]!.start) &&
    s.sameLine(q.close, tokens[end]!.start)
  )
    end++;
  let p = first;
  while (p < end && LEAD_PUNCT.has(tokens[p]!.text)) p++;
  if (p >= end) return null;
  const c = s.cueAt(p);
  if (c && punctuated) {
    const speaker = s.preferParsed(s.speakerIn(c.end, end, false), c.start, q);
    return { speaker, cue: s.cueSpan(c.start, c.end), source: "quotes:verb-speaker", at: tokens[end - 1]!.end };
  } else if (punctuated && tokens[p]!.text.toLowerCase() === "according" && tokens[p + 1]?.text.toLowerCase() === "to") {
    return { speaker: s.speakerIn(p + 2, end, false), cue: s.cueSpan(p, p + 2), source: "quotes:verb-speaker", at: tokens[end - 1]!.end };
  } else if (p > first && DASHES.has(tokens[p - 1]!.text) && s.isBareSubject(p, end) && !s.sameLine(tokens[end - 1]!.end, tokens[end]?.start ?? text.length + 1)) {
    // a signature line: '"…" - Matthew Ingram'
    return { speaker: s.speakerIn(p, end, false), cue: null, source: "quotes:verb-speaker", at: tokens[end - 1]!.end };
  }
  return subjectThenCue(s, q, p, end, punctuated);
}

/** After the quote, decides "…", X said: a short subject from token p, then a cue, before `end`. */
function subjectThenCue(s: QuoteState, q: QuoteMarks, p: number, end: number, punctuated: boolean): Attribution | null {
  const { tokens } = s;
  const maxSubject = punctuated ? s.opts.maxSubjectTokens : 4;
  // '"…", and told the police': a clause of the sentence before, not an attribution
  const conj = ["and", "but", "or"].includes(tokens[p]!.text.toLowerCase());
  for (let k = p + 1; k < end && k - p <= maxSubject; k++) {
    const w = tokens[k - 1]!.text.toLowerCase();
    if (AUXILIARIES.has(w) || QUOTE_CHARS.test(w)) break;
    const c2 = s.cueAt(k);
    // a participle ("…", he said, noting) does not start the attribution
    if (!c2 || tokens[k]!.text.endsWith("ing")) continue;
    if (!punctuated && !s.isBareSubject(p, k)) break;
    if (conj) break;
    const speaker = s.preferParsed(s.speakerIn(p, k, true), k, q);
    return { speaker, cue: s.cueSpan(c2.start, c2.end), source: "quotes:speaker-verb", at: tokens[end - 1]!.end };
  }
  return null;
}

/**
 * Decides a continuation: nothing but white space and punctuation since the previous attributed quote; across a
 * paragraph break too when this quotation opens its paragraph ('…," said Ambassador Mohib.⏎"They represent …').
 */
function continuation(s: QuoteState, qi: number, q: QuoteMarks): Attribution | null {
  const { text, marks } = s;
  const prev = s.attributions[qi - 1];
  const pq = marks[qi - 1]!;
  const opensParagraph = /\n\s*$/u.test(text.slice(Math.max(0, q.open - 8), q.open)) || q.open === 0;
  const paragraphs = text.slice(pq.close + 1, q.open).split("\n").length - 1;
  // across paragraphs only for a quotation that is its whole paragraph ('"…" Anonymous blogger, …' is attributed there)
  const lineEnd = text.indexOf("\n", q.close + 1);
  const wholeParagraph = !q.closed || !/[\p{L}\p{N}]/u.test(text.slice(q.close + 1, lineEnd < 0 ? text.length : lineEnd));
  if (prev && (s.sameLine(pq.close, q.open) || !pq.closed || (opensParagraph && wholeParagraph && paragraphs <= 2))) {
    const gapFrom = Math.max(pq.close + 1, prev.at);
    if (gapFrom <= q.open && !/[\p{L}\p{N}]/u.test(text.slice(gapFrom, q.open))) {
      const source = s.sameLine(pq.close, q.open) || !pq.closed ? "quotes:continuation" : "quotes:paragraph";
      return { speaker: prev.speaker, continues: qi - 1, cue: prev.cue, source, at: prev.at };
    }
  }
  return null;
}

/**
 * Decides "introduced": a quotation right after a sentence whose subject speaks: a name or he/she right before a
 * speech verb, at a paragraph's start ("Carter commented on the bombings.⏎“On behalf of …”"); with the
 * parse, the subject of the sentence's speech verb, in the same paragraph too ("Heald noted the findings
 * show … "An air-quality cleanup …"").
 */
function introduced(s: QuoteState, q: QuoteMarks): Attribution | null {
  const { text, tokens, mentions, syntax } = s;
  const k = tokenAtOrAfter(tokens, q.open) - 1;
  const last = tokens[k];
  const gap = last ? text.slice(last.end, q.open) : "";
  if (!(last && (last.text === "." || last.text === ":") && !/\S/u.test(gap) && (/\n/u.test(gap) || syntax))) return null;
  let a = k;
  while (a > 0 && tokens[a - 1]!.sentence === last.sentence) a--;
  for (let j = a + 1; j < k; j++) {
    if (s.quoteStarts.has(tokens[j]!.start) || QUOTE_CHARS.test(tokens[j]!.text) || s.inQuote(tokens[j]!.start)) break;
    const c = s.cueAt(j);
    if (!c || tokens[j]!.text.endsWith("ing")) continue;
    if (syntax) {
      const speaker = s.isParsedCue(j) ? s.parsedSubject(j, q) : NOBODY;
      if (speaker.id !== null || speaker.subject !== null) return { speaker, cue: s.cueSpan(c.start, c.end), source: "quotes:introduced", at: last.end };
      // the paragraph-start rule below also without a parse
      if (!/\n/u.test(gap)) continue;
    }
    const before = tokens[j - 1]!;
    const m = mentions[lowerBound(mentions, (x) => x.end < before.end)];
    let speaker: Who = NOBODY;
    if (m && m.end === before.end && m.start >= tokens[a]!.start) speaker = { id: m.id, subject: null };
    else if (PERSON_PRONOUNS.has(before.text.toLowerCase())) speaker = { id: null, subject: { start: before.start, end: before.end } };
    return speaker !== NOBODY ? { speaker, cue: s.cueSpan(c.start, c.end), source: "quotes:introduced", at: last.end } : null;
  }
  return null;
}

/** With the parse, decides a speech verb governing the quotation from outside it, and its subject; keeps `att` otherwise. */
function governedByParse(s: QuoteState, syntax: SyntaxLayer, q: QuoteMarks, att: Attribution | null): Attribution | null {
  const { text, tokens } = s;
  // a title-cased quotation (a name: 'linked to the "Islamic State" organization') only as the verb's own dependent
  const v = governingCue(syntax, q.start, q.end, (k) => s.isParsedCue(k), titleCased(text.slice(q.start, q.end)) ? 1 : 4);
  if (v < 0) return att;
  const speaker = s.parsedSubject(v, q);
  if (speaker.id === null && speaker.subject === null) return att;
  const c = s.cueAt(v);
  const cue = s.cueSpan(v, c ? c.end : v + 1);
  return { speaker, cue, source: att?.source ?? "quotes:parse", at: Math.max(q.close + 1, tokens[v]!.end) };
}

/** The attribution of quotation qi: the rules in order, the first that decides wins (the parse may still fill in a speaker). */
function attribute(s: QuoteState, qi: number, q: QuoteMarks): Attribution | null {
  const { before, adjacent } = cueBefore(s, qi, q);
  const after = q.closed && !adjacent ? cueAfter(s, q) : null;
  // a cue right before the quote ("X said: …") wins; else the one after it; else a looser one before
  let att: Attribution | null = adjacent ? before : (after ?? before);
  if (!att && qi > 0) att = continuation(s, qi, q);
  if (!att) att = introduced(s, q);
  if (s.syntax && (!att || (att.speaker.id === null && att.speaker.subject === null && att.continues === undefined))) att = governedByParse(s, s.syntax, q, att);
  return att;
}

/** Decides which quotations are written (scare quotes without attribution are not) and builds their records. */
function quoteCues(s: QuoteState): QuoteCue[] {
  const { text, marks, opts, attributions } = s;
  const out: QuoteCue[] = [];
  const idOf = new Map<number, string>();
  for (const [qi, q] of marks.entries()) {
    const att = attributions[qi] ?? null;
    const quoted = text.slice(q.start, q.end);
    const scare = wordCount(quoted) < opts.minUnattributedWords || titleCased(quoted);
    if (!att && scare) continue;
    let end = q.end;
    // "…since 2015," he said: the comma replaces the sentence's full stop; it is not quoted
    while (end > q.start && text[end - 1] === ",") end--;
    const id = `C${out.length + 1}`;
    idOf.set(qi, id);
    out.push({
      id,
      start: q.start,
      end,
      text: text.slice(q.start, end),
      speaker: att?.speaker.id ?? null,
      cue: att?.cue ?? null,
      source: att?.source ?? "quotes:unattributed",
      subject: att?.speaker.id === null ? att.speaker.subject : null,
      continues: att?.continues !== undefined ? (idOf.get(att.continues) ?? null) : null,
      weak: scare && att?.speaker.id == null,
    });
  }
  return out;
}

export function attributeQuotes(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
  cues: CueLexicon,
  opts: QuoteOptions,
  syntax: SyntaxLayer | null = null,
): QuoteCue[] {
  const marks = findQuoteMarks(text);
  if (marks.length === 0) return [];
  const s = new QuoteState(text, tokens, entities, marks, cues, opts, syntax);
  for (const [qi, q] of marks.entries()) s.attributions.push(attribute(s, qi, q));
  return quoteCues(s);
}

export type { QuoteMarks };
