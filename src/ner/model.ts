import { gunzipSync, gzipSync } from "node:zlib";
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

/**
 * A linear BILOU tagger: emission weights per (feature, label) in an open-addressing hash table keyed by
 * 32-bit feature keys, first-order transition weights, and Viterbi decoding restricted to valid BILOU.
 */
export class NerModel {
  readonly L = NUM_LABELS;
  /**
   * open-addressing table, interleaved [key, where] pairs: `where` is the row's first non-zero weight in
   * lab/val shifted left by 5, or'ed with its count (at most NUM_LABELS < 32), so a lookup reads one slot
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** sparse rows (CSR): the non-zero weights of row r are lab/val[rowStart[r] .. rowStart[r + 1]) */
  private readonly rowStart: Int32Array;
  private readonly lab: Uint8Array;
  private readonly val: Float32Array;
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
  ) {
    const L = this.L;
    let cap = 1;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    let nnz = 0;
    for (const v of weights) if (v !== 0) nnz++;
    this.rowStart = new Int32Array(keys.length + 1);
    this.lab = new Uint8Array(nnz);
    this.val = new Float32Array(nnz);
    let k = 0;
    for (let r = 0; r < keys.length; r++) {
      this.rowStart[r] = k;
      for (let l = 0; l < L; l++) {
        const v = weights[r * L + l]!;
        if (v === 0) continue;
        this.lab[k] = l;
        this.val[k++] = v;
      }
    }
    this.rowStart[keys.length] = k;
    if (k >= 1 << 26) throw new Error(`NER model too large: ${k} non-zero weights`);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = keys[r]!;
      this.slots[2 * s + 1] = (this.rowStart[r]! << 5) | (this.rowStart[r + 1]! - this.rowStart[r]!);
    }
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
    let s = key & this.mask;
    for (;;) {
      const k = this.slots[2 * s]!;
      if (k === key) {
        // the row whose weights start there (rows without weights are pruned, so starts are distinct)
        const start = this.slots[2 * s + 1]! >>> 5;
        let lo = 0;
        let hi = this.rowStart.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (this.rowStart[mid]! < start) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      }
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds the weights of the feature `key` (when the model has any) into em[base .. base + L). */
  private addKey(key: number, em: Float32Array, base: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let s = key & mask;
    let k = slots[2 * s]!;
    while (k !== key && k !== 0) {
      s = (s + 1) & mask;
      k = slots[2 * s]!;
    }
    if (k === 0) return;
    const where = slots[2 * s + 1]!;
    const lab = this.lab;
    const val = this.val;
    for (let j = where >>> 5, e = j + (where & 31); j < e; j++) em[base + lab[j]!]! += val[j]!;
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
    for (let i = a; i < b; i++) {
      const base = (i - a) * L;
      const f0 = offs[i]!;
      const fEnd = offs[i + 1]!;
      if (fEnd - f0 < FIXED_KEYS) {
        for (let f = f0; f < fEnd; f++) this.addKey(keys[f]!, em, base);
        continue;
      }
      const atoms = ex.words[i]!;
      let st = atoms.static;
      if (st === undefined || st.model !== this) {
        const v = new Float32Array(L);
        for (const p of STATIC_KEY_POSITIONS) this.addKey(keys[f0 + p]!, v, 0);
        atoms.static = st = { model: this, em: v };
      }
      em.set(st.em, base);
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
    const L = this.L;
    const rows = this.keys.length;
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const scale = max / 32767 || 1;
    const q = new Int16Array(rows * L);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(this.weights[i]! / scale);
    const header: ModelHeader = { ...this.header, rows, scale, labels: L };
    const hj = Buffer.from(JSON.stringify(header), "utf8");
    const clean = (a: Float32Array): Float32Array => a.map((v) => (v <= NEG / 2 ? 0 : v));
    const parts = [
      Buffer.from(MAGIC, "latin1"),
      Buffer.from(new Uint32Array([hj.length]).buffer),
      hj,
      Buffer.alloc((4 - ((MAGIC.length + 4 + hj.length) % 4)) % 4),
      Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength),
      Buffer.from(q.buffer),
      Buffer.from(clean(this.trans).buffer),
      Buffer.from(clean(this.start).buffer),
      Buffer.from(clean(this.end).buffer),
    ];
    return gzipSync(Buffer.concat(parts), { level: 9 });
  }

  static deserialize(gz: Uint8Array): NerModel {
    const raw = gunzipSync(gz);
    if (raw.subarray(0, MAGIC.length).toString("latin1") !== MAGIC) throw new Error("not a newsfacts NER model");
    const hlen = raw.readUInt32LE(MAGIC.length);
    let off = MAGIC.length + 4;
    const header = JSON.parse(raw.subarray(off, off + hlen).toString("utf8")) as ModelHeader;
    off += hlen;
    off += (4 - (off % 4)) % 4;
    const L = header.labels;
    if (L !== NUM_LABELS) throw new Error(`model has ${L} labels, code expects ${NUM_LABELS}`);
    const take = (bytes: number): ArrayBuffer => {
      const ab = raw.buffer.slice(raw.byteOffset + off, raw.byteOffset + off + bytes) as ArrayBuffer;
      off += bytes;
      return ab;
    };
    const keys = new Int32Array(take(header.rows * 4));
    const q = new Int16Array(take(header.rows * L * 2));
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = q[i]! * header.scale;
    const trans = new Float32Array(take(L * L * 4));
    const start = new Float32Array(take(L * 4));
    const end = new Float32Array(take(L * 4));
    return new NerModel(header, keys, weights, trans, start, end);
  }
}
