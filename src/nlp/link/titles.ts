import type { Token } from "../../document/types.js";
import type { Entity } from "../../schema/index.js";
import { lowerBound } from "../search.js";
import { PERSON_TITLES, stemWord, TITLE_MODIFIERS } from "./normalize.js";
import { isCapitalisedWord, startsUpper } from "../../lexicon/casing.js";

/** Lower-case words inside a title: "Secretary of State", "Minister for the Middle East". */
const TITLE_CONNECTORS = new Set(["of", "for", "the"]);

const bare = (t: Token): string => t.text.toLowerCase().replace(/\.$/, "");

function isTitleWord(t: Token): boolean {
  if (t.kind !== "word" || !startsUpper(t.text)) return false;
  const w = bare(t);
  return PERSON_TITLES.has(w) || TITLE_MODIFIERS.has(w);
}

/**
 * The capitalised title written directly before a person's name, in the same sentence
 * ("President", "Mr.", "Deputy Prime Minister", "Secretary of State", "Minister for the Middle East"),
 * or null. The title is kept out of the name's span (OntoNotes/CoNLL) and reported beside it, so a
 * role is not lost and corpora that include titles in person spans can be scored by their own
 * convention. A title starts with a title word; "of"/"for" + capitalised words continue it only
 * when a title word opens the phrase ("Bank of England Governor X" has the title "Governor").
 */
export function titleBefore(tokens: readonly Token[], start: number): { start: number; end: number } | null {
  const k = lowerBound(tokens, (t) => t.start < start);
  if (tokens[k]?.start !== start) return null;
  const sentence = tokens[k]!.sentence;
  const inSentence = (j: number): boolean => j >= 0 && tokens[j]!.sentence === sentence;
  let j = k;
  while (inSentence(j - 1) && isTitleWord(tokens[j - 1]!)) j--;
  // "Secretary of State X", "Minister for the Middle East X": of/for (the) + capitalised words after a title
  for (;;) {
    let i = j;
    while (inSentence(i - 1) && isCapitalisedWord(tokens[i - 1]!) && !isTitleWord(tokens[i - 1]!)) i--;
    let c = i;
    while (inSentence(c - 1) && c > i - 2 && TITLE_CONNECTORS.has(tokens[c - 1]!.text)) c--;
    if (c === i || !tokens.slice(c, i).some((t) => t.text === "of" || t.text === "for")) break;
    let h = c;
    while (inSentence(h - 1) && isTitleWord(tokens[h - 1]!)) h--;
    if (h === c || !tokens.slice(h, c).some((t) => PERSON_TITLES.has(bare(t)))) break;
    j = h;
  }
  // modifiers alone ("Foreign Khiame") are no title
  if (j === k || !tokens.slice(j, k).some((t) => PERSON_TITLES.has(bare(t)))) return null;
  return { start: tokens[j]!.start, end: tokens[k - 1]!.end };
}

/**
 * How many characters of a title are modifiers before its head title word: "Energy Minister" -> 7
 * ("Minister"), "Deputy Secretary of State" -> 7, "President" -> 0. Corpora that put only the head
 * title inside person spans (GMB) are scored from there.
 */
export function titleHeadOffset(title: string): number {
  const re = /\S+/gu;
  for (let m = re.exec(title); m !== null; m = re.exec(title)) {
    const w = m[0].toLowerCase().replace(/\.$/u, "");
    if (PERSON_TITLES.has(w) && !TITLE_MODIFIERS.has(w)) return m.index;
  }
  return 0;
}

/**
 * The noun a description names a titled person by ("the Minister", "the secretary"), singular and
 * lower case: the title's last word ("Foreign Secretary" -> "secretary", "Prime Minister" ->
 * "minister"), or its head word when a phrase follows it ("Secretary of State" -> "secretary",
 * "Minister for the Middle East" -> "minister").
 */
export function titleNoun(title: string): string {
  const words = title.split(/\s+/u).filter((w) => w.length > 0);
  const phrase = words.some((w) => TITLE_CONNECTORS.has(w.toLowerCase()));
  const word = phrase ? title.slice(titleHeadOffset(title)).split(/\s+/u)[0]! : words[words.length - 1]!;
  return stemWord(word.replace(/\.$/u, ""));
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
