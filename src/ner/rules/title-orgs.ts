import { GAZ, PLACE_OR_NATIONALITY, type Gazetteer } from "../gazetteer.js";
import { STATE_ORG_HEADS } from "../words.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * The organisation in a person's title: "Foreign Office Minister Tobias Ellwood", "FCO Minister X",
 * "UN Secretary-General X". Before the title words that precede a person, capitalised words ending in an
 * organisation word, or an acronym that is no place, are an ORG when nothing covers them yet.
 */
export function titleOrgs(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const covered = new Uint8Array(words.length);
  for (const sp of out) covered.fill(1, sp.start, sp.end);
  const TITLE = 1 << GAZ.title;
  const isTitle = (i: number): boolean => /^\p{Lu}/u.test(words[i]!) && (gaz.singleMask(lower[i]!.replace(/\.$/u, "")) & TITLE) !== 0;
  const added: TokenSpan[] = [];
  for (const sp of out) {
    if (sp.type !== "PERSON") continue;
    let t = sp.start;
    while (t > 0 && sentOf[t - 1] === sentOf[sp.start] && isTitle(t - 1)) t--;
    if (t === sp.start || t === 0 || sentOf[t - 1] !== sentOf[sp.start] || covered[t - 1]) continue;
    const last = t - 1;
    const w = words[last]!;
    if (/^\p{Lu}{2,6}$/u.test(w) && !(gaz.singleMask(lower[last]!) & PLACE_OR_NATIONALITY)) {
      added.push(ruleSpan(last, t, "ORG"));
      covered[last] = 1;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || !(STATE_ORG_HEADS.has(lower[last]!) || gaz.singleMask(lower[last]!) & (1 << GAZ.orgkey))) continue;
    let a = last;
    while (a > 0 && last - a < 3 && sentOf[a - 1] === sentOf[last] && !covered[a - 1] && /^\p{Lu}\p{Ll}+$/u.test(words[a - 1]!)) a--;
    if (a === last) continue;
    added.push(ruleSpan(a, t, "ORG"));
    covered.fill(1, a, t);
  }
  out.push(...added);
}

export const titleOrgsRule: NerRule = {
  name: "title-orgs",
  pack: "default",
  description: "the organisation in a person's title ('Foreign Office Minister X', 'UN Secretary-General X')",
  run(c) {
    titleOrgs(c.gaz, c.spans.list, c.words, c.lower, c.sentOf);
  },
};
