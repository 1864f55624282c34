import type { Ctx } from "./context.js";
import { isNumberWord } from "./numbers.js";

/** Currency prefixes before a number: symbols, "US$", "Rs", ISO codes. */
export function currencyPrefixAt(ctx: Ctx, i: number): { code: string; numStart: number } | null {
  const { lex, tok, glued, lw } = ctx;
  const t = tok(i);
  if (!t) return null;
  const sym = lex.currencySymbols.get(t.text);
  if (sym !== undefined) return { code: sym, numStart: i + 1 };
  if (t.kind === "word") {
    const next = tok(i + 1);
    // "US$5", and "NZ $ 26 million": an upper-case prefix of two letters or more may stand apart from its "$"
    const apart = t.text.length >= 2 && t.text === t.text.toUpperCase() && tok(i + 2)?.kind === "number";
    if (next && next.text === "$" && (glued(i + 1) || apart)) {
      const c = lex.dollarPrefixes.get(lw(i));
      if (c !== undefined) return { code: c, numStart: i + 2 };
    }
    if (next && glued(i + 1)) {
      const sp = lex.symbolPrefixes.get(t.text + next.text);
      if (sp !== undefined) return { code: sp, numStart: i + 2 };
    }
    const lp = lex.letterPrefixes.get(t.text);
    if (lp !== undefined && next && next.kind === "number") return { code: lp, numStart: i + 1 };
    if (lp !== undefined && next && next.text === "." && glued(i + 1) && tok(i + 2)?.kind === "number") return { code: lp, numStart: i + 2 };
    const code = lex.currencyCodes.get(t.text);
    if (code !== undefined && next && (next.kind === "number" || (next.kind === "word" && isNumberWord(lw(i + 1))))) return { code, numStart: i + 1 };
  }
  return null;
}
