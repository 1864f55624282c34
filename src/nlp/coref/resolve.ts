import type { Token } from "../../document/types.js";
import type { QuoteCue } from "../../document/types.js";
import type { Entity, EntityType, Paragraph, Quote, Reference } from "../../schema/index.js";
import { lowerBound } from "../search.js";
import { stemWord as stem } from "../link/normalize.js";
import { titleNoun } from "../link/titles.js";
import { personGender, type Gender, type GivenGender } from "./gender.js";
import { SPEECH_FORMS, startsUpper } from "../../lexicon/index.js";
import { resolveSpeakers, speakerSources } from "../quotes/speaker.js";
import { EXPLETIVE_IT_NEXT, PRONOUNS, type PronounClass, type PronounInfo } from "./pronouns.js";

/**
 * Pronoun and definite-description resolution by salience, after Lappin and Leass (1994), on what
 * the earlier stages found: entity mentions, quotations and their speakers.
 *
 * Rules (each reference's `source`):
 *  - coref:speaker   I/me/my inside a quotation is its speaker when a person; we/us/our when an
 *                    organisation or country, or the organisation a person speaker speaks for when
 *                    the article names it next to them (", the State Department spokesperson"). The
 *                    same inside a statement introduced by "X said:" (or "the <title> said:")
 *                    without quotation marks, to the end of its paragraph.
 *  - coref:salience  he/she/it/they and their forms: the most salient agreeing entity. Each mention
 *                    weighs 100, plus 50 as its sentence's subject (or, for it/they, as an earlier
 *                    it/they), halved with every sentence back (pronouns already resolved count as
 *                    mentions). A possessive first tries its own clause's subject. Agreement: he/she a person of
 *                    that gender or of unknown gender; it an organisation, country or place; they an
 *                    organisation or a people (a plural nationality: "Syrians"). Not the speaker of
 *                    the quotation the pronoun is in, not its own clause's subject for him/them.
 *                    "it" before a copula or a verb that takes a clause ("it is", "it seems") is
 *                    left alone: mostly expletive.
 *  - coref:title     "the Minister", "the Foreign Secretary": the most salient person whose recorded
 *                    title ends in that head word.
 *  - coref:head      "the group", "the ministry", "the city": the most salient organisation whose
 *                    name has the head word, or for a generic head (group, company, city, country …)
 *                    the most salient organisation or place of that kind within the window.
 */
export interface CorefOptions {
  pronouns: boolean;
  nominals: boolean;
  /** how many sentences back a third-person pronoun or a generic noun looks for its entity */
  window: number;
}

interface Mention {
  start: number;
  end: number;
  entity: string;
  type: EntityType;
  sentence: number;
  subject: boolean;
  /** a pronoun already resolved to the entity: its class ("it" and "they" agree only with their own kind) */
  pronoun?: PronounClass;
}

export interface CorefResources {
  given: GivenGender;
  /** country names (lower case): "the country" needs one, "the city" must not be one */
  isCountry: (name: string) => boolean;
}

const NEUTER_TYPES: ReadonlySet<EntityType> = new Set(["ORG", "GPE"]);
/** Nouns for a role in an organisation, after its name in an apposition: ", the CJTF-OIR spokesperson". */
const ROLE_NOUNS = new Set([
  "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "director", "head", "president", "chairman", "chairwoman",
  "chair", "leader", "official", "officer", "secretary", "minister", "member", "founder", "executive", "manager", "representative",
  "envoy", "ambassador", "adviser", "advisor", "researcher", "professor", "lecturer", "analyst", "editor", "correspondent", "coach",
  "captain", "general", "colonel", "deputy", "governor", "mayor", "lawyer", "attorney", "economist", "scientist", "employee",
]);

/** Verbs after an organisation's name that make it the subject of a clause ("Hezbollah said"). */
const AGENT_VERBS = new Set([
  "said", "says", "say", "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "should",
  "must", "announced", "claimed", "stated", "denied", "added", "reported", "confirmed", "warned", "told", "wants", "wanted", "plans",
  "planned", "agreed", "refused", "accused", "urged", "called", "launched", "took", "began", "decided", "insisted", "argued",
]);
const CLAUSE_BREAK = new Set([
  ",", ";", ":", "—", "–", "(", ")", "that", "and", "but", "or", "so", "then", "because", "when", "where", "while", "whereas", "although", "though",
  "unless", "until", "once", "after", "before", "as", "if", "who", "whom", "whose", "which", "said", "says",
]);

/**
 * Heads of definite descriptions. Any of them names an earlier entity whose name has the word ("the
 * ministry" = Spanish Interior Ministry, "the mosque" = Grand Mosque); the generic ones also name the
 * most salient entity of their types with no word shared ("the group" = Islamic State).
 */
interface Head {
  generic: readonly EntityType[];
  /** GPE heads: a country ("the country") or a town ("the city") */
  place?: "country" | "town";
}
const HEADS: ReadonlyMap<string, Head> = (() => {
  const m = new Map<string, Head>();
  const put = (words: string, generic: readonly EntityType[], place?: Head["place"]): void => {
    for (const w of words.split(" ")) m.set(w, place ? { generic, place } : { generic });
  };
  put(
    "regime government ministry party coalition alliance agency bureau council committee army court bank union administration " +
      "network department commission federation association institute university board service authority tribunal office " +
      "parliament assembly force church school",
    [],
  );
  put("club team", []); // teams are named: "the team" alone too often means another one
  put("group organisation organization movement company firm militia corporation airline newspaper weekly", ["ORG"]);
  put("mosque airport stadium bridge hotel prison hospital palace tower", ["FAC"]);
  put("memorial museum station square cathedral temple embassy base camp", []);
  put("contest competition championship tournament summit conference festival event", ["EVENT"]);
  put("report study survey", ["WORK_OF_ART"]);
  put("treaty", ["LAW"]);
  put("country nation kingdom", ["GPE"], "country");
  put("city town village capital", ["GPE"], "town");
  return m;
})();

/** What the resolution passes share: the document, its name mentions, the speakers' regions, and the references found so far. */
class CorefState {
  readonly byId: Map<string, Entity>;
  /** name mentions in text order, with sentence and a rough subject flag */
  readonly mentions: Mention[] = [];
  /** spans of names (with their titles), sorted by start: no reference inside them */
  private readonly covered: [number, number][] = [];
  private readonly genders = new Map<string, Gender | null>();
  /** each person's recorded title nouns */
  private readonly titleNouns = new Map<string, Set<string>>();
  private readonly nameWords = new Map<string, Set<string>>();
  private readonly affiliations = new Map<string, string | null>();
  /** who speaks where, by start; asked in text order, so a sweep keeps the few regions open at an offset */
  private readonly speakerSpans: SpeakerRegion[];
  private nextRegion = 0;
  private open: SpeakerRegion[] = [];
  /** I/we inside a quotation whose speaker is still a phrase: resolved after the loop, once that phrase is */
  readonly deferred: Array<{ k: number; cls: PronounClass; quote: string }> = [];
  readonly refs: Reference[] = [];
  /** references resolved so far count as mentions for salience (a pronoun chain keeps its entity salient) */
  private readonly chain: Mention[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    paragraphs: readonly Paragraph[],
    readonly entities: readonly Entity[],
    readonly quotes: readonly QuoteCue[],
    readonly res: CorefResources,
    readonly options: CorefOptions,
  ) {
    this.byId = new Map(entities.map((e) => [e.id, e]));
    this.collectMentions();
    this.collectTitleNouns();
    // who speaks where: quotations, and statements introduced by "X said:"
    this.speakerSpans = speakerRegions(text, tokens, paragraphs, this.mentions, quotes, (noun, before) => this.personByTitle(noun, before)).sort((a, b) => a.start - b.start);
  }

  tokenAt(offset: number): number {
    return lowerBound(this.tokens, (t) => t.end <= offset);
  }

  /** the name mentions in text order, their subject flags, and the spans names cover */
  private collectMentions(): void {
    const { mentions, covered, tokens } = this;
    for (const e of this.entities)
      for (const m of e.mentions) {
        const k = this.tokenAt(m.start);
        const t = tokens[k];
        if (!t) continue;
        mentions.push({ start: m.start, end: m.end, entity: e.id, type: e.type, sentence: t.sentence, subject: false });
        covered.push([m.title?.start ?? m.start, m.end]);
      }
    mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    covered.sort((a, b) => a[0] - b[0]);
    markSubjects(mentions, tokens, (o) => this.tokenAt(o));
  }

  /** each person's title nouns ("secretary" for "Foreign Secretary X") */
  private collectTitleNouns(): void {
    for (const e of this.entities) {
      if (e.type !== "PERSON") continue;
      for (const m of e.mentions) {
        if (!m.title) continue;
        let s = this.titleNouns.get(e.id);
        if (!s) this.titleNouns.set(e.id, (s = new Set()));
        s.add(titleNoun(m.title.text));
      }
    }
  }

  /** the span lies inside a name (or its title) */
  insideName(start: number, end: number): boolean {
    const covered = this.covered;
    const k = lowerBound(covered, (c) => c[0] < end) - 1;
    for (let i = k; i >= 0 && i > k - 8; i--) if (covered[i]![1] > start) return true;
    return false;
  }

  private genderOf(id: string): Gender | null {
    if (!this.genders.has(id)) this.genders.set(id, personGender(this.byId.get(id)!, this.text, this.res.given));
    return this.genders.get(id)!;
  }

  /** stems of the words of an entity's names */
  private wordsOf(id: string): Set<string> {
    let s = this.nameWords.get(id);
    if (!s) {
      const e = this.byId.get(id)!;
      s = new Set([e.name, ...e.aliases].flatMap((n) => n.split(/[\s-]+/u)).map(stem));
      this.nameWords.set(id, s);
    }
    return s;
  }

  /** The latest person before `before` whose recorded title's noun is `noun` ("secretary"). */
  private personByTitle(noun: string, before: number): string | null {
    const mentions = this.mentions;
    for (let j = lowerBound(mentions, (m) => m.start < before) - 1; j >= 0; j--) {
      const m = mentions[j]!;
      if (m.type === "PERSON" && this.titleNouns.get(m.entity)?.has(noun)) return m.entity;
    }
    return null;
  }

  /** the speaker at an offset; for a quotation whose speaker is a pronoun or description ("…," he said), its id */
  private speakerAt(offset: number): { speaker: string } | { quote: string } | null {
    const speakerSpans = this.speakerSpans;
    while (this.nextRegion < speakerSpans.length && speakerSpans[this.nextRegion]!.start <= offset) this.open.push(speakerSpans[this.nextRegion++]!);
    this.open = this.open.filter((r) => r.end > offset);
    let best: SpeakerRegion | null = null;
    for (const r of this.open) if (!best || r.start > best.start) best = r;
    if (!best) return null;
    return best.speaker !== null ? { speaker: best.speaker } : { quote: best.quote! };
  }

  /** the most salient entity before `at` whose mentions `accept` allows, within `window` sentences */
  private salience(at: number, sentence: number, accept: (m: Mention) => boolean, window: number, cls?: PronounClass): string | null {
    const { mentions, chain } = this;
    const score = new Map<string, number>();
    const visit = (m: Mention): void => {
      if (m.end > at || m.sentence < sentence - window || !accept(m)) return;
      // an entity weighs as its most salient mention, plus a tenth for each other one; a subject, or an
      // earlier pronoun of the same kind (the chain the reader is following), adds half
      const w = (100 + (m.subject || (cls !== undefined && m.pronoun === cls) ? 50 : 0)) / 2 ** (sentence - m.sentence);
      const was = score.get(m.entity);
      score.set(m.entity, was === undefined ? w : Math.max(was, w) + 0.1 * Math.min(was, w));
    };
    for (let k = lowerBound(mentions, (m) => m.start < at) - 1; k >= 0 && mentions[k]!.sentence >= sentence - window; k--) visit(mentions[k]!);
    for (let k = chain.length - 1; k >= 0 && chain[k]!.sentence >= sentence - window; k--) visit(chain[k]!);
    let best: string | null = null;
    let bestScore = 0;
    for (const [id, s] of score) if (s > bestScore) [best, bestScore] = [id, s];
    return best;
  }

  /** records a reference over tokens a..b and adds it to the chain */
  private add(a: number, b: number, kind: Reference["kind"], entity: string, source: string, cls?: PronounClass): void {
    const { tokens, text } = this;
    const e = this.byId.get(entity)!;
    const t = tokens[a]!;
    this.refs.push({ start: t.start, end: tokens[b - 1]!.end, text: text.slice(t.start, tokens[b - 1]!.end), kind, entity, source });
    // a description of an organisation or a country ("the Kingdom") continues an "it" chain
    const chainCls = cls ?? (kind === "nominal" && NEUTER_TYPES.has(e.type) ? "neuter" : undefined);
    this.chain.push({ start: t.start, end: tokens[b - 1]!.end, entity, type: e.type, sentence: t.sentence, subject: false, ...(chainCls ? { pronoun: chainCls } : {}) });
  }

  /** the organisation mention starting at token k */
  private orgAt(k: number): Mention | undefined {
    const t = this.tokens[k];
    if (!t) return undefined;
    const m = this.mentions[lowerBound(this.mentions, (x) => x.start < t.start)];
    return m && m.start === t.start && m.type === "ORG" ? m : undefined;
  }

  /**
   * The organisation a person speaks for, as the article states it next to one of their names: in
   * the title ("CJTF-OIR spokesman Col. X", "Foreign Office Minister X"), in an apposition (", the
   * CJTF-OIR spokesperson", ", spokesman for the State Department") or after "of" ("Matthew Ingram of
   * The Globe and Mail"). Null when none is stated.
   */
  private affiliationOf(id: string): string | null {
    const { affiliations, tokens, mentions } = this;
    if (affiliations.has(id)) return affiliations.get(id)!;
    let found: string | null = null;
    for (const m of this.byId.get(id)!.mentions) {
      if (found !== null) break;
      // inside the title
      if (m.title) {
        const within = mentions.find((x) => x.type === "ORG" && x.start >= m.title!.start && x.end <= m.start);
        if (within) {
          found = within.entity;
          break;
        }
      }
      let k = this.tokenAt(m.end);
      const w = (i: number): string => tokens[i]?.text.toLowerCase() ?? "";
      if (w(k) === "of") {
        k++;
        if (w(k) === "the") k++;
        found = this.orgAt(k)?.entity ?? null;
        continue;
      }
      if (w(k) !== ",") continue;
      k++;
      if (w(k) === "the" || w(k) === "a" || w(k) === "an") k++;
      const direct = this.orgAt(k);
      if (direct && ROLE_NOUNS.has(w(this.tokenAt(direct.end)))) {
        found = direct.entity;
        continue;
      }
      // ", spokesman for the State Department", ", head of the Bureau"
      let r = k;
      while (r < k + 3 && tokens[r] && /^\p{Ll}/u.test(tokens[r]!.text) && !["of", "for", "at", "with"].includes(w(r))) r++;
      if (r > k && ROLE_NOUNS.has(w(r - 1)) && ["of", "for", "at", "with"].includes(w(r))) {
        r++;
        if (w(r) === "the") r++;
        found = this.orgAt(r)?.entity ?? null;
      }
    }
    affiliations.set(id, found);
    return found;
  }

  /** The mention (a name, or a reference resolved earlier) nearest before token k in its clause: k's clause subject, roughly. */
  private clauseSubject(k: number): Mention | null {
    const { tokens, mentions, chain } = this;
    for (let i = k - 1; i >= 0 && tokens[i]!.sentence === tokens[k]!.sentence; i--) {
      const w = tokens[i]!.text.toLowerCase();
      if (CLAUSE_BREAK.has(w)) return null;
      const m = mentions[lowerBound(mentions, (x) => x.start < tokens[i]!.start)];
      if (m && m.start === tokens[i]!.start) return m;
      const r = chain[lowerBound(chain, (x) => x.start < tokens[i]!.start)];
      if (r && r.start === tokens[i]!.start) return r;
    }
    return null;
  }

  /** I/me/my (we/us/our) said by `sp`: the speaker when a person (a body), or the body a person speaks for */
  speakerReference(k: number, cls: PronounClass, sp: string): void {
    const type = this.byId.get(sp)!.type;
    if (cls === "speaker" ? type === "PERSON" : type === "ORG" || type === "GPE") this.add(k, k + 1, "pronoun", sp, "coref:speaker", cls);
    else if (cls === "speakers" && type === "PERSON") {
      // "we" said by a spokesperson is the body they speak for: "Col. Dorrian, the CJTF-OIR spokesperson"
      const org = this.affiliationOf(sp);
      if (org !== null) this.add(k, k + 1, "pronoun", org, "coref:speaker", cls);
    }
  }

  /** I/we at token k: the speaker of the region it is in, now or (a phrase speaker) after the main loop */
  private resolveFirstPerson(k: number, cls: PronounClass): void {
    const at = this.speakerAt(this.tokens[k]!.start);
    if (at === null) return;
    if ("quote" in at) this.deferred.push({ k, cls, quote: at.quote });
    else this.speakerReference(k, cls, at.speaker);
  }

  /** it/they left alone: expletive "it", an object, or not at the start of a clause */
  private leftAlone(k: number, info: PronounInfo): boolean {
    const { tokens } = this;
    const t = tokens[k]!;
    const cls = info.cls;
    if (cls === "neuter" && t.text.toLowerCase() === "it") {
      const next = tokens[k + 1];
      if (!next || next.kind === "punct" || EXPLETIVE_IT_NEXT.has(next.text.toLowerCase())) return true;
    }
    // "it" and "they" only as subjects, at the start of a clause; objects ("retrieve them") mostly refer to things and groups with no name
    if ((cls === "neuter" || cls === "plural") && info.object) return true;
    if ((t.text.toLowerCase() === "it" || t.text.toLowerCase() === "they") && k > 0) {
      const prev = tokens[k - 1]!;
      if (prev.sentence === t.sentence && !CLAUSE_BREAK.has(prev.text.toLowerCase()) && !/^["“”'‘’(]$/u.test(prev.text)) return true;
    }
    return false;
  }

  /** a people ("Syrians"), or an organisation right before a verb ("Hezbollah said"; not "Scientology officials") */
  private namesAGroup(m: Mention): boolean {
    return m.type === "NORP" ? /s$/u.test(this.text.slice(m.start, m.end)) : m.type === "ORG" && AGENT_VERBS.has(this.tokens[this.tokenAt(m.end)]?.text.toLowerCase() ?? "");
  }

  /** type and gender agreement alone */
  private agrees(m: Mention, cls: PronounClass): boolean {
    switch (cls) {
      case "masculine":
      case "feminine": {
        const g = m.type === "PERSON" ? this.genderOf(m.entity) : null;
        return m.type === "PERSON" && (g === null || g === (cls === "masculine" ? "m" : "f"));
      }
      case "neuter":
        return NEUTER_TYPES.has(m.type);
      default:
        return m.type === "ORG" || (m.type === "NORP" && /s$/u.test(this.text.slice(m.start, m.end)));
    }
  }

  /** agreement, and for it/they the restrictions salience alone would not keep; never the quotation's speaker or (him/them) the clause's subject */
  private accepts(m: Mention, cls: PronounClass, speaker: string | null, notSubject: string | null): boolean {
    if (m.entity === speaker || m.entity === notSubject) return false;
    switch (cls) {
      case "masculine":
      case "feminine":
        return this.agrees(m, cls);
      case "neuter":
        // "it" refers to unnamed things far more often than to a name: only a subject name (or an
        // earlier pronoun resolved to it)
        return (m.subject || m.pronoun === "neuter") && this.agrees(m, cls);
      default:
        // the same for "they", and an organisation only when a verb follows its name ("Hezbollah said
        // they"; not "Scientology officials said they")
        if (m.pronoun !== undefined) return m.pronoun === "plural";
        if (!m.subject) return false;
        return this.namesAGroup(m);
    }
  }

  /** how many sentences back a pronoun looks: a reflexive its own sentence only; it/they less far than he/she */
  private pronounWindow(info: PronounInfo): number {
    const cls = info.cls;
    const window = this.options.window;
    // a reflexive names its own clause's subject: its sentence only
    return info.reflexive ? 0 : cls === "masculine" || cls === "feminine" ? window : cls === "neuter" ? Math.min(window, 2) : Math.min(window, 1);
  }

  /** he/she/it/they at token k (I/we by the speaker): a possessive's own clause subject, else the most salient agreeing entity */
  resolvePronoun(k: number, info: PronounInfo): void {
    const t = this.tokens[k]!;
    const cls: PronounClass = info.cls;
    if (cls === "speaker" || cls === "speakers") {
      this.resolveFirstPerson(k, cls);
      return;
    }
    if (this.leftAlone(k, info)) return;
    // a third-person pronoun inside a quotation is not its speaker ("'He is a friend,' Smith said")
    const speaker = quoteSpeakerAt(this.quotes, t.start);
    const notSubject = info.object ? (this.clauseSubject(k)?.entity ?? null) : null;
    // a possessive determiner owned by its own clause's subject: "the Kingdom defends the security of its partners"
    if (info.possessive) {
      const own = this.clauseSubject(k);
      if (own !== null && own.entity !== speaker && this.agrees(own, cls) && (cls !== "plural" || own.pronoun === "plural" || this.namesAGroup(own))) {
        this.add(k, k + 1, "pronoun", own.entity, "coref:salience", cls);
        return;
      }
    }
    const accept = (m: Mention): boolean => this.accepts(m, cls, speaker, notSubject);
    // it/they follow their chain (people are re-mentioned by name often enough that a chain bonus locks on the wrong one)
    const id = this.salience(t.start, t.sentence, accept, this.pronounWindow(info), cls === "neuter" || cls === "plural" ? cls : undefined);
    if (id !== null) this.add(k, k + 1, "pronoun", id, "coref:salience", cls);
  }

  /** tokens k+1..k+n after "the" can be a description: capitalised words then a head, not followed by the name it describes */
  private describes(k: number, n: number): boolean {
    const tokens = this.tokens;
    const t = tokens[k]!;
    const head = tokens[k + n];
    if (!head || head.kind !== "word" || head.sentence !== t.sentence) return false;
    let plain = true;
    for (let i = k + 1; i <= k + n; i++) if (tokens[i]!.kind !== "word" || (i < k + n && !startsUpper(tokens[i]!.text))) plain = false;
    if (!plain) return false;
    const after = tokens[k + n + 1];
    // "the city of Mosul", "the group Hezbollah", "the Minister Tobias Ellwood": a description of a name, not a reference
    if (after && (after.text === "of" || startsUpper(after.text))) return false;
    // "the Minister for Central Asia": a title of its own, not the minister named before
    if (after && after.text === "for" && startsUpper(tokens[k + n + 2]?.text ?? "")) return false;
    // "the capital in Kabul": the name that follows is the place meant
    if (after && after.text === "in" && startsUpper(tokens[k + n + 2]?.text ?? "")) return false;
    return !this.insideName(t.start, head.end);
  }

  /** "the Minister", "the group", "the city" at token k (k is "the"); returns the tokens used, or 0. */
  resolveNominal(k: number): number {
    const { tokens, options, res } = this;
    const t = tokens[k]!;
    // one or two words after "the", the last one the head: "the Foreign Secretary", "the group"
    for (let n = 2; n >= 1; n--) {
      if (!this.describes(k, n)) continue;
      const head = tokens[k + n]!;
      const h = head.text.toLowerCase();
      const hs = stem(head.text);
      // a person by the head of a recorded title
      const person = this.salience(t.start, t.sentence, (m) => m.type === "PERSON" && (this.titleNouns.get(m.entity)?.has(hs) ?? false), 3 * options.window);
      if (person !== null) {
        this.add(k, k + n + 1, "nominal", person, "coref:title");
        return n + 1;
      }
      // a singular head: "the nations" is no one entity
      const info = HEADS.get(h);
      if (!info) continue;
      const named = this.salience(t.start, t.sentence, (m) => m.type !== "PERSON" && m.type !== "NORP" && this.wordsOf(m.entity).has(hs), 3 * options.window);
      const id =
        named ??
        (info.generic.length > 0 && n === 1
          ? this.salience(
              t.start,
              t.sentence,
              (m) => info.generic.includes(m.type) && (info.place === undefined || res.isCountry(this.byId.get(m.entity)!.name) === (info.place === "country")),
              options.window,
            )
          : null);
      if (id !== null) {
        this.add(k, k + n + 1, "nominal", id, "coref:head");
        return n + 1;
      }
    }
    return 0;
  }

  /** the main loop: each word in text order, a pronoun or a description after "the"/"this" */
  resolveAll(): void {
    const { tokens, options } = this;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.kind !== "word") continue;
      const w = t.text.toLowerCase();
      if (options.pronouns) {
        const info = PRONOUNS.get(w);
        // "US" is a country, not "us"
        if (info && !(w === "us" && t.text === "US") && !this.insideName(t.start, t.end)) {
          this.resolvePronoun(k, info);
          continue;
        }
      }
      if (options.nominals && (w === "the" || w === "this")) {
        const used = this.resolveNominal(k);
        if (used > 0) k += used - 1;
      }
    }
  }

  /** I/we in quotations whose speaker was a phrase: its speaker, now that the phrase is resolved */
  resolveDeferred(): void {
    if (this.deferred.length === 0) return;
    const speakers = resolveSpeakers(this.quotes, speakerSources(this.entities, this.refs));
    for (const d of this.deferred) {
      const sp = speakers.get(d.quote) ?? null;
      if (sp !== null) this.speakerReference(d.k, d.cls, sp);
    }
    this.refs.sort((a, b) => a.start - b.start);
  }
}

export function resolveReferences(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  entities: readonly Entity[],
  quotes: readonly QuoteCue[],
  res: CorefResources,
  options: CorefOptions,
): Reference[] {
  if (tokens.length === 0 || entities.length === 0) return [];
  const s = new CorefState(text, tokens, paragraphs, entities, quotes, res, options);
  s.resolveAll();
  s.resolveDeferred();
  return s.refs;
}

/** The speaker of the quotation holding `offset` (quotations are in text order and do not overlap). */
function quoteSpeakerAt(quotes: readonly Quote[], offset: number): string | null {
  const q = quotes[lowerBound(quotes, (x) => x.start <= offset) - 1];
  return q !== undefined && offset < q.end ? q.speaker : null;
}

/** Words that open an introductory phrase before the subject: "According to Whitmore, Montalvo walked …". */
const INTRO_OPENERS = new Set([
  "according", "in", "on", "at", "after", "before", "despite", "during", "following", "since", "with", "under", "for", "as",
  "when", "while", "although", "though", "if", "because", "last", "earlier", "later", "meanwhile", "however", "also", "speaking",
  "asked", "unlike", "like", "by", "from", "until", "once", "upon", "amid", "within", "without", "besides", "instead",
]);

/**
 * A mention is its sentence's subject when it is the sentence's first mention and opens the
 * sentence (after at most three words: a title, a determiner), or, when the sentence opens with an
 * introductory phrase ("According to X, Y said"), the first mention after that phrase's comma; or
 * when it follows a speech verb ("said Smith").
 */
function markSubjects(mentions: Mention[], tokens: readonly Token[], tokenAt: (o: number) => number): void {
  let lastSentence = -1;
  let introComma = -1;
  for (const m of mentions) {
    const k = tokenAt(m.start);
    const prev = tokens[k - 1];
    if (prev && SPEECH_FORMS.has(prev.text.toLowerCase()) && prev.sentence === m.sentence) m.subject = true;
    if (m.sentence !== lastSentence) {
      lastSentence = m.sentence;
      introComma = -1;
      let first = k;
      while (first > 0 && tokens[first - 1]!.sentence === m.sentence) first--;
      if (INTRO_OPENERS.has(tokens[first]!.text.toLowerCase())) {
        for (let i = first; i < tokens.length && tokens[i]!.sentence === m.sentence && i - first < 25; i++)
          if (tokens[i]!.text === ",") {
            introComma = i;
            break;
          }
      }
      if (introComma < 0 || k > introComma) {
        let words = 0;
        for (let i = k - 1; i >= 0 && tokens[i]!.sentence === m.sentence && i > introComma; i--) {
          if (tokens[i]!.text === ",") break;
          words++;
        }
        if (words <= 3) m.subject = true;
        introComma = -2; // the subject is decided
      }
      continue;
    }
    // the first mention after the introductory phrase's comma
    if (introComma >= 0 && k > introComma) {
      if (k - introComma <= 4) m.subject = true;
      introComma = -2;
    }
  }
}

interface SpeakerRegion {
  start: number;
  end: number;
  /** null: the quotation `quote`, whose speaker is a phrase resolved after the pronouns */
  speaker: string | null;
  quote?: string;
}

/**
 * Quotations with a speaker, and statements introduced by a mention (or "the <title>" of a person
 * named earlier) and a speech verb before a colon, to their paragraph's end.
 */
function speakerRegions(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
  quotes: readonly QuoteCue[],
  personByTitle: (head: string, before: number) => string | null,
): SpeakerRegion[] {
  const out: SpeakerRegion[] = [];
  for (const q of quotes) {
    if (q.speaker !== null) out.push({ start: q.start, end: q.end, speaker: q.speaker });
    else if (q.subject !== null || q.continues !== null) out.push({ start: q.start, end: q.end, speaker: null, quote: q.id });
  }
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]!.text !== ":" || !SPEECH_FORMS.has(tokens[k - 1]!.text.toLowerCase())) continue;
    // the speaker: the last person (else organisation) mention of the sentence before the verb
    const sentence = tokens[k]!.sentence;
    let speaker: Mention | null = null;
    for (let j = lowerBound(mentions, (m) => m.start < tokens[k - 1]!.start) - 1; j >= 0 && mentions[j]!.sentence === sentence; j--) {
      const m = mentions[j]!;
      if (m.type === "PERSON") {
        speaker = m;
        break;
      }
      if (!speaker && (m.type === "ORG" || m.type === "GPE")) speaker = m;
    }
    // "The Foreign Secretary said:": a person by the title they were named with earlier
    let speakerId = speaker?.entity ?? null;
    if (speakerId === null) {
      let a = k - 2;
      while (a > k - 5 && a > 0 && tokens[a - 1]!.sentence === sentence && tokens[a - 1]!.text.toLowerCase() !== "the") a--;
      if (a > 0 && tokens[a - 1]!.text.toLowerCase() === "the") speakerId = personByTitle(stem(tokens[k - 2]!.text.replace(/\.$/u, "")), tokens[a - 1]!.start);
    }
    if (speakerId === null) continue;
    const from = tokens[k]!.end;
    // to the end of the paragraph; when the colon ends its paragraph, the next paragraph is the statement
    let p = lowerBound(paragraphs, (x) => x.end <= from);
    const para = paragraphs[p];
    if (para && text.slice(from, para.end).trim() === "") p++;
    const end = paragraphs[p]?.end ?? text.length;
    out.push({ start: from, end, speaker: speakerId });
  }
  return out;
}
