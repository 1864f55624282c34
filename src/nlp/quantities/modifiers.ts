import type { Ctx } from "./context.js";
import type { Atom, Change, Kind, RangeKind } from "./types.js";
import { CHANGE_BEFORE, CHANGE_NOUNS, MODIFIERS } from "./words.js";
import { phraseBefore } from "./concept.js";

/** Modifiers before a number ("more than", "about") and the direction of change ("rose 3%", "a 3% rise"). */
/** Modifiers by their last word, longest first. */
const MODIFIER_TABLE = new Map<string, Array<{ words: string[]; change: Change }>>();
for (const [m, c] of MODIFIERS) {
  const words = m.split(" ");
  const last = words[words.length - 1]!;
  const list = MODIFIER_TABLE.get(last) ?? [];
  list.push({ words, change: c });
  list.sort((a, b) => b.words.length - a.words.length);
  MODIFIER_TABLE.set(last, list);
}

/** Verbs that move amounts rather than change a level, unless "by"/"to" follows: "raised $5m", "cut 500 jobs". */
export const TRANSFER_VERBS: ReadonlySet<string> = new Set(["raised", "raise", "raises", "raising", "added", "add", "adds", "cut", "cuts", "lost", "lose", "loses", "shed", "sheds", "gained", "gain", "gains", "boosted", "reduced", "doubled", "halved", "tripled", "trebled", "quadrupled"]);

/** Verbs that remove a counted amount: "cut 300 jobs", "shed 40 stores" are changes (down). */
const CUT_VERBS: ReadonlySet<string> = new Set(["cut", "cuts", "shed", "sheds", "slashed", "slash", "slashes", "axed", "axe", "axes", "eliminated", "eliminate"]);
const TIME_UNITS: ReadonlySet<string> = new Set(["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]);
const BOUNDS: ReadonlySet<Change> = new Set([">", ">=", "<", "<="]);

export function modifierBefore(ctx: Ctx, i: number): { start: number; change: Change } | null {
  const { sameSentence, lw } = ctx;
  const list = i > 0 ? MODIFIER_TABLE.get(lw(i - 1)) : undefined;
  if (!list) return null;
  for (const m of list) {
    const len = m.words.length;
    const s = i - len;
    if (s < 0 || !sameSentence(s, i)) continue;
    let ok = true;
    for (let j = 0; j < len; j++) if (lw(s + j) !== m.words[j]) { ok = false; break; }
    if (ok) return { start: s, change: m.change };
  }
  return null;
}

/** The modifier, change verb or change noun around an accepted number. */
export function readChange(ctx: Ctx, a: Atom, startTok: number, rangeKind: RangeKind | null, rangeEnd: number, kindBase: Kind) {
  const { sameSentence, lw, isWordTok } = ctx;
  // ---- modifier and direction of change
  // "two or three days" is a range, not an approximation (docs/quantities-guide.md)
  let change: Change = a.vague ? "~" : "=";
  let modStart = -1;
  let p = startTok - 1;
  if (rangeKind === "between" || rangeKind === "from") p--;
  const mod = modifierBefore(ctx, p + 1);
  if (mod && !(mod.change === "<=" && lw(p) === "to" && CHANGE_BEFORE.has(lw(p - 2)))) {
    change = mod.change;
    modStart = mod.start;
    p = mod.start - 1;
  }
  let verb = -1;
  /** the object of a change verb before "by": "raised interest rates by 25 basis points" */
  let objectPhrase: { start: number; end: number } | null = null;
  {
    let q = p;
    // "increase by either 49 percent or by 27 percent"
    if (lw(q) === "either" && lw(q - 1) === "by") q--;
    /** "rose from 5%", "up from 39 percent": the level left, not the change */
    const levelLeft = lw(q) === "from";
    if (lw(q) === "by" || lw(q) === "to" || lw(q) === "from" || lw(q) === "of") {
      q--;
      // "cut rates by 50 basis points": a short object between the verb and "by"
      if (lw(q + 1) === "by" && !CHANGE_BEFORE.has(lw(q))) {
        for (let z = q - 1; z >= q - 3 && z >= 0 && sameSentence(z, startTok) && isWordTok(z + 1); z--) {
          if (CHANGE_BEFORE.has(lw(z))) {
            objectPhrase = phraseBefore(ctx, q, z + 1);
            q = z;
            break;
          }
        }
      }
    }
    // an adverb between the verb and the number: "rose sharply 5%", "gaining back 4%"
    if ((/ly$/.test(lw(q)) || lw(q) === "back") && CHANGE_BEFORE.has(lw(q - 1))) q--;
    const dir = CHANGE_BEFORE.get(lw(q));
    if (dir && sameSentence(q, startTok) && !(lw(q) === "up" && lw(q + 1) === "to")) {
      // "lost 3 games" counts things; "lost 3%" is a change; "cut 300 jobs" is one
      const linked = lw(q + 1) === "by" || lw(q + 1) === "to";
      const countVerb = TRANSFER_VERBS.has(lw(q)) && !linked && (kindBase === "count" || kindBase === "money") && !(kindBase === "count" && CUT_VERBS.has(lw(q)));
      // a length is no change of the verb before it ("increasing one year after"), unless linked ("extended by two years")
      const duration = a.unit !== null && TIME_UNITS.has(a.unit) && !linked;
      if (!countVerb && !duration) {
        verb = q;
        // a bound wins over the verb ("rose more than 5%" is >); an approximation does not ("fell nearly 5%" is down)
        if (!(mod && modStart === mod.start && BOUNDS.has(mod.change)) && !levelLeft) change = dir;
        modStart = q;
      }
    } else if (lw(p) === "to") {
      // "dropped from 56 in 2003 to 49": the level reached takes the direction of the verb before "from"
      for (let z = p - 1; z >= p - 8 && z > 0 && sameSentence(z, startTok); z--) {
        const zw = lw(z);
        if (zw === ";" || zw === "to" || zw === "and" || zw === "but") break;
        if (zw !== "from") continue;
        let v = z - 1;
        if (/ly$/.test(lw(v)) && CHANGE_BEFORE.has(lw(v - 1))) v--;
        const d2 = CHANGE_BEFORE.get(lw(v));
        if (d2 && !TRANSFER_VERBS.has(lw(v))) {
          verb = v;
          if (!(mod && modStart === mod.start && BOUNDS.has(mod.change))) change = d2;
          if (modStart === -1) modStart = p;
        }
        break;
      }
    }
  }
  // "a 3% rise", "5% higher"
  let postNoun = -1;
  if (verb === -1) {
    const pn = CHANGE_NOUNS.get(lw(rangeEnd)) ?? (lw(rangeEnd) === "higher" || lw(rangeEnd) === "up" ? "up" : lw(rangeEnd) === "lower" || lw(rangeEnd) === "down" ? "down" : undefined);
    if (pn && kindBase !== "count") {
      change = pn;
      postNoun = rangeEnd;
    }
  }
  return { change, modStart, verb, objectPhrase, postNoun };
}
