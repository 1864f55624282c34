import type { EntityType } from "../../schema/index.js";
import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { PAREN_OPEN, PAREN_CLOSE, FAC_KEYS, STREET_KEYS, PLACE_MODIFIERS, LAW_KEYS } from "../words.js";

/**
 * A name that ends in a country but is no place ("Air France", "Telecom Argentina", "Bank Indonesia"):
 * the words before the country are a common word or an organisation word, not a place modifier
 * ("North", "Greater", "Nazi") and the whole is no known place.
 */
export function companyOfCountry(gaz: Gazetteer, lower: readonly string[], a: number, b: number, wholeMask: number): boolean {
  if (b - a < 2 || wholeMask & ((1 << GAZ.region) | (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) return false;
  if (!(gaz.singleMask(lower[b - 1]!) & (1 << GAZ.country))) return false;
  const PLACEISH = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.lockey);
  for (let i = a; i < b - 1; i++) {
    const w = lower[i]!;
    if (PLACE_MODIFIERS.has(w) || gaz.singleMask(w) & PLACEISH) return false;
    if (!(gaz.singleMask(w) & (1 << GAZ.orgkey)) && gaz.caseOf(w) !== CASE_LOWER) return false;
  }
  return true;
}

/** Heads of names of studies and surveys, which OntoNotes types as works ("the Global Burden of Disease Study"). */
const WORK_HEADS = new Set(["study", "survey", "census"]);

/** OntoNotes type of a model span, or null to drop it. */
export function refine(gaz: Gazetteer, coarse: string, lower: readonly string[], a: number, b: number): EntityType | null {
  const last = lower[b - 1]!;
  const phrase = lower.slice(a, b).join(" ");
  const mask = b - a === 1 ? gaz.singleMask(phrase) : 0;
  if (b - a === 1 && mask & (1 << GAZ.time) && coarse !== "PER") return null;
  if (!/\p{L}/u.test(phrase) || (b - a === 1 && !/\p{L}.*\p{L}/u.test(phrase))) return null;
  const placeMask = b - a === 1 ? mask : gaz.phraseMask(phrase);
  const inParens = a > 0 && PAREN_OPEN.has(lower[a - 1]!) && PAREN_CLOSE.has(lower[b] ?? "");
  if ((coarse !== "PER" || inParens || b - a === 1) && placeMask & (1 << GAZ.country)) return "GPE";
  switch (coarse) {
    case "PER":
      return "PERSON";
    case "ORG": {
      if (b - a >= 2) {
        // a multi-word place in the gazetteer ("West Bank") or a street ("Wall Street") is no organisation,
        // unless an organisation word follows in the name itself
        if (placeMask & ((1 << GAZ.region) | (1 << GAZ.state) | (1 << GAZ.city)) && !(gaz.singleMask(last) & (1 << GAZ.orgkey) && !(placeMask & (1 << GAZ.region)))) return placeMask & (1 << GAZ.region) ? "LOC" : "GPE";
        if (STREET_KEYS.has(last) && lower.slice(a, b - 1).every((w) => !(gaz.singleMask(w) & (1 << GAZ.orgkey)))) return "FAC";
        // a named study or survey is a work, not its authors ("the National Iodine Nutrition Study", "… Nutrition study")
        if (WORK_HEADS.has(last) || WORK_HEADS.has(lower[b] ?? "")) return "WORK_OF_ART";
      }
      return "ORG";
    }
    case "NORP":
      return "NORP";
    case "EVENT":
      return "EVENT";
    case "ART":
      if (mask & (1 << GAZ.language)) return "LANGUAGE";
      if (LAW_KEYS.has(last)) return "LAW";
      return "PRODUCT";
    case "GEO": {
      const m = gaz.singleMask(phrase) | gaz.phraseMask(phrase);
      if (m & ((1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) return "GPE";
      if (companyOfCountry(gaz, lower, a, b, m)) return "ORG";
      if (m & (1 << GAZ.region)) return "LOC";
      if (gaz.singleMask(last) & (1 << GAZ.lockey) && b - a > 1) return "LOC";
      if (FAC_KEYS.has(last) && b - a > 1) return "FAC";
      return "GPE";
    }
    default:
      return null;
  }
}
