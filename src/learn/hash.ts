/** 32-bit FNV-1a over a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** murmur3 finaliser: spreads the bits of a 32-bit integer. */
export function fmix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Key of a feature made of a template id and one value hash. Never 0 (0 marks an empty table slot). */
export function key1(template: number, a: number): number {
  const k = fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
  return k === 0 ? 1 : k;
}

/** Key of a feature made of a template id and two value hashes. */
export function key2(template: number, a: number, b: number): number {
  const k = fmix((fmix(Math.imul(template + 1, 0x9e3779b1) ^ a) + Math.imul(b, 0x27d4eb2d)) | 0);
  return k === 0 ? 1 : k;
}

/** Key of a feature made of a template id and three value hashes. */
export function key3(template: number, a: number, b: number, c: number): number {
  const k = fmix((fmix((fmix(Math.imul(template + 1, 0x9e3779b1) ^ a) + Math.imul(b, 0x27d4eb2d)) | 0) + Math.imul(c, 0x165667b1)) | 0);
  return k === 0 ? 1 : k;
}
