import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { InputItem, Origin } from "./article.js";
import { checkText, decodeArticle, MAX_ARTICLE_CHARS, parseFrontMatter, parseJsonlLine } from "./read.js";

/** File endings read as one article each (so a folder's README.md or SOURCES.md is not an article); .jsonl files hold one article per line. */
export const TEXT_EXTENSIONS = new Set([".txt", ".text"]);

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && (TEXT_EXTENSIONS.has(extname(e.name).toLowerCase()) || extname(e.name).toLowerCase() === ".jsonl")) yield p;
  }
}

/** Reads one text file as an article (front matter optional). */
export async function readTextArticle(path: string): Promise<InputItem> {
  const origin: Origin = { file: path };
  const fallbackId = basename(path, extname(path));
  let bytes: Buffer;
  try {
    // a file this large cannot decode to an acceptable article (UTF-8 is at most 3 bytes per UTF-16 unit): do not read it
    const { size } = await stat(path);
    if (size > 3 * MAX_ARTICLE_CHARS)
      return { ok: false, id: fallbackId, origin, code: "input/too-large", error: `file is ${size.toLocaleString("en")} bytes; an article may have at most ${MAX_ARTICLE_CHARS.toLocaleString("en")} characters` };
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, id: fallbackId, origin, code: "input/unreadable", error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, id: fallbackId, origin, code: decoded.code, error: decoded.error };
  const fm = parseFrontMatter(decoded.text);
  if (fm.errors.length > 0) return { ok: false, id: fm.meta.id ?? fallbackId, origin, code: "input/front-matter", error: fm.errors.join("; ") };
  const { id = fallbackId, ...meta } = fm.meta;
  const body = checkText(fm.body);
  if (!body.ok) return { ok: false, id, origin, code: body.code, error: body.error };
  return { ok: true, id, text: fm.body, meta, origin };
}

/** Streams a JSONL source line by line; memory does not grow with the number of lines. */
export async function* readJsonl(stream: Readable, file: string): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  for await (const raw of rl) {
    line++;
    if (raw.trim() === "") continue;
    yield parseJsonlLine(raw, { file, line }, `${basename(file, extname(file))}-${line}`);
  }
}

/**
 * Every article named by the paths, in a stable order: files as given, folders walked in name
 * order, JSONL line by line, '-' for JSONL on standard input.
 */
export async function* discover(paths: readonly string[], stdin: Readable = process.stdin): AsyncGenerator<InputItem> {
  for (const p of paths) {
    if (p === "-") {
      yield* readJsonl(stdin, "-");
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch (err) {
      yield { ok: false, id: basename(p), origin: { file: p }, code: "input/not-found", error: `cannot open: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      continue;
    }
    const files = isDir ? walk(p) : single(p);
    for await (const f of files) {
      if (extname(f).toLowerCase() === ".jsonl") yield* readJsonl(createReadStream(f), f);
      else yield await readTextArticle(f);
    }
  }
}

async function* single(p: string): AsyncGenerator<string> {
  yield p;
}
