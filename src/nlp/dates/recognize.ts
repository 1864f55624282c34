import type { DayNumber } from "./calendar.js";
import { composeRanges } from "./compose.js";
import { type Candidate, compileRules, type RuleContext } from "./rules.js";
import type { Tense } from "./resolve.js";
import { lowerBound } from "../search.js";

export type { Candidate } from "./rules.js";

interface Span {
  start: number;
  end: number;
}

export interface DateFinderInput {
  text: string;
  /** publication date, the reference for relative expressions */
  ref: DayNumber | null;
  sentences: readonly Span[];
  tokens: readonly Span[];
  /**
   * The tense of the clause governing the expression at an offset, from the parse (src/nlp/dates/tense.ts),
   * or null when the parse shows none: the sentence's past and future markers decide then.
   */
  tenseAt?: (offset: number) => Tense | null;
}

// Markers of a future reference in the sentence ("will meet on Tuesday", "is scheduled for …").
const FUTURE = /(?<![\p{L}])(?:will|won['’]t|shall|['’]ll|going\s+to|(?:is|are)\s+(?:to|due|set|scheduled|expected)|scheduled|upcoming|plans?\s+to|intends?\s+to)(?![\p{L}])/iu;

// Markers of a past reference: common irregular past forms and regular -ed forms (not "need", "hundred" …).
const PAST = /(?<![A-Za-z])(?:was|were|had|did|said|began|begun|took|came|went|met|left|made|saw|told|won|lost|fell|rose|held|sent|gave|found|became|ran|spoke|wrote|broke|brought|bought|fought|caught|struck|killed|[a-z]{2,}(?<!e|hundr)ed)(?![A-Za-z])/;

function sentenceIndex(sentences: readonly Span[], offset: number): number {
  const i = lowerBound(sentences, (s) => s.end <= offset);
  const s = sentences[i];
  return s !== undefined && offset >= s.start ? i : -1;
}

/** Is there a token whose `key` offset equals x? Tokens are sorted and do not overlap. */
function hasBoundary(tokens: readonly Span[], x: number, key: "start" | "end"): boolean {
  return tokens[lowerBound(tokens, (t) => t[key] < x)]?.[key] === x;
}

const HYPHEN = /[-‐]/;

/** A candidate the finder did not keep, and why (explain mode reports these). */
export interface Dropped {
  candidate: Candidate;
  reason: string;
}

/**
 * Longest match first, then rule order; a token-boundary check keeps spans from cutting words
 * (a start or end next to a hyphen is allowed: "mid-2015", "three-year-old").
 */
function select(cands: Candidate[], text: string, tokens: readonly Span[], dropped: Dropped[] | null): Candidate[] {
  const aligned: Candidate[] = [];
  for (const c of cands) {
    if (!hasBoundary(tokens, c.start, "start") && !HYPHEN.test(text[c.start - 1] ?? "")) {
      dropped?.push({ candidate: c, reason: "starts inside a word" });
      continue;
    }
    let end = c.end;
    if (!hasBoundary(tokens, end, "end") && !HYPHEN.test(text[end] ?? "")) {
      if (text[end - 1] === "." && hasBoundary(tokens, end - 1, "end")) end -= 1;
      else {
        dropped?.push({ candidate: c, reason: "ends inside a word" });
        continue;
      }
    }
    aligned.push(end === c.end ? c : { ...c, end });
  }
  aligned.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of aligned) {
    const winner = chosen.find((o) => c.start < o.end && o.start < c.end);
    if (winner === undefined) chosen.push(c);
    else dropped?.push({ candidate: c, reason: `overlaps the longer dates:${winner.rule} [${winner.start},${winner.end})` });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Compiles the rules once; the returned function finds and normalises the dates of one text. When
 * `dropped` is given (explain mode), the candidates it does not keep are pushed there.
 */
export function createDateFinder(): (input: DateFinderInput, dropped?: Dropped[]) => Candidate[] {
  const rules = compileRules();
  return ({ text, ref, sentences, tokens, tenseAt }, dropped) => {
    const ctx: RuleContext = {
      text,
      ref,
      parsedTense(offset) {
        return (tenseAt?.(offset) ?? null) !== null;
      },
      tense(offset) {
        const parsed = tenseAt?.(offset) ?? null;
        if (parsed !== null) return parsed;
        const i = sentenceIndex(sentences, offset);
        const s = i >= 0 ? sentences[i]! : { start: 0, end: text.length };
        // the clause around the expression: not past a colon or a quotation mark (a quotation has its own tense)
        let after = text.slice(offset, Math.min(s.end, offset + 80));
        const cut = after.search(/[:;"“”]/);
        if (cut >= 0) after = after.slice(0, cut);
        let before = text.slice(Math.max(s.start, offset - 100), offset);
        const open = Math.max(before.lastIndexOf(":"), before.lastIndexOf("“"), before.lastIndexOf('"'));
        if (open >= 0) before = before.slice(open + 1);
        const clause = before + after;
        return FUTURE.test(clause) ? "future" : PAST.test(clause) ? "past" : "present";
      },
    };
    const cands: Candidate[] = [];
    for (const rule of rules) {
      const re = rule.re;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const c = rule.build(m, ctx);
        if (c !== null) cands.push(c);
      }
    }
    return composeRanges(text, select(cands, text, tokens, dropped ?? null), ref);
  };
}
