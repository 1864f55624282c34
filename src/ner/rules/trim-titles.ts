import { GAZ, type Gazetteer } from "../gazetteer.js";
import { TRAILING_TITLES } from "../words.js";
import { TITLE_MODIFIERS } from "../../nlp/link/normalize.js";
import { isCap } from "./span.js";

/**
 * End of a span without its trailing singular person titles ("BCIJ Director" -> "BCIJ", "UN Secretary
 * General" -> "UN"), when what remains is still a name: a capitalised word that is not a title itself.
 * "Office of the President" keeps its title (it follows a connector).
 */
export function trimTitles(gaz: Gazetteer, words: readonly string[], lower: readonly string[], a: number, b: number): number {
  let e = b;
  while (e - a >= 2 && isCap(words[e - 1]!) && (TRAILING_TITLES.has(lower[e - 1]!) || (lower[e - 1] === "general" && TRAILING_TITLES.has(lower[e - 2]!)))) e--;
  if (e === b) return b;
  // what remains must end in a name word, not a connector or a modifier of the title ("Prime", "Foreign")
  const last = lower[e - 1]!;
  if (!isCap(words[e - 1]!) || /^(of|the|and|de|du|la|le|for)$/.test(last)) return b;
  if (TITLE_MODIFIERS.has(last) || last === "prime" || last === "vice" || last === "chief") return b;
  if (gaz.singleMask(last) & (1 << GAZ.title)) return b;
  return e;
}
