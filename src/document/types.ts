import type { Diagnostic, EntityType, Quote } from "../schema/index.js";

/** Coarse class of a token, decided by the tokenizer from its characters alone. */
export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  start: number;
  end: number;
  /** the token's characters, `text.slice(start, end)` */
  text: string;
  kind: TokenKind;
  /** index of the sentence that holds it */
  sentence: number;
}

/** A typed name mention before linking, as the entity recogniser finds it. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** "entities:<rule>" (or "link:<how>"): the rule that made the mention as it stands */
  source: string;
  /** "entities:<rule>" that first found the span, when another rule changed it since */
  origin?: string;
  /** what the name stands for, when a rule decided it: a sports team, or the town a team is named after */
  sense?: "team" | "town";
  /** explain mode: every rule that touched the mention */
  trail?: string[];
}

/** A speaker phrase (character offsets): its base noun phrase, and the whole subject when larger. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  max?: { start: number; end: number };
}

/**
 * A quotation as the quotes stage leaves it (the quoteCues working layer): its speaker is an entity when a
 * name says who speaks, else `subject` is the pronoun or description to resolve after coref; a continuing
 * quotation records the one whose speaker it takes. The speakers stage turns these into the quotes layer.
 */
export interface QuoteCue extends Quote {
  subject: SpeakerPhrase | null;
  /** id of the quotation this one continues */
  continues: string | null;
  /** short or title-cased: a quotation only with a speaker (else a scare quote), decided once speakers are resolved */
  weak: boolean;
}

export type { Layers, LayerName } from "./layers.js";
export { LAYER_NAMES } from "./layers.js";

export type { Diagnostic };

export interface ArticleMeta {
  title: string | null;
  /** ISO calendar date (YYYY-MM-DD) or null */
  published: string | null;
}
