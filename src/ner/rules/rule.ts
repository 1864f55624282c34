import type { EntityType } from "../../schema/index.js";
import type { Gazetteer } from "../gazetteer.js";
import type { AliasTable } from "./aliases.js";
import { lockSpan, type TokenSpan } from "./span.js";

/**
 * The entity rule contract (spaCy's SpanRuler, textlint's rules): every rule is a `NerRule`, one
 * signature, run in the order of src/ner/rules/index.ts over a `SpanSet` that the rule edits. Config turns
 * rules and packs on and off by name (the entities stage's options `packs`, `enable`, `disable`).
 *
 * Provenance is the runner's, not the rules': after each rule, `SpanSet.commit` compares the spans with
 * what they were before it ran, and every span the rule made gets `source` "entities:<rule>"; a span it
 * changed (bounds, type, `locked`, `sense`) gets that source too, with `origin` keeping who found it; in
 * explain mode each edit is appended to the span's `trail`, and what a rule dropped is kept in `dropped`.
 * No rule decides anything by reading `source`: it reads `locked` and `sense`.
 */
export interface NerRule {
  /** the rule's name, as config and `source` ("entities:<name>") spell it: its file's name */
  readonly name: string;
  /** "default", or an opt-in pack such as "wire-1996" (rules written for one corpus's layout) */
  readonly pack: string;
  /** one line: what the rule decides */
  readonly description: string;
  /** the rule reads and keeps up to date `spans.ownerIndex()`; spans it drops stay in the list, emptied, until a rule that does not follows */
  readonly keepsOwner?: boolean;
  run(ctx: NerContext): void;
}

/** What every rule reads: the document's words (flattened over sentences) and shared resources. Read-only but for `spans`. */
export interface NerContext {
  readonly gaz: Gazetteer;
  readonly aliasTable: AliasTable;
  /** the document's sentences of words as written */
  readonly doc: readonly (readonly string[])[];
  /** the sentences' words, truecased as the model read them */
  readonly forms: string[][];
  readonly words: string[];
  readonly lower: string[];
  readonly cap: boolean[];
  /** sentence index of each token */
  readonly sentOf: number[];
  /** first token of each sentence */
  readonly sentStart: number[];
  /** each sentence is written in capitals */
  readonly capsLine: readonly boolean[];
  /** each sentence is a headline (from the segment stage), when known */
  readonly headlines: readonly boolean[] | undefined;
  /** the model's spans (coarse type indices), read by the `model-spans` rule */
  readonly model: ReadonlyArray<{ start: number; end: number; type: number }>;
  readonly spans: SpanSet;
}

/** A span a rule dropped, for explain mode. */
export interface DroppedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: string;
  readonly by: string;
  readonly trail: readonly string[];
}

interface Before {
  start: number;
  end: number;
  type: EntityType;
  locked: boolean;
  sense: string | undefined;
}

/**
 * The spans of one document as the rules build them: a list in the rules' order, an owner index (token ->
 * index of the span covering it) that the rules which declare `keepsOwner` share, and the edit record.
 * Edits go through `add`, `retype`, `trim`, `drop` and `lock`, or through `replace` for a rule that builds
 * a new list; either way the runner's `commit` records them.
 */
export class SpanSet {
  private items: TokenSpan[] = [];
  private owner: Int32Array | null = null;
  private before = new Map<TokenSpan, Before>();
  readonly dropped: DroppedSpan[] = [];

  constructor(
    private readonly tokens: number,
    private readonly explain: boolean,
  ) {}

  /** The spans, in the rules' order (a span a `keepsOwner` rule dropped is empty: end <= start, until compacted). */
  get list(): TokenSpan[] {
    return this.items;
  }

  /** Puts a new list in place of the old one (a rule that filters, splits or merges). */
  replace(list: TokenSpan[]): void {
    if (list === this.items) return;
    this.items = list;
    this.owner = null;
  }

  /** A new span of the rule's; locked unless said otherwise (a rule's decision, not a guess). */
  add(start: number, end: number, type: EntityType, locked = true): TokenSpan {
    const sp: TokenSpan = { start, end, type, ...(locked ? { locked: true } : {}) };
    if (this.owner) this.owner.fill(this.items.length, start, end);
    this.items.push(sp);
    return sp;
  }

  /** A rule's decision about a span's type: the type changes and the span is locked (the model's votes leave it alone). */
  retype(sp: TokenSpan, type: EntityType): void {
    sp.type = type;
    this.lock(sp);
  }

  /** New bounds for a span (the owner index follows when it is kept). */
  trim(sp: TokenSpan, start: number, end: number): void {
    if (this.owner) {
      const i = this.owner[sp.start] ?? -1;
      for (let k = sp.start; k < sp.end; k++) if (this.owner[k] === i) this.owner[k] = -1;
      if (i >= 0) this.owner.fill(i, start, end);
    }
    sp.start = start;
    sp.end = end;
  }

  /** Removes a span: emptied at once (so that the owner index stays valid), taken out of the list when compacted. */
  drop(sp: TokenSpan): void {
    sp.start = sp.end = -1;
  }

  /** A rule decided this span as it stands: later votes and model-only repairs leave it alone; the span has no sense but what the rule gives it. */
  lock(sp: TokenSpan, sense?: "team" | "town"): void {
    lockSpan(sp, sense);
  }

  /** Token -> index in `list` of the span covering it (-1: none). Built on first use after a change of list: the list is then sorted by start. */
  ownerIndex(): Int32Array {
    if (!this.owner) {
      this.items.sort((a, b) => a.start - b.start);
      const owner = new Int32Array(this.tokens).fill(-1);
      this.items.forEach((x, i) => owner.fill(i, x.start, x.end));
      this.owner = owner;
    }
    return this.owner;
  }

  /** Takes emptied spans out of the list and sorts it by start; the owner index is then rebuilt on demand. */
  compact(): void {
    if (!this.owner) return;
    this.items = this.items.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    this.owner = null;
  }

  /** Before a rule runs: what each span is now. */
  mark(): void {
    this.before.clear();
    for (const sp of this.items) if (sp.end > sp.start) this.before.set(sp, { start: sp.start, end: sp.end, type: sp.type, locked: sp.locked === true, sense: sp.sense });
  }

  /** After a rule ran: the spans it made, changed and dropped get its name (see the contract above). */
  commit(rule: NerRule): void {
    const source = `entities:${rule.name}`;
    // explain mode only: the spans still there, so that the ones a rule dropped can be listed
    const seen = this.explain ? new Set<TokenSpan>() : null;
    for (const sp of this.items) {
      const was = this.before.get(sp);
      if (sp.end <= sp.start) continue;
      seen?.add(sp);
      if (!was) {
        sp.source = source;
        if (this.explain) sp.trail = [...(sp.trail ?? []), `${source} made ${sp.type}`];
        continue;
      }
      const bounds = was.start !== sp.start || was.end !== sp.end;
      const type = was.type !== sp.type;
      const locked = was.locked !== (sp.locked === true);
      const sense = was.sense !== sp.sense;
      if (!bounds && !type && !locked && !sense) continue;
      // each rule runs once, so a span it changed was made by an earlier one: that one is its origin
      sp.origin ??= sp.source;
      sp.source = source;
      if (this.explain) {
        const edits = [
          ...(bounds ? [`bounds [${was.start},${was.end}) -> [${sp.start},${sp.end})`] : []),
          ...(type ? [`type ${was.type} -> ${sp.type}`] : []),
          ...(locked ? ["locked"] : []),
          ...(sense ? [`sense ${sp.sense ?? "none"}`] : []),
        ];
        sp.trail = [...(sp.trail ?? []), `${source} ${edits.join(", ")}`];
      }
    }
    if (seen)
      for (const [sp, was] of this.before)
        if (!seen.has(sp)) this.dropped.push({ start: was.start, end: was.end, type: was.type, source: sp.source ?? "", by: source, trail: sp.trail ?? [] });
  }
}

/** Runs the rules in order over the model's spans; returns the spans (token indices into `ctx.words`). */
export function runRules(rules: readonly NerRule[], ctx: NerContext): TokenSpan[] {
  const spans = ctx.spans;
  for (const rule of rules) {
    // a rule that does not keep the owner index sees no emptied spans
    if (!rule.keepsOwner) spans.compact();
    spans.mark();
    rule.run(ctx);
    spans.commit(rule);
  }
  spans.compact();
  return spans.list;
}
