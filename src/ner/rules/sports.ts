import type { EntityType } from "../../schema/index.js";
import { SPORTS } from "../data/sports.js";
import { CASE_LOWER, GAZ, PLACE_NAME, type Gazetteer } from "../gazetteer.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * Sports clubs and competitions from the hand-written lexicon in src/ner/data/sports.ts: a known club
 * ("Juventus", "Real Madrid", "Man United", "Chicago Cubs") is an organisation and a known competition
 * ("Champions League", "Super Bowl", "Tour de France") an event (OntoNotes: EVENT holds named sports
 * events; CoNLL's MISC), wherever it is capitalised and not part of a longer name. A name that is also a
 * place, a person's name or an ordinary word ("Liverpool", "Milan", "Everton", "Wolves") is the club only
 * in an article about sport (sport words, score lines, unambiguous clubs or competitions, teams found by
 * rule:team) and not after a place preposition ("in Liverpool"). Club-name patterns ("Olympique X",
 * "Dynamo X", "X Rovers", "X FC"; "X City", "X United" only for a place in a sports article) make
 * organisations of clubs the lexicon lacks.
 */

interface Entry {
  type: "ORG" | "EVENT";
  /** also a place, a person or a word: needs an article about sport */
  ambiguous: boolean;
  /** counts towards a sports context: 2 for a club, 1 for a body or competition */
  weight: number;
}

/** A token's key: lower case, without diacritics; a form's key is its tokens' keys joined without spaces. */
const fold = (w: string): string => {
  const l = w.toLowerCase();
  return /[^\x00-\x7f]/.test(l) ? l.normalize("NFD").replace(/\p{M}/gu, "") : l;
};
const formKey = (form: string): string => fold(form).replace(/\s+/g, "");

// The lexicon, loaded once: key -> entry, plus every prefix of a key (to stop extending a match early).
const LEXICON = new Map<string, Entry>();
const PREFIXES = new Set<string>();
function add(form: string, type: Entry["type"], weight: number): void {
  const ambiguous = form.endsWith("*");
  const key = formKey(ambiguous ? form.slice(0, -1) : form);
  const old = LEXICON.get(key);
  // the same form in two entries: ambiguous wins (the safer reading)
  LEXICON.set(key, { type: old?.type ?? type, ambiguous: ambiguous || (old?.ambiguous ?? false), weight: Math.max(weight, old?.weight ?? 0) });
  for (let i = 1; i < key.length; i++) PREFIXES.add(key.slice(0, i));
}
for (const list of Object.values(SPORTS.clubs)) for (const entry of list) for (const form of entry.split("|")) add(form, "ORG", 2);
for (const entry of SPORTS.bodies) for (const form of entry.split("|")) add(form, "ORG", 1);
for (const entry of SPORTS.competitions) for (const form of entry.split("|")) add(form, "EVENT", 1);
/** Affix words: case-sensitive; true when ambiguous (needs a sports article and a place). */
const affixes = (list: readonly string[]): Map<string, boolean> => new Map(list.map((w) => (w.endsWith("*") ? [w.slice(0, -1), true] : [w, false])));
const CLUB_PREFIXES = affixes(SPORTS.clubPrefixes);
const CLUB_SUFFIXES = affixes(SPORTS.clubSuffixes);
const SPORT_WORDS = new Set(SPORTS.sportWords);
/** Words before a name that make it the place: "in Liverpool", "near Milan". */
const PLACE_CUES = new Set(["in", "near", "outside", "inside", "across", "throughout", "around", "northern", "southern", "eastern", "western", "central", "downtown", "suburban"]);
const SCORE = /^\d{1,3}-\d{1,3}$/;
/** Lower-case words inside a name ("Tour de France", "Board of Control for Cricket in India"). */
const NAME_LINKS = new Set(["de", "da", "do", "del", "della", "di", "d", "d'", "of", "the", "and", "for", "in", "a", "la", "le", "y", "&", "'s", "'", "’s", "’"]);
const DATE = /^\d{4}-\d\d-\d\d$/;
/** Verbs of a result right after a team's name: "Milwaukee won", "Boston beat …", "Seattle trails". */
const RESULT_VERBS = new Set(["won", "wins", "lost", "loses", "beat", "beats", "defeated", "defeats", "drew", "edged", "rallied", "routed", "swept", "blanked", "trails", "trailed", "leads", "clinched", "downed", "outscored"]);
/** Types a club name may take over (a longer person, place or organisation name is never cut). */
const RETYPABLE = new Set<EntityType>(["ORG", "GPE", "LOC", "FAC", "PERSON", "NORP", "PRODUCT"]);

/** Longest lexicon match starting at token i, within [i, b). */
function matchAt(keys: readonly string[], i: number, b: number): { end: number; entry: Entry } | undefined {
  let acc = "";
  let best: { end: number; entry: Entry } | undefined;
  for (let j = i; j < b; j++) {
    acc += keys[j]!;
    const e = LEXICON.get(acc);
    if (e) best = { end: j + 1, entry: e };
    if (!PREFIXES.has(acc)) break;
  }
  return best;
}

export function sports(gaz: Gazetteer, out: TokenSpan[], words: readonly string[], lower: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[]): TokenSpan[] {
  const n = words.length;
  const keys = lower.map(fold);
  const NAMEISH = PLACE_NAME | (1 << GAZ.first);
  const isPlace = (i: number): boolean => (gaz.singleMask(lower[i]!) & ((1 << GAZ.city) | (1 << GAZ.state))) !== 0;
  const isWord = (i: number): boolean => cap[i]! && /\p{L}/u.test(words[i]!);
  /** a capitalised word that is part of a name (not "The" or a title-case headline's "Beat") */
  const capName = (i: number): boolean => isWord(i) && gaz.caseOf(lower[i]!) !== CASE_LOWER;

  // 1. lexicon matches and the evidence that the article is about sport
  const found: Array<{ start: number; end: number; entry: Entry; sent: number }> = [];
  const seen = new Set<string>();
  let context = 0;
  let scores = 0;
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let i = a; i < b; i++) {
      const w = lower[i]!;
      if (SPORT_WORDS.has(w) && !seen.has(w)) {
        seen.add(w);
        context++;
      }
      if (SCORE.test(w)) scores++;
      if (!cap[i] && !/^\d/.test(w)) continue;
      const m = matchAt(keys, i, b);
      if (!m) continue;
      // the form's words capitalised in the text too ("the European championship" is no title)
      let lowerWord = false;
      for (let k = i + 1; k < m.end; k++) if (/^\p{L}/u.test(words[k]!) && !cap[k] && !NAME_LINKS.has(lower[k]!)) lowerWord = true;
      if (lowerWord) continue;
      let entry = m.entry;
      // a one-word form that is also a place or a given name needs an article about sport
      if (!entry.ambiguous && m.end === i + 1 && (gaz.singleMask(w) & NAMEISH) !== 0) entry = { ...entry, ambiguous: true };
      found.push({ start: i, end: m.end, entry, sent: s });
      const k = keys.slice(i, m.end).join("");
      if (!entry.ambiguous && !seen.has(k)) {
        seen.add(k);
        context += entry.weight;
      }
      i = m.end - 1;
    }
  }
  if (scores > 0) context++;
  if (out.some((x) => x.sense === "team")) context += 2;
  const sport = context >= 2;

  // the existing spans by token
  const owner = new Int32Array(n).fill(-1);
  out.forEach((x, i) => owner.fill(i, x.start, x.end));
  const replaced = new Set<TokenSpan>();
  const added: TokenSpan[] = [];
  /** the spans this rule made or retyped in this document */
  const mine = new Set<TokenSpan>();
  /** puts a span over [start, end) unless an existing span reaches beyond it */
  const place = (start: number, end: number, type: EntityType): void => {
    const inside: TokenSpan[] = [];
    for (let i = start; i < end; i++) {
      const o = owner[i]!;
      if (o < 0) continue;
      const x = out[o]!;
      if (x.start < start || x.end > end) return;
      if (!inside.includes(x)) inside.push(x);
    }
    if (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end) {
      const x = inside[0]!;
      if (x.type === type) return;
      if (type === "ORG" && !RETYPABLE.has(x.type)) return;
      x.type = type;
      lockSpan(x, type === "ORG" ? "team" : undefined);
      mine.add(x);
      return;
    }
    if (type === "ORG" && inside.some((x) => !RETYPABLE.has(x.type))) return;
    for (const x of inside) replaced.add(x);
    const sp: TokenSpan = { ...ruleSpan(start, end, type), ...(type === "ORG" ? { sense: "team" as const } : {}) };
    mine.add(sp);
    added.push(sp);
    owner.fill(out.length + added.length - 1, start, end);
  };
  const spanAt = (i: number): TokenSpan | undefined => {
    const o = owner[i]!;
    if (o < 0) return undefined;
    return o < out.length ? out[o] : added[o - out.length];
  };
  /** a capitalised neighbour that continues the name (not a separate mention of its own) */
  const joins = (i: number, a: number, b: number, side: -1 | 1, edge: number): boolean => {
    if (i < a || i >= b || !capName(i)) return false;
    const x = spanAt(i);
    return !(x && (side < 0 ? x.end === edge : x.start === edge));
  };

  // 2. lexicon matches that stand alone
  for (const m of found) {
    const a = sentStart[m.sent]!;
    const b = a + forms[m.sent]!.length;
    if (joins(m.start - 1, a, b, -1, m.start) || joins(m.end, a, b, 1, m.end)) continue;
    // part of a longer name: "World Series of Golf"
    if (m.end + 1 < b && lower[m.end] === "of" && capName(m.end + 1)) continue;
    if (m.entry.ambiguous) {
      if (!sport) continue;
      // any capitalised neighbour, even a mention of its own ("British Masters")
      if ((m.start > a && capName(m.start - 1)) || (m.end < b && capName(m.end))) continue;
      if (m.start > a && PLACE_CUES.has(lower[m.start - 1]!)) continue;
      // a venue line "At Portsmouth :", a dateline "MILAN 1996-08-30"
      if (m.start === a + 1 && lower[a] === "at") continue;
      if (m.start === a && DATE.test(words[m.end] ?? "")) continue;
      // "Liverpool, England": the place
      if (words[m.end] === "," && m.end + 1 < b && (gaz.singleMask(lower[m.end + 1]!) & PLACE_NAME) !== 0) continue;
      // a common word capitalised by the sentence start ("Heat", "Forest") without a mention there
      if (m.start === a && owner[m.start]! < 0 && gaz.caseOf(lower[m.start]!) === CASE_LOWER) continue;
    }
    place(m.start, m.end, m.entry.type);
  }

  // 3. club-name patterns over the remaining capitalised words
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let i = a; i < b; i++) {
      const pre = CLUB_PREFIXES.get(words[i]!);
      if (pre !== undefined && i + 1 < b && capName(i + 1) && !mine.has(spanAt(i)!)) {
        let j = i + 1;
        while (j < b && j < i + 3 && capName(j) && !CLUB_PREFIXES.has(words[j]!)) j++;
        if (!(pre && !(sport && isPlace(i + 1))) && !(j < b && capName(j))) {
          place(i, j, "ORG");
          i = j - 1;
          continue;
        }
      }
      const suf = CLUB_SUFFIXES.get(words[i]!);
      if (suf !== undefined && i > a && capName(i - 1) && !mine.has(spanAt(i)!)) {
        let st = i - 1;
        while (st > a && st > i - 3 && capName(st - 1)) st--;
        if (suf) {
          // "Hull City", "Dundee United": one place word, not itself a place's name ("Kansas City", "Cape Town")
          if (!sport || st !== i - 1 || !isPlace(st) || (gaz.phraseMask(`${lower[st]} ${lower[i]}`) & PLACE_NAME) !== 0) continue;
        }
        if (st > a && capName(st - 1)) continue;
        if (i + 1 < b && capName(i + 1)) continue;
        place(st, i + 1, "ORG");
      }
    }
  }
  // 4. in an article about sport, a town that wins or loses is its team ("Milwaukee has won 10 of its last 15",
  // "Los Angeles won for the seventh time"), and so are its other mentions outside place positions
  if (sport) {
    const teamsByName = new Set<string>();
    const key = (x: TokenSpan): string => lower.slice(x.start, x.end).join(" ");
    const town = (x: TokenSpan): boolean =>
      x.type === "GPE" && (x.end - x.start === 1 ? isPlace(x.start) : (gaz.phraseMask(key(x)) & ((1 << GAZ.city) | (1 << GAZ.state))) !== 0) && !(gaz.phraseMask(key(x)) & (1 << GAZ.country)) && !(gaz.singleMask(key(x)) & (1 << GAZ.country));
    for (const x of out) {
      if (replaced.has(x) || !town(x)) continue;
      const v = lower[x.end] ?? "";
      const v2 = `${v} ${lower[x.end + 1] ?? ""}`;
      if (RESULT_VERBS.has(v) || /^(?:has|have|had) (?:won|lost|beaten|drawn|clinched|swept)$/.test(v2)) teamsByName.add(key(x));
    }
    if (teamsByName.size > 0)
      for (const x of out) {
        if (replaced.has(x) || !town(x) || !teamsByName.has(key(x))) continue;
        const a = sentStart[sentOfToken(x.start)]!;
        if (x.start > a && PLACE_CUES.has(lower[x.start - 1]!)) continue;
        if (x.start === a && DATE.test(words[x.end] ?? "")) continue;
        x.type = "ORG";
        lockSpan(x, "team");
      }
  }
  if (added.length === 0 && replaced.size === 0) return out;
  return [...out.filter((x) => !replaced.has(x)), ...added];

  function sentOfToken(i: number): number {
    let lo = 0;
    let hi = sentStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentStart[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

export const sportsRule: NerRule = {
  name: "sports",
  pack: "default",
  description: "known clubs are organisations and known competitions events; ambiguous ones only in an article about sport",
  run(c) {
    c.spans.replace(sports(c.gaz, c.spans.list, c.words, c.lower, c.cap, c.forms, c.sentStart));
  },
};
