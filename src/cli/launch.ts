import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, openSync, read, readFileSync, readSync, statSync } from "node:fs";
import { createRequire, Module } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { crc32 } from "node:zlib";
import { imageCacheDir, isOwnFile, type PrefetchedImage, writeCacheFile } from "../resources/image.js";

/**
 * What bin/newsfacts.js runs: loads the CLI and runs it, with two warm-start caches in the load-image folder
 * (src/resources/image.ts imageCacheDir: NEWSFACTS_MODEL_CACHE, =off turns both off):
 *
 * - a **V8 code cache** of the CLI's bundle (dist/bundle/main.cjs, scripts/bundle.mjs), made after a run from
 *   the functions that run compiled (vm.Script createCachedData), so that the next process skips parsing and
 *   compiling them (Node 20 has no compile cache for ES modules; vm.Script takes one for a CommonJS file);
 * - **read-ahead of load images**: the image files the previous run used (a list kept beside the code cache)
 *   are read on libuv's thread pool while this thread compiles the code, and handed to cachedImage, which
 *   checks them exactly as a file it reads itself (owner, mode, stamp). The syntax model's image is 34 MB,
 *   about 0.1 s of page faults here, that no longer sits on the way to the first article.
 *
 * Both are keyed by the installation's folder; the code cache is taken only when its stamp matches the
 * bundle's path, size, mtime, ctime and inode and the Node and V8 versions (V8 itself rejects a cache of other
 * flags or source), and only from a file of this user's that nobody else may write. A missing, stale or
 * rejected cache costs nothing but its time: the code compiles as without one and the cache is written again
 * after the run. When tsc's output is newer than the bundle (a `tsc` run without the bundle step), the
 * unbundled dist/cli/main.js runs, without either cache.
 */

interface Cli {
  run(argv: string[]): Promise<number>;
  usePrefetchedImages?(files: ReadonlyMap<string, PrefetchedImage>): void;
  imageFilesUsed?(): string[];
  articlesProcessedHere?(): number;
}

const CODE_MAGIC = Buffer.from("NFCODE\u0000\u0001", "latin1");
/**
 * magic, stamp, CRC-32 of the cached data (V8 release builds check a cache's versions and lengths, not its
 * bytes), level: what the run that made it compiled (the CLI: 0 none of the pipeline, 1 the models' loading,
 * 2 the pipeline itself; a worker: 1 after its first article). A cache is written again by a run of a higher level.
 */
const CODE_HEAD = 8 + 32 + 4 + 1;
/** the commands that load models: the ones that read ahead, and whose code cache is worth a rewrite */
const MODEL_COMMANDS = new Set(["extract", "parse", "check", "eval"]);
/** at most this many images are read ahead */
const MAX_AHEAD = 16;

/** How the CLI was loaded, for scripts/bench-startup.ts. */
export interface Loaded {
  cli: Cli;
  /** "cached" (code cache taken), "compiled" (none or rejected: one is written after the run), "unbundled" */
  code: "cached" | "compiled" | "unbundled";
  /** writes the code cache when this run should: after the run */
  saveCode(level: number): void;
}

/** A file of this user's that nobody else may write, whole; null when not (or unreadable). */
function readOwn(file: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || !isOwnFile(st)) return null;
    const b = Buffer.alloc(st.size);
    let at = 0;
    while (at < st.size) {
      const n = readSync(fd, b, at, st.size - at, at);
      if (n === 0) return null;
      at += n;
    }
    return b;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

const keyOf = (root: string) => createHash("sha256").update(root).digest("hex").slice(0, 16);

/** Where the code cache and the read-ahead list of an installation are kept, or null when the cache is off. */
export function warmFiles(root: string): { code: string; worker: string; images: string } | null {
  const dir = imageCacheDir();
  if (dir === null) return null;
  const key = keyOf(root);
  return { code: join(dir, `newsfacts-code-${key}.bin`), worker: join(dir, `newsfacts-code-worker-${key}.bin`), images: join(dir, `newsfacts-warm-${key}.json`) };
}

/** The image files a read-ahead list names ([] when there is none, or it is not this user's or not a list). */
export function readList(list: string): string[] {
  const raw = readOwn(list);
  let files: unknown;
  try {
    files = raw === null ? [] : (JSON.parse(raw.toString("utf8")) as { images?: unknown }).images;
  } catch {
    return [];
  }
  return Array.isArray(files) ? [...new Set(files.filter((f): f is string => typeof f === "string"))] : [];
}

/** Starts reading the files on the thread pool: path to its bytes (on shared memory), or null; a missing one is left out. */
export function readAhead(files: readonly string[]): Map<string, Promise<PrefetchedImage | null>> {
  const out = new Map<string, Promise<PrefetchedImage | null>>();
  for (const file of files) {
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch {
      continue;
    }
    let st;
    try {
      st = fstatSync(fd);
    } catch {
      closeSync(fd);
      continue;
    }
    if (!st.isFile() || st.size === 0) {
      closeSync(fd);
      continue;
    }
    const bytes = new Uint8Array(new SharedArrayBuffer(st.size));
    const { uid, mode, size } = st;
    out.set(
      file,
      new Promise((resolve) => {
        const step = (at: number) =>
          read(fd, bytes, at, size - at, at, (err, n) => {
            if (err || n === 0) {
              closeSync(fd);
              resolve(null);
            } else if (at + n < size) step(at + n);
            else {
              closeSync(fd);
              resolve({ bytes, uid, mode });
            }
          });
        step(0);
      }),
    );
  }
  return out;
}

/** A CommonJS file run through a V8 code cache (compileCached). */
export interface CompiledFile<T> {
  exports: T;
  /** "cached" (the code cache was taken) or "compiled" (none, stale or rejected: saveCode writes one) */
  code: "cached" | "compiled";
  /** writes the code cache after a run of this level, unless the one taken is of this level or higher */
  saveCode(level: number): void;
}

/**
 * Runs the CommonJS file `file` (module.exports returned) through the code cache in `cacheFile` (null: no
 * cache). The cache is taken when its stamp is the file's (path, size, mtime, ctime, inode, Node and V8
 * versions) and its CRC-32 holds, from a file of this user's that nobody else may write.
 */
export function compileCached<T>(file: string, cacheFile: string | null): CompiledFile<T> {
  const source = readFileSync(file, "utf8");
  const st = statSync(file);
  const stamp = createHash("sha256")
    .update(`${file}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}\0${st.ino}\0${process.version}\0${process.versions.v8}\0${process.arch}`)
    .digest();
  const cached = cacheFile === null ? null : readOwn(cacheFile);
  const valid =
    cached !== null &&
    cached.length > CODE_HEAD &&
    CODE_MAGIC.equals(cached.subarray(0, 8)) &&
    stamp.equals(cached.subarray(8, 40)) &&
    cached.readUInt32LE(40) === crc32(cached.subarray(CODE_HEAD));
  const level = valid ? cached[44]! : -1;
  const script = new Script(Module.wrap(source), {
    filename: file,
    // no importModuleDynamically: Node 20 loses it in a script compiled from a cache, so the bundle has no
    // dynamic import() (scripts/bundle.mjs refuses to build one)
    ...(valid ? { cachedData: cached.subarray(CODE_HEAD) } : {}),
  });
  const taken = valid && script.cachedDataRejected !== true;
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    code: taken ? "cached" : "compiled",
    saveCode: (now: number) => {
      if (cacheFile === null || (taken && level >= now)) return;
      let data: Buffer;
      try {
        data = script.createCachedData();
      } catch {
        return;
      }
      const check = Buffer.alloc(5);
      check.writeUInt32LE(crc32(data), 0);
      check[4] = now;
      writeCacheFile(cacheFile, () => [CODE_MAGIC, stamp, check, data]);
    },
  };
}

/** Loads the CLI of the installation at root: its bundle through the code cache, or tsc's output when newer. */
export async function loadCli(root: string, warm: ReturnType<typeof warmFiles>): Promise<Loaded> {
  const bundle = join(root, "dist", "bundle", "main.cjs");
  const compiled = join(root, "dist", "cli", "main.js");
  const mtime = (f: string) => (existsSync(f) ? statSync(f).mtimeMs : -1);
  if (mtime(bundle) < 0 || mtime(bundle) < mtime(compiled)) {
    const cli = (await import(pathToFileURL(compiled).href)) as Cli;
    return { cli, code: "unbundled", saveCode: () => {} };
  }
  const c = compileCached<Cli>(bundle, warm?.code ?? null);
  return { cli: c.exports, code: c.code, saveCode: c.saveCode };
}

/**
 * The worker thread's entry in the bundle (dist/bundle/worker.js, written by scripts/bundle.mjs): runs
 * worker.cjs through its own code cache and gives piscina its task function, which writes the cache after
 * the thread's first article (so the pipeline's functions are in it).
 */
export async function workerHandler(bundleDir: string): Promise<(task: unknown) => unknown> {
  const root = join(bundleDir, "..", "..");
  const warm = warmFiles(root);
  const c = compileCached<{ start(): Promise<(task: unknown) => unknown> }>(join(bundleDir, "worker.cjs"), warm?.worker ?? null);
  const handler = await c.exports.start();
  let saved = false;
  return async (task: unknown) => {
    const out = await handler(task);
    if (!saved) {
      saved = true;
      c.saveCode(1);
    }
    return out;
  };
}

/** The CLI run as bin/newsfacts.js runs it: argv (without node and script) in, exit code out. */
export async function launch(root: string, argv: string[]): Promise<number> {
  const warm = warmFiles(root);
  const models = argv[0] !== undefined && MODEL_COMMANDS.has(argv[0]);
  const listed = models && warm !== null ? readList(warm.images) : [];
  const ahead = readAhead(listed);
  const loaded = await loadCli(root, warm);
  const { cli } = loaded;
  if (ahead.size > 0 && cli.usePrefetchedImages) {
    const files = new Map<string, PrefetchedImage>();
    await Promise.all([...ahead].map(async ([file, p]) => {
      const image = await p;
      if (image !== null) files.set(file, image);
    }));
    cli.usePrefetchedImages(files);
  }
  const code = await cli.run(argv);
  const used = cli.imageFilesUsed?.() ?? [];
  // the level of the code cache: 2 when this thread ran the pipeline, 1 when it only loaded models (workers did the rest)
  loaded.saveCode((cli.articlesProcessedHere?.() ?? 0) > 0 ? 2 : used.length > 0 ? 1 : 0);
  // the list keeps what earlier runs used too (a run with workers loads fewer images in this thread), while the files exist
  const list = [...new Set([...used, ...listed])].filter((f) => used.includes(f) || existsSync(f)).slice(0, MAX_AHEAD);
  if (warm !== null && used.length > 0 && list.join("\0") !== listed.join("\0")) writeCacheFile(warm.images, () => [Buffer.from(JSON.stringify({ images: list }) + "\n")]);
  return code;
}
