import { GAZ, type Gazetteer } from "../gazetteer.js";
import { STATE_ORG_HEADS } from "../words.js";
import { type TokenSpan, isCap, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Organisation words that also head place names ("City of London") or never take "of" + place. */
const NOT_BEFORE_OF = new Set([
  "city", "united", "rovers", "athletic", "fc", "club", "team", "times", "post", "watch", "rights", "news", "group",
  // a company's legal name ends at its designator: "Kia Motor Corp of South Korea" is qualified by its country
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "company", "ltd", "ltd.", "limited", "llc", "plc", "ag", "sa", "gmbh", "nv",
  "holdings", "industries", "partners", "associates", "systems", "technologies", "motors", "airlines", "airways",
]);

/**
 * A nationality adjective right before a state organisation is part of its name, as in OntoNotes:
 * NORP "Spanish" + ORG "Interior Ministry" -> ORG "Spanish Interior Ministry"; also "the French Army".
 */
export function stateOrgs(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
  const res: TokenSpan[] = [];
  const orgHead = (i: number): boolean => STATE_ORG_HEADS.has(lower[i]!) || ((gaz.singleMask(lower[i]!) & (1 << GAZ.orgkey)) !== 0 && !NOT_BEFORE_OF.has(lower[i]!));
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    // "the Australian Centre for Control of …": an organisation opening with an organisation word takes the nationality before it
    const opensWithOrgWord = b !== undefined && orgHead(b.start) && !STATE_ORG_HEADS.has(lower[b.start]!);
    if (a.type === "NORP" && a.end - a.start === 1 && b && b.type === "ORG" && b.start === a.end && sentOf[b.start] === sentOf[a.start] && ((STATE_ORG_HEADS.has(lower[b.end - 1]!) && b.end - b.start <= 3 && words.slice(b.start, b.end).every((w) => isCap(w) && /^\p{L}/u.test(w))) || opensWithOrgWord)) {
      res.push(ruleSpan(a.start, b.end, "ORG"));
      k++;
      continue;
    }
    // "the Government of Iraq", "the Medical Journal of Australia": a capitalised organisation word + of (the) + a place is one ORG
    const ofAt = a.end < words.length && lower[a.end] === "of" ? a.end : -1;
    if (a.type === "ORG" && ofAt > 0 && orgHead(a.end - 1) && isCap(words[a.end - 1]!)) {
      const c = out[k + 1];
      const gap = c ? c.start - ofAt : -1;
      // "of the" only after a state body ("Embassy of the United States"); "Colorado State University of the US" is qualified, not named
      if (c && (c.type === "GPE" || c.type === "LOC") && sentOf[c.start] === sentOf[a.start] && (gap === 1 || (gap === 2 && lower[ofAt + 1] === "the" && STATE_ORG_HEADS.has(lower[a.end - 1]!)))) {
        res.push(ruleSpan(a.start, c.end, "ORG"));
        k++;
        continue;
      }
    }
    // the model may leave the capitalised body itself out: "Government" + "of" + GPE
    if ((a.type === "GPE" || a.type === "LOC") && a.start >= 2) {
      const ofIdx = lower[a.start - 1] === "of" ? a.start - 1 : lower[a.start - 1] === "the" && lower[a.start - 2] === "of" ? a.start - 2 : -1;
      const head = ofIdx - 1;
      if (ofIdx === a.start - 2 && !STATE_ORG_HEADS.has(lower[head] ?? "")) {
        res.push(a);
        continue;
      }
      const prev = res[res.length - 1];
      if (head >= 0 && sentOf[head] === sentOf[a.start] && orgHead(head) && isCap(words[head]!) && !(prev && prev.end > head)) {
        // with the capitalised words of the body's name before it: "Revolutionary Armed Forces of Colombia"
        let first = head;
        while (first > 0 && sentOf[first - 1] === sentOf[head] && isCap(words[first - 1]!) && /^\p{L}/u.test(words[first - 1]!) && lower[first - 1] !== "the" && !(prev && prev.end > first - 1)) first--;
        res.push(ruleSpan(first, a.end, "ORG"));
        continue;
      }
    }
    res.push(a);
  }
  return res;
}

export const stateOrgsRule: NerRule = {
  name: "state-orgs",
  pack: "default",
  description: "a nationality adjective right before a state organisation is part of its name ('Spanish Interior Ministry')",
  run(c) {
    c.spans.replace(stateOrgs(c.gaz, c.spans.list, c.words, c.lower, c.sentOf));
  },
};
