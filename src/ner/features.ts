import { fmix, hashString, key1, key2 } from "./hash.js";
import { CASE_LOWER, CASE_UNKNOWN, GAZ, GAZ_CATEGORIES, type Gazetteer } from "./gazetteer.js";
import type { ClusterFeatureConfig, WordClusters } from "./clusters.js";
import { CORE_NAME_PARTICLES, HEADLINE_SMALL_WORDS, isCap, MODEL_SPEECH_FORMS, NAME_CONNECTORS, PLACE_PREPOSITIONS } from "../lexicon/index.js";

/** Bumped whenever the features change: a model trained with other features is refused. */
export const FEATURE_VERSION = 7;

const C = GAZ_CATEGORIES.length;
const H_START = hashString("<S>");
const H_START2 = hashString("<S2>");
const H_END = hashString("</S>");
const H_END2 = hashString("</S2>");
const FNV_PRIME = 0x01000193;
const K_BIAS = key1(0, 0);

/** Features of every token of one document, flattened: token i's keys are keys[offs[i] .. offs[i+1]). */
export interface Extracted {
  n: number;
  keys: Int32Array;
  offs: Int32Array;
  /** token index where each sentence starts, plus n at the end */
  sentStarts: Int32Array;
  /** 1 for tokens that are outside every name by construction (lower-case words that never join names): no features */
  forced: Uint8Array;
  /** the words as the features saw them: all-caps lines truecased */
  forms: string[][];
  /**
   * each token's slot in the word-atom cache, shared by every token of the same written word: the model keeps
   * the summed weights of the word's context-free features (positions STATIC_KEY_POSITIONS of the token's
   * keys) per slot, in statics
   */
  words: Int32Array;
  statics: StaticEmissions;
}

/**
 * Per model, the summed weights of each cached word's context-free features: em[slot * L .. slot * L + L),
 * valid where filled[slot] is 1. Emptied with the word-atom cache; valid until the next extract().
 */
export interface StaticEmissions {
  of(model: object, L: number): { em: Float32Array; filled: Uint8Array };
}

/**
 * Positions, within a token's keys, of the features that depend on the written word alone (bias, word,
 * lower-cased word, shape, six affixes): the first 20 keys of every token are always pushed, in this order.
 */
export const STATIC_KEY_POSITIONS: readonly number[] = [0, 1, 2, 7, 14, 15, 16, 17, 18, 19];
/** The first key position after the fixed block of 20. */
export const FIXED_KEYS = 20;
/** The other positions of the fixed block: features of the word's context (neighbours, shapes around it). */
export const CONTEXT_KEY_POSITIONS: readonly number[] = Array.from({ length: FIXED_KEYS }, (_, p) => p).filter((p) => !STATIC_KEY_POSITIONS.includes(p));

/** Lower-case words that occur inside names: "Bank of England", "Abu Bakr al-Baghdadi", "Osama bin Laden". */
const CONNECTORS: ReadonlySet<string> = new Set([...NAME_CONNECTORS, ...CORE_NAME_PARTICLES, "'s", "a"]);

/** Is this word, written like this, outside every name? (lower-case letters only, not a connector) */
export function isForcedOutside(w: string): boolean {
  const c = w.charCodeAt(0);
  const lowerStart = (c >= 97 && c <= 122) || (c > 127 && w.charAt(0) !== w.charAt(0).toUpperCase());
  return lowerStart && w === w.toLowerCase() && !CONNECTORS.has(w);
}

const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

function hasLetter(w: string): boolean {
  return LETTER.test(w);
}

/** No lower-case letter and at least one letter. */
function isAllCaps(w: string): boolean {
  return !LOWER_LETTER.test(w) && hasLetter(w);
}

/** Shape hash: characters mapped to X x d or themselves, runs collapsed, at most 8 steps. */
function shapeHash(w: string): number {
  let h = 0x811c9dc5 | 0;
  let prev = -1;
  let steps = 0;
  for (let i = 0; i < w.length && steps < 8; i++) {
    const ch = w.charCodeAt(i);
    let cls: number;
    if (ch >= 48 && ch <= 57) cls = 100; // d
    else if (ch >= 97 && ch <= 122) cls = 120; // x
    else if (ch >= 65 && ch <= 90) cls = 88; // X
    else if (ch < 128) cls = ch;
    else {
      const s = w.charAt(i);
      const lo = s.toLowerCase();
      const up = s.toUpperCase();
      cls = lo !== up ? (s === up ? 88 : 120) : 200;
    }
    if (cls === prev) continue;
    prev = cls;
    h = Math.imul(h ^ cls, FNV_PRIME);
    steps++;
  }
  return h;
}

/**
 * Truecasing of all-caps lines and sentences: a line like "LEICESTERSHIRE TAKE OVER AT TOP" carries no
 * case information, so each word gets its usual form: as written elsewhere in the same document, else
 * from the casing dictionary, else Title case.
 */
export function isCapsSentence(words: readonly string[]): boolean {
  let letters = 0;
  let long = false;
  for (const w of words) {
    if (!hasLetter(w)) continue;
    if (!isAllCaps(w)) return false;
    letters++;
    if (w.length >= 4) long = true;
  }
  return letters >= 2 || (letters === 1 && long);
}

const PLACE_PREPS: ReadonlySet<string> = new Set(PLACE_PREPOSITIONS);
const SMALL_WORDS: ReadonlySet<string> = new Set([...HEADLINE_SMALL_WORDS, "is", "are", "be"]);

/** A headline written in Title Case ("Morocco Following Dismantling of Terror Cell"): case says little there. */
export function isTitleCaseLine(words: readonly string[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const w of words) {
    if (!hasLetter(w) || SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (isCap(w)) capitalised++;
  }
  return content >= 3 && capitalised / content >= 0.75;
}

/** Template ids of the word-cluster features (after the 33 templates above). */
const T_CLUSTER = 40;
const T_CLUSTER_NONE = 39;
const T_CLUSTER_PREV = 50;
const T_CLUSTER_NEXT = 60;
const T_CLUSTER_SHAPE = 70;

/**
 * What the features read of one written word, whatever its context, computed once per distinct word and
 * kept (the vocabulary of news is small next to its token count, so most tokens are a lookup), in slot s of
 * one slab: atoms[s * AW + A_*]. (As one object with an Int32Array per word, 20,000 words cost 8.5 MB of a
 * worker's heap.)
 */
const AW = 15;
/** hashes of the lower-cased word and of the shape */
const A_HL = 0;
const A_HS = 1;
/** keys of the features that depend on the word alone, in the order they are pushed: word, lower, shape, six affixes */
const A_KF = 2;
const A_KL = 3;
const A_KS = 4;
const A_KAFF = 5;
/** usual casing class of the lower-cased word */
const A_CC = 11;
/** cluster id at a sentence start and elsewhere (-1: none) */
const A_CID_INITIAL = 12;
const A_CID_OTHER = 13;
/** 1: capitalised, 2: has a letter */
const A_FLAGS = 14;
/** Distinct words kept before the cache starts over: 20,000 hold 94% of the lookups (scripts/cache-hits.ts). */
const ATOMS_MAX = 20_000;

/** What the feature passes of one document share: its sentences and, per token, what the features read. */
interface TokenArrays {
  n: number;
  forms: string[][];
  /** each sentence is written in capitals (or a Title Case headline): case says little there */
  caps: boolean[];
  sentStarts: Int32Array;
  lower: string[];
  /** slot of each token's word in the atom cache */
  at: Int32Array;
  /** 1 where the token has a letter */
  letter: Uint8Array;
  hL: Int32Array;
  hS: Int32Array;
  cap: Uint8Array;
  cc: Uint8Array;
  /** gazetteer match of each token in each category: gz[i * C + c] */
  gz: Uint8Array;
  nonLocal: Int32Array;
  forced: Uint8Array;
  docCtx: Int32Array;
  useClusters: boolean;
  cid: Int32Array;
}

/** Document-level (non-local) evidence about each capitalised word, from sentences that are not all-caps: capitalised not initially, seen lower case, its places in runs of capitalised words. */
function wordEvidence(t: TokenArrays): void {
  const { forms, caps, sentStarts, cap, letter, cc, lower, gz, nonLocal, n } = t;
  const capNI = new Set<string>();
  const low = new Set<string>();
  const seq = new Map<string, number>();
  for (let s = 0; s < forms.length; s++) {
    if (caps[s]) continue;
    const a = sentStarts[s]!;
    const b = sentStarts[s + 1]!;
    let runStart = -1;
    for (let i = a; i <= b; i++) {
      const inRun = i < b && cap[i] === 1 && letter[i] === 1 && !(i === a && cc[i] === CASE_LOWER);
      if (i < b && letter[i] === 1) {
        if (cap[i] === 1 && i > a) capNI.add(lower[i]!);
        else if (cap[i] === 0) low.add(lower[i]!);
      }
      if (inRun) {
        if (runStart < 0) runStart = i;
      } else if (runStart >= 0) {
        if (i - runStart >= 2) {
          const firstName = gz[runStart * C + GAZ.first] === 4 ? 8 : 0;
          for (let j = runStart; j < i; j++) {
            const bit = j === runStart ? 1 : j === i - 1 ? 2 : 4;
            seq.set(lower[j]!, (seq.get(lower[j]!) ?? 0) | bit | firstName);
          }
        }
        runStart = -1;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    const lw = lower[i]!;
    nonLocal[i] = 1 | (capNI.has(lw) ? 2 : 0) | (low.has(lw) ? 4 : 0) | ((seq.get(lw) ?? 0) << 3);
  }
}

/** Context aggregation: the contexts a capitalised word has anywhere in the article (after a title, a place preposition, "the", a first name; before a speech verb, an organisation word, "'s"). */
function contextEvidence(t: TokenArrays): void {
  const { forms, sentStarts, cap, letter, lower, gz, docCtx, n } = t;
  const ctx = new Map<string, number>();
  for (let s = 0; s < forms.length; s++) {
    const a = sentStarts[s]!;
    const b = sentStarts[s + 1]!;
    for (let i = a; i < b; i++) {
      if (!cap[i] || !letter[i]) continue;
      let bits = 0;
      if (i > a) {
        const p = lower[i - 1]!;
        if (gz[(i - 1) * C + GAZ.title]) bits |= 1;
        if (PLACE_PREPS.has(p)) bits |= 2;
        if (p === "the") bits |= 8;
        if (gz[(i - 1) * C + GAZ.first] === 4 && cap[i - 1]) bits |= 64;
      }
      if (i + 1 < b) {
        const q = lower[i + 1]!;
        if (MODEL_SPEECH_FORMS.has(q)) bits |= 4;
        if (cap[i + 1] && gz[(i + 1) * C + GAZ.orgkey]) bits |= 16;
        if (q === "'s" || q === "’s") bits |= 32;
      }
      if (bits) ctx.set(lower[i]!, (ctx.get(lower[i]!) ?? 0) | bits);
    }
  }
  for (let i = 0; i < n; i++) {
    if (!cap[i]) continue;
    docCtx[i] = ctx.get(lower[i]!) ?? 0;
  }
}

export class NerFeatures implements StaticEmissions {
  private buf = new Int32Array(1 << 16);
  /** keys pushed into buf for the current document */
  private len = 0;
  /** written word -> slot in atoms and atomLower; emptied, between documents, when a document's words might not fit */
  private readonly atomSlot = new Map<string, number>();
  private atoms: Int32Array;
  private readonly atomLower: string[] = [];
  /** the models' static emissions per slot (StaticEmissions) */
  private readonly statics = new Map<object, { em: Float32Array; filled: Uint8Array }>();
  /** path-prefix hashes per cluster for the word itself (Kw per cluster) and for its neighbours (Kc per cluster) */
  private readonly wordHash: Int32Array;
  private readonly ctxHash: Int32Array;
  private readonly Kw: number;
  private readonly Kc: number;
  private readonly clusterShape: boolean;

  /**
   * `clusters`: Brown clusters of open news text (src/ner/clusters.ts) read as path prefixes, or null for a
   * model trained without them (the model's header says which).
   */
  constructor(
    readonly gaz: Gazetteer,
    readonly clusters: WordClusters | null = null,
    readonly clusterConfig: ClusterFeatureConfig | null = null,
    /** words kept before the cache starts over (a document with more words grows it) */
    capacity = ATOMS_MAX,
  ) {
    this.atoms = new Int32Array(capacity * AW);
    const cfg = clusters ? clusterConfig : null;
    this.Kw = cfg?.word.length ?? 0;
    this.Kc = cfg?.context.length ?? 0;
    this.clusterShape = cfg?.shape === true && this.Kc > 0;
    this.wordHash = clusters && cfg ? clusters.prefixHashes(cfg.word) : new Int32Array(0);
    this.ctxHash = clusters && cfg ? clusters.prefixHashes(cfg.context) : new Int32Array(0);
  }

  /**
   * Cluster of a word as the clustering saw it: written forms, except that a sentence-initial word counts in
   * its usual form ("The" as "the") when the casing dictionary says it is usually lower case.
   */
  private clusterOf(w: string, lw: string, initial: boolean, usual: number): number {
    const cl = this.clusters!;
    if (initial && usual === CASE_LOWER) {
      const c = cl.id(lw);
      if (c >= 0) return c;
    }
    const c = cl.id(w);
    if (c >= 0 || !initial) return c;
    return cl.id(lw);
  }

  /** Makes room for n new words: starts the cache over when they might not fit, grows it for a longer document. */
  private reserve(n: number): void {
    const capacity = this.atoms.length / AW;
    if (this.atomSlot.size + n <= capacity) return;
    this.atomSlot.clear();
    this.atomLower.length = 0;
    if (n > capacity) {
      this.atoms = new Int32Array(n * AW);
      // of() makes them again, at the new capacity
      this.statics.clear();
    } else for (const st of this.statics.values()) st.filled.fill(0);
  }

  of(model: object, L: number): { em: Float32Array; filled: Uint8Array } {
    let st = this.statics.get(model);
    if (st === undefined) {
      const capacity = this.atoms.length / AW;
      st = { em: new Float32Array(capacity * L), filled: new Uint8Array(capacity) };
      this.statics.set(model, st);
    }
    return st;
  }

  /** The slot of a written word's atoms, from the cache or computed (reserve() made room). */
  private atomsOf(w: string): number {
    let s = this.atomSlot.get(w);
    if (s !== undefined) return s;
    s = this.atomSlot.size;
    const A = this.atoms;
    const o = s * AW;
    const lw = w.toLowerCase();
    const hF = hashString(w);
    const hL = hashString(lw);
    const hS = shapeHash(w);
    // prefixes 2..4 and suffixes 2..4 of the lower-cased word
    let h = 0x811c9dc5 | 0;
    for (let k = 0; k < 4; k++) {
      h = Math.imul(h ^ (k < lw.length ? lw.charCodeAt(k) : 0), FNV_PRIME);
      if (k >= 1) A[o + A_KAFF + k - 1] = key1(14 + k - 1, h);
    }
    h = 0x811c9dc5 | 0;
    for (let k = 0; k < 4; k++) {
      const p = lw.length - 1 - k;
      h = Math.imul(h ^ (p >= 0 ? lw.charCodeAt(p) : 0), FNV_PRIME);
      if (k >= 1) A[o + A_KAFF + 2 + k] = key1(14 + 2 + k, h);
    }
    const cc = this.gaz.caseOf(lw);
    const useClusters = this.clusters !== null && (this.Kw > 0 || this.Kc > 0);
    A[o + A_HL] = hL;
    A[o + A_HS] = hS;
    A[o + A_KF] = key1(1, hF);
    A[o + A_KL] = key1(2, hL);
    A[o + A_KS] = key1(7, hS);
    A[o + A_CC] = cc;
    A[o + A_CID_INITIAL] = useClusters ? this.clusterOf(w, lw, true, cc) : -1;
    A[o + A_CID_OTHER] = useClusters ? this.clusterOf(w, lw, false, cc) : -1;
    A[o + A_FLAGS] = (isCap(w) ? 1 : 0) | (hasLetter(w) ? 2 : 0);
    this.atomLower[s] = lw;
    this.atomSlot.set(w, s);
    return s;
  }

  /** Truecased forms of every sentence (the words themselves outside all-caps sentences). */
  forms(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): { forms: string[][]; caps: boolean[] } {
    const caps = doc.map((s, i) => isCapsSentence(s) || (headlines?.[i] === true && isTitleCaseLine(s)));
    const seen = new Map<string, string>();
    for (let s = 0; s < doc.length; s++) {
      if (caps[s]) continue;
      const ws = doc[s]!;
      for (let i = 1; i < ws.length; i++) {
        const w = ws[i]!;
        const lw = w.toLowerCase();
        if (!seen.has(lw) || (isCap(w) && !isAllCaps(w))) seen.set(lw, w);
      }
    }
    const forms = doc.map((ws, s) => {
      if (!caps[s]) return ws as string[];
      // multi-word place and organisation names from the gazetteers keep their capitals ("NEW YORK" -> "New York")
      const lower = ws.map((w) => w.toLowerCase());
      const inName = this.gaz.phraseTokens(lower);
      return ws.map((w, i) => {
        if (inName[i]) return w.length <= 1 ? w : w.charAt(0) + lower[i]!.slice(1);
        if (!hasLetter(w)) return w;
        const lw = w.toLowerCase();
        const f = seen.get(lw) ?? this.gaz.usualForm(lw);
        if (f !== null) return f;
        if (w.length <= 1 || !isAllCaps(w)) return w;
        return w.charAt(0) + lw.slice(1);
      });
    });
    return { forms, caps };
  }

  /** Features of every token of a document: per-token atoms, gazetteer matches, document-level evidence, then the keys. */
  extract(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): Extracted {
    const t = this.tokenArrays(doc, headlines);
    this.matchGazetteer(t);
    wordEvidence(t);
    contextEvidence(t);
    const offs = this.pushKeys(t);
    return { n: t.n, keys: this.buf.subarray(0, this.len), offs, sentStarts: t.sentStarts, forced: t.forced, forms: t.forms, words: t.at, statics: this };
  }

  /** The truecased forms, and each token's atoms, casing and cluster; words that never join names are forced outside. */
  private tokenArrays(doc: readonly (readonly string[])[], headlines?: readonly boolean[]): TokenArrays {
    const { forms, caps } = this.forms(doc, headlines);
    let n = 0;
    for (const s of forms) n += s.length;
    const useClusters = this.clusters !== null && (this.Kw > 0 || this.Kc > 0);
    const t: TokenArrays = {
      n, forms, caps, useClusters,
      sentStarts: new Int32Array(forms.length + 1),
      lower: new Array<string>(n),
      at: new Int32Array(n),
      letter: new Uint8Array(n),
      hL: new Int32Array(n),
      hS: new Int32Array(n),
      cap: new Uint8Array(n),
      cc: new Uint8Array(n),
      gz: new Uint8Array(n * C),
      nonLocal: new Int32Array(n),
      forced: new Uint8Array(n),
      docCtx: new Int32Array(n),
      cid: new Int32Array(useClusters ? n : 0),
    };
    const { sentStarts, at, letter, lower, forced, hL, hS, cap, cc, cid } = t;
    this.reserve(n);
    const A = this.atoms;
    let k = 0;
    for (let s = 0; s < forms.length; s++) {
      sentStarts[s] = k;
      const ws = forms[s]!;
      for (let i = 0; i < ws.length; i++, k++) {
        const x = this.atomsOf(ws[i]!);
        const o = x * AW;
        at[k] = x;
        lower[k] = this.atomLower[x]!;
        if (isForcedOutside(doc[s]![i]!)) forced[k] = 1;
        hL[k] = A[o + A_HL]!;
        hS[k] = A[o + A_HS]!;
        const flags = A[o + A_FLAGS]!;
        cap[k] = flags & 1;
        letter[k] = flags >> 1;
        cc[k] = A[o + A_CC]!;
        if (useClusters) cid[k] = i === 0 || (i === 1 && !letter[k - 1]) ? A[o + A_CID_INITIAL]! : A[o + A_CID_OTHER]!;
      }
    }
    sentStarts[forms.length] = n;
    return t;
  }

  /** Gazetteer matches, per sentence. */
  private matchGazetteer(t: TokenArrays): void {
    const { forms, sentStarts, lower, cap, gz } = t;
    for (let s = 0; s < forms.length; s++) {
      const a = sentStarts[s]!;
      const b = sentStarts[s + 1]!;
      const lw = lower.slice(a, b);
      const cp = new Array<boolean>(b - a);
      for (let i = a; i < b; i++) cp[i - a] = cap[i] === 1;
      const out = new Uint8Array((b - a) * C);
      this.gaz.match(lw, cp, out);
      gz.set(out, a * C);
    }
  }

  /** Appends one key to the buffer, doubling it when full. */
  private push(key: number): void {
    if (this.len >= this.buf.length) {
      const nb = new Int32Array(this.buf.length * 2);
      nb.set(this.buf);
      this.buf = nb;
    }
    this.buf[this.len++] = key;
  }

  /** The feature keys of every token not forced outside, into this.buf; returns each token's first key position. */
  private pushKeys(t: TokenArrays): Int32Array {
    const { n, forms, caps, sentStarts, forced, letter } = t;
    const offs = new Int32Array(n + 1);
    this.len = 0;
    for (let s = 0; s < forms.length; s++) {
      const a = sentStarts[s]!;
      const b = sentStarts[s + 1]!;
      const capsS = caps[s] ? 1 : 0;
      for (let i = a; i < b; i++) {
        offs[i] = this.len;
        if (forced[i]) continue;
        const initial = i === a || (i === a + 1 && !letter[a]) ? 1 : 0;
        this.pushWordKeys(t, i, a, b, initial, capsS);
        this.pushGazetteerKeys(t, i, a, b);
        this.pushDocumentKeys(t, i, a, b, initial);
        if (t.useClusters) this.pushClusterKeys(t, i, a, b, initial);
      }
    }
    offs[n] = this.len;
    return offs;
  }

  /** The fixed block (FIXED_KEYS: bias, word, neighbours, shapes, affixes; STATIC_KEY_POSITIONS among them), then casing. */
  private pushWordKeys(t: TokenArrays, i: number, a: number, b: number, initial: number, capsS: number): void {
    const { hL, hS, cc, cap } = t;
    const lm1 = i - 1 >= a ? hL[i - 1]! : H_START;
    const lm2 = i - 2 >= a ? hL[i - 2]! : i - 1 >= a ? H_START : H_START2;
    const lp1 = i + 1 < b ? hL[i + 1]! : H_END;
    const lp2 = i + 2 < b ? hL[i + 2]! : i + 1 < b ? H_END : H_END2;
    const sm1 = i - 1 >= a ? hS[i - 1]! : H_START;
    const sp1 = i + 1 < b ? hS[i + 1]! : H_END;
    const s0 = hS[i]!;
    const A = this.atoms;
    const o = t.at[i]! * AW;
    this.push(K_BIAS);
    this.push(A[o + A_KF]!);
    this.push(A[o + A_KL]!);
    this.push(key1(3, lm1));
    this.push(key1(4, lp1));
    this.push(key1(5, lm2));
    this.push(key1(6, lp2));
    this.push(A[o + A_KS]!);
    this.push(key1(8, sm1));
    this.push(key1(9, sp1));
    this.push(key2(10, sm1, s0));
    this.push(key2(11, s0, sp1));
    this.push(key2(12, lm1, s0));
    this.push(key2(13, s0, lp1));
    for (let q = 0; q < 6; q++) this.push(A[o + A_KAFF + q]!);
    this.push(key1(20, cc[i]! * 16 + cap[i]! * 4 + initial * 2 + capsS));
    this.push(key2(21, s0, initial * 2 + capsS));
  }

  /** Gazetteer categories of the token and of its neighbours. */
  private pushGazetteerKeys(t: TokenArrays, i: number, a: number, b: number): void {
    const gz = t.gz;
    for (let c = 0; c < C; c++) {
      const g = gz[i * C + c]!;
      if (g !== 0) this.push(key1(22, c * 8 + g));
      if (i > a && gz[(i - 1) * C + c]! !== 0) this.push(key1(23, c * 8 + gz[(i - 1) * C + c]!));
      if (i + 1 < b && gz[(i + 1) * C + c]! !== 0) this.push(key1(24, c * 8 + gz[(i + 1) * C + c]!));
    }
  }

  /** Word pairs, the document-level evidence (non-local, contexts), capitals around the token, an unknown word's shape. */
  private pushDocumentKeys(t: TokenArrays, i: number, a: number, b: number, initial: number): void {
    const { hL, hS, cap, cc } = t;
    const lm1 = i - 1 >= a ? hL[i - 1]! : H_START;
    const lp1 = i + 1 < b ? hL[i + 1]! : H_END;
    const s0 = hS[i]!;
    this.push(key2(25, lm1, hL[i]!));
    this.push(key2(26, hL[i]!, lp1));
    const nl = t.nonLocal[i]!;
    if (nl !== 0) {
      this.push(key1(27, nl));
      this.push(key1(28, nl * 2 + initial));
    }
    const dc = t.docCtx[i]!;
    if (dc !== 0) {
      this.push(key1(31, dc));
      for (let bit = 1; bit < 128; bit <<= 1) if (dc & bit) this.push(key1(32, bit));
    }
    const capPrev = i > a ? cap[i - 1]! : 2;
    const capNext = i + 1 < b ? cap[i + 1]! : 2;
    this.push(key1(29, capPrev * 9 + cap[i]! * 3 + capNext));
    if (cc[i] === CASE_UNKNOWN && cap[i]) this.push(key1(30, fmix(s0) ^ initial));
  }

  /** Word-cluster path prefixes of the token and its neighbours (an out-of-vocabulary neighbour or the sentence edge as such), and with the shape. */
  private pushClusterKeys(t: TokenArrays, i: number, a: number, b: number, initial: number): void {
    const { cid, cap } = t;
    const s0 = t.hS[i]!;
    const c0 = cid[i]!;
    const Kw = this.Kw;
    const Kc = this.Kc;
    if (c0 >= 0) for (let q = 0; q < Kw; q++) this.push(key1(T_CLUSTER + q, this.wordHash[c0 * Kw + q]!));
    else this.push(key1(T_CLUSTER_NONE, cap[i]! * 2 + initial));
    const cm = i > a ? cid[i - 1]! : -2;
    const cp = i + 1 < b ? cid[i + 1]! : -2;
    if (cm >= 0) for (let q = 0; q < Kc; q++) this.push(key1(T_CLUSTER_PREV + q, this.ctxHash[cm * Kc + q]!));
    else this.push(key1(T_CLUSTER_PREV + 9, cm)); // a neighbour outside the vocabulary (-1) or the sentence edge (-2)
    if (cp >= 0) for (let q = 0; q < Kc; q++) this.push(key1(T_CLUSTER_NEXT + q, this.ctxHash[cp * Kc + q]!));
    else this.push(key1(T_CLUSTER_NEXT + 9, cp));
    if (this.clusterShape) {
      this.push(key2(T_CLUSTER_SHAPE, cm >= 0 ? this.ctxHash[cm * Kc]! : cm, s0));
      this.push(key2(T_CLUSTER_SHAPE + 1, s0, cp >= 0 ? this.ctxHash[cp * Kc]! : cp));
    }
  }
}
