/**
 * Personal pronouns that refer to entities, with what they agree with. Demonstratives ("this"),
 * relatives ("which") and the generic "you" and "one" are not resolved.
 */
export type PronounClass =
  /** I, me, my: the speaker of the quotation or statement */
  | "speaker"
  /** we, us, our: the speaker when it is an organisation or a country */
  | "speakers"
  /** he, him, his */
  | "masculine"
  /** she, her, hers */
  | "feminine"
  /** it, its: an organisation, a country or a place */
  | "neuter"
  /** they, them, their: an organisation or a people */
  | "plural";

export interface PronounInfo {
  cls: PronounClass;
  /** him, her, them: an object, which is not its own clause's subject ("Smith praised him") */
  object: boolean;
  reflexive: boolean;
  /** his, her, its, their, my, our: a determiner, which its own clause's subject can own ("the Kingdom defends its partners") */
  possessive: boolean;
}

const entries: [PronounClass, string[], string[], string[]][] = [
  // class, subject/possessive forms, object forms, reflexive forms
  ["speaker", ["i", "my", "mine"], ["me"], ["myself"]],
  ["speakers", ["we", "our", "ours"], ["us"], ["ourselves"]],
  ["masculine", ["he", "his"], ["him"], ["himself"]],
  ["feminine", ["she", "hers"], [], ["herself"]],
  ["neuter", ["it", "its"], [], ["itself"]],
  ["plural", ["they", "their", "theirs"], ["them"], ["themselves"]],
];

const POSSESSIVE = new Set(["my", "our", "his", "her", "its", "their"]);

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = (() => {
  const m = new Map<string, PronounInfo>();
  for (const [cls, subj, obj, refl] of entries) {
    for (const w of subj) m.set(w, { cls, object: false, reflexive: false, possessive: POSSESSIVE.has(w) });
    for (const w of obj) m.set(w, { cls, object: true, reflexive: false, possessive: false });
    for (const w of refl) m.set(w, { cls, object: false, reflexive: true, possessive: false });
  }
  // possessive or object: never its own clause's subject either way, and not worth the binding test
  m.set("her", { cls: "feminine", object: false, reflexive: false, possessive: true });
  return m;
})();

/**
 * Verbs and copulas after which a subject "it" is usually expletive or refers to a clause, not an
 * entity: "it is important", "it seems", "it was reported", "it takes time".
 */
export const EXPLETIVE_IT_NEXT: ReadonlySet<string> = new Set([
  "is", "was", "'s", "’s", "isn't", "wasn't", "seems", "seemed", "appears", "appeared", "remains", "remained", "would", "will",
  "may", "might", "could", "can", "should", "must", "has", "had", "takes", "took", "means", "meant", "became", "becomes",
  "looks", "looked", "happened", "happens", "emerged", "follows", "followed", "matters", "depends", "turned", "began",
]);
