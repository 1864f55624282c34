import type { EntityType } from "../../schema/index.js";
import { GAZ, type Gazetteer } from "../gazetteer.js";
import type { TokenSpan } from "./span.js";

/** Gazetteer names the model cut into pieces ("Czech" + "Republic", "Sri" + "Lanka") become one. */
export function gazetteerNames(gaz: Gazetteer, out: TokenSpan[], lower: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[]): TokenSpan[] {
  const want = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym);
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
      out.push({ start: ms, end: me, type, source: "gazetteer" });
    }
  }
  return out;
}
