/**
 * Lower-case words that stand inside proper names: "Bank of England", "Ludwig van Beethoven",
 * "Omar al-Bashir", "Osama bin Laden".
 */

/** English function words inside names: "Ministry of Defence", "Minister for the Middle East". */
export const NAME_CONNECTORS: readonly string[] = ["of", "the", "and", "for", "on", "in", "at", "to", "&"];

/**
 * Surname and name particles of other languages: "van", "de", "al", "bin". The entity model's
 * features use this list (the model was trained with it).
 */
export const CORE_NAME_PARTICLES: readonly string[] = [
  "de", "del", "la", "le", "du", "da", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y", "das", "dos", "di", "e", "des",
];

/** The core particles and rarer ones ("della", "ter", "bint", "ben", "wa"), for linking mentions of one name. */
export const NAME_PARTICLES: readonly string[] = [...CORE_NAME_PARTICLES, "les", "do", "della", "ter", "bint", "ben", "wa"];
