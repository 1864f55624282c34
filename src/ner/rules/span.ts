import type { EntityType } from "../../schema/index.js";

/** A mention over token indices [start, end) of the document's word list. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  source: string;
}


export const isCap = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};
export const isAcronym = (w: string): boolean => w.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
