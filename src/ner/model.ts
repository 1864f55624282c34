import { dequantise, packModel, quantise, SparseLinear, unpackModel, type SparseTables, type TableOptions } from "../learn/sparse.js";
import { allowed, allowedEnd, NUM_LABELS } from "./labels.js";
import { CONTEXT_KEY_POSITIONS, FIXED_KEYS, STATIC_KEY_POSITIONS, type Extracted } from "./features.js";

const MAGIC = "NFNER1";
const NEG = -1e9;

export interface ModelHeader {
  featureVersion: number;
  types: string[];
  labels: number;
  rows: number;
  scale: number;
  info: Record<string, unknown>;
}

/** A model's tables for another thread (NerModel.share): the emission weights on shared memory, the small arrays copied. */
export interface SharedNerModel {
  header: ModelHeader;
  linear: SparseTables;
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/**
 * A linear BILOU tagger: emission weights per (feature, label) in the shared learner's sparse table keyed by
 * 32-bit feature keys, first-order transition weights, and Viterbi decoding restricted to valid BILOU.
 */
export class NerModel {
  readonly L = NUM_LABELS;
  /** the emission weights, in the shared learner's sparse form */
  readonly linear: SparseLinear;
  /** transitions with invalid BILOU moves at -1e9; row = previous label */
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
  /** transitions out of O and into O, used at the edges of runs next to forced-O tokens */
  private readonly fromO: Float32Array;
  private readonly toO: Float32Array;
  private em = new Float32Array(0);
  private score = new Float32Array(0);
  private back = new Uint8Array(0);
  /** valid predecessors of each label: preds[predStart[l] .. predStart[l + 1]) */
  private readonly predStart: Int32Array;
  private readonly preds: Uint8Array;

  constructor(
    readonly header: ModelHeader,
    readonly keys: Int32Array,
    readonly weights: Float32Array,
    trans: Float32Array,
    start: Float32Array,
    end: Float32Array,
    /** the emission tables, built already (fromShared, or deserialize onto shared memory): keys and weights are then not read */
    linear?: SparseLinear,
  ) {
    const L = this.L;
    this.linear = linear ?? SparseLinear.fromDense(L, keys, weights);
    this.fromO = new Float32Array(L);
    this.toO = new Float32Array(L);
    for (let l = 0; l < L; l++) {
      this.fromO[l] = allowed(0, l) ? trans[l]! : NEG;
      this.toO[l] = allowed(l, 0) ? trans[l * L]! : NEG;
    }
    const ps: number[] = [0];
    const pl: number[] = [];
    for (let q = 0; q < L; q++) {
      for (let p = 0; p < L; p++) if (allowed(p, q)) pl.push(p);
      ps.push(pl.length);
    }
    this.predStart = Int32Array.from(ps);
    this.preds = Uint8Array.from(pl);
    this.trans = new Float32Array(L * L);
    this.start = new Float32Array(L);
    this.end = new Float32Array(L);
    for (let p = 0; p < L; p++) {
      this.start[p] = allowed(-1, p) ? start[p]! : NEG;
      this.end[p] = allowedEnd(p) ? end[p]! : NEG;
      for (let q = 0; q < L; q++) this.trans[p * L + q] = allowed(p, q) ? trans[p * L + q]! : NEG;
    }
  }

  /** Row of a feature key, or -1 when the model has no weights for it. */
  rowOf(key: number): number {
    return this.linear.rowOf(key);
  }

  /** Adds the weights of the feature `key` (when the model has any) into em[base .. base + L). */
  private addKey(key: number, em: Float32Array, base: number): void {
    this.linear.addKey(key, em, base);
  }

  /**
   * Emission scores of tokens [a, b) into em[(i - a) * L + label]. The weights of a word's context-free
   * features are summed once per written word and kept on its atoms (ex.words), then each token adds its
   * context features.
   */
  emissions(ex: Extracted, a: number, b: number, em: Float32Array): void {
    const L = this.L;
    const keys = ex.keys;
    const offs = ex.offs;
    em.fill(0, 0, (b - a) * L);
    const { em: stEm, filled } = ex.statics.of(this, L);
    for (let i = a; i < b; i++) {
      const base = (i - a) * L;
      const f0 = offs[i]!;
      const fEnd = offs[i + 1]!;
      if (fEnd - f0 < FIXED_KEYS) {
        for (let f = f0; f < fEnd; f++) this.addKey(keys[f]!, em, base);
        continue;
      }
      const slot = ex.words[i]!;
      const sb = slot * L;
      if (filled[slot] === 0) {
        stEm.fill(0, sb, sb + L);
        for (const p of STATIC_KEY_POSITIONS) this.addKey(keys[f0 + p]!, stEm, sb);
        filled[slot] = 1;
      }
      for (let l = 0; l < L; l++) em[base + l] = stEm[sb + l]!;
      for (const p of CONTEXT_KEY_POSITIONS) this.addKey(keys[f0 + p]!, em, base);
      for (let f = f0 + FIXED_KEYS; f < fEnd; f++) this.addKey(keys[f]!, em, base);
    }
  }

  /** Best valid label sequence of n tokens given emission scores. */
  viterbi(em: Float32Array, n: number, out: Uint8Array, outOffset: number, start: Float32Array = this.start, end: Float32Array = this.end): void {
    const L = this.L;
    if (n === 0) return;
    if (this.score.length < n * L) {
      this.score = new Float32Array(n * L * 2);
      this.back = new Uint8Array(n * L * 2);
    }
    const score = this.score;
    const back = this.back;
    const trans = this.trans;
    const predStart = this.predStart;
    const preds = this.preds;
    for (let l = 0; l < L; l++) score[l] = start[l]! + em[l]!;
    for (let i = 1; i < n; i++) {
      const cur = i * L;
      const prev = cur - L;
      for (let l = 0; l < L; l++) {
        let best = -Infinity;
        let arg = 0;
        for (let j = predStart[l]!, e = predStart[l + 1]!; j < e; j++) {
          const p = preds[j]!;
          const v = score[prev + p]! + trans[p * L + l]!;
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        score[cur + l] = best + em[cur + l]!;
        back[cur + l] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * L;
    for (let l = 0; l < L; l++) {
      const v = score[last + l]! + end[l]!;
      if (v > best) {
        best = v;
        arg = l;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[outOffset + i] = arg;
      arg = back[i * L + arg]!;
    }
  }

  /**
   * Tags every sentence of an extracted document. Forced-outside tokens are O, which resets the BILOU
   * state, so each run of other tokens between them is decoded on its own (exactly, with O transitions
   * at its edges).
   */
  tag(ex: Extracted): Uint8Array {
    const out = new Uint8Array(ex.n);
    const L = this.L;
    const forced = ex.forced;
    for (let s = 0; s + 1 < ex.sentStarts.length; s++) {
      const sa = ex.sentStarts[s]!;
      const sb = ex.sentStarts[s + 1]!;
      let a = sa;
      while (a < sb) {
        if (forced[a]) {
          a++;
          continue;
        }
        let b = a + 1;
        while (b < sb && !forced[b]) b++;
        if (this.em.length < (b - a) * L) this.em = new Float32Array((b - a) * L * 2);
        this.emissions(ex, a, b, this.em);
        this.viterbi(this.em, b - a, out, a, a === sa ? this.start : this.fromO, b === sb ? this.end : this.toO);
        a = b;
      }
    }
    return out;
  }

  /** Gzipped binary: magic, JSON header, keys, int16-quantised weights, transitions. */
  serialize(): Buffer {
    if (this.keys.length === 0 && this.header.rows > 0) throw new Error("NER model built for inference only (on shared memory): it cannot be serialised");
    const rows = this.keys.length;
    const { q, scale } = quantise(this.weights);
    const header: ModelHeader = { ...this.header, rows, scale, labels: this.L };
    const clean = (a: Float32Array): Float32Array => a.map((v) => (v <= NEG / 2 ? 0 : v));
    return packModel(MAGIC, header, [this.keys, q, clean(this.trans), clean(this.start), clean(this.end)]);
  }

  /** The model for worker threads (see fromShared); its emission tables are shared when it was read `shared`. */
  share(): SharedNerModel {
    return { header: this.header, linear: this.linear.tables(), trans: this.trans, start: this.start, end: this.end };
  }

  /**
   * A model over another thread's tables (share()): the emission weights are not copied. The transitions given
   * are the constructor's (invalid moves at -1e9), which it takes again unchanged.
   */
  static fromShared(s: SharedNerModel): NerModel {
    return new NerModel(s.header, new Int32Array(0), new Float32Array(0), s.trans, s.start, s.end, new SparseLinear(s.linear));
  }

  /** `{ shared: true }`: the emission tables on SharedArrayBuffers, without the dense weights (for inference on worker threads). */
  static deserialize(gz: Uint8Array, opts: TableOptions = {}): NerModel {
    const { header, take } = unpackModel<ModelHeader>(gz, MAGIC, "NER");
    const L = header.labels;
    if (L !== NUM_LABELS) throw new Error(`model has ${L} labels, code expects ${NUM_LABELS}`);
    const keys = new Int32Array(take(header.rows * 4));
    const weights = dequantise(new Int16Array(take(header.rows * L * 2)), header.scale);
    const trans = new Float32Array(take(L * L * 4));
    const start = new Float32Array(take(L * 4));
    const end = new Float32Array(take(L * 4));
    if (opts.shared) {
      const dense = SparseLinear.fromDense(L, keys, weights, opts);
      return new NerModel(header, new Int32Array(0), new Float32Array(0), trans, start, end, dense);
    }
    return new NerModel(header, keys, weights, trans, start, end);
  }
}
