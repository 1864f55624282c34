import type { EntityMention, Token } from "../../document/types.js";
import type { Entity, EntityType, Sentence } from "../../schema/index.js";
import { tokenize } from "../tokenize.js";
import { findAcronymDefinitions } from "./acronyms.js";
import { lowerBound } from "../search.js";
import {
  acronymLetters,
  contentStems,
  exactKey,
  initials,
  isAcronym,
  nearStems,
  PERSON_TITLES,
  personWords,
  surfaceForm,
  withoutTitles,
} from "./normalize.js";
import { isCapitalisedWord, NAME_CONNECTORS, NAME_PARTICLES, startsUpper } from "../../lexicon/index.js";

/** Compiled, document-independent linking resources (built once in the stage's create()). */
export interface LinkResources {
  /** exactKey of a well-known variant -> index of its alias group */
  aliasIndex: Map<string, number>;
  /** each alias group's forms as token texts, for propagation */
  aliasForms: string[][][];
  /** exactKey of each alias group's usual full name (its first form): the entity's name when mentioned */
  aliasHeads: Set<string>;
  propagate: boolean;
  /** text -> derived strings; bounded, cleared when full */
  cache: Map<string, Derived>;
  /** shortest form (in characters) that propagation copies to other occurrences */
  minPropagateChars: number;
}

/** Capitalised words that begin sentences or name dates more often than they name an entity. */
const NEVER_PROPAGATE = new Set([
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her", "Its", "Their",
  "In", "On", "At", "As", "But", "And", "Or", "If", "When", "While", "After", "Before", "Mr", "Mr.", "Mrs.", "Ms.", "Dr.",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow",
  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
]);

/** Words that can end an organisation's name without changing what it names (stemmed, lower case). */
const ORG_DESIGNATORS = new Set([
  "inc", "inc.", "ltd", "ltd.", "llc", "plc", "corp", "corp.", "corporation", "co", "co.", "company", "group", "holding",
  "sa", "ag", "gmbh", "nv", "bv", "spa", "weekly", "daily", "newspaper", "magazine",
]);

/** Lower-case words that may stand inside a proper name. */
const NAME_WORDS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...NAME_PARTICLES]);

const NAME_LIKE = /^[\p{Lu}\d]/u;
const HAS_LETTER = /\p{L}/u;

interface Node {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  source: string;
  /** the recogniser's mention behind the node (its origin, sense and trail), when it came from the recogniser */
  from?: EntityMention;
  /** counts in the type vote (came from the recogniser, not from linking) */
  votes: boolean;
  surface: string;
  key: string;
  d: Derived;
}

/** What linking derives from a mention's text alone (cached across documents: names repeat). */
interface Derived {
  surface: string;
  key: string;
  acronym: boolean;
  pwords: string[];
  stems: string[];
  initials: string[];
  /** rank as a canonical name: 3 properly capitalised full form, 2 capitalised, 1 acronym, 0 lower case */
  rank: number;
}

export function compileLinkResources(aliasGroups: readonly (readonly string[])[], propagate: boolean, minPropagateChars: number): LinkResources {
  const aliasIndex = new Map<string, number>();
  const aliasForms: string[][][] = [];
  aliasGroups.forEach((forms, g) => {
    aliasForms.push(forms.map((f) => tokenize(f).map((t) => t.text)));
    for (const f of forms) aliasIndex.set(exactKey(f), g);
  });
  const aliasHeads = new Set(aliasGroups.flatMap((forms) => (forms[0] === undefined ? [] : [exactKey(forms[0])])));
  return { aliasIndex, aliasForms, aliasHeads, propagate, minPropagateChars, cache: new Map() };
}

/** names kept before the cache starts over (names repeat less than words: a worker's heap stays small) */
const CACHE_LIMIT = 10_000;

function derive(res: LinkResources, text: string): Derived {
  let d = res.cache.get(text);
  if (d) return d;
  const surface = surfaceForm(text);
  d = {
    surface,
    key: exactKey(text),
    acronym: isAcronym(surface),
    pwords: personWords(text),
    stems: contentStems(text),
    initials: initials(surface),
    rank: nameRank(surface),
  };
  if (res.cache.size >= CACHE_LIMIT) res.cache.clear();
  res.cache.set(text, d);
  return d;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r]! !== r) r = this.parent[r]!;
    while (this.parent[x]! !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the earlier node stays root, so roots are deterministic
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

function capitalisedWord(t: Token | undefined, sentence: number): boolean {
  return t !== undefined && t.sentence === sentence && isCapitalisedWord(t);
}

/** Index of the first token whose end is after `offset` (tokens sorted by start). */
function firstTokenEndingAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, (t) => t.end <= offset);
}

/** Overlapping mentions: the longest wins (then the earliest); the result is sorted by start. */
export function removeOverlaps<T extends { start: number; end: number }>(mentions: readonly T[]): T[] {
  const sorted = mentions.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let i = 0;
  while (i < sorted.length) {
    let clusterEnd = sorted[i]!.end;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, sorted[j]!.end);
      j++;
    }
    if (j === i + 1) out.push(sorted[i]!);
    else {
      const cluster = sorted.slice(i, j).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: T[] = [];
      for (const m of cluster) if (kept.every((k) => m.end <= k.start || m.start >= k.end)) kept.push(m);
      out.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/** Is the sentence around token k written in capitals (a headline, a shouted line)? Acronym-like words there are not names. */
function inCapsSentence(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k]!.sentence;
  let a = k;
  while (a > 0 && tokens[a - 1]!.sentence === s) a--;
  let words = 0;
  let caps = 0;
  for (let j = a; j < tokens.length && tokens[j]!.sentence === s; j++) {
    const t = tokens[j]!.text;
    if (tokens[j]!.kind !== "word" || !HAS_LETTER.test(t)) continue;
    words++;
    if (t === t.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}

/** A propagation form: the token texts of a name, the one entity it names, and what kind of name it is. */
interface Form {
  toks: string[];
  root: number;
  acronym: boolean;
  acronymForm: boolean;
}

const orgLike = (t: EntityType): boolean => t === "ORG" || t === "FAC";
const PLACE_TYPES = new Set(["GPE", "LOC", "NORP"]);

/** What the linking passes share: the document, the nodes (mentions) so far, their union-find groups and the tokens they cover. */
class LinkState {
  readonly nodes: Node[] = [];
  readonly uf = new UnionFind();
  /** tokens inside a node, so that no two nodes overlap */
  private readonly covered: Uint8Array;
  /** keys of acronyms the text defines (pass 1) */
  readonly definedAcronyms = new Set<string>();
  /** person-name words of every node (pass 2) */
  pwords: string[][] = [];
  /** short person names shared by two different people (pass 2): never linked as exact repeats */
  readonly ambiguousKeys = new Set<string>();
  /** keys of names the recogniser made a team somewhere (pass 3) */
  private readonly teamKeys = new Set<string>();
  /** first node of each exact key (pass 3) */
  readonly firstByKey = new Map<string, number>();
  /** one representative node per exact key, people apart, for the pairwise passes; and its content stems */
  reps: number[] = [];
  readonly stems = new Map<number, string[]>();

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
    readonly res: LinkResources,
  ) {
    this.covered = new Uint8Array(tokens.length);
  }

  private cover(start: number, end: number, value: 1 | 0 = 1): void {
    const { tokens, covered } = this;
    for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) covered[k] = value;
  }

  private isFree(start: number, end: number): boolean {
    const { tokens, covered } = this;
    for (let k = firstTokenEndingAfter(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) if (covered[k]) return false;
    return true;
  }

  /** token texts of a mention as a name: without a leading "the" and a trailing possessive */
  private nameTokens(n: Node): string[] {
    const tokens = this.tokens;
    const out: string[] = [];
    for (let k = firstTokenEndingAfter(tokens, n.start); k < tokens.length && tokens[k]!.start < n.end; k++) out.push(tokens[k]!.text);
    if (out.length > 1 && (out[0] === "the" || out[0] === "The")) out.shift();
    const last = out[out.length - 1];
    if (out.length > 1 && last !== undefined && /^['’]s?$/u.test(last)) out.pop();
    return out;
  }

  private addNode(start: number, end: number, type: EntityType, source: string, votes: boolean, from?: EntityMention): number {
    const t = this.text.slice(start, end);
    const d = derive(this.res, t);
    this.nodes.push({ start, end, text: t, type, source, ...(from ? { from } : {}), votes, surface: d.surface, key: d.key, d });
    this.cover(start, end);
    return this.uf.add();
  }

  /** the candidate nearest before `at`, else the earliest after it */
  private nearest(cands: readonly number[], at: number): number | undefined {
    const nodes = this.nodes;
    let best: number | undefined;
    for (const c of cands) if (nodes[c]!.start < at && (best === undefined || nodes[c]!.start > nodes[best]!.start)) best = c;
    if (best === undefined) for (const c of cands) if (best === undefined || nodes[c]!.start < nodes[best]!.start) best = c;
    return best;
  }

  /** a node's key for exact repeats: a team's town apart from the team */
  private repeatKey(n: Node): string {
    return this.teamKeys.has(n.key) && (n.type === "GPE" || n.type === "LOC") ? n.key + "\u0000town" : n.key;
  }

  /** 0. the recogniser's mentions, overlaps removed, become the first nodes */
  addMentions(mentions: readonly EntityMention[]): void {
    for (const m of removeOverlaps(mentions)) {
      if (surfaceForm(m.text).length === 0) continue;
      this.addNode(m.start, m.end, m.type, m.source, true, m);
    }
  }

  /** 1. acronyms the text defines: "Long Form (ACR)", "Long Form (French acronym ACR)", "ACR (Long Form)" */
  linkDefinedAcronyms(): void {
    const nodes = this.nodes;
    const endAt = new Map<number, number>();
    const startAt = new Map<number, number>();
    nodes.forEach((n, i) => {
      const e = endAt.get(n.end);
      if (e === undefined || nodes[e]!.start > n.start) endAt.set(n.end, i);
      if (!startAt.has(n.start)) startAt.set(n.start, i);
    });
    const defs = findAcronymDefinitions(
      this.text,
      this.tokens,
      (end) => {
        const i = endAt.get(end);
        return i === undefined ? undefined : nodes[i];
      },
      (start) => {
        const i = startAt.get(start);
        return i === undefined ? undefined : nodes[i];
      },
    );
    for (const d of defs) {
      let longIdx = d.constructed ? undefined : endAt.get(d.long.end);
      if (d.reversed) longIdx = startAt.get(d.long.start);
      let acrIdx = d.reversed ? endAt.get(d.acronym.end) : startAt.get(d.acronym.start);
      if (acrIdx !== undefined && nodes[acrIdx]!.end !== d.acronym.end) continue;
      if (longIdx === undefined && !this.isFree(d.long.start, d.long.end)) continue;
      if (acrIdx === undefined && !this.isFree(d.acronym.start, d.acronym.end)) continue;
      const type: EntityType = (longIdx !== undefined ? nodes[longIdx]!.type : acrIdx !== undefined ? nodes[acrIdx]!.type : "ORG");
      if (longIdx === undefined) longIdx = this.addNode(d.long.start, d.long.end, type, "link:acronym", false);
      if (acrIdx === undefined) acrIdx = this.addNode(d.acronym.start, d.acronym.end, type, "link:acronym", false);
      this.uf.union(longIdx, acrIdx);
      this.definedAcronyms.add(nodes[acrIdx]!.key);
    }
  }

  /** 2. person names: a surname, a first name or a first+last subset links to the fuller name */
  linkPersonNames(): void {
    const { nodes, ambiguousKeys } = this;
    const pwords = (this.pwords = nodes.map((n) => n.d.pwords));
    const byWord = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      if (n.type !== "PERSON" || pwords[i]!.length < 2) return;
      for (const w of new Set(pwords[i])) {
        const list = byWord.get(w);
        if (list) list.push(i);
        else byWord.set(w, [i]);
      }
    });
    const personLinks: Array<[number, number]> = [];
    nodes.forEach((n, i) => {
      const words = pwords[i]!;
      if (words.length === 0 || words.length > 3) return;
      // a lone surname the tagger mistyped (ORG, PRODUCT…) still links; a place or nationality does not
      const mistyped = n.type !== "PERSON";
      const eligible = !mistyped || (words.length === 1 && n.type !== "GPE" && n.type !== "LOC" && n.type !== "NORP" && !n.d.acronym);
      if (!eligible) return;
      const cands = (byWord.get(words[words.length - 1]!) ?? []).filter(
        (f) =>
          pwords[f]!.length > words.length &&
          isSubsequence(words, pwords[f]!) &&
          // a mistyped mention links only as the surname
          (!mistyped || pwords[f]![pwords[f]!.length - 1] === words[0]),
      );
      if (cands.length === 0) return;
      // distinct people among the candidates: names that are not sub-names of each other
      const people: string[][] = [];
      for (const f of cands) {
        const w = pwords[f]!;
        if (!people.some((p) => isSubsequence(p, w) || isSubsequence(w, p))) people.push(w);
      }
      if (people.length > 1) ambiguousKeys.add(n.key);
      let best = -1;
      for (const f of cands) if (nodes[f]!.start < n.start && (best < 0 || nodes[f]!.start > nodes[best]!.start)) best = f;
      if (best < 0) for (const f of cands) if (best < 0 || nodes[f]!.start < nodes[best]!.start) best = f;
      personLinks.push([i, best]);
    });
    for (const [a, b] of personLinks) this.uf.union(a, b);
  }

  /**
   * 3. exact repeats (except a short name shared by two different people). A town's name that the
   * recogniser made a team somewhere ("SEATTLE 70 63" in the standings) and left a place elsewhere
   * ("BALTIMORE AT SEATTLE", the venue) names two things: the team and the town are kept apart.
   */
  linkExactRepeats(): void {
    const { nodes, firstByKey } = this;
    for (const n of nodes) if (n.type === "ORG" && n.from?.sense === "team") this.teamKeys.add(n.key);
    nodes.forEach((n, i) => {
      if (this.ambiguousKeys.has(n.key)) return;
      const k = this.repeatKey(n);
      const f = firstByKey.get(k);
      if (f === undefined) firstByKey.set(k, i);
      else this.uf.union(f, i);
    });
  }

  /** 4. well-known variants (curated list) */
  linkAliases(): void {
    const firstByAlias = new Map<string, number>();
    this.nodes.forEach((n, i) => {
      const g = this.res.aliasIndex.get(n.key);
      if (g === undefined) return;
      // the team and the town stay apart here too ("New York" the team, "NEW YORK 1996-08-30" the dateline)
      const k = this.repeatKey(n) === n.key ? String(g) : `${g}\u0000town`;
      const f = firstByAlias.get(k);
      if (f === undefined) firstByAlias.set(k, i);
      else this.uf.union(f, i);
    });
  }

  /** one representative node per exact key for the pairwise passes below (people apart), with its stems */
  pickRepresentatives(): void {
    this.reps = [...this.firstByKey.values()].filter((i) => this.nodes[i]!.type !== "PERSON");
    for (const i of this.reps) this.stems.set(i, this.nodes[i]!.d.stems);
  }

  /** 5. near variants: same number of content words, each nearly equal ("Judicial"/"Judiciary", plural s) */
  linkNearVariants(): void {
    const { nodes, stems } = this;
    const buckets = new Map<string, number[]>();
    for (const i of this.reps) {
      const s = stems.get(i)!;
      if (s.length < 2) continue;
      const b = `${s.length}|${s[0]!.slice(0, 4)}`;
      const list = buckets.get(b);
      if (list) {
        // a nationality and its country are two entities ("South African" / "South Africa"); equal names were
        // grouped (or deliberately kept apart: a team and its town) by pass 3
        for (const j of list)
          if (nodes[i]!.key !== nodes[j]!.key && (nodes[i]!.type === "NORP") === (nodes[j]!.type === "NORP") && nearStems(s, stems.get(j)!)) this.uf.union(i, j);
        list.push(i);
      } else buckets.set(b, [i]);
    }
  }

  /** 6. a shorter organisation name that ends a longer one ("Interior Ministry" -> "Spanish Interior Ministry") */
  linkOrgTails(): void {
    const { nodes, stems, reps } = this;
    const byLast = new Map<string, number[]>();
    for (const i of reps) {
      const s = stems.get(i)!;
      if (s.length >= 2 && orgLike(nodes[i]!.type)) {
        const b = s[s.length - 1]!.slice(0, 4);
        const list = byLast.get(b);
        if (list) list.push(i);
        else byLast.set(b, [i]);
      }
    }
    for (const i of reps) {
      const s = stems.get(i)!;
      const n = nodes[i]!;
      if (s.length === 0 || !orgLike(n.type) || n.d.acronym) continue;
      // a lone head word ("the Ministry") refers back to an organisation named earlier, never forward
      const single = s.length === 1;
      if (single && !startsUpper(n.surface)) continue;
      const cands = (byLast.get(s[s.length - 1]!.slice(0, 4)) ?? []).filter((j) => {
        const l = stems.get(j)!;
        return l.length > s.length && nearStems(s, l, l.length - s.length) && (!single || nodes[j]!.start < n.start);
      });
      const target = this.nearest(cands, n.start);
      if (target !== undefined) this.uf.union(i, target);
    }
  }

  /** 6b. a name plus a legal or media designator ("Maroc Hebdo International Weekly", "Acme Holdings") */
  linkOrgDesignators(): void {
    const { nodes, stems, reps } = this;
    const byStems = new Map<string, number>();
    const bySingle = new Map<string, number>();
    for (const i of reps) {
      if (!orgLike(nodes[i]!.type)) continue;
      if (stems.get(i)!.length >= 2) byStems.set(stems.get(i)!.join(" "), i);
      else if (stems.get(i)!.length === 1 && nodes[i]!.type === "ORG" && !nodes[i]!.d.acronym) bySingle.set(stems.get(i)![0]!, i);
    }
    for (const i of reps) {
      const s = stems.get(i)!;
      if (s.length < 2 || !orgLike(nodes[i]!.type) || !ORG_DESIGNATORS.has(s[s.length - 1]!)) continue;
      const j = s.length >= 3 ? byStems.get(s.slice(0, -1).join(" ")) : undefined;
      if (j !== undefined) {
        this.uf.union(i, j);
        continue;
      }
      // the company's first word alone, once the designators are gone: "Magna International Inc" -> "Magna"
      let e = s.length;
      while (e > 1 && (ORG_DESIGNATORS.has(s[e - 1]!) || s[e - 1] === "international")) e--;
      const k = e === 1 && nodes[i]!.type === "ORG" ? bySingle.get(s[0]!) : undefined;
      if (k !== undefined) this.uf.union(i, k);
    }
  }

  /** 7. acronyms whose letters are the initials of a name in the document ("IS" -> "Islamic State") */
  linkAcronymInitials(): void {
    const { nodes, reps, uf } = this;
    const byInitials = new Map<string, number[]>();
    for (const i of reps) {
      if (nodes[i]!.d.acronym) continue;
      for (const ini of nodes[i]!.d.initials) {
        const list = byInitials.get(ini);
        if (list) list.push(i);
        else byInitials.set(ini, [i]);
      }
    }
    const hasFullForm = new Set<number>();
    for (const i of reps) if (!nodes[i]!.d.acronym) hasFullForm.add(uf.find(i));
    for (const i of reps) {
      if (!nodes[i]!.d.acronym || hasFullForm.has(uf.find(i))) continue;
      // a well-known acronym ("US", "UK") is the curated name's, not a local name's with the same initials ("University of Sheffield")
      if (this.res.aliasIndex.has(nodes[i]!.key)) continue;
      const target = this.nearest(byInitials.get(acronymLetters(nodes[i]!.surface)) ?? [], nodes[i]!.start);
      // a place acronym is not an organisation's, and the other way round
      if (target !== undefined && PLACE_TYPES.has(nodes[i]!.type) !== PLACE_TYPES.has(nodes[target]!.type)) continue;
      if (target !== undefined) uf.union(i, target);
    }
  }

  /** 8a. the names each group may be propagated under (its names, a person's surname, its curated aliases), by first token; a form two groups share is none */
  propagationForms(): Map<string, Form[]> {
    const { nodes, uf, res, pwords } = this;
    const formsByGroup = new Map<string, Set<number>>();
    const formTokens = new Map<string, string[]>();
    const addForm = (toks: string[], root: number): void => {
      const f = toks.join(" ");
      if (f.length < res.minPropagateChars || !NAME_LIKE.test(f) || !HAS_LETTER.test(f)) return;
      if (toks.length === 1 && (NEVER_PROPAGATE.has(f) || PERSON_TITLES.has(f.toLowerCase().replace(/\.$/u, "")))) return;
      if (!toks.every((t) => !/^\p{Ll}/u.test(t) || t === "of" || t === "the" || t === "and" || t === "de" || t === "la")) return;
      formTokens.set(f, toks);
      const g = formsByGroup.get(f);
      if (g) g.add(root);
      else formsByGroup.set(f, new Set([root]));
    };
    const aliasGroupsOfRoot = new Map<number, Set<number>>();
    const seen = new Set<string>();
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i]!;
      const root = uf.find(i);
      const seenKey = `${root}|${n.text}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      const toks = this.nameTokens(n);
      addForm(toks, root);
      // a person's surname alone is a name of theirs even when the recogniser never tagged it alone
      if (n.type === "PERSON" && pwords[i] !== undefined && pwords[i]!.length >= 2 && toks.length >= 2) {
        const last = toks[toks.length - 1]!;
        if (last.length >= 3 && /^\p{Lu}\p{Ll}/u.test(last)) {
          addForm([last], root);
        }
      }
      const g = res.aliasIndex.get(n.key);
      if (g !== undefined) {
        const s = aliasGroupsOfRoot.get(root);
        if (s) s.add(g);
        else aliasGroupsOfRoot.set(root, new Set([g]));
      }
    }
    for (const [root, groups] of aliasGroupsOfRoot) for (const g of groups) for (const toks of res.aliasForms[g]!) addForm(toks, root);

    const byFirst = new Map<string, Form[]>();
    for (const [f, roots] of formsByGroup) {
      if (roots.size !== 1) continue; // a form two entities share is not evidence for either
      const toks = formTokens.get(f)!;
      const entry = { toks, root: [...roots][0]!, acronym: this.definedAcronyms.has(exactKey(f)), acronymForm: isAcronym(f) };
      const list = byFirst.get(toks[0]!);
      if (list) list.push(entry);
      else byFirst.set(toks[0]!, [entry]);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.toks.length - a.toks.length);
    return byFirst;
  }

  /** 8b. propagation: every other whole-token occurrence of a group's form (longest first) becomes a mention of the group */
  propagate(byFirst: ReadonlyMap<string, readonly Form[]>): void {
    const { tokens, covered, sentences, nodes } = this;
    const caps = new Map<number, boolean>();
    for (let k = 0; k < tokens.length; k++) {
      if (covered[k]) continue;
      const list = byFirst.get(tokens[k]!.text);
      if (!list) continue;
      const sentence = tokens[k]!.sentence;
      for (const e of list) {
        const n = e.toks.length;
        let ok = k + n <= tokens.length;
        for (let j = 0; ok && j < n; j++) {
          const t = tokens[k + j]!;
          ok = t.text === e.toks[j] && !covered[k + j] && t.sentence === sentence;
        }
        if (!ok) continue;
        if (e.acronymForm) {
          let c = caps.get(sentence);
          if (c === undefined) caps.set(sentence, (c = inCapsSentence(tokens, k)));
          if (c) continue;
        }
        // one word next to another capitalised word is probably part of a longer name ("White House",
        // "President Trump", "World Cup"); acronyms are distinctive enough to stand anywhere
        if (n === 1 && !e.acronymForm && (capitalisedWord(tokens[k + 1], sentence) || (capitalisedWord(tokens[k - 1], sentence) && tokens[k - 1]!.start > sentences[sentence]!.start))) continue;
        const root = e.root;
        const idx = this.addNode(tokens[k]!.start, tokens[k + n - 1]!.end, nodes[root]!.type, e.acronym ? "link:acronym" : "link:propagate", false);
        this.uf.union(root, idx);
        k += n - 1;
        break;
      }
    }
  }

  /** 9. entities: majority type, canonical name, aliases, mentions in text order */
  buildEntities(): Entity[] {
    const { nodes, uf, res } = this;
    const groups = new Map<number, number[]>();
    for (let i = 0; i < nodes.length; i++) {
      const r = uf.find(i);
      const list = groups.get(r);
      if (list) list.push(i);
      else groups.set(r, [i]);
    }
    const built: Array<{ first: number; entity: Omit<Entity, "id"> }> = [];
    for (const members of groups.values()) {
      members.sort((a, b) => nodes[a]!.start - nodes[b]!.start);
      const type = groupType(members.map((i) => nodes[i]!));
      const counts = new Map<string, number>();
      for (const i of members) counts.set(nodes[i]!.surface, (counts.get(nodes[i]!.surface) ?? 0) + 1);
      const surfaces = [...counts.keys()];
      const name = canonicalName(surfaces, counts, type, res);
      const aliases = surfaces.filter((s) => s !== name).sort();
      built.push({
        first: nodes[members[0]!]!.start,
        entity: {
          type,
          name,
          aliases,
          mentions: members.map((i) => {
            const n = nodes[i]!;
            return { start: n.start, end: n.end, text: n.text, source: n.source, ...(n.from?.origin ? { origin: n.from.origin } : {}), ...(n.from?.trail ? { trail: n.from.trail } : {}) };
          }),
        },
      });
    }
    built.sort((a, b) => a.first - b.first);
    return built.map((b, i) => ({ id: `E${i + 1}`, ...b.entity }));
  }
}

/**
 * Groups one document's mentions into entities: exact repeats, person name subsets, acronyms the
 * text defines or whose letters match a name, well-known variants, near variants and shorter forms
 * of organisation names; then copies every name to its other occurrences (propagation).
 * Each numbered pass is a method of LinkState; the order is the algorithm.
 */
export function linkMentions(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  res: LinkResources,
): Entity[] {
  const s = new LinkState(text, tokens, sentences, res);
  s.addMentions(mentions);
  s.linkDefinedAcronyms();
  s.linkPersonNames();
  s.linkExactRepeats();
  s.linkAliases();
  s.pickRepresentatives();
  s.linkNearVariants();
  s.linkOrgTails();
  s.linkOrgDesignators();
  s.linkAcronymInitials();
  if (res.propagate && tokens.length > 0) s.propagate(s.propagationForms());
  return s.buildEntities();
}

/** Majority type of the recogniser's mentions; a tie goes to the type of the longest mention. */
function groupType(members: readonly Node[]): EntityType {
  const voters = members.some((m) => m.votes) ? members.filter((m) => m.votes) : members;
  const counts = new Map<EntityType, number>();
  for (const m of voters) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const top = new Set([...counts].filter(([, c]) => c === max).map(([t]) => t));
  if (top.size === 1) return [...top][0]!;
  let best: Node | undefined;
  for (const m of voters) if (top.has(m.type) && (!best || m.end - m.start > best.end - best.start)) best = m;
  return best!.type;
}

/** A name's words are capitalised, apart from particles ("Bureau of Investigations", "Ahmed al-Hassan"). */
function properlyCapitalised(s: string): boolean {
  for (const w of s.split(" ")) if (/^\p{Ll}/u.test(w) && !NAME_WORDS.has(w) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(w)) return false;
  return /^[\p{Lu}\d]/u.test(s);
}

/** The longest full form: capitalised words, not an acronym; people without their titles. */
function nameRank(s: string): number {
  return properlyCapitalised(s) && !isAcronym(s) ? 3 : /^[\p{Lu}\d]/u.test(s) && !isAcronym(s) ? 2 : /^[\p{Lu}\d]/u.test(s) ? 1 : 0;
}

/**
 * People: the longest full form ("Abdelhak Khiame" over "Khiame"). Others: the full form used most
 * often, then the earliest — news introduces an organisation by its name and later varies it
 * ("Central Bureau of Judicial Investigations" over a later "…of Judiciary Investigations").
 */
function canonicalName(surfaces: readonly string[], counts: ReadonlyMap<string, number>, type: EntityType, res: LinkResources): string {
  const person = type === "PERSON";
  const cands = surfaces.map((s) => ({ form: person ? withoutTitles(s) : s, n: counts.get(s) ?? 1 }));
  const rank = (s: string): number => res.cache.get(s)?.rank ?? nameRank(s);
  // a well-known name's usual full form wins over its variants ("Islamic State", not "Da'esh")
  const head = cands.find((c) => res.aliasHeads.has(exactKey(c.form)));
  if (head) return head.form;
  let best = cands[0]!;
  for (const c of cands) {
    const d = rank(c.form) - rank(best.form);
    const better = person ? c.form.length > best.form.length : c.n > best.n;
    if (d > 0 || (d === 0 && better)) best = c;
  }
  return best.form;
}
