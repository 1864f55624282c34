import { CHANGE_BEFORE } from "./words.js";
import type { Ctx } from "./context.js";
import type { Atom, RangeKind } from "./types.js";
import { baseUnit, roundValue } from "./types.js";
import { atomAt } from "./atoms.js";
import { readAge } from "./age.js";
import { modifierBefore } from "./modifiers.js";
import { parseDigits } from "./numbers.js";

/**
 * A range after atom `a` (between A and B, from A to B, A to B, A-B, A or B); mutates `a` as the range
 * needs. Null when the pair is a phone number or a score (skip it).
 */
export function readRange(ctx: Ctx, a: Atom) {
  const { n, blocked, tok, sameSentence, glued, lw, isDigitTok, sentenceHasSports } = ctx;
  let rangeB: Atom | null = null;
  let rangeEnd = a.end;
  let rangeKind: RangeKind | null = null;
  // ---- ranges: between A and B, from A to B, A to B, A-B, A or B
  if (!a.ordinal && !a.fraction && !a.vague) {
    const c = a.end;
    const cw = lw(c);
    const before = lw(modifierBefore(ctx, a.start)?.start !== undefined ? a.start - 1 : a.start - 1);
    let connector: RangeKind | null = null;
    if (cw === "and" && before === "between") connector = "between";
    else if (cw === "to" && before === "from") connector = "from";
    else if (cw === "to") connector = "to";
    else if ((cw === "-" || cw === "–" || cw === "—") && sameSentence(c, a.start)) connector = "dash";
    else if (cw === "or" && !a.currency) connector = "or";
    if (connector && sameSentence(c, c + 1)) {
      const b = atomAt(ctx, c + 1);
      // "40 - 50 years old", "five to 12 years of age": the age words after the second end
      if (b && b.unit !== null && a.unit === null && a.unitKind === null) readAge(ctx, b);
      // "aged 8-10 years": the second end's time unit is the age the first end's "aged" made
      if (b && a.unit !== null && a.unit.endsWith(" of age") && b.unit === a.unit.slice(0, -7)) b.unit = a.unit;
      if (b && !b.ordinal && !b.fraction && !b.vague && b.end > c + 1) {
        let bv = b.value;
        let av = a.value;
        // "between 3 and 5 million": the scale of the second end applies to the first
        if (b.scaled && !a.scaled && a.numEnd === a.end) {
          const s = b.value / (parseDigits(tok(b.numStart)!.text) ?? b.value);
          if (Number.isFinite(s) && s > 1) av = roundValue(av * s);
        }
        const sameMoney = a.unitKind !== "money" || b.unitKind !== "money" || (a.currency === b.currency && a.minor?.name === b.minor?.name);
        const sameUnit = !a.unitKind || !b.unitKind || (sameMoney && (a.unit === b.unit || (a.currency !== null && a.currency === b.currency))) ||
          (a.unitKind === b.unitKind && a.unit !== null && b.unit !== null && baseUnit(a.unit) === baseUnit(b.unit) && !a.unit.includes(" per "));
        const dashOk = connector !== "dash" || glued(c) === glued(c + 1);
        let accept = sameUnit && dashOk;
        // "rose 6.5% to 164p", "fell 0.4 per cent to 13,176", "rose from 5 to 7 percent": a change and a level, two quantities
        if (accept && (connector === "to" || connector === "from")) {
          let p = (modifierBefore(ctx, a.start)?.start ?? a.start) - 1;
          if (connector === "from") p--;
          if (lw(p) === "by") p--;
          if (CHANGE_BEFORE.has(lw(p))) accept = false;
        }
        if (accept && (connector === "dash" || connector === "to" || connector === "or") && !b.unitKind && !a.unitKind) {
          // bare "3-1" is a score or a label; bare "5 to 7" needs a rising range
          if (connector === "dash" && (sentenceHasSports(c) || bv <= av)) accept = false;
          if (connector !== "dash" && bv <= av) accept = false;
        }
        const chain = (tok(b.end)?.text === "-" && isDigitTok(b.end + 1)) || (tok(a.start - 1)?.text === "-" && isDigitTok(a.start - 2));
        if (connector === "dash" && a.digits && b.digits && (chain || (/^\d{3}$/.test(a.digits) && /^\d{4}$/.test(b.digits)))) {
          if (chain) for (let z = a.start; z < b.end + 2 && z < n; z++) blocked[z] = 1;
          blocked[c + 1] = 1;
          return null; // 555-1234
        }
        if (accept && connector === "to" && bv <= av && !(a.unitKind || b.unitKind)) accept = false;
        if (accept && connector === "or" && (b.unitKind === null) !== (a.unitKind === null) && a.unitKind !== null) accept = false;
        if (accept) {
          rangeB = b;
          rangeKind = connector;
          rangeEnd = b.end;
          a.value = av;
          if (!a.unitKind && b.unitKind) {
            a.unit = b.unit;
            a.unitKind = b.unitKind;
            a.currency = b.currency;
          } else if (b.unit && b.unit.includes(" per ")) a.unit = b.unit;
          if (a.unitKind && !b.unitKind) bv = b.value;
          void bv;
        } else if ((connector === "dash" || connector === "to") && !b.unitKind && !a.unitKind && isInt(b.digits) && isInt(a.digits) && a.end === a.numEnd) {
          // a score or a tally: two counts, of the noun the sentence names ("a 68-34 vote") or of nothing said ("won 3-1")
          const noun = tallyNoun(ctx, c);
          if (noun !== null || (connector === "dash" && sentenceHasSports(c))) {
            ctx.scores.set(a.numStart, noun ?? "");
            ctx.scores.set(b.numStart, noun ?? "");
            a.score = noun ?? "";
          }
        }
      }
    }
  }
  return { rangeB, rangeEnd, rangeKind };
}

function isInt(d: string | null): boolean {
  return d !== null && /^\d+$/.test(d);
}

/** The counted noun of a tally, from a word of the sentence (phrases.json tallyNouns), or null. */
function tallyNoun(ctx: Ctx, k: number): string | null {
  const { tokens, n, lw, lex } = ctx;
  const sent = tokens[k]!.sentence;
  for (let j = k; j >= 0 && tokens[j]!.sentence === sent; j--) {
    const m = lex.tallyNouns.get(lw(j));
    if (m !== undefined) return m;
  }
  for (let j = k + 1; j < n && tokens[j]!.sentence === sent; j++) {
    const m = lex.tallyNouns.get(lw(j));
    if (m !== undefined) return m;
  }
  return null;
}
