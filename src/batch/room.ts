type Growable = Int32Array | Float64Array | Uint8Array;

/** `a` when it holds n elements already, else a copy at least twice as long (a table that grows with the run). */
export function withRoom<T extends Growable>(a: T, n: number): T {
  if (n <= a.length) return a;
  const b = new (a.constructor as new (length: number) => T)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
