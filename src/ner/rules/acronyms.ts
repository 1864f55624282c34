import { GAZ, type Gazetteer } from "../gazetteer.js";
import { ORG_HEADS } from "../../nlp/link/acronyms.js";
import { PAREN_OPEN, PAREN_CLOSE } from "../words.js";
import { type TokenSpan, isAcronym, isCap, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Could the acronym stand for the name? Its letters must be initials of the name's capitalised words, in some
 * order; each part of a hyphenated word with a capital counts ("al-Qaeda in Iraq" gives A, Q, I).
 */
function abbreviates(acronym: string, name: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = name.flatMap((w) =>
    w.includes("-") && /\p{Lu}/u.test(w) ? w.split("-").filter((p) => p !== "").map((p) => p.charAt(0).toUpperCase()) : isCap(w) ? [w.charAt(0)] : [],
  );
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

/** Words that join the parts of a long form the model tagged apart: "al-Qaeda in Iraq", "Organization for … in Europe". */
const LONG_FORM_LINKS = new Set(["in", "of", "for", "the", "and", "on"]);

/**
 * An acronym in parentheses right after a name takes the name's type: "Central Bureau of ... (BCIJ)".
 * When the acronym spells a longer name the model tagged in parts ("al-Qaeda" + "in" + "Iraq" before
 * "(AQI)"), the parts become that one organisation. `owner` maps each token to the index in `out` of the
 * span covering it (-1: none) and is kept up to date; a span merged away gets start = end = -1.
 */
export function acronyms(out: TokenSpan[], owner: Int32Array, words: readonly string[]): void {
  const joined: string[][] = [];
  for (let sp of out.slice()) {
    if (sp.end < 0 || !PAREN_OPEN.has(words[sp.end] ?? "")) continue;
    let close = -1;
    for (let k = sp.end + 1; k < Math.min(words.length, sp.end + 7); k++) if (PAREN_CLOSE.has(words[k]!)) { close = k; break; }
    if (close < 0) continue;
    const acr = close - 1;
    if (acr <= sp.end || !isAcronym(words[acr]!)) continue;
    if (!abbreviates(words[acr]!, words.slice(sp.start, sp.end))) {
      // a name the model cut in two before "in"/"of"/"for" …: the organisation before the link and this name
      let k = sp.start - 1;
      while (k >= 0 && sp.start - k <= 2 && owner[k]! < 0 && LONG_FORM_LINKS.has(words[k]!.toLowerCase())) k--;
      const first = k >= 0 && k < sp.start - 1 ? owner[k]! : -1;
      const head = first >= 0 ? out[first]! : null;
      if (!head || head.type !== "ORG" || head.end !== k + 1 || !abbreviates(words[acr]!, words.slice(head.start, sp.end))) continue;
      head.end = sp.end;
      lockSpan(head);
      owner.fill(first, head.start, head.end);
      sp.start = sp.end = -1;
      sp = head;
      joined.push(words.slice(head.start, head.end).map((w) => w.toLowerCase()));
    }
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
    out.push(ruleSpan(acr, acr + 1, sp.type));
  }
  // the same long form elsewhere in the article, tagged in parts again, is the one organisation too
  for (const form of joined) {
    for (let i = 0; i + form.length <= words.length; i++) {
      if (owner[i]! < 0 || words[i]!.toLowerCase() !== form[0]) continue;
      let same = true;
      for (let k = 1; k < form.length && same; k++) same = words[i + k]!.toLowerCase() === form[k];
      const end = i + form.length;
      const head = out[owner[i]!]!;
      if (!same || head.start !== i || head.end >= end || head.type !== "ORG") continue;
      // every span inside, none crossing the end
      if (end < words.length && owner[end]! >= 0 && owner[end] === owner[end - 1]) continue;
      for (let k = head.end; k < end; k++) {
        const o = owner[k]!;
        if (o >= 0 && o !== owner[i]) out[o]!.start = out[o]!.end = -1;
      }
      head.end = end;
      lockSpan(head);
      owner.fill(owner[i]!, i, end);
      i = end - 1;
    }
  }
}

/** Small words inside a definition that have no letter in the acronym: "weapons of mass destruction (WMD)". */
const CONNECTORS = new Set(["of", "and", "for", "the", "in", "on", "to", "a", "an", "&"]);


/**
 * An acronym defined by a common noun phrase ("iodine deficiency disorders (IDD)", "improvised explosive
 * devices (IEDs)", "weapons of mass destruction (WMD)") is a term, not a name: it and its other mentions
 * are dropped, unless the phrase is headed by an organisation word ("the general directorate of national
 * security (DGSN)": written in lower case, still an organisation). Without the brackets too: an acronym
 * of three to five letters written after a lower-case phrase whose initials spell it.
 */
export function commonAcronyms(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[]): TokenSpan[] {
  // a lower-case phrase headed by an institution noun still names an organisation (the link stage's list, or an organisation word)
  const orgHeaded = (w: string): boolean => {
    const head = w.replace(/s$/u, "");
    return ORG_HEADS.has(w) || ORG_HEADS.has(head) || ((gaz.singleMask(w) | gaz.singleMask(head)) & (1 << GAZ.orgkey)) !== 0;
  };
  const terms = new Set<string>();
  for (let i = 1; i + 2 < words.length; i++) {
    if (!PAREN_OPEN.has(words[i]!) || !PAREN_CLOSE.has(words[i + 2]!) || !/^\p{Lu}{2,}s?$/u.test(words[i + 1]!)) continue;
    const acr = words[i + 1]!;
    const letters = acr.replace(/s$/u, "").replace(/[^\p{Lu}]/gu, "");
    // the lower-case words before the parenthesis whose initials spell the acronym (connectors skipped)
    let k = i - 1;
    let n = letters.length;
    while (k >= 0 && n > 0 && /^\p{Ll}/u.test(words[k]!)) {
      if (!CONNECTORS.has(lower[k]!)) {
        if (lower[k]!.charAt(0) !== letters.charAt(n - 1).toLowerCase()) break;
        n--;
      }
      k--;
    }
    if (n !== 0 || k + 1 >= i) continue;
    if (orgHeaded(lower[i - 1]!)) continue;
    terms.add(acr.replace(/s$/u, ""));
  }
  // the same without brackets: an acronym written after a lower-case phrase of three to five content words
  // whose initials spell it ("… iodine deficiency disorders. … the effects of IDD …")
  const candidates = new Set<string>();
  for (const sp of out) if (sp.end - sp.start === 1 && /^\p{Lu}{3,5}s?$/u.test(words[sp.start]!)) candidates.add(words[sp.start]!.replace(/s$/u, ""));
  if (candidates.size > 0) {
    const firstAt = new Map<string, number>();
    const isLower = words.map((w) => /^\p{Ll}/u.test(w));
    for (let i = 0; i < words.length; i++) {
      if (!isLower[i] || CONNECTORS.has(lower[i]!)) continue;
      // content words from i on, connectors skipped, up to five
      let initials = "";
      for (let k = i, n = 0; k < words.length && n < 5; k++) {
        if (CONNECTORS.has(lower[k]!) && n > 0) continue;
        if (!isLower[k]) break;
        initials += lower[k]!.charAt(0).toUpperCase();
        n++;
        if (n >= 3 && candidates.has(initials) && !firstAt.has(initials) && !orgHeaded(lower[k]!)) firstAt.set(initials, i);
      }
    }
    for (const sp of out) {
      const acr = words[sp.start]!.replace(/s$/u, "");
      const at = firstAt.get(acr);
      if (sp.end - sp.start === 1 && at !== undefined && at < sp.start) terms.add(acr);
    }
  }
  if (terms.size === 0) return out;
  return out.filter((sp) => !(sp.end - sp.start === 1 && terms.has(words[sp.start]!.replace(/s$/u, ""))));
}

export const acronymsRule: NerRule = {
  name: "acronyms",
  pack: "default",
  description: "an acronym in parentheses after a name takes the name's type, and joins a long form the model tagged in parts",
  keepsOwner: true,
  run(c) {
    const owner = c.spans.ownerIndex();
    acronyms(c.spans.list, owner, c.words);
  },
};

export const commonAcronymsRule: NerRule = {
  name: "common-acronyms",
  pack: "default",
  description: "an acronym defined by a common noun phrase ('improvised explosive devices (IEDs)') is a term: it and its mentions are dropped",
  run(c) {
    c.spans.replace(commonAcronyms(c.gaz, c.spans.list, c.words, c.lower));
  },
};
