/**
 * Greedy arc-hybrid dependency parsing (Kuhlmann et al. 2011) with the ROOT token at the end of the buffer,
 * so the one word left for it is attached last and every tree has exactly one root. Transitions are SHIFT,
 * LEFT (s0 <- b0) and RIGHT (s0 <- s1), scored by a linear model over rich non-local features in the manner
 * of Zhang & Nivre (2011); the relation of each arc is chosen when the arc is made by a second linear model.
 * Training follows the dynamic oracle of Goldberg & Nivre (2013), whose transition costs are exact for
 * projective trees; non-projective gold trees are projectivised by lifting arcs first.
 */
import { fmix, key1, key2, key3 } from "../learn/hash.js";
import type { SparseLinear } from "../learn/sparse.js";
import type { WordHashes } from "./words.js";

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

const NONE = 0x1b873593;
const ROOTH = 0x2f4a7c15;

/** Parser configuration over n words (0..n-1) and ROOT (n). */
export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** bit sets of the labels of left / right children (label ids mod 31) */
  readonly ls: Int32Array;
  readonly rs: Int32Array;

  constructor(readonly n: number) {
    const m = n + 1;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(-1);
    this.lc1 = new Int32Array(m).fill(-1);
    this.lc2 = new Int32Array(m).fill(-1);
    this.rc1 = new Int32Array(m).fill(-1);
    this.rc2 = new Int32Array(m).fill(-1);
    this.nl = new Int32Array(m);
    this.nr = new Int32Array(m);
    this.ls = new Int32Array(m);
    this.rs = new Int32Array(m);
  }

  get done(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** The arc the transition makes: [head, dependent], or null for SHIFT. */
  arc(t: number): [number, number] | null {
    if (t === SHIFT) return null;
    const s0 = this.stack[this.sp - 1]!;
    return t === LEFT ? [this.b, s0] : [this.stack[this.sp - 2]!, s0];
  }

  apply(t: number, label: number): void {
    if (t === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp]!;
    const h = t === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << (label % 31);
    if (d < h) {
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nl[h]!++;
      this.ls[h]! |= bit;
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nr[h]!++;
      this.rs[h]! |= bit;
    }
  }

  /**
   * Cost of a transition against gold heads (n = ROOT): the gold arcs it makes unreachable (Goldberg & Nivre
   * 2013, arc-hybrid). `gold` must be projective.
   */
  cost(t: number, gold: ArrayLike<number>): number {
    const { stack, sp, b, n } = this;
    if (!this.valid(t)) return 1e9;
    if (t === SHIFT) {
      let c = 0;
      for (let i = 0; i < sp; i++) {
        const k = stack[i]!;
        if (gold[k] === b) c++;
        if (gold[b] === k && i < sp - 1) c++;
      }
      return c;
    }
    const s0 = stack[sp - 1]!;
    let c = 0;
    for (let d = b; d < n; d++) if (gold[d] === s0) c++;
    const g = gold[s0]!;
    if (t === LEFT) {
      if (g !== b && (g > b || (sp >= 2 && g === stack[sp - 2]))) c++;
    } else if (g >= b) c++;
    return c;
  }
}

/** Word values for the parser's features: hashes of words and tags per token, ROOT at n. */
export interface ParseInput {
  n: number;
  w: Int32Array;
  p: Int32Array;
  wp: Int32Array;
  /** Brown cluster path prefix of 4 bits and whole path per token (words.ts CLUSTER_PREFIXES 0 and 3) */
  c4: Int32Array;
  cf: Int32Array;
}

export function parseInput(h: WordHashes, tagHashes: ArrayLike<number>): ParseInput {
  const n = h.n;
  const w = new Int32Array(n + 1);
  const p = new Int32Array(n + 1);
  const wp = new Int32Array(n + 1);
  const c4 = new Int32Array(n + 1);
  const cf = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    w[i] = h.w[i]!;
    p[i] = tagHashes[i]!;
    wp[i] = fmix((Math.imul(w[i]!, 0x9e3779b1) ^ p[i]!) | 0);
    c4[i] = h.cp[i * 4]!;
    cf[i] = h.cp[i * 4 + 3]!;
  }
  w[n] = p[n] = wp[n] = c4[n] = cf[n] = ROOTH;
  return { n, w, p, wp, c4, cf };
}

export const PARSER_FEATURES = 105;

/** Feature keys of a configuration; returns how many were written into out. */
export function parserKeys(x: ParseInput, st: ParseState, out: Int32Array): number {
  const { w, p, wp, c4, cf } = x;
  const sp = st.sp;
  const s0 = sp > 0 ? st.stack[sp - 1]! : -1;
  const s1 = sp > 1 ? st.stack[sp - 2]! : -1;
  const s2 = sp > 2 ? st.stack[sp - 3]! : -1;
  const b0 = st.b;
  const b1 = b0 + 1 <= x.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= x.n ? b0 + 2 : -1;
  const W = (i: number): number => (i < 0 ? NONE : w[i]!);
  const P = (i: number): number => (i < 0 ? NONE : p[i]!);
  const WP = (i: number): number => (i < 0 ? NONE : wp[i]!);
  const L = (i: number): number => (i < 0 ? -2 : st.labels[i]!);
  const ch = (a: Int32Array, i: number): number => (i < 0 ? -1 : a[i]!);
  const s0l = ch(st.lc1, s0);
  const s0r = ch(st.rc1, s0);
  const s0l2 = ch(st.lc2, s0);
  const s0r2 = ch(st.rc2, s0);
  const s1l = ch(st.lc1, s1);
  const s1r = ch(st.rc1, s1);
  const b0l = ch(st.lc1, b0);
  const b0l2 = ch(st.lc2, b0);
  const s0w = W(s0);
  const s0p = P(s0);
  const s0wp = WP(s0);
  const s1w = W(s1);
  const s1p = P(s1);
  const s1wp = WP(s1);
  const b0w = W(b0);
  const b0p = P(b0);
  const b0wp = WP(b0);
  const b1w = W(b1);
  const b1p = P(b1);
  const b2p = P(b2);
  const dist = s0 < 0 ? 0 : Math.min(b0 - s0, 6) + (b0 - s0 > 10 ? 1 : 0);
  const dist01 = s1 < 0 ? 0 : Math.min(s0 - s1, 6) + (s0 - s1 > 10 ? 1 : 0);
  const vl = (i: number): number => (i < 0 ? -1 : Math.min(st.nl[i]!, 4));
  const vr = (i: number): number => (i < 0 ? -1 : Math.min(st.nr[i]!, 4));
  const LS = (i: number): number => (i < 0 ? -1 : st.ls[i]!);
  const RS = (i: number): number => (i < 0 ? -1 : st.rs[i]!);
  let k = 0;
  out[k++] = key1(0, 0);
  // single positions
  out[k++] = key1(1, s0w);
  out[k++] = key1(2, s0p);
  out[k++] = key1(3, s0wp);
  out[k++] = key1(4, s1w);
  out[k++] = key1(5, s1p);
  out[k++] = key1(6, s1wp);
  out[k++] = key1(7, P(s2));
  out[k++] = key1(8, W(s2));
  out[k++] = key1(9, b0w);
  out[k++] = key1(10, b0p);
  out[k++] = key1(11, b0wp);
  out[k++] = key1(12, b1w);
  out[k++] = key1(13, b1p);
  out[k++] = key1(14, WP(b1));
  out[k++] = key1(15, W(b2));
  out[k++] = key1(16, b2p);
  // pairs
  out[k++] = key2(17, s0wp, b0wp);
  out[k++] = key2(18, s0wp, b0w);
  out[k++] = key2(19, s0w, b0wp);
  out[k++] = key2(20, s0wp, b0p);
  out[k++] = key2(21, s0p, b0wp);
  out[k++] = key2(22, s0w, b0w);
  out[k++] = key2(23, s0p, b0p);
  out[k++] = key2(24, b0p, b1p);
  out[k++] = key2(25, s1wp, s0wp);
  out[k++] = key2(26, s1w, s0w);
  out[k++] = key2(27, s1p, s0p);
  out[k++] = key2(28, s1p, s0w);
  out[k++] = key2(29, s1w, s0p);
  out[k++] = key2(30, s1p, b0p);
  out[k++] = key2(31, s1w, b0w);
  out[k++] = key2(32, s0w, b1w);
  out[k++] = key2(33, b0w, b1w);
  // triples of tags
  out[k++] = key3(34, b0p, b1p, b2p);
  out[k++] = key3(35, s0p, b0p, b1p);
  out[k++] = key3(36, s1p, s0p, b0p);
  out[k++] = key3(37, s0p, P(s0l), b0p);
  out[k++] = key3(38, s0p, P(s0r), b0p);
  out[k++] = key3(39, s0p, b0p, P(b0l));
  out[k++] = key3(40, s1p, s0p, P(s0l));
  out[k++] = key3(41, s1p, s0p, P(s0r));
  out[k++] = key3(42, s1p, P(s1r), s0p);
  out[k++] = key3(43, s1p, P(s1l), s0p);
  out[k++] = key3(44, P(s2), s1p, s0p);
  out[k++] = key3(45, s0w, b0p, b1p);
  out[k++] = key3(46, s0p, b0w, b1p);
  out[k++] = key3(47, s1p, s0p, b1p);
  // distance
  out[k++] = key2(48, s0w, dist);
  out[k++] = key2(49, s0p, dist);
  out[k++] = key2(50, b0w, dist);
  out[k++] = key2(51, b0p, dist);
  out[k++] = key3(52, s0w, b0w, dist);
  out[k++] = key3(53, s0p, b0p, dist);
  out[k++] = key3(54, s1p, s0p, dist01);
  out[k++] = key3(55, s1w, s0w, dist01);
  // valency
  out[k++] = key2(56, s0w, vl(s0));
  out[k++] = key2(57, s0p, vl(s0));
  out[k++] = key2(58, s0w, vr(s0));
  out[k++] = key2(59, s0p, vr(s0));
  out[k++] = key2(60, b0w, vl(b0));
  out[k++] = key2(61, b0p, vl(b0));
  out[k++] = key2(62, s1p, vr(s1));
  out[k++] = key2(63, s1w, vr(s1));
  // children
  out[k++] = key1(64, W(s0l));
  out[k++] = key1(65, P(s0l));
  out[k++] = key1(66, L(s0l));
  out[k++] = key1(67, W(s0r));
  out[k++] = key1(68, P(s0r));
  out[k++] = key1(69, L(s0r));
  out[k++] = key1(70, W(b0l));
  out[k++] = key1(71, P(b0l));
  out[k++] = key1(72, L(b0l));
  out[k++] = key1(73, P(s1l));
  out[k++] = key1(74, L(s1l));
  out[k++] = key1(75, W(s1r));
  out[k++] = key1(76, P(s1r));
  out[k++] = key1(77, L(s1r));
  // third order
  out[k++] = key2(78, P(s0l2), L(s0l2));
  out[k++] = key2(79, P(s0r2), L(s0r2));
  out[k++] = key2(80, P(b0l2), L(b0l2));
  out[k++] = key3(81, s0p, L(s0l), L(s0l2));
  out[k++] = key3(82, s0p, L(s0r), L(s0r2));
  out[k++] = key3(83, b0p, L(b0l), L(b0l2));
  out[k++] = key3(84, s0p, P(s0l), P(s0l2));
  out[k++] = key3(85, s0p, P(s0r), P(s0r2));
  out[k++] = key3(86, b0p, P(b0l), P(b0l2));
  // label sets
  out[k++] = key2(87, s0w, LS(s0));
  out[k++] = key2(88, s0p, LS(s0));
  out[k++] = key2(89, s0w, RS(s0));
  out[k++] = key2(90, s0p, RS(s0));
  out[k++] = key2(91, b0w, LS(b0));
  out[k++] = key2(92, b0p, LS(b0));
  out[k++] = key2(93, s1p, RS(s1));
  out[k++] = key3(94, s1p, s0p, L(s1r));
  out[k++] = key3(95, s0wp, b0p, L(b0l));
  // word clusters (Brown path prefix of 4 bits, whole path) of s0, b0, s1, b1, and with the other's tag
  const C4 = (i: number): number => (i < 0 ? NONE : c4[i]!);
  const CF = (i: number): number => (i < 0 ? NONE : cf[i]!);
  out[k++] = key1(96, C4(s0));
  out[k++] = key1(97, CF(s0));
  out[k++] = key1(98, C4(b0));
  out[k++] = key1(99, CF(b0));
  out[k++] = key1(100, C4(s1));
  out[k++] = key1(101, C4(b1));
  out[k++] = key2(102, CF(s0), b0p);
  out[k++] = key2(103, s0p, CF(b0));
  out[k++] = key2(104, C4(s0), C4(b0));
  return k;
}

export const LABEL_FEATURES = 33;

/** Feature keys for the relation of the arc h -> d (h = n is ROOT), at the moment the arc is made. */
export function labelKeys(x: ParseInput, st: ParseState, h: number, d: number, out: Int32Array): number {
  const { w, p, wp, n } = x;
  const labels = st.labels;
  const hw = h < 0 || h > n ? NONE : w[h]!;
  const hp = h < 0 || h > n ? NONE : p[h]!;
  const dw = d < 0 || d > n ? NONE : w[d]!;
  const dp = d < 0 || d > n ? NONE : p[d]!;
  const dir = h === n ? 2 : h < d ? 1 : 0;
  const dist = h === n ? 0 : Math.min(Math.abs(h - d), 8);
  const dl = st.lc1[d]!;
  const dr = st.rc1[d]!;
  const hl = st.lc1[h]!;
  const wdl = dl < 0 || dl > n ? NONE : w[dl]!;
  const ldl = dl < 0 ? -2 : labels[dl]!;
  const wdr = dr < 0 || dr > n ? NONE : w[dr]!;
  const ldr = dr < 0 ? -2 : labels[dr]!;
  const phm = h - 1 < 0 || h - 1 > n ? NONE : p[h - 1]!;
  const php = h + 1 < 0 || h + 1 > n ? NONE : p[h + 1]!;
  const pdm = d - 1 < 0 || d - 1 > n ? NONE : p[d - 1]!;
  const pdp = d + 1 < 0 || d + 1 > n ? NONE : p[d + 1]!;
  const whl = hl < 0 || hl > n ? NONE : w[hl]!;
  const lhl = hl < 0 ? -2 : labels[hl]!;
  let k = 0;
  out[k++] = key1(0, dir);
  out[k++] = key2(1, dp, dir);
  out[k++] = key2(2, hp, dir);
  out[k++] = key3(3, hp, dp, dir);
  out[k++] = key3(4, hw, dp, dir);
  out[k++] = key3(5, hp, dw, dir);
  out[k++] = key3(6, hw, dw, dir);
  out[k++] = key2(7, wp[d]!, dir);
  out[k++] = key2(8, wp[h]!, dir);
  out[k++] = key3(9, hp, dp, dist);
  out[k++] = key3(10, dp, st.ls[d]!, dir);
  out[k++] = key3(11, dp, st.rs[d]!, dir);
  out[k++] = key3(12, hp, st.ls[h]!, dir);
  out[k++] = key3(13, hp, st.rs[h]!, dir);
  out[k++] = key3(14, dp, wdl, dir);
  out[k++] = key3(15, hp, wdl, dir);
  out[k++] = key3(16, dp, ldl, dir);
  out[k++] = key3(17, dp, wdr, dir);
  out[k++] = key3(18, dp, ldr, dir);
  out[k++] = key3(19, hp, phm, dp);
  out[k++] = key3(20, hp, php, dp);
  out[k++] = key3(21, dp, pdm, hp);
  out[k++] = key3(22, dp, pdp, hp);
  out[k++] = key3(23, dw, wdl, hw);
  out[k++] = key2(24, dw, dir);
  out[k++] = key2(25, hw, dir);
  out[k++] = key3(26, hp, dp, whl);
  out[k++] = key3(27, dp, hp, lhl);
  out[k++] = key3(28, hw, wdl, dp);
  out[k++] = key3(29, dp, st.nl[d]! * 8 + st.nr[d]!, dir);
  // word clusters of the dependent and the head
  const dc = d < 0 || d > n ? NONE : x.cf[d]!;
  const hc = h < 0 || h > n ? NONE : x.cf[h]!;
  out[k++] = key2(30, dc, dir);
  out[k++] = key3(31, hp, dc, dir);
  out[k++] = key3(32, hc, dp, dir);
  return k;
}

/**
 * Projective heads for gold heads (0 = root, i + 1 = word i, as in CoNLL-U) given 0-based as parser heads
 * (n = ROOT): each non-projective arc is lifted to the head's head, shortest arcs first, until none is left.
 */
export function projectivise(heads: Int32Array): Int32Array {
  const n = heads.length - 1;
  const h = heads.slice();
  const dominated = (anc: number, x: number): boolean => {
    let y = x;
    for (let guard = 0; guard <= n + 1 && y !== n && y >= 0; guard++) {
      if (y === anc) return true;
      y = h[y]!;
    }
    return y === anc;
  };
  for (;;) {
    let worst = -1;
    let span = Infinity;
    for (let d = 0; d < n; d++) {
      const hd = h[d]!;
      if (hd === n) {
        continue;
      }
      const a = Math.min(hd, d);
      const b = Math.max(hd, d);
      let ok = true;
      for (let j = a + 1; j < b && ok; j++) if (!dominated(hd, j)) ok = false;
      if (!ok && b - a < span) {
        span = b - a;
        worst = d;
      }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
}

/** cache slots of TransitionScorer (features whose value is fixed by one token and a cheap check) */
const CACHED = 76;
const UNCACHED = 28;
/** sentences up to this many words use the cache (checks pack two token indices into an int32) */
export const SCORER_MAX_WORDS = 46_000;

/**
 * The transition scores of parserKeys' features without writing the keys out: the model must be dense
 * (three classes in the slot, see SparseLinear). Scores are summed per class feature by feature in
 * parserKeys' order into a Float32Array, as SparseLinear.score does, so they are the same bit for bit.
 * Most features are a function of one token (the anchor: s0, s1, b0, a child) and a few other values;
 * their weights are kept per sentence, anchor and feature with a check value that identifies those other
 * values exactly (another token's index, a valency, a label set), so a later configuration with the same
 * anchor and check adds the kept weights without hashing or probing the model (a feature the model lacks
 * keeps zeros, and adding +0 changes no score). The features of s0 and b0 together are new in nearly
 * every configuration and are looked up each time.
 */
export class TransitionScorer {
  private readonly W: Float32Array;
  private readonly biasSlot: number;
  /** entry e (5 words): stamp, check, three weights; Int32 and Float32 views of one buffer */
  private ci = new Int32Array(0);
  private cf = new Float32Array(0);
  private cur = 0;
  readonly sc = new Float32Array(TRANSITIONS);
  private readonly kb = new Int32Array(UNCACHED);
  /** keeps the touching loads alive */
  touched = 0;

  constructor(private readonly model: SparseLinear) {
    if (!model.dense || model.L !== TRANSITIONS) throw new Error("transition scorer: the model must have three classes");
    this.W = model.denseW;
    this.biasSlot = model.denseSlot(key1(0, 0));
  }

  /** Starts a sentence of n words (n + 2 <= SCORER_MAX_WORDS). */
  begin(n: number): void {
    if (n + 2 > SCORER_MAX_WORDS) throw new Error("transition scorer: sentence too long");
    const need = (n + 2) * CACHED * 5;
    if (this.ci.length < need) {
      const buf = new ArrayBuffer(need * 8);
      this.ci = new Int32Array(buf);
      this.cf = new Float32Array(buf);
      this.cur = 0;
    }
    this.cur++;
    if (this.cur === 0x7fffffff) {
      this.ci.fill(0);
      this.cur = 1;
    }
  }

  private add(key: number): void {
    const s = this.model.denseSlot(key);
    if (s < 0) return;
    const W = this.W;
    const sc = this.sc;
    sc[0]! += W[s + 1]!;
    sc[1]! += W[s + 2]!;
    sc[2]! += W[s + 3]!;
  }

  private put(e: number, chk: number, key: number): void {
    const ci = this.ci;
    const cf = this.cf;
    ci[e] = this.cur;
    ci[e + 1] = chk;
    const s = this.model.denseSlot(key);
    if (s < 0) cf[e + 2] = cf[e + 3] = cf[e + 4] = 0;
    else {
      const W = this.W;
      cf[e + 2] = W[s + 1]!;
      cf[e + 3] = W[s + 2]!;
      cf[e + 4] = W[s + 3]!;
    }
  }

  private addE(e: number): void {
    const cf = this.cf;
    const sc = this.sc;
    sc[0]! += cf[e + 2]!;
    sc[1]! += cf[e + 3]!;
    sc[2]! += cf[e + 4]!;
  }

  /** Feature key1(tmpl, a) kept in cache slot c of anchor token i under check chk. */
  private k1(c: number, i: number, chk: number, tmpl: number, a: number): void {
    const e = ((i + 1) * CACHED + c) * 5;
    if (this.ci[e] !== this.cur || this.ci[e + 1] !== chk) this.put(e, chk, key1(tmpl, a));
    this.addE(e);
  }

  private k2(c: number, i: number, chk: number, tmpl: number, a: number, b: number): void {
    const e = ((i + 1) * CACHED + c) * 5;
    if (this.ci[e] !== this.cur || this.ci[e + 1] !== chk) this.put(e, chk, key2(tmpl, a, b));
    this.addE(e);
  }

  private k3(c: number, i: number, chk: number, tmpl: number, a: number, b: number, d: number): void {
    const e = ((i + 1) * CACHED + c) * 5;
    if (this.ci[e] !== this.cur || this.ci[e + 1] !== chk) this.put(e, chk, key3(tmpl, a, b, d));
    this.addE(e);
  }

  /** Scores of the three transitions in configuration st into this.sc (after begin(x.n)). */
  score(x: ParseInput, st: ParseState): void {
    const w = x.w;
    const p = x.p;
    const wp = x.wp;
    const n = x.n;
    const M = n + 2;
    const stack = st.stack;
    const labels = st.labels;
    const lc1 = st.lc1;
    const rc1 = st.rc1;
    const lc2 = st.lc2;
    const rc2 = st.rc2;
    const sc = this.sc;
    sc[0] = sc[1] = sc[2] = 0;
    const sp = st.sp;
    const s0 = sp > 0 ? stack[sp - 1]! : -1;
    const s1 = sp > 1 ? stack[sp - 2]! : -1;
    const s2 = sp > 2 ? stack[sp - 3]! : -1;
    const b0 = st.b;
    const b1 = b0 + 1 <= n ? b0 + 1 : -1;
    const b2 = b0 + 2 <= n ? b0 + 2 : -1;
    const s0l = s0 < 0 ? -1 : lc1[s0]!;
    const s0r = s0 < 0 ? -1 : rc1[s0]!;
    const s0l2 = s0 < 0 ? -1 : lc2[s0]!;
    const s0r2 = s0 < 0 ? -1 : rc2[s0]!;
    const s1l = s1 < 0 ? -1 : lc1[s1]!;
    const s1r = s1 < 0 ? -1 : rc1[s1]!;
    const b0l = lc1[b0]!;
    const b0l2 = lc2[b0]!;
    const s0w = s0 < 0 ? NONE : w[s0]!;
    const s0p = s0 < 0 ? NONE : p[s0]!;
    const s0wp = s0 < 0 ? NONE : wp[s0]!;
    const s1w = s1 < 0 ? NONE : w[s1]!;
    const s1p = s1 < 0 ? NONE : p[s1]!;
    const s1wp = s1 < 0 ? NONE : wp[s1]!;
    const s2p = s2 < 0 ? NONE : p[s2]!;
    const b0w = w[b0]!;
    const b0p = p[b0]!;
    const b0wp = wp[b0]!;
    const b1w = b1 < 0 ? NONE : w[b1]!;
    const b1p = b1 < 0 ? NONE : p[b1]!;
    const b2p = b2 < 0 ? NONE : p[b2]!;
    const ps0l = s0l < 0 ? NONE : p[s0l]!;
    const ps0r = s0r < 0 ? NONE : p[s0r]!;
    const ps0l2 = s0l2 < 0 ? NONE : p[s0l2]!;
    const ps0r2 = s0r2 < 0 ? NONE : p[s0r2]!;
    const pb0l = b0l < 0 ? NONE : p[b0l]!;
    const pb0l2 = b0l2 < 0 ? NONE : p[b0l2]!;
    const ps1l = s1l < 0 ? NONE : p[s1l]!;
    const ps1r = s1r < 0 ? NONE : p[s1r]!;
    const ls0l = s0l < 0 ? -2 : labels[s0l]!;
    const ls0r = s0r < 0 ? -2 : labels[s0r]!;
    const ls0l2 = s0l2 < 0 ? -2 : labels[s0l2]!;
    const ls0r2 = s0r2 < 0 ? -2 : labels[s0r2]!;
    const lb0l = b0l < 0 ? -2 : labels[b0l]!;
    const lb0l2 = b0l2 < 0 ? -2 : labels[b0l2]!;
    const ls1l = s1l < 0 ? -2 : labels[s1l]!;
    const ls1r = s1r < 0 ? -2 : labels[s1r]!;
    const dist = s0 < 0 ? 0 : Math.min(b0 - s0, 6) + (b0 - s0 > 10 ? 1 : 0);
    const dist01 = s1 < 0 ? 0 : Math.min(s0 - s1, 6) + (s0 - s1 > 10 ? 1 : 0);
    const vls0 = s0 < 0 ? -1 : Math.min(st.nl[s0]!, 4);
    const vrs0 = s0 < 0 ? -1 : Math.min(st.nr[s0]!, 4);
    const vlb0 = Math.min(st.nl[b0]!, 4);
    const vrs1 = s1 < 0 ? -1 : Math.min(st.nr[s1]!, 4);
    const lss0 = s0 < 0 ? -1 : st.ls[s0]!;
    const rss0 = s0 < 0 ? -1 : st.rs[s0]!;
    const lsb0 = st.ls[b0]!;
    const rss1 = s1 < 0 ? -1 : st.rs[s1]!;
    // checks: the values beside the anchor token that a kept feature depends on
    const cS1 = s1 + 1;
    const cS1S0l = (s1 + 1) * M + s0l + 1;
    const cS1S0r = (s1 + 1) * M + s0r + 1;
    const cS1S1r = (s1 + 1) * M + s1r + 1;
    const cS1S1l = (s1 + 1) * M + s1l + 1;
    const cS1S2 = (s1 + 1) * M + s2 + 1;
    const cS0l = (s0l + 1) * M + s0l2 + 1;
    const cS0r = (s0r + 1) * M + s0r2 + 1;
    const cB0l = (b0l + 1) * M + b0l2 + 1;
    // the keys looked up every time, computed first and their slots touched so the memory loads overlap
    const kb = this.kb;
    kb[0] = key2(17, s0wp, b0wp);
    kb[1] = key2(18, s0wp, b0w);
    kb[2] = key2(19, s0w, b0wp);
    kb[3] = key2(20, s0wp, b0p);
    kb[4] = key2(21, s0p, b0wp);
    kb[5] = key2(22, s0w, b0w);
    kb[6] = key2(23, s0p, b0p);
    kb[7] = key2(30, s1p, b0p);
    kb[8] = key2(31, s1w, b0w);
    kb[9] = key2(32, s0w, b1w);
    kb[10] = key3(35, s0p, b0p, b1p);
    kb[11] = key3(36, s1p, s0p, b0p);
    kb[12] = key3(37, s0p, ps0l, b0p);
    kb[13] = key3(38, s0p, ps0r, b0p);
    kb[14] = key3(39, s0p, b0p, pb0l);
    kb[15] = key3(45, s0w, b0p, b1p);
    kb[16] = key3(46, s0p, b0w, b1p);
    kb[17] = key3(47, s1p, s0p, b1p);
    kb[18] = key2(48, s0w, dist);
    kb[19] = key2(49, s0p, dist);
    kb[20] = key2(50, b0w, dist);
    kb[21] = key2(51, b0p, dist);
    kb[22] = key3(52, s0w, b0w, dist);
    kb[23] = key3(53, s0p, b0p, dist);
    kb[24] = key3(95, s0wp, b0p, lb0l);
    const s0c4 = s0 < 0 ? NONE : x.c4[s0]!;
    const s0cf = s0 < 0 ? NONE : x.cf[s0]!;
    const b0c4 = x.c4[b0]!;
    const b0cf = x.cf[b0]!;
    kb[25] = key2(102, s0cf, b0p);
    kb[26] = key2(103, s0p, b0cf);
    kb[27] = key2(104, s0c4, b0c4);
    const t = this.model.denseKeys;
    const mask = this.model.mask;
    let z = 0;
    for (let j = 0; j < UNCACHED; j++) z |= t[4 * (kb[j]! & mask)]!;
    this.touched = z;
    if (this.biasSlot >= 0) {
      const W = this.W;
      const s = this.biasSlot;
      sc[0]! += W[s + 1]!;
      sc[1]! += W[s + 2]!;
      sc[2]! += W[s + 3]!;
    }
    // single positions
    this.k1(0, s0, 0, 1, s0w);
    this.k1(1, s0, 0, 2, s0p);
    this.k1(2, s0, 0, 3, s0wp);
    this.k1(3, s1, 0, 4, s1w);
    this.k1(4, s1, 0, 5, s1p);
    this.k1(5, s1, 0, 6, s1wp);
    this.k1(6, s2, 0, 7, s2p);
    this.k1(7, s2, 0, 8, s2 < 0 ? NONE : w[s2]!);
    this.k1(8, b0, 0, 9, b0w);
    this.k1(9, b0, 0, 10, b0p);
    this.k1(10, b0, 0, 11, b0wp);
    this.k1(11, b1, 0, 12, b1w);
    this.k1(12, b1, 0, 13, b1p);
    this.k1(13, b1, 0, 14, b1 < 0 ? NONE : wp[b1]!);
    this.k1(14, b2, 0, 15, b2 < 0 ? NONE : w[b2]!);
    this.k1(15, b2, 0, 16, b2p);
    // pairs
    this.add(kb[0]!);
    this.add(kb[1]!);
    this.add(kb[2]!);
    this.add(kb[3]!);
    this.add(kb[4]!);
    this.add(kb[5]!);
    this.add(kb[6]!);
    this.k2(16, b0, 0, 24, b0p, b1p);
    this.k2(17, s0, cS1, 25, s1wp, s0wp);
    this.k2(18, s0, cS1, 26, s1w, s0w);
    this.k2(19, s0, cS1, 27, s1p, s0p);
    this.k2(20, s0, cS1, 28, s1p, s0w);
    this.k2(21, s0, cS1, 29, s1w, s0p);
    this.add(kb[7]!);
    this.add(kb[8]!);
    this.add(kb[9]!);
    this.k2(22, b0, 0, 33, b0w, b1w);
    // triples of tags
    this.k3(23, b0, 0, 34, b0p, b1p, b2p);
    this.add(kb[10]!);
    this.add(kb[11]!);
    this.add(kb[12]!);
    this.add(kb[13]!);
    this.add(kb[14]!);
    this.k3(24, s0, cS1S0l, 40, s1p, s0p, ps0l);
    this.k3(25, s0, cS1S0r, 41, s1p, s0p, ps0r);
    this.k3(26, s0, cS1S1r, 42, s1p, ps1r, s0p);
    this.k3(27, s0, cS1S1l, 43, s1p, ps1l, s0p);
    this.k3(28, s0, cS1S2, 44, s2p, s1p, s0p);
    this.add(kb[15]!);
    this.add(kb[16]!);
    this.add(kb[17]!);
    // distance
    this.add(kb[18]!);
    this.add(kb[19]!);
    this.add(kb[20]!);
    this.add(kb[21]!);
    this.add(kb[22]!);
    this.add(kb[23]!);
    this.k3(29, s0, cS1, 54, s1p, s0p, dist01);
    this.k3(30, s0, cS1, 55, s1w, s0w, dist01);
    // valency
    this.k2(31, s0, vls0, 56, s0w, vls0);
    this.k2(32, s0, vls0, 57, s0p, vls0);
    this.k2(33, s0, vrs0, 58, s0w, vrs0);
    this.k2(34, s0, vrs0, 59, s0p, vrs0);
    this.k2(35, b0, vlb0, 60, b0w, vlb0);
    this.k2(36, b0, vlb0, 61, b0p, vlb0);
    this.k2(37, s1, vrs1, 62, s1p, vrs1);
    this.k2(38, s1, vrs1, 63, s1w, vrs1);
    // children (a child's word, tag and relation are fixed once it is attached)
    this.k1(39, s0l, 0, 64, s0l < 0 ? NONE : w[s0l]!);
    this.k1(40, s0l, 0, 65, ps0l);
    this.k1(41, s0l, 0, 66, ls0l);
    this.k1(42, s0r, 0, 67, s0r < 0 ? NONE : w[s0r]!);
    this.k1(43, s0r, 0, 68, ps0r);
    this.k1(44, s0r, 0, 69, ls0r);
    this.k1(45, b0l, 0, 70, b0l < 0 ? NONE : w[b0l]!);
    this.k1(46, b0l, 0, 71, pb0l);
    this.k1(47, b0l, 0, 72, lb0l);
    this.k1(48, s1l, 0, 73, ps1l);
    this.k1(49, s1l, 0, 74, ls1l);
    this.k1(50, s1r, 0, 75, s1r < 0 ? NONE : w[s1r]!);
    this.k1(51, s1r, 0, 76, ps1r);
    this.k1(52, s1r, 0, 77, ls1r);
    // third order
    this.k2(53, s0l2, 0, 78, ps0l2, ls0l2);
    this.k2(54, s0r2, 0, 79, ps0r2, ls0r2);
    this.k2(55, b0l2, 0, 80, pb0l2, lb0l2);
    this.k3(56, s0, cS0l, 81, s0p, ls0l, ls0l2);
    this.k3(57, s0, cS0r, 82, s0p, ls0r, ls0r2);
    this.k3(58, b0, cB0l, 83, b0p, lb0l, lb0l2);
    this.k3(59, s0, cS0l, 84, s0p, ps0l, ps0l2);
    this.k3(60, s0, cS0r, 85, s0p, ps0r, ps0r2);
    this.k3(61, b0, cB0l, 86, b0p, pb0l, pb0l2);
    // label sets
    this.k2(62, s0, lss0, 87, s0w, lss0);
    this.k2(63, s0, lss0, 88, s0p, lss0);
    this.k2(64, s0, rss0, 89, s0w, rss0);
    this.k2(65, s0, rss0, 90, s0p, rss0);
    this.k2(66, b0, lsb0, 91, b0w, lsb0);
    this.k2(67, b0, lsb0, 92, b0p, lsb0);
    this.k2(68, s1, rss1, 93, s1p, rss1);
    this.k3(69, s0, cS1S1r, 94, s1p, s0p, ls1r);
    this.add(kb[24]!);
    // word clusters
    this.k1(70, s0, 0, 96, s0c4);
    this.k1(71, s0, 0, 97, s0cf);
    this.k1(72, b0, 0, 98, b0c4);
    this.k1(73, b0, 0, 99, b0cf);
    this.k1(74, s1, 0, 100, s1 < 0 ? NONE : x.c4[s1]!);
    this.k1(75, b1, 0, 101, b1 < 0 ? NONE : x.c4[b1]!);
    this.add(kb[25]!);
    this.add(kb[26]!);
    this.add(kb[27]!);
  }
}
