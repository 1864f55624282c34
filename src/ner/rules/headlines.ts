import type { EntityType } from "../../schema/index.js";
import { lowerBound } from "../../nlp/search.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";
import { isTitleCaseLine } from "../features.js";

/**
 * Headlines in Title Case tell little about names: a headline word sequence that is a name found in the
 * body, or at least its first two words ("Maroc Hebdo International" for the body's "Maroc Hebdo
 * International Weekly"), takes the body mention's type, replacing what the model said there.
 */
export function headlineNames(out: TokenSpan[], lower: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[], headlines: readonly boolean[] | undefined): TokenSpan[] {
  if (!headlines || !headlines.some((h) => h)) return out;
  const inHeadline = (i: number): boolean => {
    // the sentence holding token i: the last sentence start <= i
    return headlines[Math.max(0, lowerBound(sentStart, (v) => v <= i) - 1)] === true;
  };
  // body names by first word: token lists, longest first
  const byFirst = new Map<string, Array<{ toks: string[]; type: EntityType }>>();
  const typeOf = new Map<string, EntityType | null>();
  for (const sp of out) {
    if (inHeadline(sp.start)) continue;
    const toks = lower.slice(sp.start, sp.end);
    const k = toks.join(" ");
    const t = typeOf.get(k);
    if (t === undefined) {
      typeOf.set(k, sp.type);
      const list = byFirst.get(toks[0]!);
      if (list) list.push({ toks, type: sp.type });
      else byFirst.set(toks[0]!, [{ toks, type: sp.type }]);
    } else if (t !== sp.type) typeOf.set(k, null); // the body itself disagrees: no evidence
  }
  for (const [w, list] of byFirst) byFirst.set(w, list.filter((e) => typeOf.get(e.toks.join(" ")) === e.type));
  if (byFirst.size === 0) return out;
  for (const list of byFirst.values()) list.sort((x, y) => y.toks.length - x.toks.length);
  let res = out;
  for (let s = 0; s < forms.length; s++) {
    if (!headlines[s]) continue;
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let i = a; i < b; i++) {
      if (!cap[i]) continue;
      const list = byFirst.get(lower[i]!);
      if (!list) continue;
      let best: { len: number; type: EntityType } | null = null;
      for (const e of list) {
        let n = 0;
        while (n < e.toks.length && i + n < b && lower[i + n] === e.toks[n]) n++;
        const whole = n === e.toks.length;
        if (!(whole || n >= 2)) continue;
        // the match must not stop inside a capitalised run that goes on ("New York Times" is not "New York")
        if (whole && i + n < b && cap[i + n] && n < 2) continue;
        if (!best || n > best.len) best = { len: n, type: e.type };
      }
      if (!best) continue;
      const st = i;
      const en = i + best.len;
      const over = res.filter((x) => x.start < en && st < x.end);
      if (over.length === 1 && over[0]!.start === st && over[0]!.end === en && over[0]!.type === best.type) {
        i = en - 1;
        continue;
      }
      // a span that reaches past the match is a longer name the body does not contradict: it stays
      if (over.some((x) => x.start < st || x.end > en)) continue;
      res = res.filter((x) => !over.includes(x));
      res.push(ruleSpan(st, en, best.type));
      i = en - 1;
    }
  }
  return res.sort((x, y) => x.start - y.start);
}

export const headlinesRule: NerRule = {
  name: "headlines",
  pack: "default",
  description: "in a title-case headline, a name found in the body takes the body mention's type",
  run(c) {
    const h = c.headlines;
    c.spans.replace(headlineNames(c.spans.list, c.lower, c.cap, c.forms, c.sentStart, h && c.doc.map((s, i) => h[i] === true && isTitleCaseLine(s) && !c.capsLine[i])));
  },
};
