import { type TokenSpan, lockSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** An ordinal written in digits: "2nd", "134th", "101st". */
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/iu;
const SUFFIX = /^(?:st|nd|rd|th)$/iu;

/**
 * Numbered units keep their number: "the 2nd Battalion", "134th Expeditionary Fighter Squadron",
 * "101st Airborne Division" (OntoNotes puts the ordinal inside the ORG). The model leaves digit
 * tokens outside names, so an organisation directly after an ordinal starts at the ordinal.
 */
export function numberedUnits(out: TokenSpan[], words: readonly string[], sentOf: readonly number[]): void {
  for (const sp of out) {
    if (sp.type !== "ORG") continue;
    // "134th" is one token or two ("134" + "th")
    let i = sp.start - 1;
    if (i >= 1 && SUFFIX.test(words[i]!) && /^\d{1,4}$/u.test(words[i - 1]!)) i -= 1;
    else if (i < 0 || !ORDINAL.test(words[i]!)) continue;
    if (sentOf[i] !== sentOf[sp.start]) continue;
    if (out.some((o) => o !== sp && o.end > i && o.start <= i)) continue;
    sp.start = i;
    lockSpan(sp);
  }
}

export const unitsRule: NerRule = {
  name: "units",
  pack: "default",
  description: "numbered units keep their ordinal ('the 2nd Battalion')",
  run(c) {
    numberedUnits(c.spans.list, c.words, c.sentOf);
  },
};
