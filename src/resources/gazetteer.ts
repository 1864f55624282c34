import { StringTable, type StringTableData } from "./string-table.js";

/**
 * Gazetteers: phrase lists (pre-tokenised, lower-cased, tokens joined by one space) per category, matched
 * longest-first over a sentence's lower-cased tokens. Also holds the casing dictionary (how a word is
 * usually written) used for truecasing all-caps lines and as a feature.
 */

/** Categories, in the order of their ids (features use the id). */
export const GAZ_CATEGORIES = [
  "first", // given names
  "country",
  "city",
  "state", // states, provinces, regions that are GPEs
  "demonym", // nationality adjectives and plurals
  "region", // continents, seas, rivers, mountain ranges: LOC
  "orgkey", // words that end or mark organisation names: Inc, Party, Ministry, University
  "title", // titles before person names: Mr., President
  "lockey", // words that mark a LOC: River, Sea, Mountains
  "language",
  "eventkey", // Cup, Olympics, War, Games, Championship
  "time", // months and weekdays: never entities by themselves
  "org", // well-known organisations and acronyms
  "surname",
] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];
export const GAZ = Object.fromEntries(GAZ_CATEGORIES.map((c, i) => [c, i])) as Record<GazCategory, number>;
/** Places and nationalities: a span with one of these categories names a place or a people. */
/** Countries, cities, states and regions. */
export const PLACE_NAME = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region);
export const PLACE_OR_NATIONALITY = PLACE_NAME | (1 << GAZ.demonym);
/** Categories that match regardless of the token's case. */
const CASE_FREE = (1 << GAZ.title) | (1 << GAZ.time);

/** Casing classes of the casing dictionary. */
export const CASE_UNKNOWN = 0;
export const CASE_LOWER = 1;
export const CASE_TITLE = 2;
export const CASE_UPPER = 3;
export const CASE_MIXED = 4;

export interface GazetteerData {
  /** category name -> phrases (tokens joined by a space, original case) */
  lists: Partial<Record<GazCategory, string[]>>;
  /** casing dictionary: words usually written in lower case, Title case, UPPER case, or MiXed (listed as written) */
  casing: { lower: string[]; title: string[]; upper: string[]; mixed: string[] };
}

/**
 * The lookup tables a Gazetteer builds from its data (Gazetteer.tables; the constructor takes them back): typed arrays but for the
 * few hundred mixed-case forms, so a load image holds them raw and worker threads share one copy.
 */
export interface GazetteerTables {
  single: StringTableData;
  phrases: StringTableData;
  maxLen: StringTableData;
  casing: StringTableData;
  mixed: Map<string, string>;
}

export class Gazetteer {
  /** lower-cased token -> category bits */
  private readonly single: StringTable;
  /** lower-cased phrase (tokens joined by one space) -> category bits */
  private readonly phrases: StringTable;
  /** first token of a phrase -> the longest phrase's token count */
  private readonly maxLen: StringTable;
  /** lower-cased word -> casing class */
  private readonly casing: StringTable;
  private readonly mixed: Map<string, string>;

  /** The tables this gazetteer looks up (not copied: they are read-only). */
  tables(): GazetteerTables {
    return { single: this.single.data, phrases: this.phrases.data, maxLen: this.maxLen.data, casing: this.casing.data, mixed: this.mixed };
  }

  /** Builds the tables from the phrase lists, or takes tables another gazetteer built (tables(), maybe on another thread or in a load image). */
  constructor(data: GazetteerData | GazetteerTables) {
    if ("single" in data) {
      this.single = new StringTable(data.single);
      this.phrases = new StringTable(data.phrases);
      this.maxLen = new StringTable(data.maxLen);
      this.casing = new StringTable(data.casing);
      this.mixed = data.mixed;
      return;
    }
    const single = new Map<string, number>();
    const phrases = new Map<string, number>();
    const maxLen = new Map<string, number>();
    const casing = new Map<string, number>();
    this.mixed = new Map<string, string>();
    for (const [name, list] of Object.entries(data.lists)) {
      const cat = GAZ[name as GazCategory];
      if (cat === undefined || !list) continue;
      for (const phrase of list) {
        const lower = phrase.toLowerCase();
        const parts = lower.split(" ");
        if (parts.length === 1) single.set(lower, (single.get(lower) ?? 0) | (1 << cat));
        else {
          phrases.set(lower, (phrases.get(lower) ?? 0) | (1 << cat));
          const first = parts[0]!;
          if ((maxLen.get(first) ?? 0) < parts.length) maxLen.set(first, parts.length);
        }
      }
    }
    for (const w of data.casing.lower) casing.set(w, CASE_LOWER);
    for (const w of data.casing.title) casing.set(w.toLowerCase(), CASE_TITLE);
    for (const w of data.casing.upper) casing.set(w.toLowerCase(), CASE_UPPER);
    for (const w of data.casing.mixed) {
      casing.set(w.toLowerCase(), CASE_MIXED);
      this.mixed.set(w.toLowerCase(), w);
    }
    this.single = StringTable.build(single);
    this.phrases = StringTable.build(phrases);
    this.maxLen = StringTable.build(maxLen);
    this.casing = StringTable.build(casing);
  }

  /** The usual casing class of a lower-cased word. */
  caseOf(lower: string): number {
    return this.casing.get(lower, CASE_UNKNOWN);
  }

  /** The usual written form of a lower-cased word, or null when unknown. */
  usualForm(lower: string): string | null {
    const c = this.casing.get(lower);
    if (c < 0) return null;
    if (c === CASE_LOWER) return lower;
    if (c === CASE_UPPER) return lower.toUpperCase();
    if (c === CASE_TITLE) return lower.charAt(0).toUpperCase() + lower.slice(1);
    return this.mixed.get(lower) ?? lower;
  }

  /** Tokens inside a multi-word name of the place and organisation lists (for truecasing all-caps lines). */
  phraseTokens(lower: readonly string[]): Uint8Array {
    const out = new Uint8Array(lower.length);
    const want = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.org);
    for (let i = 0; i < lower.length; i++) {
      const max = this.maxLen.get(lower[i]!);
      if (max < 0) continue;
      let phrase = lower[i]!;
      let end = -1;
      for (let k = 1; k < max && i + k < lower.length; k++) {
        phrase += " " + lower[i + k]!;
        if (this.phrases.get(phrase, 0) & want) end = i + k;
      }
      if (end >= 0) for (let j = i; j <= end; j++) if (/\p{L}/u.test(lower[j]!) && !/^(of|and|the|de|du|da|del|la|le|al|el|bin)$/.test(lower[j]!)) out[j] = 1;
    }
    return out;
  }

  /** Phrase matches (token ranges, inclusive start, exclusive end) of the given categories over a sentence. */
  phraseMatches(lower: readonly string[], cap: ArrayLike<boolean>, want: number): Array<{ start: number; end: number; mask: number }> {
    const out: Array<{ start: number; end: number; mask: number }> = [];
    for (let i = 0; i < lower.length; i++) {
      if (!cap[i]) continue;
      const max = this.maxLen.get(lower[i]!);
      if (max < 0) continue;
      let phrase = lower[i]!;
      let best: { start: number; end: number; mask: number } | null = null;
      for (let k = 1; k < max && i + k < lower.length; k++) {
        phrase += " " + lower[i + k]!;
        const m = this.phrases.get(phrase, 0) & want;
        if (m && cap[i + k]) best = { start: i, end: i + k + 1, mask: m };
      }
      if (best) {
        out.push(best);
        i = best.end - 1;
      }
    }
    return out;
  }

  /** Bit mask of the categories a multi-token lower-cased phrase (tokens joined by spaces) belongs to. */
  phraseMask(lower: string): number {
    return this.phrases.get(lower, 0);
  }

  /** Bit mask of the categories a single lower-cased token belongs to. */
  singleMask(lower: string): number {
    return this.single.get(lower, 0);
  }

  /** Bit mask of the categories a name written as one string belongs to ("United States", "Mosul"; any case, any spacing). */
  nameMask(name: string): number {
    const l = name.toLowerCase().trim().replace(/\s+/gu, " ");
    return l.includes(" ") ? this.phraseMask(l) : this.singleMask(l);
  }

  /** Bit mask of the categories the lower-cased tokens [a, b) belong to, as one token or as a phrase. */
  spanMask(lower: readonly string[], a: number, b: number): number {
    return b - a === 1 ? this.singleMask(lower[a]!) : this.phraseMask(lower.slice(a, b).join(" "));
  }

  /**
   * Marks matches over one sentence. `lower[i]` is the lower-cased token, `cap[i]` whether it starts with
   * a capital (after truecasing). For each token and category, writes the BILOU position (0..3) + 1 into
   * `out[i * C + cat]` (0 = no match), longest match first.
   */
  match(lower: readonly string[], cap: ArrayLike<boolean>, out: Uint8Array): void {
    const C = GAZ_CATEGORIES.length;
    const n = lower.length;
    out.fill(0, 0, n * C);
    for (let i = 0; i < n; i++) {
      const w = lower[i]!;
      const max = this.maxLen.get(w);
      if (max >= 0 && cap[i]) {
        let phrase = w;
        const ends: Array<[number, number]> = [];
        for (let k = 1; k < max && i + k < n; k++) {
          phrase += " " + lower[i + k]!;
          const mask = this.phrases.get(phrase);
          if (mask >= 0) ends.push([i + k, mask]);
        }
        for (let e = ends.length - 1; e >= 0; e--) {
          const [end, mask] = ends[e]!;
          for (let cat = 0; cat < C; cat++) {
            if (!(mask & (1 << cat)) || out[i * C + cat] !== 0) continue;
            out[i * C + cat] = 1;
            for (let j = i + 1; j < end; j++) if (out[j * C + cat] === 0) out[j * C + cat] = 2;
            out[end * C + cat] = 3;
          }
        }
      }
      const mask = this.single.get(w);
      if (mask >= 0) {
        for (let cat = 0; cat < C; cat++) {
          if (!(mask & (1 << cat)) || out[i * C + cat] !== 0) continue;
          if (!cap[i] && !(CASE_FREE & (1 << cat))) continue;
          out[i * C + cat] = 4;
        }
      }
    }
  }
}
