import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { endianness } from "node:os";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { extractorInputs, stampOf, versionCacheDir } from "./code-files.js";

/**
 * Load images: the ready-to-use form of a shipped model or lexicon (hash tables built, Maps filled), kept in a
 * file of the cache folder so that a later process reads it in one pass instead of rebuilding it from the
 * shipped file (gunzip, JSON, table construction: 100-300 ms per model at every start). spaCy and UDPipe ship
 * their models ready to map; ours ship compressed (the syntax model is 6.7 MB gzipped, 33 MB of tables) and
 * the first process builds the image.
 *
 * An image holds one value: typed arrays anywhere in its plain objects and arrays are written raw, 8-byte
 * aligned, and come back as views of one SharedArrayBuffer (so worker threads read them without a copy); the
 * rest (strings, numbers, Maps, Sets) goes through v8.serialize. A file is taken only when its stamp is the one
 * this process computes: a SHA-256 over the image's name and format, the platform (endianness, V8 version),
 * a stamp of every file of the running code (the code that builds the value, src/resources/code-files.ts stampOf:
 * path, size, mtime, ctime, inode) and the same stamp of the source files. So a changed model, lexicon or
 * code file never reads an old image: it builds the value again and rewrites the file (one file per image
 * name and installation; written whole, then renamed). A file that is not this user's, is writable by others,
 * or is cut short or malformed is ignored and rebuilt. Reading or writing the cache never fails a load: on
 * any error the value is built as without a cache. NEWSFACTS_MODEL_CACHE=DIR puts the files in DIR, =off
 * turns the cache off (default: the version cache's folder, NEWSFACTS_VERSION_CACHE or the temporary folder).
 * The CLI's launcher reads the image files of the last run ahead, on the thread pool, while it compiles the
 * code (src/cli/launch.ts); cachedImage takes such bytes instead of reading the file, with the same checks.
 */
const MAGIC = Buffer.from("NFIMG\u0000\u0001\u0000", "latin1");
const HEAD = 8 + 4 + 32;

type Typed = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
const CTORS = { Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array } as const;
type CtorName = keyof typeof CTORS;
interface ArrayRef {
  type: CtorName;
  offset: number;
  length: number;
}
interface Meta {
  value: unknown;
  arrays: ArrayRef[];
  paths: Path[];
  total: number;
}

/** Where load images are kept, or null when the cache is off. */
export function imageCacheDir(): string | null {
  const env = process.env["NEWSFACTS_MODEL_CACHE"];
  if (env === "off") return null;
  return env && env.length > 0 ? env : versionCacheDir();
}

let running: { root: string; stamp: string } | null = null;
/** The folder of the running code and a stamp of it (every module and JSON table the extractor version hashes), once per process. */
function runningCode(): { root: string; stamp: string } {
  if (running === null) {
    const { codeRoot, code } = extractorInputs();
    running = { root: codeRoot, stamp: stampOf(code) };
  }
  return running;
}

function imageStamp(name: string, sources: readonly string[]): Buffer {
  const code = runningCode();
  return createHash("sha256")
    .update(`${name}\0${MAGIC.toString("hex")}\0${endianness()}\0${process.versions.v8}\0${code.root}\0${code.stamp}\0${stampOf(sources)}`)
    .digest();
}

/** One file per image name, installation and source files (a model folder of the user's has its own). */
function imageFile(dir: string, name: string, sources: readonly string[]): string {
  const key = createHash("sha256").update(`${runningCode().root}\0${sources.join("\0")}`).digest("hex").slice(0, 16);
  return join(dir, `newsfacts-image-${name}-${key}.bin`);
}

function isTyped(v: unknown): v is Typed {
  return ArrayBuffer.isView(v) && !(v instanceof DataView) && (v.constructor.name as string) in CTORS;
}

type Path = Array<string | number>;

/**
 * The value with every typed array in its plain objects and arrays replaced by null, and the path to each
 * (a container without one is kept as it is, not copied).
 */
function lift(v: unknown, path: Path, out: Array<{ path: Path; array: Typed }>): unknown {
  if (isTyped(v)) {
    out.push({ path: [...path], array: v });
    return null;
  }
  const plain = v !== null && typeof v === "object" && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
  if (!plain) return v;
  const before = out.length;
  const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
  const lifted = entries.map(([k, x]) => {
    path.push(k);
    const y = lift(x, path, out);
    path.pop();
    return [k, y] as const;
  });
  if (out.length === before) return v;
  if (Array.isArray(v)) return lifted.map(([, y]) => y);
  return Object.fromEntries(lifted);
}

/** Puts each array back where lift found it. */
function lower(value: unknown, paths: readonly Path[], arrays: readonly Typed[]): unknown {
  if (paths.length === 1 && paths[0]!.length === 0) return arrays[0];
  paths.forEach((p, i) => {
    let o = value as Record<string | number, unknown>;
    for (let k = 0; k < p.length - 1; k++) o = o[p[k]!] as Record<string | number, unknown>;
    o[p[p.length - 1]!] = arrays[i];
  });
  return value;
}

const align8 = (n: number) => (n + 7) & ~7;

/** An image file's bytes: magic, meta length, stamp, meta (v8), then the arrays, each at an 8-byte boundary. */
export function encodeImage(value: unknown, stamp: Buffer): Buffer[] {
  const found: Array<{ path: Path; array: Typed }> = [];
  const lifted = lift(value, [], found);
  const arrays = found.map((f) => f.array);
  const refs: ArrayRef[] = [];
  // the meta's length depends on the offsets it lists: lay the arrays out after a meta of a first guess, grown until it fits
  let room = 256 + arrays.length * 64;
  for (;;) {
    let at = align8(HEAD + room);
    refs.length = 0;
    for (const a of arrays) {
      refs.push({ type: a.constructor.name as CtorName, offset: at, length: a.length });
      at = align8(at + a.byteLength);
    }
    const meta = serialize({ value: lifted, arrays: refs, paths: found.map((f) => f.path), total: at } satisfies Meta);
    if (meta.length > room) {
      room = meta.length * 2;
      continue;
    }
    const head = Buffer.alloc(align8(HEAD + room));
    MAGIC.copy(head, 0);
    head.writeUInt32LE(meta.length, 8);
    stamp.copy(head, 12);
    meta.copy(head, HEAD);
    const parts: Buffer[] = [head];
    let pos = head.length;
    for (const a of arrays) {
      const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      parts.push(bytes);
      pos += bytes.length;
      const pad = align8(pos) - pos;
      if (pad > 0) parts.push(Buffer.alloc(pad));
      pos += pad;
    }
    return parts;
  }
}

/** The value of an image file's bytes (on shared memory), or null when they are not an image with this stamp. */
export function decodeImage(bytes: Uint8Array, stamp: Buffer): unknown {
  if (bytes.length < HEAD || !MAGIC.equals(Buffer.from(bytes.buffer, bytes.byteOffset, 8))) return null;
  if (!stamp.equals(Buffer.from(bytes.buffer, bytes.byteOffset + 12, 32))) return null;
  const metaLen = Buffer.from(bytes.buffer, bytes.byteOffset, 12).readUInt32LE(8);
  if (HEAD + metaLen > bytes.length) return null;
  const meta = deserialize(Buffer.from(bytes.buffer, bytes.byteOffset + HEAD, metaLen)) as Meta;
  if (!meta || meta.total !== bytes.length || !Array.isArray(meta.arrays) || !Array.isArray(meta.paths) || meta.paths.length !== meta.arrays.length) return null;
  const arrays: Typed[] = [];
  for (const r of meta.arrays) {
    const C = CTORS[r.type];
    if (!C || r.offset % 8 !== 0 || r.offset + r.length * C.BYTES_PER_ELEMENT > bytes.length) return null;
    arrays.push(new C(bytes.buffer as ArrayBuffer, bytes.byteOffset + r.offset, r.length));
  }
  return lower(meta.value, meta.paths, arrays);
}

function readImage(file: string, stamp: Buffer): unknown {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    // only a file of this user's that nobody else may write (a shared temporary folder holds anyone's files)
    if (!st.isFile() || !isOwnFile(st)) return null;
    const head = Buffer.alloc(HEAD);
    if (readSync(fd, head, 0, HEAD, 0) !== HEAD || !MAGIC.equals(head.subarray(0, 8)) || !stamp.equals(head.subarray(12))) return null;
    const bytes = new Uint8Array(new SharedArrayBuffer(st.size));
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, bytes, at, st.size - at, at);
      if (n === 0) return null;
      at += n;
    }
    return decodeImage(bytes, stamp);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/**
 * Is this (an fstat of an open file) this user's, and writable by nobody else? A cache in a shared
 * temporary folder holds anyone's files: only such a file is read (load images, the CLI's code cache).
 */
export function isOwnFile(st: { uid: number; mode: number }): boolean {
  return (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
}

/**
 * Writes a cache file whole under a temporary name, then renames it into place (mode 0644, so isOwnFile
 * takes it); false when it could not be written: a read-only or full cache folder, or `parts` failing. The
 * value is still right, only not kept.
 */
export function writeCacheFile(file: string, parts: () => Iterable<Uint8Array>): boolean {
  const part = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  let fd: number | null = null;
  try {
    fd = openSync(part, "wx", 0o644);
    for (const p of parts()) {
      let at = 0;
      while (at < p.length) at += writeSync(fd, p, at, p.length - at);
    }
    closeSync(fd);
    fd = null;
    renameSync(part, file);
    return true;
  } catch {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(part);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * The value `build` gives for `name`, from its load image when one with the same stamp exists (see above),
 * else built and its image written for the next process. `sources` are the files the value is built from.
 * A value read from an image has its typed arrays on one SharedArrayBuffer; build should give what it would
 * give from an image (the same fields; its typed arrays may be on either kind of memory).
 */
export function cachedImage<T>(name: string, sources: readonly string[], build: () => T): T {
  const dir = imageCacheDir();
  if (dir === null) return build();
  let stamp: Buffer;
  let file: string;
  try {
    stamp = imageStamp(name, sources);
    file = imageFile(dir, name, sources);
  } catch {
    return build();
  }
  const ahead = prefetched.get(file);
  prefetched.delete(file);
  const hit = ahead !== undefined ? prefetchedImage(ahead, stamp) : readImage(file, stamp);
  if (hit !== null) {
    used.add(file);
    return hit as T;
  }
  const value = build();
  if (writeCacheFile(file, () => encodeImage(value, stamp))) used.add(file);
  return value;
}

/**
 * An image file read ahead of its use, on another thread (the CLI's launcher, src/cli/launch.ts, reads the
 * images the previous run used while the main thread compiles the code): its bytes on shared memory and the
 * owner and mode of the file it was read from, as fstat gave them for the open file.
 */
export interface PrefetchedImage {
  bytes: Uint8Array;
  uid: number;
  mode: number;
}

const prefetched = new Map<string, PrefetchedImage>();
const used = new Set<string>();

/** Hands this thread image files read ahead (path: bytes); cachedImage takes one instead of reading its file, once. */
export function usePrefetchedImages(files: ReadonlyMap<string, PrefetchedImage>): void {
  for (const [file, image] of files) prefetched.set(file, image);
}

/**
 * Drops the images read ahead that no load took (a run with worker threads loads in this thread only the
 * models it shares): called by a command once its models are loaded, so their bytes are not kept.
 */
export function forgetPrefetchedImages(): void {
  prefetched.clear();
}

/** The image files this thread read or wrote, in the order of first use: what the launcher reads ahead next time. */
export function imageFilesUsed(): string[] {
  return [...used];
}

/** A read-ahead image's value, with the checks readImage makes of a file (owner, mode, stamp, layout). */
function prefetchedImage(p: PrefetchedImage, stamp: Buffer): unknown {
  if (!isOwnFile(p)) return null;
  try {
    return decodeImage(p.bytes, stamp);
  } catch {
    return null;
  }
}
