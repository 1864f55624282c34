/**
 * String normalisation used to compare entity names inside one document.
 * Everything here is pure and cheap: it runs on mention strings, never on whole documents.
 */

/** Function words ignored when comparing multi-word names ("Bureau of Investigations" ~ "Bureau Investigations"). */
export const NAME_STOP_WORDS = new Set([
  "the", "of", "and", "for", "a", "an", "in", "on", "at", "to", "&",
  // French / Spanish / Italian / Portuguese / German articles and prepositions common in names
  "de", "du", "des", "la", "le", "les", "l", "d", "del", "el", "los", "las", "di", "da", "do", "dos", "der", "die", "das", "von", "und",
]);

/** Leading titles that are not part of a person's name when comparing ("Mr. Khiame" ~ "Khiame"). */
export const PERSON_TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam", "mme", "mlle", "m",
  "president", "vice", "prime", "minister", "pm", "chancellor", "king", "queen", "prince", "princess", "pope", "sheikh", "emir",
  "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr",
  "gov", "governor", "sen", "senator", "rep", "representative", "mayor", "judge", "justice", "rev", "reverend", "father",
  "st", "saint", "hon", "director", "chief", "secretary", "ambassador", "commissioner", "inspector", "officer", "coach",
  "brig", "brigadier", "lieutenant", "commander", "cpl", "corporal", "pvt", "private", "spc", "specialist", "marshal", "ltc", "sgt",
  "envoy", "advisor", "adviser", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "speaker", "premier",
  "ayatollah", "imam", "mullah", "cardinal", "archbishop", "bishop", "rabbi", "sultan", "detective", "superintendent", "sheriff",
  "attorney", "prosecutor", "ceo", "cfo", "chairperson", "deputy",
]);

/**
 * Words that modify a title before a name ("Foreign Minister", "Deputy Prime Minister", "Staff Sgt."),
 * shared by the link stage (a title's head is the first title word after them) and the recogniser's
 * title trimming ("BCIJ Director" loses its title, "Interior Minister" keeps its modifier).
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "foreign", "deputy", "interior", "defence", "defense", "finance", "acting", "supreme", "grand", "crown", "home", "trade", "health",
  "education", "energy", "economy", "labour", "labor", "agriculture", "environment", "transport", "culture", "information", "security",
  "special", "senior", "executive", "assistant", "associate", "first", "second", "staff", "master", "petty", "warrant", "field", "rear",
  "lance", "former", "general", "state", "junior", "principal",
]);

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/u;
const LEADING_THE = /^the\s+/iu;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}?\.?$/u;

/** A mention's text as a name: possessive and a leading "the" removed, white space collapsed. */
export function surfaceForm(text: string): string {
  return text.replace(/\s+/gu, " ").trim().replace(LEADING_THE, "").replace(POSSESSIVE, "").trim();
}

/** True for an all-capital acronym of at least two letters: "BCIJ", "IS", "U.S.", "G20" (digits allowed after a letter). */
export function isAcronym(text: string): boolean {
  const s = text.replace(/\./gu, "");
  if (s.length < 2 || s.length > 10) return false;
  if (!/^\p{Lu}[\p{Lu}\d&-]*$/u.test(s)) return false;
  return (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The letters of an acronym without dots or hyphens: "U.S." -> "US". */
export function acronymLetters(text: string): string {
  return text.replace(/[.\-&]/gu, "").toUpperCase();
}

/**
 * Exact-match key: case-insensitive except for short acronyms (case matters: "US" is not "us"),
 * dots of dotted acronyms dropped ("U.S." = "US"), diacritics kept.
 */
export function exactKey(text: string): string {
  const s = surfaceForm(text);
  if (DOTTED_ACRONYM.test(s) && /\p{Lu}/u.test(s)) return `A:${s.replace(/\./gu, "").toUpperCase()}`;
  if (isAcronym(s)) return `A:${s}`;
  return s.toLowerCase();
}

function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Lower-cased, diacritics-free, singular-ish form of one word ("Investigations" -> "investigation"). */
export function stemWord(word: string): string {
  let w = stripDiacritics(word.toLowerCase()).replace(POSSESSIVE, "");
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  return w;
}

/** Word strings of a name (letters, digits, inner hyphens and apostrophes). */
export function nameWords(text: string): string[] {
  return surfaceForm(text).match(/[\p{L}\p{M}\d][\p{L}\p{M}\d'’\-.&]*/gu)?.map((w) => w.replace(/\.$/u, "")) ?? [];
}

/** Stems of the content words of a name: stop words dropped. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of nameWords(text)) {
    const lw = w.toLowerCase();
    if (NAME_STOP_WORDS.has(lw)) continue;
    out.push(stemWord(w));
  }
  return out;
}

/** The Arabic article written joined to a name ("al-Asad", "el-Sisi", "ad-Din"): the name is written with and without it. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|at|ar|az|ul)[-‑](?=\p{L}{2})/u;

/**
 * Name words of a person without leading titles, lower-cased and possessive-free, a joined Arabic
 * article dropped ("Mr. Abdelhak Khiame's" -> abdelhak khiame; "Bashar al-Asad" -> bashar asad).
 */
export function personWords(text: string): string[] {
  const words = nameWords(text).map((w) => stripDiacritics(w.toLowerCase()).replace(POSSESSIVE, "").replace(ARABIC_ARTICLE, ""));
  let i = 0;
  while (i < words.length - 1 && PERSON_TITLES.has(words[i]!)) i++;
  return words.slice(i);
}

/** The surface form with leading person titles removed ("Mr. Abdelhak Khiame" -> "Abdelhak Khiame"). */
export function withoutTitles(surface: string): string {
  let s = surface;
  for (;;) {
    const m = /^([\p{L}]+)\.?\s+(?=\p{L})/u.exec(s);
    if (!m || !PERSON_TITLES.has(m[1]!.toLowerCase())) return s;
    const rest = s.slice(m[0].length);
    if (!/\s|^\p{Lu}/u.test(rest)) return s;
    s = rest;
  }
}

/**
 * Near-equality of two stemmed words: equal, or long words sharing a long prefix and differing
 * only in a short ending ("judicial" ~ "judiciary", "republican" ~ "republic").
 */
export function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  const longer = Math.max(a.length, b.length);
  if (shorter < 5) return false;
  let p = 0;
  while (p < shorter && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p >= 5 && p >= longer - 3;
}

/** Word-by-word near-equality of two stem lists of the same length. */
export function nearStems(a: readonly string[], b: readonly string[], offsetB = 0): boolean {
  for (let i = 0; i < a.length; i++) if (!nearWord(a[i]!, b[i + offsetB] ?? "")) return false;
  return true;
}

/** Initials of a name, with and without its stop words: "Islamic State" -> ["IS"], "Bank of England" -> ["BOE","BE"]. */
export function initials(text: string): string[] {
  const words = nameWords(text).filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  const content = words.filter((w) => !NAME_STOP_WORDS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join("");
  return all === content ? [all] : [all, content];
}
