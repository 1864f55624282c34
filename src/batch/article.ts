import type { ArticleMeta } from "../document/types.js";

/** Where an article came from, for messages that say where. */
export interface Origin {
  /** file path, or '-' for standard input */
  file: string;
  /** 1-based line number for JSONL inputs */
  line?: number;
}

export function formatOrigin(o: Origin): string {
  return o.line === undefined ? o.file : `${o.file}:${o.line}`;
}

/** One input article, or the reason it could not be read. A bad article never stops the batch. */
export type InputItem =
  | { ok: true; id: string; text: string; meta: Partial<ArticleMeta>; origin: Origin }
  | { ok: false; id: string; origin: Origin; code: string; error: string };

/** An article that failed for a known reason (code and message for its diagnostic); the batch goes on. */
export class ArticleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ArticleError";
  }
}
