import type { Diagnostic, EntityType } from "../schema/index.js";

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

export type { Layers, LayerName } from "./layers.js";
export { LAYER_NAMES } from "./layers.js";

export type { Diagnostic };

export interface ArticleMeta {
  title: string | null;
  /** ISO calendar date (YYYY-MM-DD) or null */
  published: string | null;
}
