import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { Entity } from "../../schema/index.js";
import { cachedImage } from "../../resources/image.js";
import { StringTable } from "../../resources/string-table.js";
import { shippedDataDir } from "../../shipped-data.js";

export type Gender = "f" | "m";

export const GENDER_FILE = "given-gender.json.gz";

/** Titles and relation nouns that say a person's gender ("Mrs.", "King"; "his wife Manju Sam"). */
const FEMALE_WORDS = new Set([
  "mrs", "ms", "miss", "madam", "madame", "mme", "dame", "lady", "queen", "princess", "duchess", "countess", "baroness", "empress",
  "sister", "mother", "wife", "widow", "daughter", "girl", "woman", "actress", "grandmother", "aunt", "niece", "congresswoman",
  "chairwoman", "spokeswoman", "businesswoman", "sportswoman", "policewoman", "girlfriend", "fiancee", "mum", "mom", "sultana",
]);
const MALE_WORDS = new Set([
  "mr", "sir", "lord", "king", "prince", "duke", "count", "baron", "emperor", "sheikh", "sheik", "pope", "father", "brother", "husband",
  "widower", "son", "boy", "man", "actor", "grandfather", "uncle", "nephew", "congressman", "chairman", "spokesman", "businessman",
  "sportsman", "policeman", "boyfriend", "fiance", "monsignor", "cardinal", "ayatollah", "sultan", "emir", "imam", "rabbi", "mullah",
]);

/** Given names and the gender they say (a Map will do in tests). */
export interface GivenGender {
  get(name: string): Gender | undefined;
}

/** The given-name lexicon as a StringTable (0 = f, 1 = m), which a load image holds raw. */
class GivenGenderTable implements GivenGender {
  constructor(private readonly table: StringTable) {}
  get(name: string): Gender | undefined {
    const v = this.table.get(name);
    return v === 0 ? "f" : v === 1 ? "m" : undefined;
  }
}

let givenGender: GivenGender | null = null;

/** The given-name lexicon shipped in src/nlp/coref/data (scripts/coref/build-gender.ts), read once per process (it is read-only). */
export function loadGivenGender(): GivenGender {
  if (givenGender !== null) return givenGender;
  const dir = shippedDataDir("nlp/coref", GENDER_FILE);
  if (dir === null) throw new Error(`given-name lexicon ${GENDER_FILE} not found in src/nlp/coref/data (run npm run gender)`);
  const file = dir + GENDER_FILE;
  // the table from the load image of an earlier process when there is one (src/resources/image.ts)
  const data = cachedImage("given-gender", [file], () => {
    const names = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as { female: string[]; male: string[] };
    const m = new Map<string, number>();
    for (const n of names.female) m.set(n, 0);
    for (const n of names.male) m.set(n, 1);
    return StringTable.build(m).data;
  });
  return (givenGender = new GivenGenderTable(new StringTable(data)));
}

/** The gender a word says: a title ("Mrs."), a relation noun ("wife"), or null. */
export function wordGender(word: string): Gender | null {
  const w = word.toLowerCase().replace(/\.$/u, "");
  if (FEMALE_WORDS.has(w)) return "f";
  if (MALE_WORDS.has(w)) return "m";
  return null;
}

/**
 * A person's gender from the evidence in the article: the titles recorded on its mentions, a
 * relation noun right before a mention ("his wife Manju Sam"), else the first word of its name when
 * the given-name lexicon gives it one gender (a one-word name too: "Gloria"). Null when unknown or mixed.
 */
export function personGender(entity: Entity, text: string, given: GivenGender): Gender | null {
  let f = 0;
  let m = 0;
  for (const mention of entity.mentions) {
    const words = mention.title ? mention.title.text.split(/\s+/u) : [];
    // the word before the mention: "wife Manju Sam", "Mrs. Sam" when no title was recorded
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, mention.start - 20), mention.start));
    if (before) words.push(before[1]!);
    for (const w of words) {
      const g = wordGender(w);
      if (g === "f") f++;
      else if (g === "m") m++;
    }
  }
  if (f > 0 && m === 0) return "f";
  if (m > 0 && f === 0) return "m";
  if (f > 0 && m > 0) return null;
  // the given name: the first word ("Gloria" alone too: a one-word name the lexicon knows is more
  // often a given name than a surname), unless it is an East Asian surname written first ("Kim Jong Un")
  const first = entity.name.split(/[\s]+/u)[0]!.toLowerCase();
  if (SURNAME_FIRST.has(first)) return null;
  return given.get(first) ?? null;
}

/** Common East Asian surnames, written before the given name: "Kim" in "Kim Jong Un" says nothing of gender. */
const SURNAME_FIRST = new Set([
  "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "moon", "wang", "li", "zhang", "liu",
  "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "xi", "nguyen", "tran", "le",
  "pham", "hoang", "vu", "yu", "seo", "deng", "kong", "tam", "wong", "chan", "leung", "cheung", "lau", "ho", "tsang", "ng", "lam",
  "abe", "suzuki", "tanaka", "sato", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato",
]);
