import { existsSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { EntityType } from "../schema/index.js";
import { CASE_LOWER, CASE_UNKNOWN, GAZ, Gazetteer, type GazetteerData } from "./gazetteer.js";
import { FEATURE_VERSION, isCapsSentence, isTitleCaseLine, NerFeatures } from "./features.js";
import { NER_TYPES, spansOf } from "./labels.js";
import { NerModel } from "./model.js";
import { WELL_KNOWN_ALIASES } from "../nlp/link/aliases.js";
import { tokenize } from "../nlp/tokenize.js";
import { lowerBound } from "../nlp/search.js";

export const MODEL_FILE = "ner-model.bin.gz";
export const GAZETTEER_FILE = "gazetteers.json.gz";

/** A mention over token indices [start, end) of the document's word list. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  source: string;
}

/** The folder holding the shipped model: src/ner/data, also when running from dist/. */
export function dataDir(): string {
  const candidates = [new URL("./data/", import.meta.url), new URL("../../src/ner/data/", import.meta.url)];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    if (existsSync(p + MODEL_FILE)) return p;
  }
  throw new Error(`NER model ${MODEL_FILE} not found next to ${fileURLToPath(import.meta.url)} (run npm run train)`);
}

export function loadGazetteer(dir = dataDir()): Gazetteer {
  const data = JSON.parse(gunzipSync(readFileSync(dir + GAZETTEER_FILE)).toString("utf8")) as GazetteerData;
  return new Gazetteer(data);
}

export function loadModel(dir = dataDir()): NerModel {
  const model = NerModel.deserialize(readFileSync(dir + MODEL_FILE));
  if (model.header.featureVersion !== FEATURE_VERSION)
    throw new Error(`NER model was trained with features v${model.header.featureVersion}, code has v${FEATURE_VERSION}: run npm run train`);
  return model;
}

const EVENT_HEADS = new Set(["cup", "championship", "championships", "olympics", "olympic", "olympiad", "games", "open", "prix", "marathon", "trophy", "tournament", "war"]);
const SPORT_VERBS = new Set(["beat", "beats", "defeated", "defeat", "defeats", "drew", "lost", "thrashed", "routed", "edged", "overcame", "hammered", "crushed", "trounced", "downed", "upset", "outclassed", "whipped", "blanked", "v", "vs", "vs."]);
const PAREN_OPEN = new Set(["(", "["]);
const PAREN_CLOSE = new Set([")", "]"]);
const NAME_TITLES = new Set(["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "messrs.", "mme.", "prof."]);
const FAC_KEYS = new Set(["airport", "stadium", "bridge", "hall", "tower", "palace", "prison", "square", "hotel", "mosque", "cathedral", "temple", "embassy", "station", "museum", "arena", "highway", "road", "street", "avenue", "dam", "port", "harbour", "harbor", "base", "camp"]);
/** Singular person titles that end a role, not an organisation's name: "BCIJ Director", "EU Foreign Minister". */
const TRAILING_TITLES = new Set(["director", "minister", "chief", "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "chairman", "chairwoman", "chairperson", "commander", "governor", "ambassador", "envoy", "mayor", "coach", "manager", "ceo", "head", "boss", "leader", "official", "prosecutor", "commissioner", "deputy", "adviser", "advisor", "representative", "negotiator"]);
/** Heads of organisations a nationality adjective belongs to: "the Spanish Interior Ministry", "the French Army". */
const STATE_ORG_HEADS = new Set(["ministry", "embassy", "consulate", "army", "navy", "police", "government", "parliament", "office", "force", "forces", "guard", "cabinet", "senate", "congress", "assembly", "court", "military", "intelligence", "administration", "department", "agency", "coastguard", "gendarmerie", "legation"]);
/** Words before a place name ("in Gloria" would be a place). */
const PLACE_BEFORE = new Set(["in", "at", "from", "near", "into", "towards", "toward", "outside", "inside", "across", "throughout", "around", "eastern", "western", "northern", "southern", "central", "entered", "visited", "reached"]);
/** Words before a person's name: kinship and person nouns, "named", "called". */
const PERSON_BEFORE = new Set(["daughter", "son", "child", "baby", "infant", "wife", "husband", "mother", "father", "brother", "sister", "girl", "boy", "friend", "niece", "nephew", "aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "girlfriend", "boyfriend", "partner", "named", "called", "mum", "mom", "dad"]);
/** Words after a person's name: speech, cognition and life-event verbs. */
const PERSON_AFTER = new Set(["said", "says", "told", "tells", "added", "asked", "replied", "wrote", "died", "dies", "spent", "cried", "smiled", "laughed", "married", "wanted", "wants", "thought", "thinks", "believes", "believed", "felt", "feels", "loved", "loves", "recalled", "recalls", "remembered", "explained", "admitted", "insisted", "suffered", "lived", "lives"]);
/** Honours and degrees written after a name ("Mark Tedeschi, QC"). */
const POST_NOMINALS = new Set(["QC", "KC", "SC", "SC.", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Ph.D.", "MD", "M.D.", "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.", "FRS", "RN", "USN", "USMC", "Ret", "Ret."]);
const QUOTE_MARKS = new Set(['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"]);
const COMPANY_DESIGNATORS = new Set(["inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group", "holding", "holdings", "sa", "ag", "gmbh", "nv", "bv", "spa", "international", "industries", "bank", "airlines", "airways", "motors", "systems", "technologies", "pharmaceuticals", "enterprises", "partners"]);
const MEDIA_NOUNS = new Set(["news", "wire", "press", "agency", "service", "newspaper", "daily", "weekly", "magazine", "broadcaster", "tabloid"]);
const STREET_KEYS = new Set(["street", "avenue", "road", "boulevard", "lane", "strasse", "rue"]);
/** words that make a new place of a country's name: "North Korea", "Greater Syria", "mainland China" */
const PLACE_MODIFIERS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "inner", "outer", "mainland", "new", "old", "little", "great", "rural", "northeast", "northwest", "southeast", "southwest", "coastal", "occupied", "free", "independent", "modern", "ancient", "united", "democratic", "republican", "imperial", "colonial", "communist", "nazi", "soviet", "federal", "all", "the", "of", "and", "de", "du"]);
const LAW_KEYS = new Set(["act", "law", "treaty", "constitution", "accord", "accords", "convention", "protocol", "amendment", "charter", "code", "bill", "resolution"]);

const isCap = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};
const isAcronym = (w: string): boolean => w.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** Could the acronym stand for the name? Its letters must be initials of the name's capitalised words, in some order. */
function abbreviates(acronym: string, name: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "");
  const initials = name.filter((w) => isCap(w)).map((w) => w.charAt(0));
  if (name.length < 2 || letters.length < 2 || letters.length > initials.length + 1) return false;
  const pool = [...initials];
  let missing = 0;
  for (const ch of letters) {
    const k = pool.indexOf(ch);
    if (k >= 0) pool.splice(k, 1);
    else missing++;
  }
  return missing <= (letters.length >= 4 ? 1 : 0);
}

/**
 * Named-entity tagger for whole documents: an averaged-perceptron BILOU model over rich lexical, shape,
 * gazetteer and document-level features, followed by rules for what rules do better.
 */
export class EntityTagger {
  readonly features: NerFeatures;

  constructor(
    readonly model: NerModel,
    readonly gaz: Gazetteer,
  ) {
    this.features = new NerFeatures(gaz);
    // well-known names and their variants (src/nlp/link/aliases.ts) are evidence of their type: a group whose
    // usual name is a country names a GPE ("U.S.", "America"), any other an organisation ("ISIS", "NATO")
    for (const forms of WELL_KNOWN_ALIASES) {
      const head = forms[0]!.toLowerCase();
      const type: EntityType = (head.includes(" ") ? gaz.phraseMask(head) : gaz.singleMask(head)) & (1 << GAZ.country) ? "GPE" : "ORG";
      for (const f of forms) {
        const toks = tokenize(f).map((t) => t.text);
        this.aliasType.set(toks.join(" "), type);
        this.aliasMaxLen = Math.max(this.aliasMaxLen, toks.length);
      }
    }
  }
  private readonly aliasType = new Map<string, EntityType>();
  private aliasMaxLen = 0;

  static load(dir?: string): EntityTagger {
    const d = dir ?? dataDir();
    return new EntityTagger(loadModel(d), loadGazetteer(d));
  }

  /** Model spans (token indices into the flattened document), coarse types, and the truecased words. */
  tagModel(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): { spans: Array<{ start: number; end: number; type: number }>; forms: string[][] } {
    const ex = this.features.extract(doc, headlines);
    const labels = this.model.tag(ex);
    return { spans: spansOf(labels, 0, ex.n), forms: ex.forms };
  }

  /** Mentions over the flattened token list of a document given as sentences of words. */
  tag(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): TokenSpan[] {
    const { spans, forms } = this.tagModel(doc, headlines);
    const words = forms.flat();
    const sentOf: number[] = [];
    const sentStart: number[] = [];
    forms.forEach((s, i) => {
      sentStart.push(sentOf.length);
      s.forEach(() => sentOf.push(i));
    });
    const lower = words.map((w) => w.toLowerCase());
    let out: TokenSpan[] = [];
    const titleMask = (i: number): boolean => (this.gaz.singleMask(lower[i]!) & (1 << GAZ.title)) !== 0 || /^(prime|vice|foreign|defen[cs]e|interior|finance|deputy|acting|former)$/.test(lower[i]!);
    for (const model of spans) {
      // a number inside a name separates two names ("Lotte 6 Hyundai"); titles are not part of a person's name
      const pieces: Array<{ start: number; end: number; type: number }> = [];
      let from = model.start;
      for (let i = model.start + 1; i < model.end - 1; i++) {
        if (/^\d+$/.test(words[i]!) && isCap(words[i - 1]!) && isCap(words[i + 1]!)) {
          pieces.push({ start: from, end: i, type: model.type });
          from = i + 1;
        }
      }
      pieces.push({ start: from, end: model.end, type: model.type });
      // two places joined by "and" are two places ("Tetouan and Fnideq"), unless the whole is a known name
      const placeBits = (1 << GAZ.city) | (1 << GAZ.country) | (1 << GAZ.state);
      const known = (a: number, b: number): number => {
        const ph = lower.slice(a, b).join(" ");
        return b - a === 1 ? this.gaz.singleMask(ph) : this.gaz.phraseMask(ph);
      };
      const last = pieces[pieces.length - 1]!;
      for (let i = last.start + 1; i < last.end - 1; i++) {
        if (lower[i] !== "and" || known(last.start, last.end) & placeBits) continue;
        if (known(last.start, i) & placeBits || known(i + 1, last.end) & placeBits) {
          const geo = NER_TYPES.indexOf("GEO");
          pieces.pop();
          pieces.push({ start: last.start, end: i, type: geo }, { start: i + 1, end: last.end, type: geo });
        }
        break;
      }
      for (const sp of pieces) {
        if (NER_TYPES[sp.type] === "PER") while (sp.start < sp.end && titleMask(sp.start)) sp.start++;
        if (sp.start >= sp.end) continue;
        let type = this.refine(NER_TYPES[sp.type]!, lower, sp.start, sp.end);
        if (type === null) continue;
        let source = "model";
        // "NIA Director stressed…" read as a person: the acronym is the organisation, the title is no name
        if (type === "PERSON" && sp.end - sp.start === 2 && isAcronym(words[sp.start]!) && TRAILING_TITLES.has(lower[sp.end - 1]!)) {
          type = this.gaz.singleMask(lower[sp.start]!) & (1 << GAZ.country) ? "GPE" : "ORG";
          sp.end--;
          source = "rule:trim-title";
        }
        if (type === "ORG" || type === "GPE" || type === "NORP") {
          // "BCIJ Director stressed…": the role word is not part of the organisation's name
          const end = this.trimTitles(words, lower, sp.start, sp.end);
          if (end < sp.end) {
            sp.end = end;
            source = "rule:trim-title";
          }
        }
        const retyped = this.personByName(type, words, lower, sp.start, sp.end);
        if (retyped !== null) {
          type = "PERSON";
          source = retyped;
        }
        out.push({ start: sp.start, end: sp.end, type, source });
      }
    }

    // gazetteer names the model cut into pieces ("Czech" + "Republic", "Sri" + "Lanka") become one
    const cap = words.map((w) => isCap(w));
    const want = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym);
    for (let s = 0; s < forms.length; s++) {
      const a = sentStart[s]!;
      const b = a + forms[s]!.length;
      for (const m of this.gaz.phraseMatches(lower.slice(a, b), cap.slice(a, b), want)) {
        const ms = a + m.start;
        const me = a + m.end;
        const over = out.filter((x) => x.start < me && ms < x.end);
        if (over.length === 0 || over.some((x) => x.start < ms || x.end > me)) continue;
        if (over.length === 1 && over[0]!.start === ms && over[0]!.end === me) continue;
        const type: EntityType = m.mask & (1 << GAZ.demonym) ? "NORP" : m.mask & (1 << GAZ.region) && !(m.mask & ((1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) ? "LOC" : "GPE";
        out = out.filter((x) => !over.includes(x));
        out.push({ start: ms, end: me, type, source: "gazetteer" });
      }
    }

    // events named by their head word: "World Cup", "U.S. Open", "Asian Games", "World War II", "Euro 96"
    for (let s = 0; s < forms.length; s++) {
      const a = sentStart[s]!;
      const b = a + forms[s]!.length;
      for (let h = a; h < b; h++) {
        const lw = lower[h]!;
        let start = -1;
        let end = h + 1;
        if (lw === "euro" && cap[h] && /^(\d{2}|\d{4})$/.test(words[h + 1] ?? "")) {
          start = h;
          end = h + 2;
        } else if (EVENT_HEADS.has(lw) && cap[h]) {
          start = h;
          while (start - 1 >= a && cap[start - 1]! && /\p{L}/u.test(words[start - 1]!) && !(start - 1 === a && lower[start - 1] === "the")) start--;
          if (lw === "war" && h + 1 < b && /^(I{1,3}|IV|V|One|Two)$/.test(words[h + 1]!)) end = h + 2;
          if (start === h && !(lw === "olympics" || lw === "olympic")) continue;
          if (start === h && out.some((x) => x.start <= h && h < x.end)) continue;
        } else continue;
        const over = out.filter((x) => x.start < end && start < x.end);
        if (over.some((x) => x.start < start || x.end > end)) continue;
        out = out.filter((x) => !over.includes(x));
        out.push({ start, end, type: "EVENT", source: "rule:event" });
        h = end - 1;
      }
    }

    this.mediaNames(out, words, lower, sentOf);
    this.companyShortNames(out, words, lower);
    out = this.aliases(out, words, cap, forms, sentStart);
    out = this.teams(out, words, lower, cap, forms, sentStart);
    out = this.people(out, words, lower, cap, sentOf, sentStart);
    out = this.commonWords(out, words, lower, sentOf, sentStart);
    this.vote(out, lower);
    this.givenNames(out, words, lower, cap, sentOf);
    out.sort((x, y) => x.start - y.start);
    const owner = new Int32Array(words.length).fill(-1);
    out.forEach((x, i) => owner.fill(i, x.start, x.end));

    // Mr./Mrs./Dr. + capitalised words: a person
    for (let i = 0; i + 1 < words.length; i++) {
      if (!NAME_TITLES.has(lower[i]!) || !isCap(words[i + 1]!) || sentOf[i + 1] !== sentOf[i]) continue;
      let j = i + 1;
      while (j < words.length && j - i <= 4 && sentOf[j] === sentOf[i] && isCap(words[j]!) && /\p{L}/u.test(words[j]!)) j++;
      // a nickname in quotes ("Mr. Security", "Mr. Clean"): a title before common nouns is no person's name
      if (i > 0 && QUOTE_MARKS.has(words[i - 1]!) && QUOTE_MARKS.has(words[j] ?? "")) {
        let common = true;
        for (let k = i + 1; k < j; k++) if (this.gaz.caseOf(lower[k]!) !== CASE_LOWER || this.gaz.singleMask(lower[k]!) & (1 << GAZ.first)) common = false;
        if (common) continue;
      }
      let free = true;
      for (let k = i + 1; k < j; k++) if (owner[k]! >= 0 && out[owner[k]!]!.type === "PERSON") free = false;
      if (!free) continue;
      for (let k = i + 1; k < j; k++) if (owner[k]! >= 0) out[owner[k]!]!.end = -1; // drop overlapping non-person spans
      owner.fill(out.length, i + 1, j);
      out.push({ start: i + 1, end: j, type: "PERSON", source: "rule:title" });
    }

    // an acronym in parentheses right after a name takes the name's type: "Central Bureau of ... (BCIJ)"
    for (const sp of out.slice()) {
      if (sp.end < 0 || !PAREN_OPEN.has(words[sp.end] ?? "")) continue;
      let close = -1;
      for (let k = sp.end + 1; k < Math.min(words.length, sp.end + 7); k++) if (PAREN_CLOSE.has(words[k]!)) { close = k; break; }
      if (close < 0) continue;
      const acr = close - 1;
      if (acr <= sp.end || !isAcronym(words[acr]!) || !abbreviates(words[acr]!, words.slice(sp.start, sp.end))) continue;
      if (sp.type === "PERSON" || sp.type === "NORP") continue;
      const o = owner[acr]!;
      if (o >= 0) {
        const other = out[o]!;
        if (other.start === acr && other.end === acr + 1) {
          other.type = sp.type;
          continue;
        }
        if (other.start < acr || other.end > acr + 1) continue;
      }
      owner[acr] = out.length;
      out.push({ start: acr, end: acr + 1, type: sp.type, source: "rule:acronym" });
    }

    // demonyms the model left out: "Moroccan authorities", "Arab-Israeli talks"
    const demonym = (w: string): boolean => (this.gaz.singleMask(w) & (1 << GAZ.demonym)) !== 0 || (w.includes("-") && w.split("-").every((p) => (this.gaz.singleMask(p) & (1 << GAZ.demonym)) !== 0));
    // a lone nationality word is a group of people, never one person or an organisation ("the ability of Afghans")
    for (const sp of out) {
      if (sp.end - sp.start === 1 && (sp.type === "PERSON" || sp.type === "ORG") && demonym(lower[sp.start]!)) {
        sp.type = "NORP";
        sp.source = "rule:demonym";
      }
    }
    for (let i = 0; i < words.length; i++) {
      if (owner[i]! >= 0 || !isCap(words[i]!)) continue;
      if (!demonym(lower[i]!)) continue;
      const next = words[i + 1];
      if (next !== undefined && isCap(next) && sentOf[i + 1] === sentOf[i]) continue;
      owner[i] = out.length;
      out.push({ start: i, end: i + 1, type: "NORP", source: "rule:demonym" });
    }

    out = out.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    out = this.stateOrgs(out, words, lower, sentOf);
    out = this.personShapes(out, words, lower);
    return this.headlines(out, lower, cap, forms, sentStart, headlines && doc.map((s, i) => headlines[i] === true && isTitleCaseLine(s) && !isCapsSentence(s)));
  }

  /**
   * Well-known names (src/nlp/link/aliases.ts) take their group's type wherever the model found them, and
   * unclaimed occurrences of their longer forms (four letters or more, outside all-caps lines) become mentions.
   */
  private aliases(out: TokenSpan[], words: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[]): TokenSpan[] {
    const covered = new Uint8Array(words.length);
    for (const sp of out) {
      covered.fill(1, sp.start, sp.end);
      if (sp.end - sp.start > this.aliasMaxLen) continue;
      const t = this.aliasType.get(words.slice(sp.start, sp.end).join(" "));
      // "U.S.-led": an adjectival use keeps its NORP type
      if (t === undefined || t === sp.type || sp.type === "NORP") continue;
      sp.type = t;
      sp.source = "rule:alias";
    }
    for (let s = 0; s < forms.length; s++) {
      if (isCapsSentence(forms[s]!)) continue;
      const a = sentStart[s]!;
      const b = a + forms[s]!.length;
      for (let i = a; i < b; i++) {
        if (covered[i] || !cap[i]) continue;
        for (let n = Math.min(this.aliasMaxLen, b - i); n >= 1; n--) {
          const text = words.slice(i, i + n).join(" ");
          const t = this.aliasType.get(text);
          if (t === undefined || text.length < 4 || covered.subarray(i, i + n).some((c) => c === 1)) continue;
          if (i + n < b && cap[i + n] && /\p{L}/u.test(words[i + n]!)) continue; // part of a longer name
          if (words[i + n] === "-" || words[i - 1] === "-") continue; // a compound modifier: "U.S.-led"
          out.push({ start: i, end: i + n, type: t, source: "rule:alias" });
          covered.fill(1, i, i + n);
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }

  /**
   * Companies, document-wide: a name written with a company designator ("Magna International Inc", "Lear
   * Corp") makes its first word alone an organisation wherever the model typed it otherwise, as does
   * "<place>-based" before a name ("Ontario-based Magna"). Known places and given names are left alone.
   */
  private companyShortNames(out: TokenSpan[], words: readonly string[], lower: readonly string[]): void {
    const NOT = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.first) | (1 << GAZ.title);
    const short = new Set<string>();
    for (const sp of out) {
      if (sp.type !== "ORG" || sp.end - sp.start < 2 || !COMPANY_DESIGNATORS.has(lower[sp.end - 1]!.replace(/\.$/, ""))) continue;
      const w = lower[sp.start]!;
      if (/^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!) && !(this.gaz.singleMask(w) & NOT) && this.gaz.caseOf(w) !== CASE_LOWER) short.add(w);
    }
    for (const sp of out) {
      if (sp.type === "ORG" || sp.type === "NORP" || sp.end - sp.start !== 1 || sp.source !== "model") continue;
      const w = lower[sp.start]!;
      const prev = lower[sp.start - 1] ?? "";
      const based = /\p{L}-(based|headquartered)$/u.test(prev) && !(this.gaz.singleMask(w) & NOT);
      if (!short.has(w) && !based) continue;
      sp.type = "ORG";
      sp.source = "rule:company";
    }
  }

  /**
   * A name right before or after a media noun is an organisation ("Interfax news agency said", "the daily
   * Kommersant", "the newspaper Hurriyet"), unless it is a known place ("a Moscow newspaper").
   */
  private mediaNames(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): void {
    const PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym);
    const media = (i: number, dir: 1 | -1): boolean => {
      const w = lower[i];
      // a capitalised "Weekly" is part of the name ("LA Weekly"), not a noun about it
      if (w === undefined || !MEDIA_NOUNS.has(w) || words[i] !== w) return false;
      if (w === "agency" || w === "service") return lower[i - 1] === "news" || lower[i - 1] === "wire" || lower[i - 1] === "press";
      if (w === "news" || w === "wire" || w === "press") return dir === 1 && (lower[i + 1] === "agency" || lower[i + 1] === "service");
      return true;
    };
    for (const sp of out) {
      if (sp.type === "ORG" || sp.type === "NORP" || sp.type === "EVENT") continue;
      const after = sentOf[sp.end] === sentOf[sp.start] && media(sp.end, 1);
      const before = sp.start > 0 && sentOf[sp.start - 1] === sentOf[sp.start] && media(sp.start - 1, -1) && /^(agency|newspaper|daily|weekly|magazine|broadcaster|tabloid)$/.test(lower[sp.start - 1]!);
      if (!after && !before) continue;
      const phrase = lower.slice(sp.start, sp.end).join(" ");
      if ((sp.end - sp.start === 1 ? this.gaz.singleMask(phrase) : this.gaz.phraseMask(phrase)) & PLACE) continue;
      sp.type = "ORG";
      sp.source = "rule:media";
    }
  }

  /**
   * A nationality adjective right before a state organisation is part of its name, as in OntoNotes:
   * NORP "Spanish" + ORG "Interior Ministry" -> ORG "Spanish Interior Ministry"; also "the French Army".
   */
  private stateOrgs(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[]): TokenSpan[] {
    const res: TokenSpan[] = [];
    for (let k = 0; k < out.length; k++) {
      const a = out[k]!;
      const b = out[k + 1];
      if (a.type === "NORP" && a.end - a.start === 1 && b && b.type === "ORG" && b.start === a.end && sentOf[b.start] === sentOf[a.start] && STATE_ORG_HEADS.has(lower[b.end - 1]!) && b.end - b.start <= 3 && words.slice(b.start, b.end).every((w) => isCap(w) && /^\p{L}/u.test(w))) {
        res.push({ start: a.start, end: b.end, type: "ORG", source: "rule:state-org" });
        k++;
        continue;
      }
      res.push(a);
    }
    return res;
  }

  /**
   * Headlines in Title Case tell little about names: a headline word sequence that is a name found in the
   * body, or at least its first two words ("Maroc Hebdo International" for the body's "Maroc Hebdo
   * International Weekly"), takes the body mention's type, replacing what the model said there.
   */
  private headlines(out: TokenSpan[], lower: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[], headlines: readonly boolean[] | undefined): TokenSpan[] {
    if (!headlines || !headlines.some((h) => h)) return out;
    const inHeadline = (i: number): boolean => {
      // the sentence holding token i: the last sentence start <= i
      return headlines[Math.max(0, lowerBound(sentStart, (v) => v <= i) - 1)] === true;
    };
    // body names by first word: token lists, longest first
    const byFirst = new Map<string, Array<{ toks: string[]; type: EntityType }>>();
    const typeOf = new Map<string, EntityType | null>();
    for (const sp of out) {
      if (inHeadline(sp.start)) continue;
      const toks = lower.slice(sp.start, sp.end);
      const k = toks.join(" ");
      const t = typeOf.get(k);
      if (t === undefined) {
        typeOf.set(k, sp.type);
        const list = byFirst.get(toks[0]!);
        if (list) list.push({ toks, type: sp.type });
        else byFirst.set(toks[0]!, [{ toks, type: sp.type }]);
      } else if (t !== sp.type) typeOf.set(k, null); // the body itself disagrees: no evidence
    }
    for (const [w, list] of byFirst) byFirst.set(w, list.filter((e) => typeOf.get(e.toks.join(" ")) === e.type));
    if (byFirst.size === 0) return out;
    for (const list of byFirst.values()) list.sort((x, y) => y.toks.length - x.toks.length);
    let res = out;
    for (let s = 0; s < forms.length; s++) {
      if (!headlines[s]) continue;
      const a = sentStart[s]!;
      const b = a + forms[s]!.length;
      for (let i = a; i < b; i++) {
        if (!cap[i]) continue;
        const list = byFirst.get(lower[i]!);
        if (!list) continue;
        let best: { len: number; type: EntityType } | null = null;
        for (const e of list) {
          let n = 0;
          while (n < e.toks.length && i + n < b && lower[i + n] === e.toks[n]) n++;
          const whole = n === e.toks.length;
          if (!(whole || n >= 2)) continue;
          // the match must not stop inside a capitalised run that goes on ("New York Times" is not "New York")
          if (whole && i + n < b && cap[i + n] && n < 2) continue;
          if (!best || n > best.len) best = { len: n, type: e.type };
        }
        if (!best) continue;
        const st = i;
        const en = i + best.len;
        const over = res.filter((x) => x.start < en && st < x.end);
        if (over.length === 1 && over[0]!.start === st && over[0]!.end === en && over[0]!.type === best.type) {
          i = en - 1;
          continue;
        }
        // a span that reaches past the match is a longer name the body does not contradict: it stays
        if (over.some((x) => x.start < st || x.end > en)) continue;
        res = res.filter((x) => !over.includes(x));
        res.push({ start: st, end: en, type: best.type, source: "rule:headline" });
        i = en - 1;
      }
    }
    return res.sort((x, y) => x.start - y.start);
  }

  /**
   * Sports teams named after their town ("Leicestershire beat Somerset", "CHICAGO 3 Houston 1", a standings
   * row "Surrey 12 5 2 5"): a place in such a position is an organisation, and so is every other mention of
   * the same name in the article. Country names stay places (national teams are tagged as the country).
   */
  private teams(out: TokenSpan[], words: string[], lower: string[], cap: boolean[], forms: string[][], sentStart: number[]): TokenSpan[] {
    const isNum = (i: number): boolean => i < words.length && /\d/.test(words[i]!) && !/\p{L}/u.test(words[i]!);
    const isCountry = (sp: TokenSpan): boolean => {
      const ph = lower.slice(sp.start, sp.end).join(" ");
      return ((sp.end - sp.start === 1 ? this.gaz.singleMask(ph) : this.gaz.phraseMask(ph)) & (1 << GAZ.country)) !== 0;
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
        return j > i && j - i <= 3 ? { start: i, end: j, type: "ORG", source: "rule:team" } : undefined;
      };
      // score line: NAME n NAME n
      const n1 = runAt(a);
      if (n1 && isNum(n1.end)) {
        const n2 = runAt(n1.end + 1);
        if (n2 && isNum(n2.end) && (n2.end + 1 === b || !/\p{L}/u.test(words[n2.end + 1] ?? "x") || words[n2.end + 1] === "(")) {
          for (const n of [n1, n2]) {
            if (n.source === "rule:team" && !added.includes(n)) added.push(n);
            else if (place(n)) teams.add(key(n));
          }
        }
        // standings row: NAME n n n ...
        let k = n1.end;
        let nums = 0;
        while (k < b && (isNum(k) || words[k] === "." || words[k] === "-")) if (isNum(k++)) nums++;
        const dateLike = /^(1[89]|20)\d\d$/.test(words[n1.end]!) && words[n1.end + 1] === "-";
        if (k === b && nums >= 3 && !dateLike) {
          if (n1.source === "rule:team") added.push(n1);
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
          if (l && r && l.end === i && (st > a || this.gaz.caseOf(lower[st]!) !== CASE_LOWER)) {
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
    if (teams.size === 0 && added.length === 0) return out;
    for (const sp of out) {
      if (teams.has(key(sp)) && sp.type !== "ORG" && place(sp)) {
        sp.type = "ORG";
        sp.source = "rule:team";
      }
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
        if (!ok || (i + parts.length < words.length && cap[i + parts.length]! && /\p{L}/u.test(words[i + parts.length]!))) continue;
        all.push({ start: i, end: i + parts.length, type: "ORG", source: "rule:team" });
        covered.fill(1, i, i + parts.length);
      }
    }
    return all;
  }

  /**
   * People, document-wide: an initial and a surname ("M. Butcher") is a person; once the article names a
   * person in full ("Boris Yeltsin"), the surname alone is that person wherever it recurs, whatever the
   * model said there (a place or a country name excepted).
   */
  private people(out: TokenSpan[], words: string[], lower: string[], cap: boolean[], sentOf: number[], sentStart: number[]): TokenSpan[] {
    const isInitial = (i: number): boolean => /^\p{Lu}\.$/u.test(words[i] ?? "");
    const isWord = (i: number): boolean => i < words.length && cap[i]! && /\p{L}{2}/u.test(words[i]!) && !isInitial(i);
    // initials: "M. Butcher", "P. J. Smith"
    for (let i = 0; i < words.length; i++) {
      if (!isInitial(i) || (i > 0 && isInitial(i - 1))) continue;
      let j = i;
      while (isInitial(j) && sentOf[j] === sentOf[i]) j++;
      if (!isWord(j) || sentOf[j] !== sentOf[i] || this.gaz.caseOf(lower[j]!) === CASE_LOWER) continue;
      let e = j + 1;
      if (isWord(e) && sentOf[e] === sentOf[i]) e++;
      const over = out.filter((x) => x.start < e && i < x.end);
      if (over.some((x) => x.start < i || x.end > e)) continue;
      if (over.length === 1 && over[0]!.type === "PERSON" && over[0]!.start === i) continue;
      out = out.filter((x) => !over.includes(x));
      out.push({ start: i, end: e, type: "PERSON", source: "rule:initials" });
    }
    // surnames of people named in full
    const surnames = new Set<string>();
    for (const sp of out) if (sp.type === "PERSON" && sp.end - sp.start >= 2 && /\p{L}{2}/u.test(words[sp.end - 1]!)) surnames.add(lower[sp.end - 1]!);
    if (surnames.size === 0) return out;
    const placeLike = (1 << GAZ.country) | (1 << GAZ.state) | (1 << GAZ.region);
    const covered = new Int32Array(words.length).fill(-1);
    out.forEach((x, k) => covered.fill(k, x.start, x.end));
    // a surname that is also a place ("Neil Jordan" ... "Jordan said") is the person when the article uses
    // the word more often like a person's name (before "said", "told" …, "who", "whose") than like a place
    // (after "in", "to", "from" …, or coordinated with another place)
    const evidence = new Map<string, number>();
    const gpeAt = new Uint8Array(words.length);
    for (const sp of out) if (sp.type === "GPE" || sp.type === "LOC") gpeAt.fill(1, sp.start, sp.end);
    for (const sp of out) {
      if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !surnames.has(lower[sp.start]!)) continue;
      const i = sp.start;
      const s = sentOf[i];
      const prev = i > 0 && sentOf[i - 1] === s ? lower[i - 1]! : "";
      const next = sentOf[i + 1] === s ? lower[i + 1]! : "";
      const other = (k: number): boolean => sentOf[k] === s && gpeAt[k] === 1 && !(k >= sp.start && k < sp.end);
      const next2 = sentOf[i + 2] === s ? lower[i + 2]! : "";
      const w = lower[i]!;
      if (((PLACE_BEFORE.has(prev) || prev === "to" || prev === "of") && !/^['’]s$/.test(next)) || ((prev === "and" || prev === ",") && other(i - 2)) || ((next === "and" || next === ",") && other(i + 2))) evidence.set(w, (evidence.get(w) ?? 0) - 1);
      else if (PERSON_AFTER.has(next) || next === "who" || (next === "," && (next2 === "who" || next2 === "whose"))) evidence.set(w, (evidence.get(w) ?? 0) + 1);
    }
    for (const sp of out) {
      if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !surnames.has(lower[sp.start]!)) continue;
      if (this.gaz.singleMask(lower[sp.start]!) & placeLike && ((evidence.get(lower[sp.start]!) ?? 0) <= 0 || sp.source !== "model" || !/^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!))) continue;
      sp.type = "PERSON";
      sp.source = "rule:surname";
    }
    // a family by its surname: "the Sams", "the Kowalskis"
    const family = (i: number): boolean =>
      i > 0 && lower[i - 1] === "the" && sentOf[i - 1] === sentOf[i] && cap[i]! && lower[i]!.endsWith("s") && surnames.has(lower[i]!.slice(0, -1)) && !(this.gaz.singleMask(lower[i]!) & placeLike);
    for (const sp of out) {
      if (sp.end - sp.start !== 1 || sp.type === "PERSON" || !family(sp.start)) continue;
      sp.type = "PERSON";
      sp.source = "rule:surname";
    }
    for (let i = 1; i < words.length; i++) {
      if (covered[i]! >= 0 || !family(i) || (isWord(i + 1) && sentOf[i + 1] === sentOf[i])) continue;
      covered[i] = out.length;
      out.push({ start: i, end: i + 1, type: "PERSON", source: "rule:surname" });
    }
    for (let i = 0; i < words.length; i++) {
      if (covered[i]! >= 0 || !cap[i] || !surnames.has(lower[i]!)) continue;
      if (i === sentStart[sentOf[i]!] && this.gaz.caseOf(lower[i]!) === CASE_LOWER) continue;
      if ((i > 0 && covered[i - 1]! < 0 && isWord(i - 1) && sentOf[i - 1] === sentOf[i]) || (isWord(i + 1) && sentOf[i + 1] === sentOf[i])) continue;
      if (this.gaz.singleMask(lower[i]!) & placeLike) continue;
      out.push({ start: i, end: i + 1, type: "PERSON", source: "rule:surname" });
    }
    return out;
  }

  /**
   * One name, one type per article: model mentions of the same string that disagree take the type most of
   * them have (at least two mentions and two thirds of them). Rule-made mentions keep their type.
   */
  private vote(out: TokenSpan[], lower: string[]): void {
    const byText = new Map<string, TokenSpan[]>();
    for (const sp of out) {
      const k = lower.slice(sp.start, sp.end).join(" ");
      const list = byText.get(k);
      if (list) list.push(sp);
      else byText.set(k, [sp]);
    }
    for (const list of byText.values()) {
      if (list.length < 3) continue;
      const counts = new Map<EntityType, number>();
      for (const sp of list) counts.set(sp.type, (counts.get(sp.type) ?? 0) + 1);
      if (counts.size < 2) continue;
      let best: EntityType = list[0]!.type;
      for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
      const n = counts.get(best)!;
      if (n < 2 || n * 3 < list.length * 2) continue;
      for (const sp of list) if (sp.type !== best && sp.source === "model") sp.type = best;
    }
  }

  /**
   * End of a span without its trailing singular person titles ("BCIJ Director" -> "BCIJ", "UN Secretary
   * General" -> "UN"), when what remains is still a name: a capitalised word that is not a title itself.
   * "Office of the President" keeps its title (it follows a connector).
   */
  private trimTitles(words: readonly string[], lower: readonly string[], a: number, b: number): number {
    let e = b;
    while (e - a >= 2 && isCap(words[e - 1]!) && (TRAILING_TITLES.has(lower[e - 1]!) || (lower[e - 1] === "general" && TRAILING_TITLES.has(lower[e - 2]!)))) e--;
    if (e === b) return b;
    // what remains must end in a name word, not a connector or a modifier of the title ("Prime", "Foreign")
    const last = lower[e - 1]!;
    if (!isCap(words[e - 1]!) || /^(of|the|and|de|du|la|le|for)$/.test(last)) return b;
    if (/^(prime|vice|foreign|defen[cs]e|interior|finance|deputy|acting|former|chief|executive|general|assistant|senior|state)$/.test(last)) return b;
    if (this.gaz.singleMask(last) & (1 << GAZ.title)) return b;
    return e;
  }

  /**
   * A word capitalised only because it starts a sentence ("Iodine deficiency can lead to …") is no name
   * when the article writes it in lower case elsewhere (twice or more) and never capitalised inside a
   * sentence. Post-nominal honours after a person's name ("Mark Tedeschi, QC,") are no organisations.
   */
  /**
   * Person spans shaped like names: a possessive belongs to the word before it, so a span never starts
   * with "'s" and a person after a possessor starts after it ("DAB's Elizabeth Quat" -> "Elizabeth
   * Quat"); a lone word the article's language usually writes in lower case ("State", "Student", "Fan")
   * is no person unless a title precedes it or a longer person name in the article contains it.
   */
  private personShapes(out: TokenSpan[], words: readonly string[], lower: readonly string[]): TokenSpan[] {
    const clitic = (i: number): boolean => /^['’]s$/i.test(words[i] ?? "");
    const inLongerName = new Set<string>();
    for (const sp of out) if (sp.type === "PERSON" && sp.end - sp.start > 1) for (let i = sp.start; i < sp.end; i++) inLongerName.add(lower[i]!);
    return out.filter((sp) => {
      while (sp.start < sp.end && clitic(sp.start)) sp.start++;
      if (sp.type === "PERSON") for (let k = sp.end - 2; k > sp.start; k--) if (clitic(k)) sp.start = k + 1;
      if (sp.start >= sp.end) return false;
      if (sp.type !== "PERSON" || sp.end - sp.start !== 1 || sp.source !== "model") return true;
      const w = lower[sp.start]!;
      const titled = sp.start > 0 && (NAME_TITLES.has(lower[sp.start - 1]!) || (this.gaz.singleMask(lower[sp.start - 1]!) & (1 << GAZ.title)) !== 0);
      return titled || inLongerName.has(w) || this.gaz.caseOf(w) !== CASE_LOWER;
    });
  }

  private commonWords(out: TokenSpan[], words: readonly string[], lower: readonly string[], sentOf: readonly number[], sentStart: readonly number[]): TokenSpan[] {
    const lowerCount = new Map<string, number>();
    const capInside = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!/^\p{L}/u.test(w)) continue;
      if (w === lower[i]) lowerCount.set(w, (lowerCount.get(w) ?? 0) + 1);
      else if (i > sentStart[sentOf[i]!]! && !QUOTE_MARKS.has(words[i - 1]!) && words[i - 1] !== "(") capInside.add(lower[i]!);
    }
    const personEnds = new Set<number>();
    for (const sp of out) if (sp.type === "PERSON") personEnds.add(sp.end);
    return out.filter((sp) => {
      if (sp.end - sp.start !== 1 || sp.source !== "model") return true;
      const i = sp.start;
      const w = lower[i]!;
      const first = i === sentStart[sentOf[i]!] || (i > 0 && sentOf[i - 1] === sentOf[i] && (QUOTE_MARKS.has(words[i - 1]!) || words[i - 1] === "(") && i - 1 === sentStart[sentOf[i]!]);
      if (first && /^\p{Lu}\p{Ll}+$/u.test(words[i]!) && (lowerCount.get(w) ?? 0) >= 2 && !capInside.has(w)) return false;
      if (sp.type === "ORG" && POST_NOMINALS.has(words[i]!) && words[i - 1] === "," && personEnds.has(i - 1)) return false;
      return true;
    });
  }

  /**
   * A lone given name the model took for a place ("their nine-month-old child, Gloria"): given names that
   * are no known place become people when the article uses the word like a person's name somewhere
   * (after a kinship or person noun, before a verb of speech or living) and never like a place (after
   * "in", "at", "from", "village of" …). All its mentions change together.
   */
  private givenNames(out: TokenSpan[], words: readonly string[], lower: readonly string[], cap: readonly boolean[], sentOf: readonly number[]): void {
    const FIRST = 1 << GAZ.first;
    const NOT = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.language) | (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.lockey) | (1 << GAZ.title) | (1 << GAZ.time);
    const cands = new Set<string>();
    for (const sp of out) {
      if (sp.end - sp.start !== 1 || (sp.type !== "GPE" && sp.type !== "LOC") || sp.source !== "model") continue;
      const m = this.gaz.singleMask(lower[sp.start]!);
      if (m & FIRST && !(m & NOT) && /^\p{Lu}\p{Ll}+$/u.test(words[sp.start]!)) cands.add(lower[sp.start]!);
    }
    if (cands.size === 0) return;
    const person = new Set<string>();
    const place = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const w = lower[i]!;
      if (!cands.has(w) || !cap[i]) continue;
      const s = sentOf[i]!;
      let p = i - 1;
      if (p >= 0 && sentOf[p] === s && lower[p] === ",") p--;
      const prev = p >= 0 && sentOf[p] === s ? lower[p]! : "";
      const prev2 = p - 1 >= 0 && sentOf[p - 1] === s ? lower[p - 1]! : "";
      const next = i + 1 < words.length && sentOf[i + 1] === s ? lower[i + 1]! : "";
      if (PLACE_BEFORE.has(lower[i - 1] ?? "") && sentOf[i - 1] === s) place.add(w);
      else if ((prev2 === "village" || prev2 === "town" || prev2 === "city" || prev2 === "province" || prev2 === "region") && prev === "of") place.add(w);
      if (PERSON_BEFORE.has(prev) || PERSON_AFTER.has(next)) person.add(w);
    }
    for (const sp of out) {
      const w = lower[sp.start]!;
      if (sp.end - sp.start !== 1 || !person.has(w) || place.has(w) || sp.source !== "model") continue;
      if (sp.type !== "GPE" && sp.type !== "LOC") continue;
      sp.type = "PERSON";
      sp.source = "rule:given-name";
    }
  }

  /**
   * Evidence in the name itself that a span the model typed as an organisation names a person: a given
   * name followed by one or two words never seen in the training text ("Abdellatif Hammouchi"), with no
   * organisation word, place or acronym among them.
   * Returns the rule name, or null.
   */
  private personByName(type: EntityType, words: readonly string[], lower: readonly string[], a: number, b: number): string | null {
    if (type === "PERSON" || type === "NORP" || type === "EVENT") return null;
    const FIRST = 1 << GAZ.first;
    const PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.language);
    const ORGISH = (1 << GAZ.orgkey) | (1 << GAZ.org) | (1 << GAZ.lockey) | (1 << GAZ.eventkey) | (1 << GAZ.title) | (1 << GAZ.time);
    const m0 = this.gaz.singleMask(lower[a]!);
    // "La Dernière Heure", "Al Jazeera", "El Pais": articles and particles are no given names here
    if (!(m0 & FIRST) || m0 & (PLACE | ORGISH) || !/^\p{Lu}\p{Ll}{2,}$/u.test(words[a]!) || /^(the|los|las|les|der|die|das|del|des|dos|san|santa|saint|sao)$/.test(lower[a]!)) return null;
    if (b - a < 2 || b - a > 3 || type !== "ORG") return null;
    if (this.gaz.phraseMask(lower.slice(a, b).join(" "))) return null;
    for (let i = a + 1; i < b; i++) {
      if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(words[i]!)) return null;
      if (this.gaz.singleMask(lower[i]!) & (PLACE | ORGISH)) return null;
    }
    if (this.gaz.caseOf(lower[b - 1]!) !== CASE_UNKNOWN) return null;
    return "rule:person-name";
  }

  /**
   * A name that ends in a country but is no place ("Air France", "Telecom Argentina", "Bank Indonesia"):
   * the words before the country are a common word or an organisation word, not a place modifier
   * ("North", "Greater", "Nazi") and the whole is no known place.
   */
  private companyOfCountry(lower: readonly string[], a: number, b: number, wholeMask: number): boolean {
    if (b - a < 2 || wholeMask & ((1 << GAZ.region) | (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) return false;
    if (!(this.gaz.singleMask(lower[b - 1]!) & (1 << GAZ.country))) return false;
    const PLACEISH = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state) | (1 << GAZ.region) | (1 << GAZ.demonym) | (1 << GAZ.lockey);
    for (let i = a; i < b - 1; i++) {
      const w = lower[i]!;
      if (PLACE_MODIFIERS.has(w) || this.gaz.singleMask(w) & PLACEISH) return false;
      if (!(this.gaz.singleMask(w) & (1 << GAZ.orgkey)) && this.gaz.caseOf(w) !== CASE_LOWER) return false;
    }
    return true;
  }

  /** OntoNotes type of a model span, or null to drop it. */
  private refine(coarse: string, lower: readonly string[], a: number, b: number): EntityType | null {
    const last = lower[b - 1]!;
    const phrase = lower.slice(a, b).join(" ");
    const mask = b - a === 1 ? this.gaz.singleMask(phrase) : 0;
    if (b - a === 1 && mask & (1 << GAZ.time) && coarse !== "PER") return null;
    if (!/\p{L}/u.test(phrase) || (b - a === 1 && !/\p{L}.*\p{L}/u.test(phrase))) return null;
    const placeMask = b - a === 1 ? mask : this.gaz.phraseMask(phrase);
    const inParens = a > 0 && PAREN_OPEN.has(lower[a - 1]!) && PAREN_CLOSE.has(lower[b] ?? "");
    if ((coarse !== "PER" || inParens || b - a === 1) && placeMask & (1 << GAZ.country)) return "GPE";
    switch (coarse) {
      case "PER":
        return "PERSON";
      case "ORG": {
        if (b - a >= 2) {
          // a multi-word place in the gazetteer ("West Bank") or a street ("Wall Street") is no organisation,
          // unless an organisation word follows in the name itself
          if (placeMask & ((1 << GAZ.region) | (1 << GAZ.state) | (1 << GAZ.city)) && !(this.gaz.singleMask(last) & (1 << GAZ.orgkey) && !(placeMask & (1 << GAZ.region)))) return placeMask & (1 << GAZ.region) ? "LOC" : "GPE";
          if (STREET_KEYS.has(last) && lower.slice(a, b - 1).every((w) => !(this.gaz.singleMask(w) & (1 << GAZ.orgkey)))) return "FAC";
        }
        return "ORG";
      }
      case "NORP":
        return "NORP";
      case "EVENT":
        return "EVENT";
      case "ART":
        if (mask & (1 << GAZ.language)) return "LANGUAGE";
        if (LAW_KEYS.has(last)) return "LAW";
        return "PRODUCT";
      case "GEO": {
        const m = this.gaz.singleMask(phrase) | this.gaz.phraseMask(phrase);
        if (m & ((1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.state))) return "GPE";
        if (this.companyOfCountry(lower, a, b, m)) return "ORG";
        if (m & (1 << GAZ.region)) return "LOC";
        if (this.gaz.singleMask(last) & (1 << GAZ.lockey) && b - a > 1) return "LOC";
        if (FAC_KEYS.has(last) && b - a > 1) return "FAC";
        return "GPE";
      }
      default:
        return null;
    }
  }
}
