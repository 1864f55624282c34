import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import type { TokenSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Versus, in fixtures and headlines: "ENGLAND V PAKISTAN". */
const VERSUS = new Set(["v", "v.", "vs", "vs."]);
/** Name lists whose words are names, whatever their stem: "MILLER" is no form of "mill". */
const NAME_LISTS =
  (1 << GAZ.first) | (1 << GAZ.surname) | (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.org) |
  (1 << GAZ.orgkey) | (1 << GAZ.eventkey) | (1 << GAZ.lockey) | (1 << GAZ.title);

/**
 * An all-caps headline carries no case, and an inflected verb the casing dictionary does not know reads
 * like a name ("MITCHELL DEFEATS BAILEY", "KEVIN BROWN LOWERS ERA", "SWEDEN BEAT LATVIA"). In an all-caps
 * line, a name is cut at a word that is "v"/"vs" or an inflection (-s, -es, -ed, -ing) of a word usually
 * written in lower case, after the name's first word, and that is no known name nor a word of one (a
 * gazetteer phrase such as "UNITED STATES" is kept whole; "AIRLINES", "GAMES" are name words); the pieces
 * keep the type, or take the organisation type when the gazetteer knows them as one ("MILLER DEFENDS WBA"
 * -> "MILLER", "WBA"). `inPhrase(i)`: token i is inside a multi-word gazetteer name.
 */
export function capsVerbs(gaz: Gazetteer, out: TokenSpan[], lower: readonly string[], capsToken: (i: number) => boolean, inPhrase: (i: number) => boolean): TokenSpan[] {
  const usualLower = (w: string): boolean => gaz.caseOf(w) === CASE_LOWER;
  const verbLike = (i: number, first: boolean): boolean => {
    const w = lower[i]!;
    if (VERSUS.has(w)) return true;
    if (first || w.length < 4 || gaz.singleMask(w) & NAME_LISTS || inPhrase(i)) return false;
    const stems: string[] = [];
    if (w.endsWith("s")) stems.push(w.slice(0, -1));
    if (w.endsWith("es")) stems.push(w.slice(0, -2));
    if (w.endsWith("ed")) stems.push(w.slice(0, -2), w.slice(0, -1));
    if (w.endsWith("ing")) stems.push(w.slice(0, -3), w.slice(0, -3) + "e");
    return stems.some((s) => s.length >= 3 && usualLower(s));
  };
  const res: TokenSpan[] = [];
  for (const sp of out) {
    if (!capsToken(sp.start)) {
      res.push(sp);
      continue;
    }
    let cut = false;
    for (let i = sp.start; i < sp.end && !cut; i++) cut = verbLike(i, i === sp.start);
    // a span with no verb inside stays the span it was (same object: its provenance is untouched)
    if (!cut) {
      res.push(sp);
      continue;
    }
    const firstPiece = res.length;
    let from = sp.start;
    for (let i = sp.start; i <= sp.end; i++) {
      if (i < sp.end && !verbLike(i, i === sp.start)) continue;
      if (i > from) {
        const piece: TokenSpan = { start: from, end: i, type: sp.type, ...(sp.locked ? { locked: true } : {}), ...(sp.sense ? { sense: sp.sense } : {}) };
        if (cut && piece.type !== "ORG" && gaz.spanMask(lower, from, i) & (1 << GAZ.org)) piece.type = "ORG";
        res.push(piece);
      }
      from = i + 1;
    }
    // the pieces of a model span the rule cut are the rule's decision; a rule's span keeps its lock and sense
    if (cut && !sp.locked) for (let k = firstPiece; k < res.length; k++) res[k]!.locked = true;
  }
  return res;
}

export const capsVerbsRule: NerRule = {
  name: "caps-verbs",
  pack: "wire-1996",
  description: "in a capitals-only line, a span is cut at the words that read as verbs ('MILLER DEFENDS WBA')",
  run(c) {
    if (!c.capsLine.includes(true)) return;
    const phraseWord = c.gaz.phraseTokens(c.lower);
    c.spans.replace(capsVerbs(c.gaz, c.spans.list, c.lower, (i) => c.capsLine[c.sentOf[i]!] === true, (i) => phraseWord[i] === 1));
  },
};
