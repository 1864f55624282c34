import { PAREN_OPEN, PAREN_CLOSE } from "../words.js";
import { type TokenSpan, isAcronym, isCap } from "./span.js";

/** Could the acronym stand for the name? Its letters must be initials of the name's capitalised words, in some order. */
function abbreviates(acronym: string, name: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = name.filter((w) => isCap(w)).map((w) => w.charAt(0));
  if (name.length < 2 || letters.length < 2 || letters.length > initials.length + 1) return false;
  const pool = [...initials];
  let missing = 0;
  for (const ch of letters) {
    const k = pool.indexOf(ch);
    if (k >= 0) pool.splice(k, 1);
    else missing++;
  }
  return missing <= (letters.length >= 4 ? 1 : 0);
}

/**
 * An acronym in parentheses right after a name takes the name's type: "Central Bureau of ... (BCIJ)".
 * `owner` maps each token to the index in `out` of the span covering it (-1: none) and is kept up to date.
 */
export function acronyms(out: TokenSpan[], owner: Int32Array, words: readonly string[]): void {
  for (const sp of out.slice()) {
    if (sp.end < 0 || !PAREN_OPEN.has(words[sp.end] ?? "")) continue;
    let close = -1;
    for (let k = sp.end + 1; k < Math.min(words.length, sp.end + 7); k++) if (PAREN_CLOSE.has(words[k]!)) { close = k; break; }
    if (close < 0) continue;
    const acr = close - 1;
    if (acr <= sp.end || !isAcronym(words[acr]!) || !abbreviates(words[acr]!, words.slice(sp.start, sp.end))) continue;
    if (sp.type === "PERSON" || sp.type === "NORP") continue;
    const o = owner[acr]!;
    if (o >= 0) {
      const other = out[o]!;
      if (other.start === acr && other.end === acr + 1) {
        other.type = sp.type;
        continue;
      }
      if (other.start < acr || other.end > acr + 1) continue;
    }
    owner[acr] = out.length;
    out.push({ start: acr, end: acr + 1, type: sp.type, source: "rule:acronym" });
  }
}
