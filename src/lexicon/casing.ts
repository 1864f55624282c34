/**
 * Capitalisation predicates. Two tests, kept apart because they differ on a few characters:
 * `startsUpper` asks whether the first code point is an upper-case letter (\p{Lu}); `isCap` asks
 * whether the first UTF-16 unit has a different lower-case form (also true of title-case letters such
 * as "ǅ", false for an astral capital). The entity model's features use `isCap`.
 */

const UPPER_INITIAL = /^\p{Lu}/u;

/** The string starts with an upper-case letter ("Paris", "UN"); false for undefined. */
export function startsUpper(s: string | undefined): boolean {
  return s !== undefined && UPPER_INITIAL.test(s);
}

/** The first character changes when lower-cased. */
export function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
}

/** A word token that starts with an upper-case letter: "State", "UN" (not a number or a mark). */
export function isCapitalisedWord(t: { kind: string; text: string } | undefined): boolean {
  return t !== undefined && t.kind === "word" && startsUpper(t.text);
}
