import { PLACE_NAME, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Dismissal words of a batting line: "c" (caught), "b" (bowled), "st" (stumped), "lbw", "run out", "not out". */
const DISMISSAL = new Set(["c", "b", "st", "lbw"]);
const NUMBER = /^\d+(?:\.\d)?$/;
/** Lower-case particles that open a surname: "de Silva", "van Troost", "ul Haq". */
const PARTICLES = new Set(["de", "da", "van", "von", "der", "ul", "al", "el", "le", "la", "di", "du"]);

/**
 * Cricket scorecards name people by their surnames in fixed slots: the batsman before the dismissal and the
 * fielder and bowler after "c", "st" and "b" ("S. Law c Tillekeratne b Dharmasena 13", "A. Ranatunga lbw b
 * Fleming 0"), and the bowler before the figures ("Dharmasena 9-0-49-1"). In a line that reads as a
 * scorecard (a dismissal and the runs at its end, or a bowler's figures), a name in a slot is a person (a
 * name the model typed otherwise, or one it left out); places stay places.
 */
export function cricket(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
  /** a bowler's figures at token i: overs-maidens-runs-wickets, "9-0-49-1" (tokens 9 - 0 - 49 - 1) */
  const figuresAt = (i: number): boolean => {
    for (let k = 0; k < 7; k++) {
      const w = words[i + k];
      if (w === undefined || sentOf[i + k] !== sentOf[i] || !(k % 2 === 0 ? NUMBER.test(w) : w === "-")) return false;
    }
    return true;
  };
  const isName = (i: number): boolean => i >= 0 && i < words.length && /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)$/u.test(words[i]!);
  const slotAfter = (i: number): boolean => i > 0 && (lower[i - 1] === "c" || lower[i - 1] === "st" || lower[i - 1] === "b") && words[i - 1] === lower[i - 1];
  const slotBefore = (e: number): boolean =>
    e < words.length && ((DISMISSAL.has(lower[e]!) && words[e] === lower[e]) || figuresAt(e) || ((lower[e] === "run" || lower[e] === "not") && lower[e + 1] === "out"));
  // the lines (sentences) that read as a scorecard: a bowler's figures after a name, or a dismissal ("b", "c",
  // "st" + a name) with the batsman's runs ending the line
  const cardLine = new Set<number>();
  const dismissal = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const s = sentOf[i]!;
    if (isName(i - 1) && sentOf[i - 1] === s && figuresAt(i)) cardLine.add(s);
    if (DISMISSAL.has(words[i]!) && isName(i + 1) && sentOf[i + 1] === s) dismissal.add(s);
    const last = i + 1 === words.length || sentOf[i + 1] !== s;
    if (last && dismissal.has(s) && NUMBER.test(words[i]!)) cardLine.add(s);
  }
  if (cardLine.size === 0) return out;
  const owner = new Int32Array(words.length).fill(-1);
  out.forEach((sp, k) => owner.fill(k, sp.start, sp.end));
  const added: TokenSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    const particle = PARTICLES.has(words[i]!) && isName(i + 1);
    if (!cardLine.has(sentOf[i]!) || !(isName(i) || particle)) continue;
    // a name of one to three words (initials first, or a particle: "de Silva"), in one sentence
    let e = particle ? i + 1 : i;
    while (e < words.length && e - i < 4 && isName(e) && sentOf[e] === sentOf[i]) e++;
    const inSlot = slotAfter(i) || ((i === 0 || sentOf[i - 1] !== sentOf[i] || lower[i - 1] === "," || lower[i - 1] === ":") && slotBefore(e));
    if (!inSlot || gaz.spanMask(lower, i, e) & PLACE_NAME) {
      i = e - 1;
      continue;
    }
    // "de Silva" where the model tagged "Silva": the particle joins the name
    const k = particle && owner[i]! < 0 ? owner[i + 1]! : owner[i]!;
    const sp = k >= 0 ? out[k]! : null;
    if (sp && particle && sp.start === i + 1 && sp.end === e) {
      sp.start = i;
      owner[i] = k;
      lockSpan(sp);
    }
    if (sp && sp.start === i && sp.end === e) {
      if (sp.type !== "PERSON") {
        sp.type = "PERSON";
        lockSpan(sp);
      }
    } else {
      let free = true;
      for (let j = i; j < e; j++) if (owner[j]! >= 0) free = false;
      if (free) added.push(ruleSpan(i, e, "PERSON"));
    }
    i = e - 1;
  }
  return added.length ? [...out, ...added] : out;
}

export const cricketRule: NerRule = {
  name: "cricket",
  pack: "wire-1996",
  description: "names in the slots of a cricket scorecard line are people",
  run(c) {
    c.spans.replace(cricket(c.gaz, c.spans.list, c.words, c.lower, c.sentOf));
  },
};
