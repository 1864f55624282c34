import { GAZ, type Gazetteer } from "../gazetteer.js";
import { NER_TYPES } from "../labels.js";
import { TRAILING_TITLES } from "../words.js";
import { personByName } from "./person-name.js";
import { refine } from "./refine.js";
import { trimTitles } from "./trim-titles.js";
import { type TokenSpan, isAcronym, isCap } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Mentions from the model's spans: a number inside a name separates two names, two places joined by "and"
 * are two places, titles are cut off a person's name, each span takes its OntoNotes type (refine), and
 * trailing role words (trim-title) and given-name evidence (person-name) are applied.
 */
export function modelSpans(gaz: Gazetteer, spans: readonly { start: number; end: number; type: number }[], words: readonly string[], lower: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const titleMask = (i: number): boolean => (gaz.singleMask(lower[i]!) & (1 << GAZ.title)) !== 0 || /^(prime|vice|foreign|defen[cs]e|interior|finance|deputy|acting|former)$/.test(lower[i]!);
  for (const model of spans) {
    // a number inside a name separates two names ("Lotte 6 Hyundai"); titles are not part of a person's name
    const pieces: Array<{ start: number; end: number; type: number }> = [];
    let from = model.start;
    for (let i = model.start + 1; i < model.end - 1; i++) {
      if (/^\d+$/.test(words[i]!) && isCap(words[i - 1]!) && isCap(words[i + 1]!)) {
        pieces.push({ start: from, end: i, type: model.type });
        from = i + 1;
      }
    }
    pieces.push({ start: from, end: model.end, type: model.type });
    // two places joined by "and" are two places ("Tetouan and Fnideq"), unless the whole is a known name
    const placeBits = (1 << GAZ.city) | (1 << GAZ.country) | (1 << GAZ.state);
    const known = (a: number, b: number): number => gaz.spanMask(lower, a, b);
    const last = pieces[pieces.length - 1]!;
    for (let i = last.start + 1; i < last.end - 1; i++) {
      if (lower[i] !== "and" || known(last.start, last.end) & placeBits) continue;
      if (known(last.start, i) & placeBits || known(i + 1, last.end) & placeBits) {
        const geo = NER_TYPES.indexOf("GEO");
        pieces.pop();
        pieces.push({ start: last.start, end: i, type: geo }, { start: i + 1, end: last.end, type: geo });
      }
      break;
    }
    for (const sp of pieces) {
      if (NER_TYPES[sp.type] === "PER") while (sp.start < sp.end && titleMask(sp.start)) sp.start++;
      if (sp.start >= sp.end) continue;
      let type = refine(gaz, NER_TYPES[sp.type]!, lower, sp.start, sp.end);
      if (type === null) continue;
      let locked = false;
      // "NIA Director stressed…" read as a person: the acronym is the organisation, the title is no name
      if (type === "PERSON" && sp.end - sp.start === 2 && isAcronym(words[sp.start]!) && TRAILING_TITLES.has(lower[sp.end - 1]!)) {
        type = gaz.singleMask(lower[sp.start]!) & (1 << GAZ.country) ? "GPE" : "ORG";
        sp.end--;
        locked = true;
      }
      if (type === "ORG" || type === "GPE" || type === "NORP") {
        // "BCIJ Director stressed…": the role word is not part of the organisation's name
        const end = trimTitles(gaz, words, lower, sp.start, sp.end);
        if (end < sp.end) {
          sp.end = end;
          locked = true;
        }
      }
      const retyped = personByName(gaz, type, words, lower, sp.start, sp.end);
      if (retyped !== null) {
        type = "PERSON";
        locked = true;
      }
      out.push({ start: sp.start, end: sp.end, type, ...(locked ? { locked: true } : {}) });
    }
  }
  return out;
}

export const modelSpansRule: NerRule = {
  name: "model-spans",
  pack: "default",
  description: "the model's spans: split at a number inside a name and at 'and' between two places, titles cut off a person, each with its OntoNotes type",
  run(c) {
    c.spans.replace(modelSpans(c.gaz, c.model, c.words, c.lower));
  },
};
