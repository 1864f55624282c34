/** Strict UTF-8: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD. */
export const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The encoding a byte-order mark at the start announces, and the mark's length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: "utf-8" | "utf-16le" | "utf-16be"; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  return { encoding: "utf-8", bom: 0 };
}

/** Offset of the first byte in `bytes` that breaks UTF-8 (a linear scan, for error messages only). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
}
