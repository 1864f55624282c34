/**
 * The shared learner: an averaged perceptron over hashed features (32-bit keys from ./hash.ts), used by the
 * entity model, the part-of-speech tagger and the dependency parser. Training keeps dense rows of L class
 * weights per feature (W) with the averaging accumulator (A: the sum of c * update, c counting examples), so
 * averaged = W - A / c; inference reads the sparse, quantised form in ./sparse.ts.
 */

/** Open-addressing table from feature key (never 0) to a dense row number, growing as keys arrive. */
export class KeyIndex {
  private keys: Int32Array;
  private rows: Int32Array;
  private used = 0;
  /** row -> key */
  rowKeys: Int32Array;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.rowKeys = new Int32Array(capacity);
  }

  get size(): number {
    return this.used;
  }

  /** Slot of `key`, or of the empty slot where it would go. */
  private slot(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    let s = key & mask;
    while (keys[s] !== key && keys[s] !== 0) s = (s + 1) & mask;
    return s;
  }

  /** Row of `key`, or -1 when it has none. */
  get(key: number): number {
    const s = this.slot(key);
    return this.keys[s] === 0 ? -1 : this.rows[s]!;
  }

  /** Row of `key`, adding the next row number when it is new. */
  add(key: number): number {
    const keys = this.keys;
    const s = this.slot(key);
    if (keys[s] !== 0) return this.rows[s]!;
    const row = this.used++;
    keys[s] = key;
    this.rows[s] = row;
    if (row >= this.rowKeys.length) {
      const rk = new Int32Array(this.rowKeys.length * 2);
      rk.set(this.rowKeys);
      this.rowKeys = rk;
    }
    this.rowKeys[row] = key;
    if (this.used * 2 > keys.length) this.rehash();
    return row;
  }

  private rehash(): void {
    const cap = this.keys.length * 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    const mask = cap - 1;
    for (let r = 0; r < this.used; r++) {
      const key = this.rowKeys[r]!;
      let s = key & mask;
      while (this.keys[s] !== 0) s = (s + 1) & mask;
      this.keys[s] = key;
      this.rows[s] = r;
    }
  }
}

/**
 * Counts feature keys over a training set, then numbers the keys seen at least `minCount` times (in the
 * order of the counting table's slots, which is fixed for a fixed input) so rare features get no row.
 */
export class KeyCounter {
  private cap = 1 << 23;
  private tKeys = new Int32Array(this.cap);
  private tVals = new Int32Array(this.cap);
  private used = 0;
  private frozen = false;

  get distinct(): number {
    return this.used;
  }

  private slot(key: number): number {
    const m = this.cap - 1;
    let s = key & m;
    while (this.tKeys[s] !== 0 && this.tKeys[s] !== key) s = (s + 1) & m;
    return s;
  }

  private grow(): void {
    const ok = this.tKeys;
    const ov = this.tVals;
    this.cap <<= 1;
    this.tKeys = new Int32Array(this.cap);
    this.tVals = new Int32Array(this.cap);
    for (let i = 0; i < ok.length; i++) {
      if (ok[i] === 0) continue;
      const s = this.slot(ok[i]!);
      this.tKeys[s] = ok[i]!;
      this.tVals[s] = ov[i]!;
    }
  }

  count(keys: ArrayLike<number>): void {
    if (this.frozen) throw new Error("KeyCounter: count() after rows()");
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const s = this.slot(k);
      if (this.tKeys[s] === 0) {
        this.tKeys[s] = k;
        this.used++;
        if (this.used * 2 > this.cap) this.grow();
      }
      this.tVals[this.slot(k)]! += 1;
    }
  }

  /** Numbers the keys seen at least minCount times; returns row -> key. Afterwards rowOf() answers. */
  rows(minCount: number): Int32Array {
    const rowKeys: number[] = [];
    for (let i = 0; i < this.cap; i++) {
      if (this.tKeys[i] !== 0 && this.tVals[i]! >= minCount) {
        this.tVals[i] = rowKeys.length;
        rowKeys.push(this.tKeys[i]!);
      } else this.tVals[i] = -1;
    }
    this.frozen = true;
    return Int32Array.from(rowKeys);
  }

  /** Row of a key after rows(), -1 for a dropped or unseen key. */
  rowOf(key: number): number {
    return this.tVals[this.slot(key)]!;
  }

  /** Frees the table. */
  release(): void {
    this.tKeys = new Int32Array(0);
    this.tVals = new Int32Array(0);
    this.cap = 0;
  }

  /**
   * Maps each key of `keys` grouped by `offs` (items i own keys[offs[i] .. offs[i + 1])) to its row, dropping
   * keys without one.
   */
  mapRows(keys: Int32Array, offs: Int32Array): { rows: Int32Array; offs: Int32Array } {
    const rows = new Int32Array(keys.length);
    const out = new Int32Array(offs.length);
    let k = 0;
    for (let i = 0; i + 1 < offs.length; i++) {
      out[i] = k;
      for (let f = offs[i]!; f < offs[i + 1]!; f++) {
        const r = this.rowOf(keys[f]!);
        if (r >= 0) rows[k++] = r;
      }
    }
    out[offs.length - 1] = k;
    return { rows: rows.slice(0, k), offs: out };
  }
}

/** Dense rows of L class weights with averaging; rows grow on demand. */
export class Perceptron {
  W: Float32Array;
  /** Float64 by default; Float32 (half the memory, averages within ~1e-4) when `precise` is false */
  A: Float64Array | Float32Array;
  /** examples seen + 1: the averaging clock */
  c = 1;

  constructor(
    readonly L: number,
    rows = 1024,
    readonly precise = true,
  ) {
    this.W = new Float32Array(rows * L);
    this.A = precise ? new Float64Array(rows * L) : new Float32Array(rows * L);
  }

  get rows(): number {
    return this.W.length / this.L;
  }

  /** Makes room for row numbers below n. */
  ensureRows(n: number): void {
    if (n * this.L <= this.W.length) return;
    let r = this.rows || 1;
    while (r < n) r *= 2;
    const W = new Float32Array(r * this.L);
    const A = this.precise ? new Float64Array(r * this.L) : new Float32Array(r * this.L);
    W.set(this.W);
    A.set(this.A);
    this.W = W;
    this.A = A;
  }

  /** Adds the weights of rows[a .. b) into out[0 .. L) (rows below 0 are skipped). */
  score(rows: ArrayLike<number>, a: number, b: number, out: Float32Array | Float64Array): void {
    const L = this.L;
    const W = this.W;
    out.fill(0, 0, L);
    for (let f = a; f < b; f++) {
      const r = rows[f]!;
      if (r < 0) continue;
      const o = r * L;
      for (let l = 0; l < L; l++) out[l]! += W[o + l]!;
    }
  }

  /** W[row, label] += delta, with the averaging accumulator in step. */
  add(row: number, label: number, delta: number): void {
    const o = row * this.L + label;
    this.W[o]! += delta;
    this.A[o]! += this.c * delta;
  }

  /** The standard update: +1 for the gold class, -1 for the predicted one, on every row of rows[a .. b). */
  update(rows: ArrayLike<number>, a: number, b: number, gold: number, pred: number): void {
    if (gold === pred) return;
    for (let f = a; f < b; f++) {
      const r = rows[f]!;
      if (r < 0) continue;
      this.add(r, gold, 1);
      this.add(r, pred, -1);
    }
  }

  /** One example done: the averaging clock ticks. */
  tick(): void {
    this.c++;
  }

  /** Averaged weight of entry i (row * L + label). */
  averagedAt(i: number): number {
    return this.W[i]! - this.A[i]! / this.c;
  }

  /**
   * Averaged weights of the first `rows` rows, weights below `prune` in magnitude set to 0, and the rows that
   * keep a non-zero weight.
   */
  averaged(rows: number, prune: number): { weights: Float32Array; keep: number[] } {
    const L = this.L;
    const avg = new Float32Array(rows * L);
    const keep: number[] = [];
    for (let r = 0; r < rows; r++) {
      let any = false;
      for (let l = 0; l < L; l++) {
        let v = this.W[r * L + l]! - this.A[r * L + l]! / this.c;
        if (Math.abs(v) < prune) v = 0;
        avg[r * L + l] = v;
        if (v !== 0) any = true;
      }
      if (any) keep.push(r);
    }
    return { weights: avg, keep };
  }

  /** The kept rows' keys and weights (for SparseLinear / serialisation), given row -> key. */
  export(rowKeys: ArrayLike<number>, rows: number, prune: number): { keys: Int32Array; weights: Float32Array } {
    const L = this.L;
    const { weights: avg, keep } = this.averaged(rows, prune);
    const keys = new Int32Array(keep.length);
    const weights = new Float32Array(keep.length * L);
    keep.forEach((r, i) => {
      keys[i] = rowKeys[r]!;
      weights.set(avg.subarray(r * L, r * L + L), i * L);
    });
    return { keys, weights };
  }
}

/** Index of the largest score among the allowed classes (valid[l] !== 0 when given); ties go to the lower index. */
export function argmax(scores: ArrayLike<number>, L: number, valid?: ArrayLike<number>): number {
  let best = -Infinity;
  let arg = -1;
  for (let l = 0; l < L; l++) {
    if (valid && !valid[l]) continue;
    const v = scores[l]!;
    if (v > best) {
      best = v;
      arg = l;
    }
  }
  return arg;
}
