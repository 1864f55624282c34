import type { Token } from "../../document/types.js";
import { acronymLetters, initials, isAcronym } from "./normalize.js";
import { startsUpper } from "../../lexicon/casing.js";

/** A span of text, end-exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** "Long Form (ACR)": the text defines ACR as a short form of Long Form. */
export interface AcronymDefinition {
  acronym: Span & { text: string };
  long: Span & { text: string };
  /** the long form was built from the words before the bracket (no mention ended there) */
  constructed: boolean;
  /** the acronym's letters are the initials of the long form */
  lettersMatch: boolean;
  /** the bracket says so explicitly ("French acronym", "known as", "or") */
  explicit: boolean;
  /** "ACR (Long Form)" rather than "Long Form (ACR)" */
  reversed: boolean;
}

/** Words inside the bracket, before the acronym, that mark it as an abbreviation: "(French acronym BCIJ)". */
const EXPLICIT_MARKERS = new Set(["acronym", "abbreviation", "abbreviated", "initials", "known", "called", "or", "aka", "a.k.a.", "short"]);
/** Wire-service credits in datelines ("PARIS (AFP) -") are not definitions. */
const AGENCY_CREDITS = new Set(["AFP", "AP", "UPI", "ANI", "PTI", "IANS", "DPA", "EFE", "ANSA", "APA", "MAP", "KCNA", "TASS", "IRNA", "BNA", "SPA", "WAM", "AA"]);
/** Words that end a constructed long form when walking back from the bracket. */
const BOUNDARY_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
  "and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "by", "with", "into", "as", "than", "about", "against",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "said", "says", "which", "who", "whom", "whose", "while",
]);
/** Head nouns of institutions, for lower-case long forms the recogniser did not tag. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "agency", "authority", "administration", "army", "association", "assembly", "bank", "board", "bureau", "centre", "center",
  "chamber", "coalition", "command", "commission", "committee", "company", "corporation", "council", "court", "department",
  "directorate", "division", "federation", "force", "forces", "front", "fund", "government", "group", "guard", "institute",
  "league", "ministry", "movement", "network", "office", "organisation", "organization", "parliament", "party", "police",
  "programme", "program", "service", "services", "tribunal", "union", "unit", "university", "security", "intelligence",
]);
const MAX_CONSTRUCTED_WORDS = 8;
const MAX_BRACKET_TOKENS = 6;

export interface MentionLike extends Span {
  type: string;
}

/**
 * Finds acronym definitions in a document's tokens. `mentionEndingAt` gives the longest mention
 * ending exactly at a character offset (or undefined); `mentionAt` the mention covering a span exactly.
 * Linear in the number of tokens.
 */
export function findAcronymDefinitions(
  text: string,
  tokens: readonly Token[],
  mentionEndingAt: (end: number) => MentionLike | undefined,
  mentionStartingAt: (start: number) => MentionLike | undefined,
): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.text !== "(") continue;
    const open = tokens[i]!;
    let close = -1;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_BRACKET_TOKENS + 1; j++) {
      const t = tokens[j]!.text;
      if (t === ")") {
        close = j;
        break;
      }
      if (t === "(" || tokens[j]!.sentence !== open.sentence) break;
    }
    if (close < 0 || close === i + 1) continue;
    const before = tokens[i - 1]!;
    const last = tokens[close - 1]!;

    // Long Form (… ACR)
    if (isAcronym(last.text) && !AGENCY_CREDITS.has(last.text) && before.sentence === open.sentence) {
      const inner = tokens.slice(i + 1, close - 1);
      const innerOk = inner.every((t) => t.text === ":" || t.text === "," || (t.kind === "word" && !isAcronym(t.text)));
      if (!innerOk) continue;
      const explicit = inner.some((t) => EXPLICIT_MARKERS.has(t.text.toLowerCase()));
      const letters = acronymLetters(last.text);
      const acronym = { start: last.start, end: last.end, text: last.text };
      const m = mentionEndingAt(before.end);
      if (m) {
        const longText = text.slice(m.start, m.end);
        const lettersMatch = initials(longText).includes(letters);
        // "John Smith (R-TX)", "Paris (AFP)": a person's or a place's bracket is rarely its acronym
        if (!lettersMatch && !explicit && (m.type === "PERSON" || m.type === "GPE" || m.type === "NORP")) continue;
        out.push({ acronym, long: { start: m.start, end: m.end, text: longText }, constructed: false, lettersMatch, explicit, reversed: false });
        continue;
      }
      // no mention there: the words before the bracket, back to a determiner, conjunction or punctuation
      let k = i - 1;
      let n = 0;
      while (k >= 0 && n < MAX_CONSTRUCTED_WORDS) {
        const t = tokens[k]!;
        if (t.sentence !== open.sentence || t.kind !== "word" || isAcronym(t.text)) break;
        const lw = t.text.toLowerCase();
        if (lw === "of") {
          // "of" stays inside a capitalised name ("Bureau of Investigations"), never at its edge
          const prev = tokens[k - 1];
          const next = tokens[k + 1];
          if (!prev || !next || !startsUpper(prev.text) || !startsUpper(next.text) || prev.sentence !== open.sentence) break;
        } else if (BOUNDARY_WORDS.has(lw)) break;
        k--;
        n++;
      }
      const first = tokens[k + 1]!;
      if (n < 2 || first.text.toLowerCase() === "of") continue;
      const long = { start: first.start, end: before.end, text: text.slice(first.start, before.end) };
      const lettersMatch = initials(long.text).includes(letters);
      // a lower-case phrase is a name only with an institution's head noun: "the territory surveillance directorate (DGST)";
      // "iodine deficiency disorders (IDD)" defines a term, not a name
      const capitalised = startsUpper(first.text);
      if (!capitalised && !explicit && !ORG_HEADS.has(before.text.toLowerCase())) continue;
      out.push({ acronym, long, constructed: true, lettersMatch, explicit, reversed: false });
      continue;
    }

    // ACR (Long Form): only when a mention fills the bracket and its initials spell the acronym
    if (isAcronym(before.text) && !AGENCY_CREDITS.has(before.text)) {
      const first = tokens[i + 1]!;
      const m = mentionStartingAt(first.start);
      if (!m || m.end !== last.end) continue;
      const longText = text.slice(m.start, m.end);
      if (!initials(longText).includes(acronymLetters(before.text))) continue;
      out.push({
        acronym: { start: before.start, end: before.end, text: before.text },
        long: { start: m.start, end: m.end, text: longText },
        constructed: false,
        lettersMatch: true,
        explicit: false,
        reversed: true,
      });
    }
  }
  return out;
}
