/**
 * An immutable map from strings to 32-bit integers over typed arrays only: the keys' UTF-16 code units in
 * one pool, an open-addressing table (power-of-two size, at most 2/3 full, linear probing) of key indices,
 * and the values. Built once from a list of entries, it has no JS string or Map inside, so a load image
 * (src/resources/image.ts) stores it raw and reads it back in one pass, and worker threads share one copy on
 * SharedArrayBuffers; a Map of 100,000 strings costs 50-80 ms to rebuild at every start and one copy per
 * thread. A lookup hashes the key's code units (FNV-1a) and compares code units on a hash match.
 */
export interface StringTableData {
  /** code units of every key, key after key */
  chars: Uint16Array;
  /** key i is chars[start[i] .. start[i + 1]) */
  start: Int32Array;
  values: Int32Array;
  /** per slot: key index + 1, 0 = empty */
  slots: Int32Array;
  /** the key's hash per slot (compared before the code units) */
  hashes: Int32Array;
}

function hashOf(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class StringTable {
  private readonly chars: Uint16Array;
  private readonly start: Int32Array;
  private readonly values: Int32Array;
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(readonly data: StringTableData) {
    this.chars = data.chars;
    this.start = data.start;
    this.values = data.values;
    this.slots = data.slots;
    this.hashes = data.hashes;
    this.mask = data.slots.length - 1;
  }

  /** The table of the given entries (a key given twice keeps its last value). */
  static build(entries: Iterable<readonly [string, number]>): StringTable {
    const last = new Map<string, number>();
    for (const [k, v] of entries) last.set(k, v);
    const n = last.size;
    let chars = 0;
    for (const k of last.keys()) chars += k.length;
    let cap = 2;
    while (cap * 2 < n * 3) cap <<= 1;
    const data: StringTableData = {
      chars: new Uint16Array(chars),
      start: new Int32Array(n + 1),
      values: new Int32Array(n),
      slots: new Int32Array(cap),
      hashes: new Int32Array(cap),
    };
    const mask = cap - 1;
    let i = 0;
    let at = 0;
    for (const [k, v] of last) {
      data.start[i] = at;
      for (let c = 0; c < k.length; c++) data.chars[at++] = k.charCodeAt(c);
      data.values[i] = v;
      const h = hashOf(k);
      let s = h & mask;
      while (data.slots[s] !== 0) s = (s + 1) & mask;
      data.slots[s] = i + 1;
      data.hashes[s] = h;
      i++;
    }
    data.start[n] = at;
    return new StringTable(data);
  }

  get size(): number {
    return this.values.length;
  }

  /** The value of `key`, or `missing` when it is not in the table. */
  get(key: string, missing = -1): number {
    const i = this.keyIndex(key);
    return i < 0 ? missing : this.values[i]!;
  }

  has(key: string): boolean {
    return this.keyIndex(key) >= 0;
  }

  /** Index of `key` among the keys (0..size-1), or -1. */
  keyIndex(key: string): number {
    const h = hashOf(key);
    const mask = this.mask;
    const chars = this.chars;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === 0) return -1;
      if (this.hashes[s] !== h) continue;
      const i = e - 1;
      const a = this.start[i]!;
      if (this.start[i + 1]! - a !== key.length) continue;
      let c = 0;
      while (c < key.length && chars[a + c] === key.charCodeAt(c)) c++;
      if (c === key.length) return i;
    }
  }

  /** Key i as a string. */
  key(i: number): string {
    return String.fromCharCode(...this.chars.subarray(this.start[i]!, this.start[i + 1]!));
  }

  /** Every (key, value), in the order they were built. */
  *entries(): IterableIterator<[string, number]> {
    for (let i = 0; i < this.values.length; i++) yield [this.key(i), this.values[i]!];
  }
}
