import type { SyntaxLayer } from "../syntax/layer.js";
import type { DateRecord, Diagnostic, Entity, EntityType, Paragraph, Quantity, Quote, Reference, Section, Sentence } from "../schema/index.js";

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
  source: string;
}

/** Every annotation layer a stage can need or produce. Stages add to this map only through it. */
export interface Layers {
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: EntityMention[];
  entities: Entity[];
  references: Reference[];
  quantities: Quantity[];
  dates: DateRecord[];
  quotes: Quote[];
  syntax: SyntaxLayer;
}
export type LayerName = keyof Layers;
export const LAYER_NAMES = [
  "sections",
  "paragraphs",
  "sentences",
  "tokens",
  "mentions",
  "entities",
  "references",
  "quantities",
  "dates",
  "quotes",
  "syntax",
] as const satisfies readonly LayerName[];

export type { Diagnostic };

export interface ArticleMeta {
  title: string | null;
  /** ISO calendar date (YYYY-MM-DD) or null */
  published: string | null;
}
