import type { Token } from "../../document/types.js";
import type { Entity } from "../../schema/index.js";
import { lowerBound } from "../search.js";
import { PERSON_TITLES } from "./normalize.js";

/** Words that open a multi-word title before a name ("Foreign Minister", "Deputy Prime Minister"). */
const TITLE_MODIFIERS = new Set(["foreign", "deputy", "interior", "defence", "defense", "finance", "acting", "supreme", "grand", "crown"]);

const bare = (t: Token): string => t.text.toLowerCase().replace(/\.$/, "");

function isTitleWord(t: Token): boolean {
  if (t.kind !== "word" || !/^\p{Lu}/u.test(t.text)) return false;
  const w = bare(t);
  return PERSON_TITLES.has(w) || TITLE_MODIFIERS.has(w);
}

/**
 * The capitalised title words written directly before a person's name, in the same sentence
 * ("President", "Mr.", "Deputy Prime Minister"), or null. The title is kept out of the name's
 * span (OntoNotes/CoNLL) and reported beside it, so a role is not lost and corpora that include
 * titles in person spans can be scored by their own convention.
 */
export function titleBefore(tokens: readonly Token[], start: number): { start: number; end: number } | null {
  const k = lowerBound(tokens, (t) => t.start < start);
  if (tokens[k]?.start !== start) return null;
  let j = k;
  while (j > 0 && tokens[j - 1]!.sentence === tokens[k]!.sentence && isTitleWord(tokens[j - 1]!)) j--;
  // modifiers alone ("Foreign Khiame") are no title
  if (!tokens.slice(j, k).some((t) => PERSON_TITLES.has(bare(t)))) return null;
  return { start: tokens[j]!.start, end: tokens[k - 1]!.end };
}

/** Adds `title` to every mention of a PERSON entity that has one. */
export function addPersonTitles(text: string, tokens: readonly Token[], entities: Entity[]): Entity[] {
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    e.mentions = e.mentions.map((m) => {
      const t = titleBefore(tokens, m.start);
      return t ? { ...m, title: { ...t, text: text.slice(t.start, t.end) } } : m;
    });
  }
  return entities;
}
