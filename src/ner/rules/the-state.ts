import type { TokenSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Words for a state that, alone after "the", stand for the country the article is about. */
const STATE_WORDS = new Set(["kingdom", "republic", "emirate", "emirates", "sultanate", "principality", "realm"]); // not "the Commonwealth": an organisation

/**
 * "the Kingdom" (Morocco, Saudi Arabia, Jordan …), "the Republic": a state word alone after "the",
 * not followed by a name or "of", is a description of the country, not a name of its own (the model
 * reads the capital as an ORG). The span is dropped; the coref stage links the words to the country.
 */
export function theState(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
  return out.filter((x) => {
    if (x.end !== x.start + 1 || !STATE_WORDS.has(lower[x.start]!) || lower[x.start - 1] !== "the") return true;
    const next = x.end < words.length && sentOf[x.end] === sentOf[x.start] ? words[x.end]! : "";
    return /^\p{Lu}/u.test(next) || next === "of";
  });
}

export const theStateRule: NerRule = {
  name: "the-state",
  pack: "default",
  description: "'the Kingdom', 'the Republic' alone describe the country and are no name: dropped",
  run(c) {
    c.spans.replace(theState(c.spans.list, c.words, c.lower, c.sentOf));
  },
};
