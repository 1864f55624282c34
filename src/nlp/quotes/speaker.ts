import type { QuoteCue, SpeakerPhrase } from "../../document/types.js";
import type { Entity, Quote, Reference } from "../../schema/index.js";
import type { SyntaxLayer } from "../../document/syntax-layer.js";
import { lowerBound } from "../search.js";

export type { QuoteCue, SpeakerPhrase };

/**
 * Who speaks a quotation: the one module for it. The quotes stage finds each quotation's cue and the
 * phrase that names its speaker (a name, a pronoun, a description: from the parse, the subject of the
 * speech verb); names are resolved there, through their entity mention. Pronouns ("he added", "it
 * said") and descriptions ("said the weekly") are resolved after coref, through its references (never by
 * a second set of pronoun rules here): `resolveSpeakers`, which the speakers stage runs, and coref itself
 * asks for the speaker of a quotation whose "I" it resolves.
 */

export interface SpeakerSources {
  /** entity mentions (names), sorted by start */
  mentions: ReadonlyArray<{ start: number; end: number; entity: string; person: boolean }>;
  /** pronouns and descriptions resolved to an entity (coref's references), sorted by start */
  references: ReadonlyArray<{ start: number; end: number; entity: string }>;
}

export function speakerSources(entities: readonly Entity[], references: readonly Reference[]): SpeakerSources {
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, person: e.type === "PERSON" })));
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const refs = references.map((r) => ({ start: r.start, end: r.end, entity: r.entity })).sort((a, b) => a.start - b.start);
  return { mentions, references: refs };
}

/**
 * The entity a speaker phrase names: a name mention inside it (a person first: "Mark Tedeschi, QC"), else a
 * reference inside it (the pronoun "he", the description "the weekly"), else null.
 */
export function entityOfPhrase(phrase: SpeakerPhrase, src: SpeakerSources): string | null {
  return entityIn(phrase, src) ?? (phrase.max ? entityIn(phrase.max, src) : null);
}

function entityIn(phrase: { start: number; end: number }, src: SpeakerSources): string | null {
  let other: string | null = null;
  let person: string | null = null;
  // a name overlapping the phrase: the parse may cut a name ("Barack" of "US President Barack Obama")
  for (let k = Math.max(0, lowerBound(src.mentions, (m) => m.start < phrase.start) - 4); k < src.mentions.length && src.mentions[k]!.start < phrase.end; k++) {
    const m = src.mentions[k]!;
    if (m.end <= phrase.start) continue;
    // the last person: the name after a title ("Shadow Home Secretary Yvette Cooper")
    if (m.person) person = m.entity;
    else other ??= m.entity;
  }
  if (person !== null) return person;
  if (other !== null) return other;
  for (let k = lowerBound(src.references, (r) => r.start < phrase.start); k < src.references.length && src.references[k]!.start < phrase.end; k++) {
    const r = src.references[k]!;
    if (r.end <= phrase.end) return r.entity;
  }
  return null;
}

/**
 * The speaker of every quotation: its own (a name found by the quotes stage), else the entity its subject
 * phrase refers to, else, for a continuing quotation, its predecessor's (in text order, so chains resolve).
 */
export function resolveSpeakers(cues: readonly QuoteCue[], src: SpeakerSources): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const q of cues) {
    let s = q.speaker;
    if (s === null && q.subject) s = entityOfPhrase(q.subject, src);
    if (s === null && q.continues !== null) s = out.get(q.continues) ?? null;
    out.set(q.id, s);
  }
  return out;
}

/**
 * The quotes layer: each quotation with its resolved speaker, numbered C1…; a weak one (short or
 * title-cased) whose speaker stays unknown is a scare quote and left out.
 */
export function toQuotes(cues: readonly QuoteCue[], speakers: ReadonlyMap<string, string | null>): Quote[] {
  const out: Quote[] = [];
  for (const q of cues) {
    const speaker = speakers.get(q.id) ?? null;
    if (q.weak && speaker === null) continue;
    const { subject: _s, continues: _c, weak: _w, ...rest } = q;
    out.push({ ...rest, id: `C${out.length + 1}`, speaker });
  }
  return out;
}

// ---- the parse: the speech verb governing a quotation, and its subject ----

const INSIDE_PHRASE = new Set(["compound", "amod", "flat", "fixed", "nmod:poss", "det", "nummod", "case", "nmod:desc"]);
/** the speaker is the active subject: a passive one is the addressee ("the military has been told to prepare …") */
const SUBJECT = new Set(["nsubj", "csubj"]);
/** relations by which a clause hangs from the verb that reports it, or the reporting verb from the quotation */
const REPORT = new Set(["ccomp", "parataxis", "obj", "xcomp", "advcl", "obl", "conj", "dep", "appos", "nmod", "iobj", "acl"]);

/**
 * The speech verb that governs the quotation [start, end): walking up from the quotation's own top words
 * (tokens inside it whose head is outside) at most `maxUp` heads, or a child of the top words outside the
 * quotation ('"…," he said' parses "said" as parataxis of the quoted verb). `isCue(k)` tells speech verbs.
 * Returns the token index of the verb, or -1.
 */
export function governingCue(syntax: SyntaxLayer, start: number, end: number, isCue: (k: number) => boolean, maxUp = 4): number {
  const a = firstTokenAtOrAfter(syntax, start);
  let b = a;
  while (b < syntax.size && syntax.tokens[b]!.start < end) b++;
  if (b <= a) return -1;
  const inside = (k: number): boolean => k >= a && k < b;
  const tops: number[] = [];
  for (let k = a; k < b; k++) if (!inside(syntax.head[k]!)) tops.push(k);
  for (const top of tops) {
    // a quoted name or word inside a noun phrase ('the "Islamic State" organization', 'The "History" section') is no report
    if (INSIDE_PHRASE.has(syntax.deprel[top]!)) return -1;
  }
  for (const top of tops) {
    // a reporting verb above the quotation: X said that "…", X told Y the plan was "…"
    let h = syntax.head[top]!;
    for (let up = 0; h >= 0 && up < maxUp; up++) {
      if (isCue(h)) return h;
      h = syntax.head[h]!;
    }
  }
  // a reporting verb below its top word: "…," he said / "…," said the Ministry
  const s = syntax.tokens[a]!.sentence;
  for (const top of tops) {
    for (let k = b; k < syntax.size && syntax.tokens[k]!.sentence === s; k++)
      if (syntax.head[k] === top && REPORT.has(syntax.deprel[k]!) && isCue(k)) return k;
    for (let k = a - 1; k >= 0 && syntax.tokens[k]!.sentence === s; k--)
      if (syntax.head[k] === top && REPORT.has(syntax.deprel[k]!) && isCue(k)) return k;
  }
  return -1;
}

/**
 * The subject of verb k, as the base noun phrase around its head token ("the Ministry", "Ambassador
 * Mohib", "he"), in either order ("said the Ministry"); a verb without one (the second of "X said … and
 * added") takes the subject of the verb it is conjoined to. Character offsets, or null.
 */
export function subjectOf(syntax: SyntaxLayer, k: number, outside?: { start: number; end: number }): SpeakerPhrase | null {
  const ok = (i: number): boolean => !outside || syntax.tokens[i]!.end <= outside.start || syntax.tokens[i]!.start >= outside.end;
  const phraseAt = (i: number): SpeakerPhrase => {
    const np = syntax.nounPhraseAt(syntax.tokens[i]!.start);
    const base = np && np.start <= syntax.tokens[i]!.start && np.end >= syntax.tokens[i]!.end ? { start: np.start, end: np.end } : { start: syntax.tokens[i]!.start, end: syntax.tokens[i]!.end };
    const max = subtree(syntax, i);
    return max.start < base.start || max.end > base.end ? { ...base, max } : base;
  };
  const verb = k;
  for (let guard = 0; k >= 0 && guard < 3; guard++) {
    const s = syntax.tokens[k]!.sentence;
    let subj = -1;
    for (let i = k - 1; i >= 0 && syntax.tokens[i]!.sentence === s && subj < 0; i--) if (syntax.head[i] === k && SUBJECT.has(syntax.deprel[i]!) && ok(i)) subj = i;
    for (let i = k + 1; i < syntax.size && syntax.tokens[i]!.sentence === s && subj < 0; i++) if (syntax.head[i] === k && SUBJECT.has(syntax.deprel[i]!) && ok(i)) subj = i;
    if (subj >= 0) return phraseAt(subj);
    if (syntax.deprel[k] !== "conj") break;
    k = syntax.head[k]!;
  }
  // inverted after a quotation, whatever the parse made of it: '"…," said the Ministry', '…, said the weekly'
  const next = verb + 1;
  if (outside && syntax.tokens[verb]!.start >= outside.end && next < syntax.size && syntax.tokens[next]!.sentence === syntax.tokens[verb]!.sentence) {
    const u = syntax.upos[next]!;
    if (u === "DET" || u === "PROPN" || u === "PRON" || u === "NOUN") {
      let h = next;
      while (h + 1 < syntax.size && syntax.tokens[h + 1]!.sentence === syntax.tokens[verb]!.sentence && /^(?:DET|ADJ|PROPN|NOUN)$/u.test(syntax.upos[h + 1]!) && syntax.upos[h] !== "PRON") h++;
      return { start: syntax.tokens[next]!.start, end: syntax.tokens[h]!.end };
    }
  }
  return null;
}

/** Character span of token i's subtree (its sentence only). */
function subtree(syntax: SyntaxLayer, i: number): { start: number; end: number } {
  const s = syntax.tokens[i]!.sentence;
  let a = i;
  let b = i;
  const under = (k: number): boolean => {
    for (let h = k, guard = 0; h >= 0 && guard < 100; guard++, h = syntax.head[h]!) if (h === i) return true;
    return false;
  };
  for (let k = i - 1; k >= 0 && syntax.tokens[k]!.sentence === s; k--) if (under(k)) a = k;
  for (let k = i + 1; k < syntax.size && syntax.tokens[k]!.sentence === s; k++) if (under(k)) b = k;
  return { start: syntax.tokens[a]!.start, end: syntax.tokens[b]!.end };
}

function firstTokenAtOrAfter(syntax: SyntaxLayer, offset: number): number {
  return lowerBound(syntax.tokens, (t) => t.start < offset);
}
