import type { EntityType } from "../../schema/index.js";

/** A mention over token indices [start, end) of the document's word list, as the entity rules build it. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** "entities:<rule>": the rule that made the span as it stands (written by the rule runner, src/ner/rules/rule.ts) */
  source?: string;
  /** "entities:<rule>" that first found the span, when another rule changed it since */
  origin?: string;
  /** a rule decided this span; the model's own guesses are not locked, and the document-wide vote and the model-only repairs leave locked spans alone */
  locked?: boolean;
  /** what the name stands for, when a rule decided it: a sports team, or the town a team is named after (the link stage keeps them apart) */
  sense?: "team" | "town";
  /** explain mode: every rule that touched the span, in order */
  trail?: string[];
}

/** A span a rule made: locked (a rule's decision, not the model's guess). */
export const ruleSpan = (start: number, end: number, type: EntityType): TokenSpan => ({ start, end, type, locked: true });

/** The casing predicate lives in src/lexicon/casing.ts (one home for shared words and tests). */
export { isCap } from "../../lexicon/casing.js";
export const isAcronym = (w: string): boolean => w.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** A rule decided this span as it stands: locked, with no sense but the one given (see SpanSet.lock). */
export function lockSpan(sp: TokenSpan, sense?: "team" | "town"): void {
  sp.locked = true;
  if (sense) sp.sense = sense;
  else delete sp.sense;
}
