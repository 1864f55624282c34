import { STATE_ORG_HEADS } from "../words.js";
import { type TokenSpan, isCap } from "./span.js";

/**
 * A nationality adjective right before a state organisation is part of its name, as in OntoNotes:
 * NORP "Spanish" + ORG "Interior Ministry" -> ORG "Spanish Interior Ministry"; also "the French Army".
 */
export function stateOrgs(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
  const res: TokenSpan[] = [];
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    if (a.type === "NORP" && a.end - a.start === 1 && b && b.type === "ORG" && b.start === a.end && sentOf[b.start] === sentOf[a.start] && STATE_ORG_HEADS.has(lower[b.end - 1]!) && b.end - b.start <= 3 && words.slice(b.start, b.end).every((w) => isCap(w) && /^\p{L}/u.test(w))) {
      res.push({ start: a.start, end: b.end, type: "ORG", source: "rule:state-org" });
      k++;
      continue;
    }
    res.push(a);
  }
  return res;
}
