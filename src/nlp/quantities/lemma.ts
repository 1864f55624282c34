import { startsUpper } from "../../lexicon/casing.js";

/** A small English noun singulariser for counted nouns: irregular table, then suffix rules. */

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ["people", "person"], ["persons", "person"], ["women", "woman"], ["men", "man"], ["children", "child"], ["feet", "foot"],
  ["teeth", "tooth"], ["mice", "mouse"], ["geese", "goose"], ["oxen", "ox"], ["lives", "life"], ["wives", "wife"],
  ["knives", "knife"], ["thieves", "thief"], ["leaves", "leaf"], ["halves", "half"], ["selves", "self"], ["wolves", "wolf"],
  ["shelves", "shelf"], ["loaves", "loaf"], ["calves", "calf"], ["elves", "elf"], ["crises", "crisis"], ["analyses", "analysis"],
  ["theses", "thesis"], ["diagnoses", "diagnosis"], ["criteria", "criterion"], ["phenomena", "phenomenon"], ["data", "data"],
  ["media", "media"], ["bacteria", "bacterium"], ["curricula", "curriculum"], ["memoranda", "memorandum"], ["stimuli", "stimulus"],
  ["cacti", "cactus"], ["fungi", "fungus"], ["nuclei", "nucleus"], ["alumni", "alumnus"], ["indices", "index"], ["matrices", "matrix"],
  ["appendices", "appendix"], ["vertices", "vertex"], ["dice", "die"], ["pence", "penny"], ["lice", "louse"], ["brethren", "brother"],
  ["movies", "movie"], ["cookies", "cookie"], ["zombies", "zombie"], ["calories", "calorie"], ["rookies", "rookie"], ["hippies", "hippie"],
  ["ties", "tie"], ["pies", "pie"], ["lies", "lie"], ["dies", "die"], ["species", "species"], ["series", "series"],
  ["headquarters", "headquarters"], ["news", "news"], ["means", "means"], ["shoes", "shoe"], ["toes", "toe"], ["canoes", "canoe"],
  ["hostages", "hostage"], ["automobiles", "automobile"], ["heroes", "hero"], ["potatoes", "potato"], ["tomatoes", "tomato"],
  ["vetoes", "veto"], ["echoes", "echo"], ["torpedoes", "torpedo"], ["embargoes", "embargo"], ["volcanoes", "volcano"],
  ["tornadoes", "tornado"], ["mosquitoes", "mosquito"], ["quizzes", "quiz"], ["police", "police"], ["personnel", "personnel"],
  ["staff", "staff"], ["aircraft", "aircraft"], ["spacecraft", "spacecraft"], ["sheep", "sheep"], ["fish", "fish"], ["deer", "deer"],
  ["cattle", "cattle"], ["livestock", "livestock"], ["offspring", "offspring"], ["troops", "troop"], ["clothes", "clothes"],
  ["premises", "premises"], ["barracks", "barracks"], ["whereabouts", "whereabouts"], ["graffiti", "graffiti"], ["militia", "militia"],
  ["buses", "bus"], ["gases", "gas"], ["viruses", "virus"], ["bonuses", "bonus"], ["campuses", "campus"], ["censuses", "census"],
  ["statuses", "status"], ["surpluses", "surplus"], ["focuses", "focus"], ["syllabuses", "syllabus"], ["fetuses", "fetus"],
  ["octopuses", "octopus"], ["consensuses", "consensus"], ["caucuses", "caucus"], ["circuses", "circus"], ["atlases", "atlas"],
  ["aliases", "alias"], ["biases", "bias"], ["canvases", "canvas"], ["lenses", "lens"], ["axes", "axis"], ["oases", "oasis"],
  ["bases", "base"], ["cases", "case"], ["courses", "course"], ["horses", "horse"], ["houses", "house"], ["nurses", "nurse"],
  ["purposes", "purpose"], ["responses", "response"], ["doses", "dose"], ["causes", "cause"], ["uses", "use"], ["abuses", "abuse"],
  ["licenses", "license"], ["licences", "licence"], ["expenses", "expense"], ["offenses", "offense"], ["defenses", "defense"],
  ["clauses", "clause"], ["phases", "phase"], ["purchases", "purchase"], ["releases", "release"], ["increases", "increase"],
  ["decreases", "decrease"], ["diseases", "disease"], ["vases", "vase"], ["noses", "nose"], ["roses", "rose"], ["hoses", "hose"],
  ["businesses", "business"], ["headaches", "headache"], ["niches", "niche"], ["avalanches", "avalanche"], ["caches", "cache"],
  ["moustaches", "moustache"], ["mustaches", "mustache"], ["prizes", "prize"], ["taxis", "taxi"], ["skis", "ski"], ["kiwis", "kiwi"], ["alibis", "alibi"], ["safaris", "safari"], ["bikinis", "bikini"], ["sizes", "size"], ["mazes", "maze"], ["seizures", "seizure"],
]);

/** Nouns that are plural without a final -s, or the same in both numbers. */
export const INVARIANT_PLURALS: ReadonlySet<string> = new Set([
  "people", "women", "men", "children", "feet", "teeth", "mice", "geese", "police", "personnel", "staff", "aircraft", "spacecraft",
  "sheep", "fish", "deer", "cattle", "livestock", "offspring", "criteria", "phenomena", "data", "bacteria", "media", "crew",
  "species", "series", "headquarters", "pence", "dice", "alumni", "stimuli", "fungi", "nuclei", "indices", "militia", "youth", "poultry", "infantry", "artillery", "swine",
]);

/** Words ending in -s that are never plural nouns. */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  "was", "has", "is", "as", "this", "its", "his", "hers", "ours", "yours", "theirs", "thus", "us", "yes", "always", "perhaps",
  "less", "unless", "across", "whereas", "various", "numerous", "previous", "serious", "famous", "besides", "sometimes", "towards",
  "afterwards", "upwards", "downwards", "nevertheless", "does", "goes", "says", "plus", "minus", "versus", "chaos", "gas", "bus",
  "bias", "atlas", "alias", "news", "means", "series", "species", "lens", "canvas", "christmas", "texas", "paris", "athens",
  "others", "ones", "apiece", "whereabouts",
]);

/** True for a word that reads as a plural noun ("cells", "people", "VBIEDs"). */
const NOT_MEN = new Set(["specimen", "regimen", "omen", "amen", "abdomen", "stamen", "hymen", "yemen", "semen", "acumen", "bitumen"]);

export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith("men") && w.length > 4 && !NOT_MEN.has(w)) return true;
  if (w.endsWith("children")) return true; // schoolchildren, grandchildren
  if (INVARIANT_PLURALS.has(w)) return true;
  if (IRREGULAR.has(w)) return w !== IRREGULAR.get(w) || INVARIANT_PLURALS.has(w);
  if (NOT_PLURAL.has(w) || w.length < 3) return false;
  if (!w.endsWith("s")) return false;
  if (/(?:ss|us|is|'s|’s|ous)$/.test(w)) return false;
  return /^[\p{L}][\p{L}\-.]*s$/u.test(word) || /^[\p{Lu}\d]+s$/u.test(word);
}

/** Singular lemma of a counted noun, lower-cased unless it is a name or an acronym ("Syrians" -> "Syrian"). */
export function singularize(word: string, keepCase: boolean): string {
  const acronym = /^[\p{Lu}\d]{2,}s$/u.test(word);
  if (acronym) return word.slice(0, -1);
  const w = keepCase ? word : word.toLowerCase();
  const lower = w.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  let out: string;
  if (irregular !== undefined) out = irregular;
  else if (lower.endsWith("men") && lower.length > 4 && !NOT_MEN.has(lower)) out = lower.slice(0, -3) + "man";
  else if (lower.endsWith("children")) out = lower.slice(0, -8) + "child";
  else if (INVARIANT_PLURALS.has(lower)) out = lower;
  else if (!lower.endsWith("s") || /(?:ss|us|is)$/.test(lower)) out = lower;
  else if (/[^aeiou]ies$/.test(lower)) out = lower.slice(0, -3) + "y";
  else if (/(?:x|ch|sh|zz|ss)es$/.test(lower)) out = lower.slice(0, -2);
  else out = lower.slice(0, -1);
  if (keepCase && out.length > 0 && startsUpper(w)) return w.slice(0, 1) + out.slice(1);
  return out;
}
