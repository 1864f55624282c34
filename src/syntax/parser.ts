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
}

export function parseInput(h: WordHashes, tagHashes: ArrayLike<number>): ParseInput {
  const n = h.n;
  const w = new Int32Array(n + 1);
  const p = new Int32Array(n + 1);
  const wp = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    w[i] = h.w[i]!;
    p[i] = tagHashes[i]!;
    wp[i] = fmix((Math.imul(w[i]!, 0x9e3779b1) ^ p[i]!) | 0);
  }
  w[n] = p[n] = wp[n] = ROOTH;
  return { n, w, p, wp };
}

export const PARSER_FEATURES = 96;

/** Feature keys of a configuration; returns how many were written into out. */
export function parserKeys(x: ParseInput, st: ParseState, out: Int32Array): number {
  const { w, p, wp } = x;
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
  return k;
}

export const LABEL_FEATURES = 30;

/** Feature keys for the relation of the arc h -> d (h = n is ROOT), at the moment the arc is made. */
export function labelKeys(x: ParseInput, st: ParseState, h: number, d: number, out: Int32Array): number {
  const { w, p, wp, n } = x;
  const W = (i: number): number => (i < 0 || i > n ? NONE : w[i]!);
  const P = (i: number): number => (i < 0 || i > n ? NONE : p[i]!);
  const L = (i: number): number => (i < 0 ? -2 : st.labels[i]!);
  const hw = W(h);
  const hp = P(h);
  const dw = W(d);
  const dp = P(d);
  const dir = h === n ? 2 : h < d ? 1 : 0;
  const dist = h === n ? 0 : Math.min(Math.abs(h - d), 8);
  const dl = st.lc1[d]!;
  const dr = st.rc1[d]!;
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
  out[k++] = key3(14, dp, W(dl), dir);
  out[k++] = key3(15, hp, W(dl), dir);
  out[k++] = key3(16, dp, L(dl), dir);
  out[k++] = key3(17, dp, W(dr), dir);
  out[k++] = key3(18, dp, L(dr), dir);
  out[k++] = key3(19, hp, P(h - 1), dp);
  out[k++] = key3(20, hp, P(h + 1), dp);
  out[k++] = key3(21, dp, P(d - 1), hp);
  out[k++] = key3(22, dp, P(d + 1), hp);
  out[k++] = key3(23, dw, W(dl), hw);
  out[k++] = key2(24, dw, dir);
  out[k++] = key2(25, hw, dir);
  out[k++] = key3(26, hp, dp, W(st.lc1[h]!));
  out[k++] = key3(27, dp, hp, L(st.lc1[h]!));
  out[k++] = key3(28, hw, W(dl), dp);
  out[k++] = key3(29, dp, st.nl[d]! * 8 + st.nr[d]!, dir);
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

const CACHED = 33;

/**
 * The transition scores of parserKeys' features without writing the keys out: the model must be dense
 * (three classes in the slot, see SparseLinear). Scores are summed per class feature by feature in
 * parserKeys' order into a Float32Array, as SparseLinear.score does, so they are the same bit for bit. The
 * weights of features whose value is one token's (its word, tag, or as a child its tag and relation, fixed
 * once it is attached) are looked up once per token and sentence and kept (a feature the model lacks keeps
 * zeros, and adding +0 changes no score).
 */
export class TransitionScorer {
  private readonly W: Float32Array;
  private readonly biasSlot: number;
  private cache = new Float32Array(0);
  private stamp = new Int32Array(0);
  private cur = 0;
  readonly sc = new Float32Array(TRANSITIONS);

  constructor(private readonly model: SparseLinear) {
    if (!model.dense || model.L !== TRANSITIONS) throw new Error("transition scorer: the model must have three classes");
    this.W = model.denseW;
    this.biasSlot = model.denseSlot(key1(0, 0));
  }

  /** Starts a sentence of n words. */
  begin(n: number): void {
    const need = (n + 2) * CACHED;
    if (this.stamp.length < need) {
      this.stamp = new Int32Array(need * 2);
      this.cache = new Float32Array(need * 6);
      this.cur = 0;
    }
    this.cur++;
    if (this.cur === 0x7fffffff) {
      this.stamp.fill(0);
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

  /** Weights of a feature of token i in cache slot c: key tmpl with values a (and b when two). */
  private tok(c: number, i: number, tmpl: number, a: number, b: number, two: boolean): void {
    const e = (i + 1) * CACHED + c;
    const cache = this.cache;
    if (this.stamp[e] !== this.cur) {
      this.stamp[e] = this.cur;
      const s = this.model.denseSlot(two ? key2(tmpl, a, b) : key1(tmpl, a));
      if (s < 0) cache[3 * e] = cache[3 * e + 1] = cache[3 * e + 2] = 0;
      else {
        cache[3 * e] = this.W[s + 1]!;
        cache[3 * e + 1] = this.W[s + 2]!;
        cache[3 * e + 2] = this.W[s + 3]!;
      }
    }
    const sc = this.sc;
    sc[0]! += cache[3 * e]!;
    sc[1]! += cache[3 * e + 1]!;
    sc[2]! += cache[3 * e + 2]!;
  }

  /** Scores of the three transitions in configuration st into this.sc. */
  score(x: ParseInput, st: ParseState): void {
    const w = x.w;
    const p = x.p;
    const wp = x.wp;
    const n = x.n;
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
    const s2w = s2 < 0 ? NONE : w[s2]!;
    const s2p = s2 < 0 ? NONE : p[s2]!;
    const b0w = w[b0]!;
    const b0p = p[b0]!;
    const b0wp = wp[b0]!;
    const b1w = b1 < 0 ? NONE : w[b1]!;
    const b1p = b1 < 0 ? NONE : p[b1]!;
    const b1wp = b1 < 0 ? NONE : wp[b1]!;
    const b2w = b2 < 0 ? NONE : w[b2]!;
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
    if (this.biasSlot >= 0) {
      const W = this.W;
      const s = this.biasSlot;
      sc[0]! += W[s + 1]!;
      sc[1]! += W[s + 2]!;
      sc[2]! += W[s + 3]!;
    }
    // single positions
    this.tok(0, s0, 1, s0w, 0, false);
    this.tok(1, s0, 2, s0p, 0, false);
    this.tok(2, s0, 3, s0wp, 0, false);
    this.tok(3, s1, 4, s1w, 0, false);
    this.tok(4, s1, 5, s1p, 0, false);
    this.tok(5, s1, 6, s1wp, 0, false);
    this.tok(6, s2, 7, s2p, 0, false);
    this.tok(7, s2, 8, s2w, 0, false);
    this.tok(8, b0, 9, b0w, 0, false);
    this.tok(9, b0, 10, b0p, 0, false);
    this.tok(10, b0, 11, b0wp, 0, false);
    this.tok(11, b1, 12, b1w, 0, false);
    this.tok(12, b1, 13, b1p, 0, false);
    this.tok(13, b1, 14, b1wp, 0, false);
    this.tok(14, b2, 15, b2w, 0, false);
    this.tok(15, b2, 16, b2p, 0, false);
    // pairs
    this.add(key2(17, s0wp, b0wp));
    this.add(key2(18, s0wp, b0w));
    this.add(key2(19, s0w, b0wp));
    this.add(key2(20, s0wp, b0p));
    this.add(key2(21, s0p, b0wp));
    this.add(key2(22, s0w, b0w));
    this.add(key2(23, s0p, b0p));
    this.add(key2(24, b0p, b1p));
    this.add(key2(25, s1wp, s0wp));
    this.add(key2(26, s1w, s0w));
    this.add(key2(27, s1p, s0p));
    this.add(key2(28, s1p, s0w));
    this.add(key2(29, s1w, s0p));
    this.add(key2(30, s1p, b0p));
    this.add(key2(31, s1w, b0w));
    this.add(key2(32, s0w, b1w));
    this.add(key2(33, b0w, b1w));
    // triples of tags
    this.add(key3(34, b0p, b1p, b2p));
    this.add(key3(35, s0p, b0p, b1p));
    this.add(key3(36, s1p, s0p, b0p));
    this.add(key3(37, s0p, ps0l, b0p));
    this.add(key3(38, s0p, ps0r, b0p));
    this.add(key3(39, s0p, b0p, pb0l));
    this.add(key3(40, s1p, s0p, ps0l));
    this.add(key3(41, s1p, s0p, ps0r));
    this.add(key3(42, s1p, ps1r, s0p));
    this.add(key3(43, s1p, ps1l, s0p));
    this.add(key3(44, s2p, s1p, s0p));
    this.add(key3(45, s0w, b0p, b1p));
    this.add(key3(46, s0p, b0w, b1p));
    this.add(key3(47, s1p, s0p, b1p));
    // distance
    this.add(key2(48, s0w, dist));
    this.add(key2(49, s0p, dist));
    this.add(key2(50, b0w, dist));
    this.add(key2(51, b0p, dist));
    this.add(key3(52, s0w, b0w, dist));
    this.add(key3(53, s0p, b0p, dist));
    this.add(key3(54, s1p, s0p, dist01));
    this.add(key3(55, s1w, s0w, dist01));
    // valency
    this.add(key2(56, s0w, vls0));
    this.add(key2(57, s0p, vls0));
    this.add(key2(58, s0w, vrs0));
    this.add(key2(59, s0p, vrs0));
    this.add(key2(60, b0w, vlb0));
    this.add(key2(61, b0p, vlb0));
    this.add(key2(62, s1p, vrs1));
    this.add(key2(63, s1w, vrs1));
    // children (a child's tag and relation are fixed once it is attached)
    this.tok(16, s0l, 64, s0l < 0 ? NONE : w[s0l]!, 0, false);
    this.tok(17, s0l, 65, ps0l, 0, false);
    this.tok(18, s0l, 66, ls0l, 0, false);
    this.tok(19, s0r, 67, s0r < 0 ? NONE : w[s0r]!, 0, false);
    this.tok(20, s0r, 68, ps0r, 0, false);
    this.tok(21, s0r, 69, ls0r, 0, false);
    this.tok(22, b0l, 70, b0l < 0 ? NONE : w[b0l]!, 0, false);
    this.tok(23, b0l, 71, pb0l, 0, false);
    this.tok(24, b0l, 72, lb0l, 0, false);
    this.tok(25, s1l, 73, ps1l, 0, false);
    this.tok(26, s1l, 74, ls1l, 0, false);
    this.tok(27, s1r, 75, s1r < 0 ? NONE : w[s1r]!, 0, false);
    this.tok(28, s1r, 76, ps1r, 0, false);
    this.tok(29, s1r, 77, ls1r, 0, false);
    // third order
    this.tok(30, s0l2, 78, ps0l2, ls0l2, true);
    this.tok(31, s0r2, 79, ps0r2, ls0r2, true);
    this.tok(32, b0l2, 80, pb0l2, lb0l2, true);
    this.add(key3(81, s0p, ls0l, ls0l2));
    this.add(key3(82, s0p, ls0r, ls0r2));
    this.add(key3(83, b0p, lb0l, lb0l2));
    this.add(key3(84, s0p, ps0l, ps0l2));
    this.add(key3(85, s0p, ps0r, ps0r2));
    this.add(key3(86, b0p, pb0l, pb0l2));
    // label sets
    this.add(key2(87, s0w, lss0));
    this.add(key2(88, s0p, lss0));
    this.add(key2(89, s0w, rss0));
    this.add(key2(90, s0p, rss0));
    this.add(key2(91, b0w, lsb0));
    this.add(key2(92, b0p, lsb0));
    this.add(key2(93, s1p, rss1));
    this.add(key3(94, s1p, s0p, ls1r));
    this.add(key3(95, s0wp, b0p, lb0l));
  }
}
