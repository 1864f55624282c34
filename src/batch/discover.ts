import { createReadStream } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Readable } from "node:stream";
import { formatOrigin, type InputItem, type Origin } from "./article.js";
import { readLines } from "./lines.js";
import { checkText, decodeArticle, DEFAULT_LIMITS, parseFrontMatter, parseJsonlLine, type InputLimits } from "./read.js";
import { withRoom } from "./room.js";

/** File endings read as one article each (so a folder's README.md or SOURCES.md is not an article); .jsonl files hold one article per line. */
export const TEXT_EXTENSIONS = new Set([".txt", ".text"]);

/** A file to read as input, or an entry of a folder that cannot be read, reported as an input item. */
type Found = { file: string } | { problem: InputItem };

function problemAt(path: string, code: string, error: string): Found {
  return { problem: { ok: false, id: basename(path, extname(path)) || path, origin: { file: path }, code, error } };
}

const isInputFile = (name: string) => {
  const ext = extname(name).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || ext === ".jsonl";
};

/**
 * Walks a folder in name order. Symbolic links are followed, to files and to folders; a link whose
 * target is missing, a link back into a folder being walked (a loop), a file or folder already read
 * under another name, and a folder or file that cannot be read are each reported, never skipped in
 * silence. Hidden entries (a leading '.') are not inputs.
 */
async function* walk(dir: string, onPath: Set<string>, seen: Set<string>): AsyncGenerator<Found> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield problemAt(dir, "input/unreadable", `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT") yield problemAt(p, "input/dangling-link", "symbolic link to a missing file");
        else if (code === "ELOOP") yield problemAt(p, "input/symlink-loop", "symbolic link loop");
        else yield problemAt(p, "input/unreadable", `cannot follow link: ${code ?? String(err)}`);
        continue;
      }
    }
    if (isDir) {
      let real: string;
      try {
        real = await realpath(p);
      } catch (err) {
        yield problemAt(p, "input/unreadable", `cannot open folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
        continue;
      }
      if (onPath.has(real)) {
        yield problemAt(p, "input/symlink-loop", `link back into ${real}, which is being read: not followed`);
        continue;
      }
      if (seen.has(real)) {
        yield problemAt(p, "input/already-read", `the same folder as ${real}, read already: not read twice`);
        continue;
      }
      seen.add(real);
      onPath.add(real);
      yield* walk(p, onPath, seen);
      onPath.delete(real);
    } else if (isFile && isInputFile(e.name)) {
      const real = await realpath(p).catch(() => p);
      if (seen.has(real)) {
        yield problemAt(p, "input/already-read", `the same file as ${real}, read already: not read twice`);
        continue;
      }
      seen.add(real);
      yield { file: p };
    }
  }
}

/** Reads one text file as an article (front matter optional). */
export async function readTextArticle(path: string, limits: InputLimits = DEFAULT_LIMITS): Promise<InputItem> {
  const origin: Origin = { file: path };
  const fallbackId = basename(path, extname(path));
  let bytes: Buffer;
  try {
    // a file this large cannot decode to an acceptable article (UTF-8 is at most 3 bytes per UTF-16 unit): do not read it
    const { size } = await stat(path);
    if (size > 3 * limits.maxChars)
      return { ok: false, id: fallbackId, origin, code: "input/too-large", error: `file is ${size.toLocaleString("en")} bytes; an article may have at most ${limits.maxChars.toLocaleString("en")} characters` };
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, id: fallbackId, origin, code: "input/unreadable", error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  const decoded = decodeArticle(bytes, limits);
  if (!decoded.ok) return { ok: false, id: fallbackId, origin, code: decoded.code, error: decoded.error };
  const fm = parseFrontMatter(decoded.text);
  if (fm.errors.length > 0) return { ok: false, id: fm.meta.id ?? fallbackId, origin, code: "input/front-matter", error: fm.errors.join("; ") };
  const { id = fallbackId, ...meta } = fm.meta;
  const body = checkText(fm.body, limits);
  if (!body.ok) return { ok: false, id, origin, code: body.code, error: body.error };
  return { ok: true, id, text: fm.body, meta, origin };
}

/**
 * Streams a JSONL source line by line with the input policy of readLines() (strict UTF-8, BOMs,
 * a size limit per line); memory does not grow with the number of lines. A source that cannot be
 * read, or fails part way, is one more reported item; the lines before it stand.
 */
export async function* readJsonl(stream: Readable, file: string, limits: InputLimits = DEFAULT_LIMITS): AsyncGenerator<InputItem> {
  const stem = basename(file, extname(file));
  let last = 0;
  try {
    // a line holds JSON escapes and metadata around the text: allow it 4 bytes per character of the limit
    for await (const l of readLines(stream, 4 * limits.maxChars + 65_536)) {
      last = l.line;
      const origin = { file, line: l.line };
      if (!l.ok) {
        yield { ok: false, id: `${stem}-${l.line}`, origin, code: l.code, error: l.error };
        continue;
      }
      if (l.text.trim() === "") continue;
      yield parseJsonlLine(l.text, origin, `${stem}-${l.line}`, limits);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield { ok: false, id: stem, origin: last > 0 ? { file, line: last + 1 } : { file }, code: "input/unreadable", error: `cannot read: ${code ?? String(err)}` };
  }
}

export interface DiscoverOptions {
  stdin?: Readable;
  limits?: InputLimits;
}

/**
 * Every article named by the paths, in a stable order: files as given, folders walked in name
 * order (links followed, see walk()), JSONL line by line, '-' for JSONL on standard input.
 */
export async function* discover(paths: readonly string[], options: DiscoverOptions | Readable = {}): AsyncGenerator<InputItem> {
  const opts: DiscoverOptions = isReadable(options) ? { stdin: options } : options;
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const seen = new Set<string>();
  for (const p of paths) {
    if (p === "-") {
      yield* readJsonl(opts.stdin ?? process.stdin, "-", limits);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (err) {
      yield { ok: false, id: basename(p), origin: { file: p }, code: "input/not-found", error: `cannot open: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      continue;
    }
    if (isDir) {
      const real = await realpath(p).catch(() => p);
      seen.add(real);
      for await (const f of walk(p, new Set([real]), seen)) {
        if ("problem" in f) yield f.problem;
        else yield* readFile1(f.file, limits);
      }
    } else yield* readFile1(p, limits);
  }
}

async function* readFile1(f: string, limits: InputLimits): AsyncGenerator<InputItem> {
  if (extname(f).toLowerCase() === ".jsonl") yield* readJsonl(createReadStream(f), f, limits);
  else yield await readTextArticle(f, limits);
}

function isReadable(x: unknown): x is Readable {
  return typeof x === "object" && x !== null && typeof (x as Readable).pipe === "function";
}

/**
 * Refuses a second article with an id already seen in this run: it is reported with the place of
 * the first (`input/duplicate-id`) and not processed, so no output is overwritten or doubled.
 */
export async function* uniqueIds(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
  // every id of the run is kept, so compactly: id -> index; the first place as a file index and a line
  // (0: none) in typed arrays, not one formatted string per article (at 150,000 ids about 96 bytes an
  // article against 160)
  const first = new Map<string, number>();
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  let fileOf = new Int32Array(1024);
  let lineOf = new Float64Array(1024);
  for await (const item of items) {
    if (item.ok) {
      const at = first.get(item.id);
      if (at !== undefined) {
        const line = lineOf[at]!;
        const where = formatOrigin({ file: files[fileOf[at]!]!, ...(line > 0 ? { line } : {}) });
        yield { ok: false, id: item.id, origin: item.origin, code: "input/duplicate-id", error: `id '${item.id}' was already used by the article at ${where}: not processed` };
        continue;
      }
      const i = first.size;
      fileOf = withRoom(fileOf, i + 1);
      lineOf = withRoom(lineOf, i + 1);
      let fi = fileIndex.get(item.origin.file);
      if (fi === undefined) {
        fi = files.push(item.origin.file) - 1;
        fileIndex.set(item.origin.file, fi);
      }
      fileOf[i] = fi;
      lineOf[i] = item.origin.line ?? 0;
      first.set(item.id, i);
    }
    yield item;
  }
}
