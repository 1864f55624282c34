import { CASE_LOWER, GAZ, type Gazetteer } from "../gazetteer.js";
import { SPORT_VERBS } from "../words.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Sports teams named after their town ("Leicestershire beat Somerset", "CHICAGO 3 Houston 1", a standings
 * row "Surrey 12 5 2 5"): a place in such a position is an organisation, and so is every other mention of
 * the same name in the article, except where the name is the town (`rule:town`): a dateline, after "in",
 * "near" or "at", and the venue of a fixture line ("BALTIMORE AT SEATTLE"). The link stage keeps a team
 * and its town apart. Country names stay places (national teams are tagged as the country).
 */
const PLACE_MASK = (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.country);

export function teams(gaz: Gazetteer, out: TokenSpan[], words: string[], lower: string[], cap: boolean[], forms: string[][], sentStart: number[]): TokenSpan[] {
  const isNum = (i: number): boolean => i < words.length && /\d/.test(words[i]!) && !/\p{L}/u.test(words[i]!);
  const isCountry = (sp: TokenSpan): boolean => {
    return (gaz.spanMask(lower, sp.start, sp.end) & (1 << GAZ.country)) !== 0;
  };
  const place = (sp: TokenSpan | undefined): sp is TokenSpan => sp !== undefined && (sp.type === "GPE" || sp.type === "LOC" || sp.type === "ORG") && !isCountry(sp);
  const at = new Map<number, TokenSpan>();
  const endAt = new Map<number, TokenSpan>();
  for (const sp of out) {
    at.set(sp.start, sp);
    endAt.set(sp.end, sp);
  }
  const teams = new Set<string>();
  const key = (sp: TokenSpan): string => lower.slice(sp.start, sp.end).join(" ");
  const added: TokenSpan[] = [];
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    // a capitalised run not covered by a span, as a candidate team name
    const runAt = (i: number): TokenSpan | undefined => {
      if (at.has(i)) return at.get(i);
      let j = i;
      while (j < b && cap[j]! && /\p{L}/u.test(words[j]!) && !at.has(j) && !endAt.has(j + 1)) j++;
      return j > i && j - i <= 3 ? { ...ruleSpan(i, j, "ORG"), sense: "team" } : undefined;
    };
    // score line: NAME n NAME n
    const n1 = runAt(a);
    if (n1 && isNum(n1.end)) {
      const n2 = runAt(n1.end + 1);
      if (n2 && isNum(n2.end) && (n2.end + 1 === b || !/\p{L}/u.test(words[n2.end + 1] ?? "x") || words[n2.end + 1] === "(")) {
        for (const n of [n1, n2]) {
          if (n.sense === "team" && !added.includes(n)) added.push(n);
          else if (place(n)) teams.add(key(n));
        }
      }
      // standings row: NAME n n n ...
      let k = n1.end;
      let nums = 0;
      while (k < b && (isNum(k) || words[k] === "." || words[k] === "-")) if (isNum(k++)) nums++;
      // a percentage split by the sentence splitter: "NEW YORK 74 59 ." + "556 -"
      if (k === b && words[b - 1] === "." && isNum(b) && !words[b]!.includes("-")) nums++;
      const dateLike = /^(1[89]|20)\d\d$/.test(words[n1.end]!) && words[n1.end + 1] === "-";
      if (k === b && nums >= 3 && !dateLike) {
        if (n1.sense === "team") added.push(n1);
        else if (place(n1)) teams.add(key(n1));
      }
    }
    // NAME beat NAME
    for (let i = a; i < b; i++) {
      if (!SPORT_VERBS.has(lower[i]!)) continue;
      let before = endAt.get(i);
      let j = i + 1;
      if (lower[i] === "drew" && lower[j] === "with") j++;
      if (lower[i] === "lost" && lower[j] === "to") j++;
      let after = at.get(j);
      // two unknown capitalised names around the verb: "Leicestershire beat Somerset"
      if (!before && !after && i > a && cap[i - 1]! && j < b && cap[j]!) {
        let st = i - 1;
        while (st > a && cap[st - 1]! && /\p{L}/u.test(words[st - 1]!) && !endAt.has(st)) st--;
        const l = runAt(st);
        const r = runAt(j);
        if (l && r && l.end === i && (st > a || gaz.caseOf(lower[st]!) !== CASE_LOWER) && !isCountry(l) && !isCountry(r)) {
          added.push(l, r);
          teams.add(key(l));
          teams.add(key(r));
          before = l;
          after = r;
        }
      }
      if (place(before)) teams.add(key(before));
      if (place(after)) teams.add(key(after));
    }
  }
  // a fixture line "BALTIMORE AT SEATTLE": the second name is where the game is played, the town
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    const x = at.get(a);
    if (!x || lower[x.end] !== "at") continue;
    const y = at.get(x.end + 1);
    if (!y || y.end !== b || y.type !== "ORG" || !(gaz.spanMask(lower, y.start, y.end) & PLACE_MASK)) continue;
    y.type = "GPE";
    lockSpan(y, "town");
  }
  if (teams.size === 0 && added.length === 0) return out;
  // the town itself, not its team: a dateline ("NEW YORK 1996-08-30", "WIGAN , England"), "in Montreal", or the
  // venue of a fixture ("BALTIMORE AT SEATTLE", "beat Oakland at Oakland")
  const starts = new Set(sentStart);
  const townHere = (st: number, en: number): boolean =>
    (starts.has(st) && (/^\d{4}-\d\d-\d\d$/.test(words[en] ?? "") || (words[en] === "," && (gaz.singleMask(lower[en + 1] ?? "") & ((1 << GAZ.country) | (1 << GAZ.state))) !== 0))) ||
    (st > 0 && (lower[st - 1] === "in" || lower[st - 1] === "near" || lower[st - 1] === "at"));
  for (const sp of out) {
    if (!teams.has(key(sp)) || sp.type === "ORG" || !place(sp)) continue;
    if (!townHere(sp.start, sp.end)) {
      sp.type = "ORG";
      lockSpan(sp, "team");
    } else if (!sp.locked) lockSpan(sp, "town"); // decided here: the one-type vote leaves it alone
  }
  const all = [...out, ...added];
  // other mentions of a team the model left out
  const covered = new Uint8Array(words.length);
  for (const sp of all) covered.fill(1, sp.start, sp.end);
  for (const t of teams) {
    const parts = t.split(" ");
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (covered[i] || !cap[i] || lower[i] !== parts[0]) continue;
      let ok = true;
      for (let k = 1; k < parts.length; k++) if (lower[i + k] !== parts[k] || covered[i + k]) ok = false;
      if (!ok || (i + parts.length < words.length && cap[i + parts.length]! && /\p{L}/u.test(words[i + parts.length]!)) || townHere(i, i + parts.length)) continue;
      all.push({ ...ruleSpan(i, i + parts.length, "ORG"), sense: "team" });
      covered.fill(1, i, i + parts.length);
    }
  }
  return all;
}

export const teamsRule: NerRule = {
  name: "teams",
  pack: "wire-1996",
  description: "teams named after their town in score lines, standings rows and 'X beat Y' are organisations; the town stays a place",
  run(c) {
    c.spans.replace(teams(c.gaz, c.spans.list, c.words, c.lower, c.cap, c.forms, c.sentStart));
  },
};
