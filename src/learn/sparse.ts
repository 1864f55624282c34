import { gunzipSync, gzipSync } from "node:zlib";

/**
 * Inference form of a linear multi-class model over hashed features: the non-zero weights of each feature key
 * in sparse rows (CSR), found through an open-addressing table (power-of-two size, linear probing) whose slot
 * holds the key beside the row's first weight and its count, so one lookup per feature adds its weights into
 * a score vector. A row's (class, weight) pairs are interleaved in one array, so a lookup touches two cache
 * lines (slot, row) rather than three. Models of at most DENSE_MAX classes (the parser's three transitions)
 * keep their rows dense in the slot itself, [key, w0, w1, w2]: one cache line per lookup; a class without a
 * weight holds +0, and adding +0 leaves every score as it was, so the sums are the sparse ones bit for bit.
 */
export const DENSE_MAX = 3;

/**
 * The typed arrays of a built SparseLinear and the numbers that read them: structured-clonable, so a model
 * built on SharedArrayBuffers (`{ shared: true }`) crosses to worker threads without a copy and every
 * thread reads the one table (src/batch/worker-pool.ts).
 */
export interface SparseTables {
  L: number;
  bits: number;
  mask: number;
  nnz: number;
  keys: Int32Array;
  rowStart: Int32Array;
  slots: Int32Array;
  /** interleaved (class, weight) entries of the sparse layout; the weights are a Float32 view of it */
  ent: Int32Array;
  /** dense layout [key, w0, w1, w2] per slot; the weights are a Float32 view of it */
  dense: Int32Array;
  denseLab: Uint16Array;
  /** the quantisation step of the file the weights were read from (packSlots writes them back with it), 0 when not read from one */
  scale: number;
}

/**
 * A model's tables in slot order, as a model file stores them (packSlots, fromSlots): the keys of the
 * occupied slots of the open-addressing table as the loader lays it out, read cyclically from the slot after
 * `start` (an empty slot), and their int16 weights in the same order. Loading is one sequential pass that
 * writes each slot where it was: with linear probing a key's slot is its home slot, or the slot after the
 * previous key's when that is at or past its home (every slot between a key's home and its slot is taken),
 * so no probe is made and the table is the one packSlots read, slot for slot.
 */
export interface SlotPacked {
  L: number;
  /** table size (a power of two) */
  cap: number;
  /** an empty slot: the keys are listed from the slot after it, wrapping round */
  start: number;
  /** int16 weight = round(weight / scale) */
  scale: number;
  /** occupied slots' keys, in slot order from start + 1 */
  keys: Int32Array;
  /** dense (L <= DENSE_MAX): L weights per key, +0 for a class without one; sparse: the rows' weights, row after row */
  q: Int16Array;
  /** sparse: the number of weights of each key's row; dense: empty */
  counts: Uint16Array;
  /** sparse: the class of each weight; dense: empty */
  lab: Uint16Array;
}

/** How a model's tables are allocated: on the thread's heap (default) or as shared memory for worker threads. */
export interface TableOptions {
  /** tables on SharedArrayBuffers, for inference only: the row lists (keys, rowStart) are not kept, so pack() and rowOf() refuse */
  shared?: boolean;
  /** the quantisation step the weights were read with (fromPacked), kept so packSlots writes the same int16 weights back */
  scale?: number;
}

/** Post-training compression of a linear model (SparseLinear.compress). */
export interface CompressOptions {
  /** drop the rows (feature keys) whose largest |weight| over the classes is below this (0: keep every row) */
  minRow?: number;
  /** round every weight to a multiple of this, the int16 step of the file (0: keep the weights and their step) */
  step?: number;
}

function allocator(shared: boolean | undefined): (bytes: number) => ArrayBuffer {
  return shared ? (bytes) => new SharedArrayBuffer(bytes) as unknown as ArrayBuffer : (bytes) => new ArrayBuffer(bytes);
}

/** Builds the lookup tables of rows keys[r] owning lab/val[rowStart[r] .. rowStart[r + 1]) (class, weight). */
function buildTables(L: number, keys: Int32Array, rowStart: Int32Array, lab: Uint16Array, val: Float32Array, opts: TableOptions): SparseTables {
  const alloc = allocator(opts.shared);
  let bits = 5;
  while (1 << bits <= L) bits++;
  const countMask = (1 << bits) - 1;
  const k = rowStart[keys.length]!;
  if (k >= 2 ** (31 - bits)) throw new Error(`linear model too large: ${k} non-zero weights`);
  // at most 2/3 full (linear probing stays short): the trained parser's 2.1M rows take 4M slots (64 MB dense), not 8M (the shipped, compressed one's 435k rows 1M)
  let cap = 1;
  while (cap * 2 < keys.length * 3) cap <<= 1;
  const mask = cap - 1;
  const t: SparseTables = {
    L,
    bits,
    mask,
    nnz: k,
    // a model on shared memory is for inference on many threads: the row lists that only pack() reads stay behind
    keys: opts.shared ? new Int32Array(0) : keys,
    rowStart: opts.shared ? new Int32Array(0) : rowStart,
    slots: new Int32Array(0),
    ent: new Int32Array(0),
    dense: new Int32Array(0),
    denseLab: new Uint16Array(0),
    scale: opts.scale ?? 0,
  };
  if (L <= DENSE_MAX) {
    const buf = alloc(cap * 16);
    const denseKeys = new Int32Array(buf);
    const denseW = new Float32Array(buf);
    t.dense = denseKeys;
    if (!opts.shared) t.denseLab = lab.slice(0, k);
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r]! & mask;
      while (denseKeys[4 * s] !== 0) s = (s + 1) & mask;
      denseKeys[4 * s] = keys[r]!;
      for (let j = rowStart[r]!; j < rowStart[r + 1]!; j++) denseW[4 * s + 1 + lab[j]!] = val[j]!;
    }
    return t;
  }
  const ent = alloc(8 * k);
  const entLab = new Int32Array(ent);
  const entVal = new Float32Array(ent);
  for (let j = 0; j < k; j++) {
    entLab[2 * j] = lab[j]!;
    entVal[2 * j + 1] = val[j]!;
  }
  t.ent = entLab;
  const slots = new Int32Array(alloc(cap * 8));
  for (let r = 0; r < keys.length; r++) {
    if (rowStart[r + 1]! - rowStart[r]! > countMask) throw new Error("linear model: row longer than its class count");
    let s = keys[r]! & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = keys[r]!;
    slots[2 * s + 1] = (rowStart[r]! << bits) | (rowStart[r + 1]! - rowStart[r]!);
  }
  t.slots = slots;
  return t;
}

export class SparseLinear {
  readonly L: number;
  readonly keys: Int32Array;
  /** interleaved [key, where] pairs; `where` = first weight index << bits | count (sparse layout only) */
  private readonly slots: Int32Array;
  readonly mask: number;
  private readonly bits: number;
  private readonly countMask: number;
  /** the non-zero weights of row r are entries rowStart[r] .. rowStart[r + 1] */
  private readonly rowStart: Int32Array;
  /** entry j: class in entLab[2j], weight in entVal[2j + 1] (two views of one buffer) */
  private readonly entLab: Int32Array;
  private readonly entVal: Float32Array;
  /** dense layout (L <= DENSE_MAX): slot s is [key, w0, w1, w2] at 4s of both views of one buffer */
  readonly denseKeys: Int32Array;
  readonly denseW: Float32Array;
  /** dense layout: the classes of the rows' weights, for pack */
  private readonly denseLab: Uint16Array;
  private readonly nnz: number;
  /** quantisation step of the file the model was read from, 0 when built from float weights */
  private readonly scale: number;
  private rowIndex: Map<number, number> | null = null;

  /** keys[r] owns the weights lab/val[rowStart[r] .. rowStart[r + 1]) (class, weight). */
  constructor(L: number, keys: Int32Array, rowStart: Int32Array, lab: Uint16Array, val: Float32Array, opts?: TableOptions);
  /** A model over tables built elsewhere (SparseLinear.tables(), maybe on another thread): nothing is copied. */
  constructor(tables: SparseTables);
  constructor(a: number | SparseTables, keys?: Int32Array, rowStart?: Int32Array, lab?: Uint16Array, val?: Float32Array, opts: TableOptions = {}) {
    const t = typeof a === "number" ? buildTables(a, keys!, rowStart!, lab!, val!, opts) : a;
    this.L = t.L;
    this.bits = t.bits;
    this.countMask = (1 << t.bits) - 1;
    this.mask = t.mask;
    this.nnz = t.nnz;
    this.keys = t.keys;
    this.rowStart = t.rowStart;
    this.slots = t.slots;
    this.entLab = t.ent;
    this.entVal = new Float32Array(t.ent.buffer, t.ent.byteOffset, t.ent.length);
    this.denseKeys = t.dense;
    this.denseW = new Float32Array(t.dense.buffer, t.dense.byteOffset, t.dense.length);
    this.denseLab = t.denseLab;
    this.scale = t.scale ?? 0;
  }

  /** A model built `shared` or read from slot-ordered tables keeps no row lists: what needs them refuses it. */
  private requireRows(what: string): void {
    if (this.keys.length === 0 && this.nnz > 0) throw new Error(`linear model built for inference (on shared memory, or read as slot tables): ${what}`);
  }

  /** The model's tables, to hand to another thread (shared when the model was built with `shared`). */
  tables(): SparseTables {
    return {
      L: this.L,
      bits: this.bits,
      mask: this.mask,
      nnz: this.nnz,
      keys: this.keys,
      rowStart: this.rowStart,
      slots: this.slots,
      ent: this.entLab,
      dense: this.denseKeys,
      denseLab: this.denseLab,
      scale: this.scale,
    };
  }

  get dense(): boolean {
    return this.L <= DENSE_MAX;
  }

  /** From dense rows: keys[r] is the feature of row r of weights (L per row); zeros are dropped. */
  static fromDense(L: number, keys: Int32Array, weights: Float32Array, opts: TableOptions = {}): SparseLinear {
    let nnz = 0;
    for (const v of weights) if (v !== 0) nnz++;
    const rowStart = new Int32Array(keys.length + 1);
    const lab = new Uint16Array(nnz);
    const val = new Float32Array(nnz);
    let k = 0;
    for (let r = 0; r < keys.length; r++) {
      rowStart[r] = k;
      for (let l = 0; l < L; l++) {
        const v = weights[r * L + l]!;
        if (v === 0) continue;
        lab[k] = l;
        val[k++] = v;
      }
    }
    rowStart[keys.length] = k;
    return new SparseLinear(L, keys, rowStart, lab, val, opts);
  }

  /** The (class, weight) arrays of the rows, in row order. */
  private entries(): { lab: Uint16Array; val: Float32Array } {
    const val = new Float32Array(this.nnz);
    if (!this.dense) {
      const lab = new Uint16Array(this.nnz);
      for (let j = 0; j < this.nnz; j++) lab[j] = this.entLab[2 * j]!;
      for (let j = 0; j < this.nnz; j++) val[j] = this.entVal[2 * j + 1]!;
      return { lab, val };
    }
    const lab = this.denseLab.slice();
    for (let r = 0; r < this.keys.length; r++) {
      const s = this.denseSlot(this.keys[r]!);
      for (let j = this.rowStart[r]!; j < this.rowStart[r + 1]!; j++) val[j] = this.denseW[s + 1 + lab[j]!]!;
    }
    return { lab, val };
  }

  /** Sparse, int16-quantised arrays for a model file (see fromPacked). Not for a model built `shared`. */
  pack(): { keys: Int32Array; counts: Uint16Array; lab: Uint16Array; q: Int16Array; scale: number } {
    this.requireRows("it cannot be packed");
    const counts = new Uint16Array(this.keys.length);
    for (let r = 0; r < counts.length; r++) counts[r] = this.rowStart[r + 1]! - this.rowStart[r]!;
    const { lab, val } = this.entries();
    const { q, scale } = quantise(val);
    return { keys: this.keys, counts, lab, q, scale };
  }

  static fromPacked(L: number, keys: Int32Array, counts: Uint16Array, lab: Uint16Array, q: Int16Array, scale: number, opts: TableOptions = {}): SparseLinear {
    const rowStart = new Int32Array(keys.length + 1);
    for (let r = 0; r < counts.length; r++) rowStart[r + 1] = rowStart[r]! + counts[r]!;
    return new SparseLinear(L, keys, rowStart, lab, dequantise(q, scale), { ...opts, scale });
  }

  /**
   * A smaller copy of the model, for shipping it (see CompressOptions): each weight rounded to a multiple of
   * `step` (a weight that rounds to 0 is dropped), then every row whose largest |weight| is below `minRow`
   * dropped, and the table rebuilt at its 2/3 load on the rows left, so it shrinks with them. The copy's
   * weights are exact multiples of the step in float32 and its scale is the step, so packSlots writes them
   * as the int16 q = weight / step and a file read back holds the same float32 weights. Reads the tables
   * slot by slot, so it works on a model read from a file or built shared (the copy is on the heap).
   */
  compress(opts: CompressOptions = {}): SparseLinear {
    const minRow = opts.minRow ?? 0;
    const step = opts.step ?? 0;
    const cap = this.mask + 1;
    const L = this.L;
    const dense = this.dense;
    const K = dense ? this.denseKeys : this.slots;
    const rows = this.rowCount;
    const keys = new Int32Array(rows);
    const rowStart = new Int32Array(rows + 1);
    const lab = new Uint16Array(dense ? rows * L : this.nnz);
    const val = new Float32Array(lab.length);
    const rl = new Uint16Array(L);
    const rv = new Float64Array(L);
    let r = 0;
    let k = 0;
    let max = 0;
    // in slot order from an empty slot, as packSlots lists them: a model compressed again into a table of
    // the same size is laid out as it was
    const start = this.firstEmpty();
    for (let i = 1; i <= cap; i++) {
      const s = (start + i) & this.mask;
      let n = 0;
      if (dense) {
        if (K[4 * s] === 0) continue;
        for (let c = 0; c < L; c++) {
          rl[n] = c;
          rv[n++] = this.denseW[4 * s + 1 + c]!;
        }
      } else {
        if (K[2 * s] === 0) continue;
        const where = K[2 * s + 1]!;
        for (let j = where >>> this.bits, e = j + (where & this.countMask); j < e; j++) {
          rl[n] = this.entLab[2 * j]!;
          rv[n++] = this.entVal[2 * j + 1]!;
        }
      }
      let m = 0;
      let kept = 0;
      for (let x = 0; x < n; x++) {
        const w = step ? Math.round(rv[x]! / step) * step : rv[x]!;
        if (w === 0) continue;
        rl[kept] = rl[x]!;
        rv[kept++] = w;
        m = Math.max(m, Math.abs(w));
      }
      if (kept === 0 || m < minRow) continue;
      max = Math.max(max, m);
      keys[r] = K[(dense ? 4 : 2) * s]!;
      rowStart[r] = k;
      for (let x = 0; x < kept; x++, k++) {
        lab[k] = rl[x]!;
        val[k] = rv[x]!;
      }
      rowStart[++r] = k;
    }
    if (step && max / step > 32767) throw new Error(`linear model: weight ${max} is more than 32767 steps of ${step}`);
    return new SparseLinear(L, keys.slice(0, r), rowStart.slice(0, r + 1), lab.slice(0, k), val.slice(0, k), { scale: step || this.scale });
  }

  /** The first empty slot of the table (there is one: it is at most 2/3 full). */
  private firstEmpty(): number {
    const t = this.dense ? this.denseKeys : this.slots;
    const step = this.dense ? 4 : 2;
    let s = 0;
    while (t[step * s] !== 0) s++;
    return s;
  }

  /**
   * The tables in slot order with int16 weights, for a model file (see SlotPacked, fromSlots). The step is
   * the one the model was read with (so a model read from a file packs back to the file's arrays), or
   * max |w| / 32767 for a model built from float weights. Works on a model built `shared` too.
   */
  packSlots(): SlotPacked {
    const cap = this.mask + 1;
    const start = this.firstEmpty();
    const L = this.L;
    let rows = 0;
    let scale = this.scale;
    if (this.dense) {
      const K = this.denseKeys;
      const W = this.denseW;
      let max = 0;
      for (let s = 0; s < cap; s++) {
        if (K[4 * s] === 0) continue;
        rows++;
        for (let c = 0; c < L; c++) max = Math.max(max, Math.abs(W[4 * s + 1 + c]!));
      }
      if (!scale) scale = max / 32767 || 1;
      const keys = new Int32Array(rows);
      const q = new Int16Array(rows * L);
      let r = 0;
      for (let i = 1; i < cap; i++) {
        const s = (start + i) & this.mask;
        if (K[4 * s] === 0) continue;
        keys[r] = K[4 * s]!;
        for (let c = 0; c < L; c++) q[r * L + c] = Math.round(W[4 * s + 1 + c]! / scale);
        r++;
      }
      return { L, cap, start, scale, keys, q, counts: new Uint16Array(0), lab: new Uint16Array(0) };
    }
    const S = this.slots;
    for (let s = 0; s < cap; s++) if (S[2 * s] !== 0) rows++;
    if (!scale) {
      let max = 0;
      for (let j = 0; j < this.nnz; j++) max = Math.max(max, Math.abs(this.entVal[2 * j + 1]!));
      scale = max / 32767 || 1;
    }
    const keys = new Int32Array(rows);
    const counts = new Uint16Array(rows);
    const lab = new Uint16Array(this.nnz);
    const q = new Int16Array(this.nnz);
    let r = 0;
    let k = 0;
    for (let i = 1; i < cap; i++) {
      const s = (start + i) & this.mask;
      if (S[2 * s] === 0) continue;
      const where = S[2 * s + 1]!;
      keys[r] = S[2 * s]!;
      counts[r++] = where & this.countMask;
      for (let j = where >>> this.bits, e = j + (where & this.countMask); j < e; j++) {
        lab[k] = this.entLab[2 * j]!;
        q[k++] = Math.round(this.entVal[2 * j + 1]! / scale);
      }
    }
    return { L, cap, start, scale, keys, q, counts, lab };
  }

  /**
   * A model over packSlots' arrays: the table laid out as it was, in one sequential pass (no probing, no
   * sort). It keeps no row lists (pack and rowOf refuse): a model for inference, and for packSlots.
   */
  static fromSlots(p: SlotPacked, opts: TableOptions = {}): SparseLinear {
    const alloc = allocator(opts.shared);
    const { L, cap, start, scale, keys } = p;
    const mask = cap - 1;
    if (cap < 1 || (cap & mask) !== 0 || start < 0 || start >= cap || keys.length >= cap) throw new Error("linear model: bad slot table");
    let bits = 5;
    while (1 << bits <= L) bits++;
    const countMask = (1 << bits) - 1;
    const dense = L <= DENSE_MAX;
    // dense: counted as the table is laid out (the weights that are not zero: a weight that quantised to 0 is not told from a missing one)
    let nnz = p.lab.length;
    if (dense ? p.q.length !== keys.length * L : p.counts.length !== keys.length || p.q.length !== p.lab.length) throw new Error("linear model: slot table arrays disagree");
    if (!dense && nnz >= 2 ** (31 - bits)) throw new Error(`linear model too large: ${nnz} non-zero weights`);
    const t: SparseTables = {
      L,
      bits,
      mask,
      nnz,
      keys: new Int32Array(0),
      rowStart: new Int32Array(0),
      slots: new Int32Array(0),
      ent: new Int32Array(0),
      dense: new Int32Array(0),
      denseLab: new Uint16Array(0),
      scale,
    };
    // u: a slot's place counted from start (0 = start, empty); each key goes to its home or just past the last one
    let u = 0;
    const q = p.q;
    if (dense) {
      const buf = alloc(cap * 16);
      const K = new Int32Array(buf);
      const W = new Float32Array(buf);
      let nz = 0;
      for (let r = 0, j = 0; r < keys.length; r++) {
        const key = keys[r]!;
        const home = ((key & mask) - start) & mask;
        u = home > u ? home : u + 1;
        if (u >= cap || key === 0) throw new Error("linear model: bad slot table");
        const s = 4 * ((start + u) & mask);
        K[s] = key;
        for (let c = 1; c <= L; c++, j++) {
          const v = q[j]!;
          if (v !== 0) nz++;
          W[s + c] = v * scale;
        }
      }
      t.nnz = nz;
      t.dense = K;
      return new SparseLinear(t);
    }
    const ent = alloc(8 * nnz);
    const entLab = new Int32Array(ent);
    const entVal = new Float32Array(ent);
    const lab = p.lab;
    for (let j = 0; j < nnz; j++) {
      entLab[2 * j] = lab[j]!;
      entVal[2 * j + 1] = q[j]! * scale;
    }
    const slots = new Int32Array(alloc(cap * 8));
    let first = 0;
    for (let r = 0; r < keys.length; r++) {
      const key = keys[r]!;
      const count = p.counts[r]!;
      const home = ((key & mask) - start) & mask;
      u = home > u ? home : u + 1;
      if (u >= cap || key === 0 || count > countMask || first + count > nnz) throw new Error("linear model: bad slot table");
      const s = 2 * ((start + u) & mask);
      slots[s] = key;
      slots[s + 1] = (first << bits) | count;
      first += count;
    }
    if (first !== nnz) throw new Error("linear model: slot table arrays disagree");
    t.ent = entLab;
    t.slots = slots;
    return new SparseLinear(t);
  }

  /** The rows (feature keys) the table holds. */
  get rowCount(): number {
    const t = this.dense ? this.denseKeys : this.slots;
    const step = this.dense ? 4 : 2;
    let n = 0;
    for (let s = 0; s <= this.mask; s++) if (t[step * s] !== 0) n++;
    return n;
  }

  get nonZero(): number {
    return this.nnz;
  }

  /** Row of a feature key, or -1 when the model has no weights for it. */
  rowOf(key: number): number {
    this.requireRows("it has no row index");
    if (this.dense) {
      if (!this.rowIndex) {
        this.rowIndex = new Map();
        for (let r = 0; r < this.keys.length; r++) this.rowIndex.set(this.keys[r]!, r);
      }
      return this.rowIndex.get(key) ?? -1;
    }
    let s = key & this.mask;
    for (;;) {
      const k = this.slots[2 * s]!;
      if (k === key) {
        // the row whose weights start there (rows without weights are pruned, so starts are distinct)
        const start = this.slots[2 * s + 1]! >>> this.bits;
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

  /**
   * Dense layout: offset of the slot of `key` in denseKeys / denseW (its weights at offset + 1 + class), or
   * -1 when the model has no weights for it.
   */
  denseSlot(key: number): number {
    const t = this.denseKeys;
    const mask = this.mask;
    let s = key & mask;
    let k = t[4 * s]!;
    while (k !== key) {
      if (k === 0) return -1;
      s = (s + 1) & mask;
      k = t[4 * s]!;
    }
    return 4 * s;
  }

  /** Sparse layout: the slot value of `key` (first entry << bits | count), or 0 when it has no weights. */
  whereOf(key: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let s = key & mask;
    let k = slots[2 * s]!;
    while (k !== key) {
      if (k === 0) return 0;
      s = (s + 1) & mask;
      k = slots[2 * s]!;
    }
    return slots[2 * s + 1]!;
  }

  /** Adds the weights of a row given by whereOf (0: none) into out[base .. base + L). */
  addWhere(where: number, out: Float32Array, base: number): void {
    const lab = this.entLab;
    const val = this.entVal;
    for (let j = 2 * (where >>> this.bits), e = j + 2 * (where & this.countMask); j < e; j += 2) out[base + lab[j]!]! += val[j + 1]!;
  }

  /** Adds the weights of the feature `key` (when the model has any) into out[base .. base + L). */
  addKey(key: number, out: Float32Array | Float64Array, base: number): void {
    if (this.dense) {
      const s = this.denseSlot(key);
      if (s < 0) return;
      const w = this.denseW;
      for (let c = 0; c < this.L; c++) out[base + c]! += w[s + 1 + c]!;
      return;
    }
    const where = this.whereOf(key);
    const lab = this.entLab;
    const val = this.entVal;
    for (let j = 2 * (where >>> this.bits), e = j + 2 * (where & this.countMask); j < e; j += 2) out[base + lab[j]!]! += val[j + 1]!;
  }

  /**
   * As score, sparse layout: first touches the slot of every key (independent loads the processor
   * overlaps), then adds the rows in key order, so the scores are score's bit for bit.
   */
  scoreTouched(keys: Int32Array, a: number, b: number, out: Float32Array): void {
    const slots = this.slots;
    const mask = this.mask;
    let z = 0;
    for (let f = a; f < b; f++) z |= slots[2 * (keys[f]! & mask)]!;
    this.touched = z;
    out.fill(0, 0, this.L);
    for (let f = a; f < b; f++) this.addWhere(this.whereOf(keys[f]!), out, 0);
  }

  /** keeps scoreTouched's loads alive */
  touched = 0;

  /** Scores of the keys keys[a .. b) into out[0 .. L). */
  score(keys: ArrayLike<number>, a: number, b: number, out: Float32Array | Float64Array): void {
    out.fill(0, 0, this.L);
    for (let f = a; f < b; f++) this.addKey(keys[f]!, out, 0);
  }
}

/** Weights as int16 with one scale (max |w| / 32767). */
export function quantise(weights: Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max / 32767 || 1;
  const q = new Int16Array(weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(weights[i]! / scale);
  return { q, scale };
}

export function dequantise(q: Int16Array, scale: number): Float32Array {
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * scale;
  return w;
}

/** Gzipped model file: magic, JSON header, padding to 4 bytes, then the typed arrays' bytes in order. */
export function packModel(magic: string, header: unknown, arrays: ArrayBufferView[]): Buffer {
  const hj = Buffer.from(JSON.stringify(header), "utf8");
  const parts = [
    Buffer.from(magic, "latin1"),
    Buffer.from(new Uint32Array([hj.length]).buffer),
    hj,
    Buffer.alloc((4 - ((magic.length + 4 + hj.length) % 4)) % 4),
    ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength)),
  ];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** A typed array class read from a model file. */
type ArrayClass<T> = { new (buffer: ArrayBuffer, byteOffset?: number, length?: number): T; BYTES_PER_ELEMENT: number };

/**
 * Reads packModel's format: the header, and take(bytes) handing out the following bytes in order as a copy of
 * their own. With `views`, array(Class, n) hands out the next n elements as a view into the one decompressed
 * buffer instead (no copy; the views keep the whole buffer alive, so only for arrays that are read once and
 * dropped, as a load onto shared memory does); without, array copies as take does.
 */
export function unpackModel<H>(
  gz: Uint8Array,
  magic: string | readonly string[],
  what: string,
  /** hand out views (see above); a function decides by the magic found */
  viewsFor: boolean | ((magic: string) => boolean) = false,
): { header: H; magic: string; take: (bytes: number) => ArrayBuffer; array: <T>(cls: ArrayClass<T>, length: number) => T } {
  const raw = gunzipSync(gz);
  const found = (typeof magic === "string" ? [magic] : magic).find((m) => raw.subarray(0, m.length).toString("latin1") === m);
  if (found === undefined) throw new Error(`not a newsfacts ${what} model`);
  magic = found;
  const views = typeof viewsFor === "function" ? viewsFor(found) : viewsFor;
  const hlen = raw.readUInt32LE(magic.length);
  let off = magic.length + 4;
  const header = JSON.parse(raw.subarray(off, off + hlen).toString("utf8")) as H;
  off += hlen;
  off += (4 - (off % 4)) % 4;
  const next = (bytes: number): number => {
    if (off + bytes > raw.length) throw new Error(`${what} model file truncated`);
    off += bytes;
    return raw.byteOffset + off - bytes;
  };
  const take = (bytes: number): ArrayBuffer => {
    const at = next(bytes);
    return raw.buffer.slice(at, at + bytes) as ArrayBuffer;
  };
  const array = <T>(cls: ArrayClass<T>, length: number): T => {
    const bytes = length * cls.BYTES_PER_ELEMENT;
    // a view needs a start aligned to its element size; the arrays are aligned within the file
    if (views && (raw.byteOffset + off) % cls.BYTES_PER_ELEMENT === 0) return new cls(raw.buffer as ArrayBuffer, next(bytes), length);
    return new cls(take(bytes));
  };
  return { header, magic: found, take, array };
}
