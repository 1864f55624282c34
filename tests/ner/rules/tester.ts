import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/schema/index.js";
import { Gazetteer, type GazetteerData } from "../../../src/ner/gazetteer.js";
import { isCapsSentence } from "../../../src/ner/features.js";
import { NER_TYPES } from "../../../src/ner/labels.js";
import { aliasTable } from "../../../src/ner/rules/aliases.js";
import { runRules, SpanSet, type NerContext, type NerRule } from "../../../src/ner/rules/rule.js";
import { isCap, type TokenSpan } from "../../../src/ner/rules/span.js";

/**
 * A tester for one entity rule in the style of textlint-tester: `valid` cases are sentences the rule leaves
 * alone (the spans come out as they went in), `invalid` cases are sentences where it acts, with the spans it
 * must leave. Each case builds a `NerContext` by hand, seeds the spans as the model would give them (unlocked,
 * source "entities:model-spans") and runs only that rule through the runner (`runRules([rule], ctx)`).
 */

/** The words of a sentence written with spaces between them. */
export const words = (s: string): string[] => s.split(" ");

/** A gazetteer of just these lists (and words usually written in lower case). */
export const testGaz = (lists: Record<string, string[]>, lower: string[] = []): Gazetteer =>
  new Gazetteer({ lists, casing: { lower, title: [], upper: [], mixed: [] } } as unknown as GazetteerData);

/** Who decided a span, as the direct calls of the rule functions see it: a rule (locked, with its sense) or the model. */
export const by = (s: TokenSpan): string => (s.locked ? (s.sense ? `rule(${s.sense})` : "rule") : "model");

/** First word of each sentence, given as word lists. */
export function startsOf(sentences: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const x of sentences) {
    out.push(at);
    at += x.length;
  }
  return out;
}

/** Sentence of each word and first word of each sentence, a sentence ending at each ".". */
export function sentencesOf(w: readonly string[]): { sentOf: number[]; sentStart: number[] } {
  const sentOf: number[] = [];
  const sentStart: number[] = [];
  let s = 0;
  w.forEach((x, i) => {
    if (i === 0 || w[i - 1] === ".") sentStart.push(i);
    sentOf.push(s);
    if (x === ".") s++;
  });
  return { sentOf, sentStart };
}

/** Model spans for a direct call of a rule function: [start, end, type], unlocked, source "entities:model-spans". */
export const modelSpans = (spans: ReadonlyArray<readonly [number, number, EntityType]>): TokenSpan[] =>
  spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));

/**
 * A span by its words: [text, type] is the first occurrence of the words of `text` (a sequence of whole
 * words), [text, type, n] the n-th (0-based); [start, end, type] gives the token indices.
 */
export type SpanSpec = readonly [text: string, type: EntityType, n?: number] | readonly [start: number, end: number, type: EntityType];

/** What a rule must leave: [text, type], or the span's text and type with the provenance that matters. */
export type Expected =
  | readonly [text: string, type: EntityType]
  | { readonly text: string; readonly type: EntityType; readonly source?: string; readonly locked?: boolean; readonly sense?: "team" | "town" };

export interface RuleCase {
  /** the title of the case (default: the text) */
  readonly name?: string;
  /** the document: one sentence, or one per line; words are separated by spaces */
  readonly text: string | readonly string[];
  /** the spans as the model gives them (unlocked, source "entities:model-spans"); `locked` spans as an earlier rule left them */
  readonly spans?: readonly SpanSpec[];
  readonly locked?: readonly SpanSpec[];
  /** the gazetteer (default: the tester's, else an empty one) */
  readonly gaz?: Gazetteer;
  /** the segment stage's headline flags, one per sentence */
  readonly headlines?: readonly boolean[];
  /** the words truecased as the model read them, one list per sentence (default: as written) */
  readonly forms?: readonly string[];
  /** the model's own spans, read by the `model-spans` rule: [start, end, coarse type (PER, ORG, GEO, ...)] */
  readonly model?: ReadonlyArray<readonly [number, number, string]>;
}

export interface InvalidCase extends RuleCase {
  /** the spans after the rule, in document order */
  readonly output: readonly Expected[];
}

export interface RuleTests {
  readonly gaz?: Gazetteer;
  readonly valid: readonly (RuleCase | string)[];
  readonly invalid: readonly InvalidCase[];
}

const sentencesOfCase = (c: RuleCase): string[][] => (typeof c.text === "string" ? [c.text] : c.text).map(words);

/** The token range of a span spec over the document's words. */
export function locate(w: readonly string[], spec: SpanSpec): [number, number, EntityType] {
  if (typeof spec[0] === "number") return [spec[0], spec[1] as number, spec[2] as EntityType];
  const [text, type, n = 0] = spec as readonly [string, EntityType, number?];
  const want = words(text);
  let seen = 0;
  for (let i = 0; i + want.length <= w.length; i++)
    if (want.every((x, k) => w[i + k] === x) && seen++ === n) return [i, i + want.length, type];
  throw new Error(`occurrence ${n} of '${text}' not in the case's words`);
}

/** The context a case describes, built as the tagger builds it (src/ner/tagger.ts), with the seeded spans. */
export function caseContext(c: RuleCase, defaultGaz?: Gazetteer): NerContext {
  const doc = sentencesOfCase(c);
  const forms = c.forms ? c.forms.map(words) : doc.map((s) => [...s]);
  const w = forms.flat();
  const sentOf: number[] = [];
  const sentStart: number[] = [];
  forms.forEach((s, i) => {
    sentStart.push(sentOf.length);
    s.forEach(() => sentOf.push(i));
  });
  const gaz = c.gaz ?? defaultGaz ?? testGaz({});
  const seeds: TokenSpan[] = [
    ...(c.spans ?? []).map((sp) => {
      const [start, end, type] = locate(w, sp);
      return { start, end, type, source: "entities:model-spans" };
    }),
    ...(c.locked ?? []).map((sp) => {
      const [start, end, type] = locate(w, sp);
      return { start, end, type, source: "entities:earlier", locked: true };
    }),
  ];
  const spans = new SpanSet(w.length, false);
  spans.replace(seeds);
  return {
    gaz,
    aliasTable: aliasTable(gaz),
    doc,
    forms,
    words: w,
    lower: w.map((x) => x.toLowerCase()),
    cap: w.map((x) => isCap(x)),
    sentOf,
    sentStart,
    capsLine: doc.map((s) => isCapsSentence(s)),
    headlines: c.headlines,
    model: (c.model ?? []).map(([start, end, t]) => ({ start, end, type: NER_TYPES.indexOf(t as never) })),
    spans,
  };
}

/** A span as a case compares it: bounds, type and provenance (no trail). */
const view = (s: TokenSpan) => ({ start: s.start, end: s.end, type: s.type, source: s.source, locked: s.locked === true, sense: s.sense });
const byPosition = (a: TokenSpan, b: TokenSpan) => a.start - b.start || a.end - b.end;

/** Runs the rule alone over a case; returns the spans before (copies) and after, in document order. */
export function runCase(rule: NerRule, c: RuleCase, defaultGaz?: Gazetteer): { words: string[]; before: TokenSpan[]; after: TokenSpan[] } {
  const ctx = caseContext(c, defaultGaz);
  const before = ctx.spans.list.map((s) => ({ ...s })).sort(byPosition);
  const after = [...runRules([rule], ctx)].sort(byPosition);
  return { words: ctx.words, before, after };
}

/** `describe(rule.name)` with one `it` per case: valid cases change no span, invalid cases leave the expected spans. */
export function testRule(rule: NerRule, tests: RuleTests): void {
  describe(rule.name, () => {
    if (tests.valid.length === 0 || tests.invalid.length === 0) throw new Error(`${rule.name}: a rule's tests need valid and invalid cases`);
    for (const v of tests.valid) {
      const c: RuleCase = typeof v === "string" ? { text: v } : v;
      it(`valid: ${c.name ?? String(c.text)}`, () => {
        const { before, after } = runCase(rule, c, tests.gaz);
        expect(after.map(view)).toEqual(before.map(view));
      });
    }
    for (const c of tests.invalid) {
      it(`invalid: ${c.name ?? String(c.text)}`, () => {
        const { words: w, before, after } = runCase(rule, c, tests.gaz);
        const text = (s: TokenSpan) => w.slice(s.start, s.end).join(" ");
        const got = after.map((s, k) => {
          const want = c.output[k];
          const full = view(s);
          if (!want || Array.isArray(want)) return [text(s), s.type];
          const o = want as Exclude<Expected, readonly unknown[]>;
          return { text: text(s), type: s.type, ...("source" in o ? { source: full.source } : {}), ...("locked" in o ? { locked: full.locked } : {}), ...("sense" in o ? { sense: full.sense } : {}) };
        });
        expect(got).toEqual(c.output);
        // an invalid case is one the rule acts on
        expect(after.map(view)).not.toEqual(before.map(view));
      });
    }
  });
}
