import type { EntityType } from "../../schema/index.js";
import { CASE_UNKNOWN, GAZ, type Gazetteer } from "../gazetteer.js";

/**
 * Evidence in the name itself that a span the model typed as an organisation names a person: a given
 * name followed by one or two words never seen in the training text ("Abdellatif Hammouchi"), with no
 * organisation word, place or acronym among them.
 * Returns the rule name, or null.
 */
export function personByName(gaz: Gazetteer, type: EntityType, words: readonly string[], lower: readonly string[], a: number, b: number): string | null {
  if (type === "PERSON" || type === "NORP" || type === "EVENT") return null;
  const FIRST = 1 << GAZ.first;
  const PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.language);
  const ORGISH = (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.lockey) | (1 << GAZ.eventkey) | (1 << GAZ.title) | (1 << GAZ.time);
  const m0 = gaz.singleMask(lower[a]!);
  // "La Dernière Heure", "Al Jazeera", "El Pais": articles and particles are no given names here
  if (!(m0 & FIRST) || m0 & (PLACE | ORGISH) || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[a]!) || /^(the|los|las|les|der|die|das|del|des|dos|san|santa|saint|sao)$/.test(lower[a]!)) return null;
  if (b - a < 2 || b - a > 3 || type !== "ORG") return null;
  if (gaz.phraseMask(lower.slice(a, b).join(" "))) return null;
  for (let i = a + 1; i < b; i++) {
    // a joined Arabic article is part of a surname: "el-Sisi", "al-Abadi"
    if (!/^(?:(?:al|el|ad|as|at|ar|az|ash|ul)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(words[i]!)) return null;
    if (gaz.singleMask(lower[i]!) & (PLACE | ORGISH)) return null;
  }
  if (gaz.caseOf(lower[b - 1]!) !== CASE_UNKNOWN) return null;
  return "rule:person-name";
}
