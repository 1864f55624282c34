import { GAZ, type Gazetteer } from "../gazetteer.js";
import { FAC_KEYS } from "../words.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * A name after a place's or an organisation's possessive: "Mecca's Grand Mosque", "Iraq's Interior
 * Ministry" (not after a person's: "Saint Peter's Square" is one name). The model,
 * trained on text where "X's" is mostly followed by a title ("Iraq's Prime Minister"), leaves the
 * second name out; a Title-case run of up to five words right after "'s" that ends in a facility
 * word (Mosque, Airport, Station …) is a FAC, one that ends in an organisation word (Ministry,
 * University, Party …) an ORG. Runs the model or an earlier rule covered are left alone.
 */
export function possessiveNames(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
  const covered = new Uint8Array(words.length);
  for (const x of out) covered.fill(1, x.start, x.end);
  // the owner is a place or an organisation: "Saint Peter's Square" is one name
  const owner = new Int8Array(words.length);
  for (const x of out) if (x.type === "GPE" || x.type === "LOC" || x.type === "ORG") owner[x.end - 1] = 1;
  for (let i = 1; i < words.length; i++) {
    if ((lower[i] !== "'s" && lower[i] !== "’s") || !owner[i - 1]) continue;
    let e = i + 1;
    while (e < words.length && e - i <= 5 && sentOf[e] === sentOf[i] && /^\p{Lu}\p{Ll}/u.test(words[e]!) && !covered[e]) e++;
    if (e === i + 1) continue;
    // the run's last word is the organisation or facility word ("Iraq's Human Rights Minister" is a title),
    // and the name does not go on with "of" ("Britain's News of the World")
    const l = lower[e - 1]!;
    const fac = FAC_KEYS.has(l);
    if (!fac && !(gaz.singleMask(l) & (1 << GAZ.orgkey))) continue;
    if (lower[e] === "of" && sentOf[e] === sentOf[i]) continue;
    const end = e;
    out.push(ruleSpan(i + 1, end, fac ? "FAC" : "ORG"));
    covered.fill(1, i + 1, end);
    i = end - 1;
  }
}

export const possessiveNamesRule: NerRule = {
  name: "possessive-names",
  pack: "default",
  description: "a facility or organisation name after a place's or organisation's possessive ('Iraq's Interior Ministry')",
  run(c) {
    possessiveNames(c.gaz, c.spans.list, c.words, c.lower, c.sentOf);
  },
};
