import type { Ctx } from "./context.js";
import type { UnitEntry, UnitForm } from "./lexicon.js";
import { singularize } from "./lemma.js";
import { STOP } from "./words.js";

/** Matching unit words after a number, and the denominator of a rate ("per barrel", "a year"). */
export function formMatches(ctx: Ctx, f: UnitForm, k: number): boolean {
  const { tokens, sameSentence, glued, lw } = ctx;
  for (let j = 0; j < f.keys.length; j++) {
    const idx = k + j;
    const t = tokens[idx];
    if (!t || !sameSentence(idx, k)) return false;
    if (f.caseSensitive ? t.text !== f.keys[j] : lw(idx) !== f.keys[j]) return false;
  }
  if (!f.gluedOnly || glued(k)) return true;
  if (!f.spacedOk) return false;
  // "1 m x 1 m", "12 m 2 dm", "a wall 5 m high": apart from its number, before what cannot continue a phrase
  const e = k + f.keys.length;
  const nx = tokens[e];
  return !nx || !sameSentence(e, k) || nx.kind === "punct" || nx.kind === "number" || ctx.lex.spacedFollowers.has(lw(e));
}

export function unitAt(ctx: Ctx, k: number): { entry: UnitEntry; end: number } | null {
  const { lex, inDate, dotUnit, tok, sameSentence, glued, lw } = ctx;
  const t = tok(k);
  if (!t || !sameSentence(k, k - 1) || inDate[k]) return null;
  const cands = [...(lex.unitForms.get(t.text) ?? []), ...(t.text !== lw(k) ? lex.unitForms.get(lw(k)) ?? [] : [])];
  let best: { entry: UnitEntry; end: number } | null = null;
  if (cands.length === 0 && t.text.length > 1 && t.text.endsWith(".")) {
    // an abbreviation that took the sentence's period ("12 kg.")
    const bare = t.text.slice(0, -1);
    const f = (lex.unitForms.get(bare) ?? lex.unitForms.get(bare.toLowerCase()))?.find((x) => x.keys.length === 1 && (!x.caseSensitive || x.keys[0] === bare) && (!x.gluedOnly || glued(k)));
    if (f) {
      dotUnit[k] = 1;
      return { entry: f.entry, end: k + 1 };
    }
    return null;
  }
  for (const f of cands) {
    if (best && f.keys.length <= best.end - k) continue;
    if (formMatches(ctx, f, k)) best = { entry: f.entry, end: k + f.keys.length };
  }
  return best;
}

/** The rate denominator a word names ("share", "years" -> "year", "annum" -> "year"), or null. */
export function rateDenominator(ctx: Ctx, word: string): string | null {
  const lemma = word === "annum" ? "year" : word === "capita" ? "capita" : singularize(word, false);
  if (!ctx.lex.rateDenominators.has(word) && !ctx.lex.rateDenominators.has(lemma)) return null;
  const f = ctx.lex.unitForms.get(word)?.find((x) => x.keys.length === 1 && x.entry.type === "unit");
  return f && f.entry.type === "unit" ? f.entry.name : lemma;
}

/** "per barrel", "a year", "an hour", "/day", "-a-share": the denominator of a rate. */
export function rateAt(ctx: Ctx, k: number): { den: string; end: number } | null {
  const { lex, tok, sameSentence, glued, lw } = ctx;
  const w = lw(k);
  if (!sameSentence(k, k - 1)) return null;
  // "5% annually", "$300 monthly"
  const adverb = lex.rateAdverbs.get(w);
  if (adverb !== undefined) return { den: adverb, end: k + 1 };
  // "$70-a-share": the rate glued by hyphens
  if (w === "-" && glued(k) && glued(k + 1)) {
    const m = /^(?:a|an|per)-([^-]+)$/.exec(lw(k + 1));
    const den = m ? rateDenominator(ctx, m[1]!) : null;
    return den ? { den, end: k + 2 } : null;
  }
  if (w !== "per" && w !== "a" && w !== "an" && w !== "each" && w !== "every" && w !== "/") return null;
  const d = tok(k + 1);
  if (!d || d.kind !== "word" || !sameSentence(k, k + 1)) return null;
  const two = `${lw(k + 1)} ${lw(k + 2)}`;
  if (lex.rateDenominators.has(two)) return { den: two, end: k + 3 };
  const one = lw(k + 1);
  const lemma = one === "annum" ? "year" : one === "capita" ? "capita" : singularize(one, false);
  // "$3 billion a year earlier", "5% a year ago": a time, not a rate
  if ((w === "a" || w === "an") && /^(?:earlier|ago|later|before|after|previously)$/.test(lw(k + 2))) return null;
  if (lex.rateDenominators.has(one) || lex.rateDenominators.has(lemma)) {
    const u = unitAt(ctx, k + 1);
    const name = u && u.entry.type === "unit" ? u.entry.name : lemma;
    return { den: name, end: k + 2 };
  }
  if (w === "per" || w === "/") {
    // "per gramme", "/ms": a unit keeps its canonical name ("gram", "millisecond")
    const u = unitAt(ctx, k + 1);
    if (u && u.entry.type === "unit") return { den: u.entry.name, end: u.end };
    if (/^\p{Ll}+$/u.test(d.text) && !STOP.has(one)) return { den: lemma, end: k + 2 };
  }
  return null;
}
