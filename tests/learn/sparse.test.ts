import { describe, expect, it } from "vitest";
import { SparseLinear } from "../../src/learn/sparse.js";

describe("SparseLinear layouts", () => {
  const keys = Int32Array.from([17, 99, 12345, -5, 1 << 30]);
  it("dense three-class slots score as the sparse rows and pack back to the same arrays", () => {
    const w = Float32Array.from([0.5, 0, -1.25, 0, 0, 2, 0.125, 0.25, 0, 0, -3, 0, 1, 1, 1]);
    const m = SparseLinear.fromDense(3, keys, w);
    expect(m.dense).toBe(true);
    const out = new Float32Array(3);
    m.score([17, 12345, 7, -5], 0, 4, out);
    expect(Array.from(out)).toEqual([0.625, -2.75, -1.25]);
    const p = m.pack();
    const back = SparseLinear.fromPacked(3, p.keys, p.counts, p.lab, p.q, p.scale).pack();
    expect(Array.from(back.q)).toEqual(Array.from(p.q));
    expect(Array.from(back.lab)).toEqual(Array.from(p.lab));
    expect(m.rowOf(12345)).toBe(2);
    expect(m.rowOf(7)).toBe(-1);
  });
  it("interleaved sparse rows: score, scoreTouched and rowOf", () => {
    const L = 6;
    const w = new Float32Array(keys.length * L);
    for (let i = 0; i < w.length; i++) if (i % 4 === 1) w[i] = i / 8 - 2;
    const m = SparseLinear.fromDense(L, keys, w);
    expect(m.dense).toBe(false);
    const a = new Float32Array(L);
    const b = new Float32Array(L);
    const ks = Int32Array.from([99, 1 << 30, 3, 17]);
    m.score(ks, 0, 4, a);
    m.scoreTouched(ks, 0, 4, b);
    expect(Array.from(b)).toEqual(Array.from(a));
    const want = new Float32Array(L);
    for (const r of [1, 4, 0]) for (let l = 0; l < L; l++) want[l]! += w[r * L + l]!;
    expect(Array.from(a)).toEqual(Array.from(want));
    expect(m.rowOf(1 << 30)).toBe(4);
  });
});

describe("SparseLinear on shared memory", () => {
  const keys = Int32Array.from([17, 99, 12345, -5, 1 << 30]);
  for (const L of [3, 6]) {
    it(`${L} classes: tables built shared score as the heap ones, cross a structured clone without a copy, and refuse pack`, () => {
      const w = new Float32Array(keys.length * L);
      for (let i = 0; i < w.length; i++) if (i % 3 !== 1) w[i] = (i % 7) / 4 - 0.75;
      const heap = SparseLinear.fromDense(L, keys, w);
      const p = heap.pack();
      const shared = SparseLinear.fromPacked(L, p.keys, p.counts, p.lab, p.q, p.scale, { shared: true });
      const t = shared.tables();
      const arrays = [t.slots, t.ent, t.dense].filter((a) => a.length > 0);
      expect(arrays.length).toBeGreaterThan(0);
      for (const a of arrays) expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
      const clone = structuredClone(t);
      const other = new SparseLinear(clone);
      const ks = Int32Array.from([99, 1 << 30, 3, 17, -5]);
      const want = new Float32Array(L);
      const back = SparseLinear.fromPacked(L, p.keys, p.counts, p.lab, p.q, p.scale);
      back.score(ks, 0, ks.length, want);
      for (const m of [shared, other]) {
        const got = new Float32Array(L);
        m.score(ks, 0, ks.length, got);
        expect(Array.from(got)).toEqual(Array.from(want));
      }
      // the clone reads the same memory: a write through one is seen by the other
      const a = arrays[0]!;
      const before = a[1]!;
      a[1] = before + 1;
      const seen = [clone.slots, clone.ent, clone.dense].filter((x) => x.length > 0)[0]![1];
      a[1] = before;
      expect(seen).toBe(before + 1);
      expect(() => shared.pack()).toThrow(/shared memory/);
      expect(() => shared.rowOf(17)).toThrow(/shared memory/);
    });
  }
});

describe("SparseLinear slot tables (model file format v2)", () => {
  // many keys in a small table, so runs of taken slots and the wrap-around past the last slot occur
  const keys = Int32Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? 63 - i : ((i * 2654435761) | 0) || 7));
  for (const L of [3, 6]) {
    it(`${L} classes: packSlots -> fromSlots lays out the same table slot for slot, scores the same, packs back the same`, () => {
      const w = new Float32Array(keys.length * L);
      for (let i = 0; i < w.length; i++) if (i % 4 !== 2) w[i] = ((i * 37) % 19) / 8 - 1.1;
      const p0 = SparseLinear.fromDense(L, keys, w).pack();
      const m = SparseLinear.fromPacked(L, p0.keys, p0.counts, p0.lab, p0.q, p0.scale);
      const s = m.packSlots();
      expect(s.scale).toBe(p0.scale);
      for (const shared of [false, true]) {
        const back = SparseLinear.fromSlots(s, { shared });
        const [a, b] = [m.tables(), back.tables()];
        expect(b.mask).toBe(a.mask);
        if (L === 3) expect(Array.from(b.dense)).toEqual(Array.from(a.dense));
        else for (let i = 0; i <= a.mask; i++) expect(b.slots[2 * i]).toBe(a.slots[2 * i]);
        for (const k of [...keys, 5, 99]) {
          const x = new Float32Array(L);
          const y = new Float32Array(L);
          m.score([k], 0, 1, x);
          back.score([k], 0, 1, y);
          expect(Array.from(y)).toEqual(Array.from(x));
        }
        const again = back.packSlots();
        for (const f of ["keys", "q", "counts", "lab"] as const) expect(Array.from(again[f])).toEqual(Array.from(s[f]));
        expect([again.cap, again.start, again.scale]).toEqual([s.cap, s.start, s.scale]);
        expect(() => back.pack()).toThrow(/for inference/);
      }
    });
  }
  it("refuses a slot table whose keys cannot lie in it", () => {
    const m = SparseLinear.fromDense(3, keys, new Float32Array(keys.length * 3).fill(0.5));
    const s = m.packSlots();
    expect(() => SparseLinear.fromSlots({ ...s, cap: 16 })).toThrow(/bad slot table/);
    expect(() => SparseLinear.fromSlots({ ...s, q: s.q.subarray(1) })).toThrow(/disagree/);
  });
});

describe("SparseLinear.compress (post-training pruning and rounding)", () => {
  const keys = Int32Array.from({ length: 40 }, (_, i) => ((i * 2654435761) | 0) || 7);
  for (const L of [3, 6]) {
    it(`${L} classes: rows whose largest |weight| is below minRow go, weights become multiples of the step, the table shrinks`, () => {
      // row r's weights: r / 10 at class r % L, -0.1 at class (r + 1) % L, 0 elsewhere; r = 0 has only the -0.1
      const w = new Float32Array(keys.length * L);
      for (let r = 0; r < keys.length; r++) {
        w[r * L + (r % L)] = r / 10;
        w[r * L + ((r + 1) % L)] = -0.1;
      }
      const m = SparseLinear.fromDense(L, keys, w);
      // read from its file's arrays (no row lists), as the shipped model is
      const read = SparseLinear.fromSlots(m.packSlots());
      const c = read.compress({ minRow: 3.2, step: 0.25 });
      // weights are rounded first: r / 10 to the nearest quarter (3.1 -> 3, 3.2 -> 3.25), -0.1 to 0 (dropped); rows 32..39 are left
      expect(c.rowCount).toBe(8);
      expect(c.mask + 1).toBe(16);
      expect(read.mask + 1).toBe(64);
      for (let r = 0; r < keys.length; r++) {
        const out = new Float32Array(L);
        c.score([keys[r]!], 0, 1, out);
        const want = new Float32Array(L);
        if (r >= 32) want[r % L] = Math.round(r / 10 / 0.25) * 0.25;
        expect(Array.from(out)).toEqual(Array.from(want));
      }
      // the file holds the weights as exact steps, and reads back to the same scores
      const s = c.packSlots();
      expect(s.scale).toBe(0.25);
      expect(Array.from(s.q).filter((q) => q !== 0).sort((a, b) => a - b)).toEqual([13, 13, 14, 14, 14, 15, 15, 16]);
      const back = SparseLinear.fromSlots(s);
      for (const k of keys) {
        const x = new Float32Array(L);
        const y = new Float32Array(L);
        c.score([k], 0, 1, x);
        back.score([k], 0, 1, y);
        expect(Array.from(y)).toEqual(Array.from(x));
      }
      // compressed again with the same options: the same table, slot for slot
      const twice = back.compress({ minRow: 3.2, step: 0.25 }).packSlots();
      for (const f of ["keys", "q", "counts", "lab"] as const) expect(Array.from(twice[f])).toEqual(Array.from(s[f]));
      expect([twice.cap, twice.start]).toEqual([s.cap, s.start]);
      // no step: the weights are kept as they are, only rows go
      const kept = m.compress({ minRow: 0.5 });
      expect(kept.rowCount).toBe(35);
      const out = new Float32Array(L);
      kept.score([keys[7]!], 0, 1, out);
      expect(out[7 % L]).toBe(Math.fround(0.7));
      expect(out[8 % L]).toBe(Math.fround(-0.1));
      expect(() => m.compress({ step: 1e-5 })).toThrow(/32767 steps/);
    });
  }
});
