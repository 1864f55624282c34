import type { Token } from "../../document/types.js";
import type { Entity, EntityType, Quote } from "../../schema/index.js";
import type { CueLexicon } from "./cues.js";
import { findQuoteMarks, type QuoteMarks } from "./marks.js";
import { lowerBound } from "../search.js";
import { stemWord as stemHead } from "../link/normalize.js";
import { titleNoun } from "../link/titles.js";

/**
 * Rules (the `source` of each quote):
 *  - quotes:verb-speaker     "…", said X            (also "…", according to X)
 *  - quotes:speaker-verb     "…", X said            (X up to `maxSubjectTokens` tokens, no auxiliary verb in it)
 *  - quotes:before           X said: "…"  /  X said that "…"  /  X told reporters "…"  /  According to X, "…"
 *  - quotes:continuation     "…", X said. "…"       (an unattributed quote right after an attributed one)
 *  - quotes:introduced       X commented on Y.⏎"…"  (a quote opening its paragraph after a sentence whose subject X speaks)
 *  - quotes:unattributed     a quotation no rule attributes (speaker null)
 * X is an entity mention (a person preferred), a pronoun (he/she -> the latest person speaker or
 * sentence subject; it/they -> the latest non-person speaker), or a noun phrase whose head word is
 * in an earlier entity's name ("the Ministry" -> "Spanish Interior Ministry") or is the noun of the
 * title recorded before an earlier person's name ("the secretary" -> "Defense Secretary Ash Carter").
 * Scare quotes are dropped: a quoted phrase with no attribution that has fewer than
 * `minUnattributedWords` words or is title-cased ("Islamic State", 'Man of The Year 2016').
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
  /** people: the noun of the title recorded before the name ("secretary"; src/nlp/link/titles.ts titleNoun) */
  titleHead?: string;
}

interface Attribution {
  speaker: string | null;
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

export function attributeQuotes(text: string, tokens: readonly Token[], entities: readonly Entity[], cues: CueLexicon, opts: QuoteOptions): Quote[] {
  const marks = findQuoteMarks(text);
  if (marks.length === 0) return [];

  const mentions: IndexedMention[] = [];
  const typeOf = new Map<string, EntityType>();
  const entityWords = new Map<string, Set<string>>();
  for (const e of entities) {
    typeOf.set(e.id, e.type);
    for (const m of e.mentions) {
      const titleHead = m.title ? titleNoun(m.title.text) : undefined;
      mentions.push({ start: m.start, end: m.end, id: e.id, type: e.type, ...(titleHead ? { titleHead } : {}) });
    }
    const words = new Set<string>();
    for (const n of [e.name, ...e.aliases]) for (const w of n.split(/[\s'’-]+/u)) if (w) words.add(stemHead(w));
    entityWords.set(e.id, words);
  }
  mentions.sort((a, b) => a.start - b.start);

  const inQuote = (pos: number): boolean => {
    // marks are in text order and do not overlap
    const q = marks[lowerBound(marks, (m) => m.start <= pos) - 1];
    return q !== undefined && pos >= q.start && pos < q.end;
  };

  // person anchors for he/she: the first person mentioned (outside quotations) in each sentence
  const subjects: IndexedMention[] = [];
  {
    let lastSentence = -1;
    for (const m of mentions) {
      if (m.type !== "PERSON" || inQuote(m.start)) continue;
      const t = tokens[Math.min(tokenAtOrAfter(tokens, m.start), tokens.length - 1)];
      const s = t?.sentence ?? -1;
      if (s === lastSentence) continue;
      lastSentence = s;
      subjects.push(m);
    }
  }
  let lastPersonSpeaker: { at: number; id: string } | null = null;
  let lastOtherSpeaker: { at: number; id: string } | null = null;

  // line breaks, for "same paragraph" tests by binary search
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  const lineOf = (pos: number): number => lowerBound(breaks, (b) => b < pos);
  const sameLine = (a: number, b: number): boolean => lineOf(a) === lineOf(b);

  /** A cue verb starting at token k: [endToken, lemma text] or null. */
  const cueAt = (k: number): { end: number; start: number } | null => {
    const t = tokens[k];
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
  };
  const cueSpan = (a: number, b: number): { start: number; end: number; text: string } => ({
    start: tokens[a]!.start,
    end: tokens[b - 1]!.end,
    text: text.slice(tokens[a]!.start, tokens[b - 1]!.end),
  });

  const resolvePronoun = (word: string, at: number): string | null => {
    const w = word.toLowerCase();
    if (PERSON_PRONOUNS.has(w)) {
      let best: { at: number; id: string } | null = lastPersonSpeaker && lastPersonSpeaker.at < at ? lastPersonSpeaker : null;
      const k = mentionAtOrAfter(subjects, at) - 1;
      const s = subjects[k];
      if (s && (!best || s.start > best.at)) best = { at: s.start, id: s.id };
      return best?.id ?? null;
    }
    if (OTHER_PRONOUNS.has(w)) return lastOtherSpeaker && lastOtherSpeaker.at < at ? lastOtherSpeaker.id : null;
    return null;
  };

  /**
   * The latest entity before `at` whose name has the head word ("the Ministry"), or the latest person
   * whose recorded title's noun it is ("the secretary" = Defense Secretary Ash Carter).
   */
  const byHeadNoun = (head: string, at: number): string | null => {
    const h = stemHead(head);
    for (let k = mentionAtOrAfter(mentions, at) - 1, n = 0; k >= 0 && n < 500; k--, n++) {
      const m = mentions[k]!;
      if (m.type === "PERSON" ? m.titleHead === h : entityWords.get(m.id)?.has(h)) return m.id;
    }
    return null;
  };

  /**
   * The speaker in tokens [a, b): a mention (person first; `last` picks the one nearest a cue that
   * follows), else a pronoun, else a head noun.
   */
  const speakerIn = (a: number, b: number, last: boolean, quoteAt: number): string | null => {
    if (b <= a) return null;
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
    if (person || other) return (person ?? other)!.id;
    // a pronoun subject or object: "he said" / "said he"
    const pron = last ? tokens[b - 1]! : tokens[a]!;
    const r = resolvePronoun(pron.text, pron.start);
    if (r !== null || PERSON_PRONOUNS.has(pron.text.toLowerCase()) || OTHER_PRONOUNS.has(pron.text.toLowerCase())) return r;
    // a noun phrase: its head is the last word before a preposition ("the Ministry in a statement")
    let head: Token | undefined;
    let k = a;
    while (k < b && DETERMINERS.has(tokens[k]!.text.toLowerCase())) k++;
    for (; k < b; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word" || PHRASE_END.has(t.text.toLowerCase())) break;
      head = t;
    }
    return head ? byHeadNoun(head.text, quoteAt) : null;
  };

  /** tokens [a, b) are exactly one entity mention or one pronoun */
  const isBareSubject = (a: number, b: number): boolean => {
    if (b === a + 1 && (PERSON_PRONOUNS.has(tokens[a]!.text.toLowerCase()) || OTHER_PRONOUNS.has(tokens[a]!.text.toLowerCase()))) return true;
    const k = mentionAtOrAfter(mentions, tokens[a]!.start);
    const m = mentions[k];
    return m !== undefined && m.start === tokens[a]!.start && m.end === tokens[b - 1]!.end;
  };

  const quoteStarts = new Set(marks.map((q) => q.open));
  const attributions: Array<Attribution | null> = [];
  for (const [qi, q] of marks.entries()) {
    // before the quote: X said: "…"  /  X said that "…"  /  X told reporters "…"  /  According to X, "…"
    let before: Attribution | null = null;
    let adjacent = false;
    {
      const open = tokenAtOrAfter(tokens, q.open);
      let begin = open;
      const prevClose = qi > 0 ? marks[qi - 1]!.close : -1;
      while (
        begin > 0 &&
        open - begin < 40 &&
        !TERMINAL.has(tokens[begin - 1]!.text) &&
        tokens[begin - 1]!.start > prevClose &&
        sameLine(tokens[begin - 1]!.start, q.open)
      )
        begin--;
      let e = open;
      while (e > begin && (LEAD_PUNCT.has(tokens[e - 1]!.text) || tokens[e - 1]!.text.toLowerCase() === "that")) e--;
      // the cue, at most a short object ("told reporters", "said in a statement") before the quote
      for (let k = e - 1; k >= begin && e - k <= 6; k--) {
        if (TERMINAL.has(tokens[k]!.text) || tokens[k]!.text === ",") break;
        const c = cueAt(k);
        if (!c || c.end > e) continue;
        let speaker = speakerIn(begin, k, true, q.open);
        // "said Smith: '…'" (inverted) when nothing stands before the cue
        if (speaker === null && k === begin) speaker = speakerIn(c.end, e, false, q.open);
        before = { speaker, cue: cueSpan(c.start, c.end), source: "quotes:before", at: tokens[begin]!.start };
        adjacent = c.end === e;
        break;
      }
      if (!before && begin < e && tokens[begin]!.text.toLowerCase() === "according" && tokens[begin + 1]?.text.toLowerCase() === "to") {
        before = { speaker: speakerIn(begin + 2, e, false, q.open), cue: cueSpan(begin, begin + 2), source: "quotes:before", at: tokens[begin]!.start };
      }
    }

    // after the quote: "…", said X  /  "…", X said  /  "…", according to X. Without punctuation
    // ending the quotation (inside or right after the marks) only a bare name or pronoun + verb
    // counts: `"…" Tor Ek said`, but not `the "Islamic State" group, noting`.
    let after: Attribution | null = null;
    if (q.closed && !adjacent) {
      const punctuated = /[,.!?…:;—–-]$/u.test(text.slice(q.start, q.end)) || /^\s*[,:—–-]/u.test(text.slice(q.close + 1, q.close + 4));
      const first = tokenAtOrAfter(tokens, q.close + 1);
      let end = first;
      while (
        end < tokens.length &&
        end - first < 40 &&
        !TERMINAL.has(tokens[end]!.text) &&
        !quoteStarts.has(tokens[end]!.start) &&
        sameLine(q.close, tokens[end]!.start)
      )
        end++;
      let p = first;
      while (p < end && LEAD_PUNCT.has(tokens[p]!.text)) p++;
      if (p < end) {
        const c = cueAt(p);
        if (c && punctuated) {
          const speaker = speakerIn(c.end, end, false, q.open);
          after = { speaker, cue: cueSpan(c.start, c.end), source: "quotes:verb-speaker", at: tokens[end - 1]!.end };
        } else if (punctuated && tokens[p]!.text.toLowerCase() === "according" && tokens[p + 1]?.text.toLowerCase() === "to") {
          after = { speaker: speakerIn(p + 2, end, false, q.open), cue: cueSpan(p, p + 2), source: "quotes:verb-speaker", at: tokens[end - 1]!.end };
        } else {
          const maxSubject = punctuated ? opts.maxSubjectTokens : 4;
          for (let k = p + 1; k < end && k - p <= maxSubject; k++) {
            const w = tokens[k - 1]!.text.toLowerCase();
            if (AUXILIARIES.has(w) || QUOTE_CHARS.test(w)) break;
            const c2 = cueAt(k);
            // a participle ("…", he said, noting) does not start the attribution
            if (!c2 || tokens[k]!.text.endsWith("ing")) continue;
            if (!punctuated && !isBareSubject(p, k)) break;
            const speaker = speakerIn(p, k, true, q.open);
            after = { speaker, cue: cueSpan(c2.start, c2.end), source: "quotes:speaker-verb", at: tokens[end - 1]!.end };
            break;
          }
        }
      }
    }
    // a cue right before the quote ("X said: …") wins; else the one after it; else a looser one before
    let att: Attribution | null = adjacent ? before : (after ?? before);

    // continuation: nothing but white space and punctuation since the previous attributed quote
    if (!att && qi > 0) {
      const prev = attributions[qi - 1];
      const pq = marks[qi - 1]!;
      if (prev && (sameLine(pq.close, q.open) || !pq.closed)) {
        const gapFrom = Math.max(pq.close + 1, prev.at);
        if (gapFrom <= q.open && !/[\p{L}\p{N}]/u.test(text.slice(gapFrom, q.open))) {
          att = { speaker: prev.speaker, cue: prev.cue, source: "quotes:continuation", at: prev.at };
        }
      }
    }
    // introduced: a quotation that opens its paragraph right after a sentence whose subject, a name
    // or he/she right before a speech verb, speaks ("Carter commented on the bombings.\n“On behalf of …”")
    if (!att) {
      const k = tokenAtOrAfter(tokens, q.open) - 1;
      const last = tokens[k];
      if (last && (last.text === "." || last.text === ":") && /\n/u.test(text.slice(last.end, q.open)) && !/\S/u.test(text.slice(last.end, q.open))) {
        let a = k;
        while (a > 0 && tokens[a - 1]!.sentence === last.sentence) a--;
        for (let j = a + 1; j < k; j++) {
          if (quoteStarts.has(tokens[j]!.start) || QUOTE_CHARS.test(tokens[j]!.text) || inQuote(tokens[j]!.start)) break;
          const c = cueAt(j);
          if (!c || tokens[j]!.text.endsWith("ing")) continue;
          const before = tokens[j - 1]!;
          const m = mentions[lowerBound(mentions, (x) => x.end < before.end)];
          let speaker: string | null = null;
          if (m && m.end === before.end && m.start >= tokens[a]!.start) speaker = m.id;
          else if (PERSON_PRONOUNS.has(before.text.toLowerCase())) speaker = resolvePronoun(before.text, before.start);
          if (speaker !== null) att = { speaker, cue: cueSpan(c.start, c.end), source: "quotes:introduced", at: last.end };
          break;
        }
      }
    }
    attributions.push(att);

    if (att?.speaker) {
      const at = att.cue?.start ?? q.open;
      if (typeOf.get(att.speaker) === "PERSON") lastPersonSpeaker = { at, id: att.speaker };
      else lastOtherSpeaker = { at, id: att.speaker };
    }
  }

  const out: Quote[] = [];
  for (const [qi, q] of marks.entries()) {
    const att = attributions[qi] ?? null;
    const quoted = text.slice(q.start, q.end);
    if (!att && (wordCount(quoted) < opts.minUnattributedWords || titleCased(quoted))) continue;
    let end = q.end;
    // "…since 2015," he said: the comma replaces the sentence's full stop; it is not quoted
    while (end > q.start && text[end - 1] === ",") end--;
    out.push({
      id: `C${out.length + 1}`,
      start: q.start,
      end,
      text: text.slice(q.start, end),
      speaker: att?.speaker ?? null,
      cue: att?.cue ?? null,
      source: att?.source ?? "quotes:unattributed",
    });
  }
  return out;
}

export type { QuoteMarks };
