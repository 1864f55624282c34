import type { EntityType } from "../../schema/index.js";
import { GAZ, PLACE_OR_NATIONALITY, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Gazetteer names the model cut into pieces ("Czech" + "Republic", "Sri" + "Lanka") become one; a
 * country name the model missed in an all-caps line is a GPE.
 */
export function gazetteerNames(
  gaz: Gazetteer,
  out: TokenSpan[],
  lower: readonly string[],
  cap: readonly boolean[],
  forms: readonly string[][],
  sentStart: readonly number[],
  capsLine: readonly boolean[] = [],
): TokenSpan[] {
  const want = PLACE_OR_NATIONALITY;
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (const m of gaz.phraseMatches(lower.slice(a, b), cap.slice(a, b), want)) {
      const ms = a + m.start;
      const me = a + m.end;
      const over = out.filter((x) => x.start < me && ms < x.end);
      if (over.length === 0 || over.some((x) => x.start < ms || x.end > me)) continue;
      if (over.length === 1 && over[0]!.start === ms && over[0]!.end === me) continue;
      const type: EntityType = m.mask & (1 << GAZ.demonym) ? "NORP" : m.mask & (1 << GAZ.region) && !(m.mask & ((1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) ? "LOC" : "GPE";
      out = out.filter((x) => !over.includes(x));
      out.push(ruleSpan(ms, me, type));
    }
  }
  // in an all-caps line (a headline: "SOCCER - AUSTRIA DOMINATE SCOTLAND"), a country the model missed is a
  // place, unless its name is also a given name ("JORDAN", "CHAD")
  const covered = new Uint8Array(lower.length);
  for (const x of out) covered.fill(1, x.start, x.end);
  for (let s = 0; s < forms.length; s++) {
    if (!capsLine[s]) continue;
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let i = a; i < b; i++) {
      if (covered[i] || !cap[i]) continue;
      let e = i + 1;
      let mask = gaz.singleMask(lower[i]!);
      for (let k = i + 2; k <= Math.min(b, i + 4); k++) {
        const pm = gaz.phraseMask(lower.slice(i, k).join(" "));
        if (pm & (1 << GAZ.country) && !covered.subarray(i, k).some((c) => c === 1)) {
          mask = pm;
          e = k;
        }
      }
      if (!(mask & (1 << GAZ.country)) || (e === i + 1 && mask & (1 << GAZ.first))) continue;
      out.push(ruleSpan(i, e, "GPE"));
      covered.fill(1, i, e);
      i = e - 1;
    }
  }
  return out;
}

export const gazetteerNamesRule: NerRule = {
  name: "gazetteer-names",
  pack: "default",
  description: "gazetteer names the model cut into pieces become one; a country name missed in a capitals-only line is a GPE",
  run(c) {
    c.spans.replace(gazetteerNames(c.gaz, c.spans.list, c.lower, c.cap, c.forms, c.sentStart, c.capsLine));
  },
};
