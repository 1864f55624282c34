import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import type { Writable } from "node:stream";
import { basename, dirname, join } from "node:path";
import type { NewsDocument } from "../schema/document.js";
import type { OutputFormat, Rendered } from "./run-batch.js";
import { fileNameForId } from "./names.js";
import { withRoom } from "./room.js";

export { fileNameForId } from "./names.js";

/** Where documents go: one JSON file each in a folder, one JSONL file, or standard output. */
export interface DocumentSink {
  /** the serialisation the sink stores (renderDocument()) */
  readonly format: OutputFormat;
  write(doc: Rendered): Promise<void>;
  close(): Promise<void>;
  /** Is an up-to-date output of this article there already (same id, text hash and extractor)? */
  isDone(id: string, sha256: string): boolean;
  /** human description for the summary line */
  readonly where: string;
  /** outputs of earlier runs whose article was not in this run's input (folder and JSONL sinks) */
  stale(): string[];
}

/** A destination that cannot be written: a usage error (exit 2), reported before any article is read. */
export class DestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DestinationError";
  }
}

/** Pretty JSON with a trailing newline: the golden and folder format. Key order is the schema's. */
export function serializePretty(doc: NewsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export interface SinkOptions {
  /** the extractor version recorded with every output (see extractorVersion()) */
  extractor: string;
  /** redo every article, ignoring outputs of earlier runs */
  force?: boolean;
}

/** One line of a run manifest: which article is done, from which text, by which extractor. */
interface ManifestEntry {
  id: string;
  sha256: string;
  extractor: string;
  /** folder output: the file name; JSONL output: the byte offset where the document's line ends */
  file?: string;
  end?: number;
}

/** The complete lines of a manifest (a line cut short by a crash is ignored). */
function readManifest(path: string): ManifestEntry[] {
  if (!existsSync(path)) return [];
  const out: ManifestEntry[] = [];
  const raw = readFileSync(path, "utf8");
  const lastNl = raw.lastIndexOf("\n");
  for (const line of raw.slice(0, lastNl + 1).split("\n")) {
    if (line === "") continue;
    try {
      const e = JSON.parse(line) as ManifestEntry;
      if (typeof e.id === "string" && typeof e.sha256 === "string" && typeof e.extractor === "string") out.push(e);
    } catch {
      // a torn line: the document it names is redone
    }
  }
  return out;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The articles a sink has done, by id, and which of them this run's input named (the rest are stale).
 * It holds every article of a run, so it is kept compact: per id an index, the SHA-256 in 32 bytes of one
 * slab, the line's end in a Float64Array, the extractor as an index into the distinct ones, a touched flag
 * (at 150,000 ids about 170 bytes an article, 79 of them in the typed arrays, which double as they grow;
 * about 240 as one entry object each).
 */
class Ledger {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private sha = new Uint8Array(32 * 1024);
  /** a SHA-256 that is not 64 lower-case hex digits (a manifest written by something else), by index */
  private readonly oddSha = new Map<number, string>();
  private end = new Float64Array(1024);
  private extractor = new Int32Array(1024);
  private readonly extractors: string[] = [];
  private readonly files: Array<string | undefined> = [];
  private touched = new Uint8Array(1024);

  constructor(entries: Iterable<ManifestEntry>) {
    for (const e of entries) this.put(e, false);
  }

  private put(e: ManifestEntry, touched: boolean): void {
    let i = this.index.get(e.id);
    if (i === undefined) {
      i = this.ids.length;
      this.sha = withRoom(this.sha, (i + 1) * 32);
      this.end = withRoom(this.end, i + 1);
      this.extractor = withRoom(this.extractor, i + 1);
      this.touched = withRoom(this.touched, i + 1);
      this.ids.push(e.id);
      this.index.set(e.id, i);
    }
    if (HEX64.test(e.sha256)) {
      this.oddSha.delete(i);
      this.sha.set(Buffer.from(e.sha256, "hex"), i * 32);
    } else this.oddSha.set(i, e.sha256);
    this.end[i] = e.end ?? NaN;
    let x = this.extractors.indexOf(e.extractor);
    if (x < 0) x = this.extractors.push(e.extractor) - 1;
    this.extractor[i] = x;
    this.files[i] = e.file;
    if (touched) this.touched[i] = 1;
  }

  /** The entry of an id the input names (and marks it named). */
  lookup(id: string): ManifestEntry | undefined {
    const i = this.index.get(id);
    if (i === undefined) return undefined;
    this.touched[i] = 1;
    const e: ManifestEntry = {
      id,
      sha256: this.oddSha.get(i) ?? Buffer.from(this.sha.buffer, this.sha.byteOffset + i * 32, 32).toString("hex"),
      extractor: this.extractors[this.extractor[i]!]!,
    };
    const file = this.files[i];
    if (file !== undefined) e.file = file;
    const end = this.end[i]!;
    if (!Number.isNaN(end)) e.end = end;
    return e;
  }

  record(e: ManifestEntry): void {
    this.put(e, true);
  }

  stale(): string[] {
    return this.ids.filter((_, i) => this.touched[i] === 0);
  }
}

function ensureDir(dir: string, what: string): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new DestinationError(`${what} ${dir} exists and is not a folder`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new DestinationError(`cannot create ${what} ${dir}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

function openOrFail(path: string, flags: string, what: string): number {
  try {
    return openSync(path, flags);
  } catch (err) {
    throw new DestinationError(`cannot write ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

/** Writes all of `s`; at `position` when given (a file opened for update), else at the file's current offset. */
function writeAll(fd: number, s: string, position?: number): number {
  const buf = Buffer.from(s, "utf8");
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off, position === undefined ? null : position + off);
  return buf.length;
}

export const FOLDER_MANIFEST = ".newsfacts-manifest.jsonl";

/**
 * One pretty JSON file per article (file names: fileNameForId()). Each file is written to a
 * temporary name and renamed, so a file in the folder is always whole; then a line goes to the
 * folder's manifest (.newsfacts-manifest.jsonl). After a crash, an article whose manifest line is
 * missing is simply redone.
 */
export function folderSink(dir: string, opts: SinkOptions): DocumentSink {
  ensureDir(dir, "output folder");
  // temporary files of a run that was killed before it could rename them
  for (const f of readdirSync(dir)) if (/^\..+\.\d+\.\d+\.tmp$/.test(f)) rmSync(join(dir, f), { force: true });
  const manifestPath = join(dir, FOLDER_MANIFEST);
  const ledger = new Ledger(opts.force ? [] : readManifest(manifestPath));
  const fd = openOrFail(manifestPath, opts.force ? "w" : "a", "manifest");
  let tmpSeq = 0;
  return {
    where: dir,
    format: "pretty",
    isDone(id, sha256) {
      const e = ledger.lookup(id);
      return e !== undefined && e.sha256 === sha256 && e.extractor === opts.extractor && e.file !== undefined && existsSync(join(dir, e.file));
    },
    async write(doc) {
      const name = fileNameForId(doc.id);
      const tmp = join(dir, `.${name}.${process.pid}.${tmpSeq++}.tmp`);
      const f = openSync(tmp, "w");
      try {
        writeAll(f, doc.body);
      } finally {
        closeSync(f);
      }
      renameSync(tmp, join(dir, name));
      const entry: ManifestEntry = { id: doc.id, sha256: doc.sha256, extractor: opts.extractor, file: name };
      writeAll(fd, `${JSON.stringify(entry)}\n`);
      ledger.record(entry);
    },
    async close() {
      closeSync(fd);
    },
    stale: () => ledger.stale(),
  };
}

/**
 * One document per line. The file only ever grows by whole lines, each followed by a line in the
 * run manifest (<file>.manifest) that records where it ends. A re-run first cuts the file back to
 * the end of the last recorded line (dropping a line torn by a crash), skips the articles already
 * done, and appends the rest; an article whose text changed is redone, and its older line removed
 * when the run closes. A manifest written by another extractor version starts the file over.
 */
export function jsonlSink(file: string, opts: SinkOptions, warn: (message: string) => void = () => {}): DocumentSink {
  ensureDir(dirname(file) || ".", "output folder");
  // a compaction killed before its renames
  for (const f of [`${file}.`, `${file}.manifest.`]) {
    const base = basename(f);
    for (const g of readdirSync(dirname(file) || ".")) if (g.startsWith(base) && /\.\d+\.tmp$/.test(g) && !g.slice(base.length).includes(".manifest")) rmSync(join(dirname(file) || ".", g), { force: true });
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new DestinationError(`output file ${file} is a folder`);
  const manifestPath = `${file}.manifest`;
  let entries = opts.force || !existsSync(file) ? [] : readManifest(manifestPath);
  if (entries.some((e) => e.extractor !== opts.extractor)) {
    warn(`${file} was written by another extractor version: every article is redone`);
    entries = [];
  }
  const fd = openOrFail(file, entries.length > 0 ? "r+" : "w", "output file");
  let size = entries.length > 0 ? entries[entries.length - 1]!.end ?? 0 : 0;
  if (fstatSync(fd).size < size) {
    warn(`${file} is shorter than its manifest says: every article is redone`);
    entries = [];
    size = 0;
  }
  ftruncateSync(fd, size);
  const mfd = openOrFail(manifestPath, "w", "manifest");
  for (const e of entries) writeAll(mfd, `${JSON.stringify(e)}\n`);
  const ledger = new Ledger(entries);
  const superseded = new Set<ManifestEntry>();
  return {
    where: file,
    format: "line",
    isDone(id, sha256) {
      const e = ledger.lookup(id);
      return e !== undefined && e.sha256 === sha256;
    },
    async write(doc) {
      const old = ledger.lookup(doc.id);
      if (old) superseded.add(old);
      size += writeAll(fd, doc.body, size);
      const entry: ManifestEntry = { id: doc.id, sha256: doc.sha256, extractor: opts.extractor, end: size };
      writeAll(mfd, `${JSON.stringify(entry)}\n`);
      ledger.record(entry);
    },
    async close() {
      closeSync(fd);
      closeSync(mfd);
      if (superseded.size > 0) compactJsonl(file, manifestPath, superseded);
    },
    stale: () => ledger.stale(),
  };
}

/** Rewrites a JSONL output without the lines of `drop` (temporary file + rename, then the manifest likewise). */
function compactJsonl(file: string, manifestPath: string, drop: ReadonlySet<ManifestEntry>): void {
  const entries = readManifest(manifestPath);
  const data = readFileSync(file);
  const tmp = `${file}.${process.pid}.tmp`;
  const tmpManifest = `${manifestPath}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  const mfd = openSync(tmpManifest, "w");
  let start = 0;
  let size = 0;
  const dropped = new Set([...drop].map((e) => `${e.id}\0${e.end}`));
  for (const e of entries) {
    const end = e.end ?? start;
    if (!dropped.has(`${e.id}\0${e.end}`)) {
      const line = data.subarray(start, end);
      let off = 0;
      while (off < line.length) off += writeSync(fd, line, off, line.length - off);
      size += line.length;
      writeAll(mfd, `${JSON.stringify({ ...e, end: size })}\n`);
    }
    start = end;
  }
  closeSync(fd);
  closeSync(mfd);
  // the data file first: a crash between the two renames leaves a manifest whose offsets are past
  // the shorter file, which the next run detects and redoes
  renameSync(tmp, file);
  renameSync(tmpManifest, manifestPath);
}

function streamSink(stream: Writable, where: string, end: boolean): DocumentSink {
  // a write error (disk full, closed pipe) fails the next write instead of crashing the process
  let failed: Error | null = null;
  stream.on("error", (err) => (failed = err));
  return {
    where,
    format: "line",
    isDone: () => false,
    stale: () => [],
    write(doc) {
      if (failed) return Promise.reject(new Error(`cannot write to ${where}: ${failed.message}`));
      // respect backpressure so memory stays flat on big batches
      if (stream.write(doc.body)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (err: Error) => {
          stream.off("drain", onDrain);
          reject(err);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    },
    close() {
      if (!end) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
    },
  };
}

export function stdoutSink(stdout: Writable = process.stdout): DocumentSink {
  return streamSink(stdout, "stdout", false);
}

/**
 * `--out` names a folder unless it is '-' (stdout) or ends in .jsonl. Throws DestinationError when
 * the destination cannot be written (before any article is read).
 */
export function sinkFor(out: string, opts: SinkOptions, warn?: (message: string) => void): DocumentSink {
  if (out === "-") return stdoutSink();
  if (out.toLowerCase().endsWith(".jsonl")) return jsonlSink(out, opts, warn);
  return folderSink(out, opts);
}
