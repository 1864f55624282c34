import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { NewsDocument } from "../schema/document.js";

/**
 * A document as render/export read it: the schema's fields plus the optional syntax output
 * (`tokens`, `nounPhrases`), read defensively: each record is a plain object whose fields may or may
 * not be there. Documents written before 1.3.0 have no `events` and `checks`: they read as [].
 */
export type LooseRecord = Record<string, unknown>;
export type ReadDocument = NewsDocument & {
  tokens?: LooseRecord[];
  nounPhrases?: LooseRecord[];
};

/** Where a document came from, for error messages and output names. */
export interface ReadItem {
  doc: ReadDocument;
  where: string;
}

const ARRAYS = ["sentences", "entities", "quantities", "dates", "quotes"] as const;

/** A clear error when a value is not one of our documents; `where` says the file (and line). */
export function asDocument(value: unknown, where: string): ReadDocument {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error(`${where}: not a newsfacts document (expected a JSON object)`);
  const v = value as Record<string, unknown>;
  if (typeof v.id !== "string" || typeof v.text !== "string") throw new Error(`${where}: not a newsfacts document (no string 'id' and 'text')`);
  for (const key of ARRAYS) if (!Array.isArray(v[key])) throw new Error(`${where}: document '${v.id}' has no '${key}' array`);
  for (const key of ["references", "diagnostics", "sections", "paragraphs", "events", "checks"]) if (v[key] === undefined) v[key] = [];
  for (const key of ["tokens", "nounPhrases", "events", "checks"])
    if (v[key] !== undefined && !Array.isArray(v[key])) throw new Error(`${where}: document '${v.id}': '${key}' is not an array`);
  v.meta ??= { title: null, published: null, sha256: "" };
  return v as ReadDocument;
}

function parse(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${where}: invalid JSON: ${(err as Error).message}`);
  }
}

/** The input files: a .json document, a .jsonl of documents, or a folder (its .json/.jsonl files, in name order, not recursive into index files). */
export function inputFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort())
        if (/\.jsonl?$/.test(name) && statSync(join(p, name)).isFile()) files.push(join(p, name));
    } else if (/\.jsonl?$/.test(p)) files.push(p);
    else throw new Error(`${p}: expected a .json document, a .jsonl file of documents or a folder`);
  }
  return files;
}

/** Streams documents one at a time (JSONL line by line), so memory stays bounded over big batches. */
export async function* readDocuments(paths: string[]): AsyncGenerator<ReadItem> {
  for (const file of inputFiles(paths)) {
    if (file.endsWith(".json")) {
      yield { doc: asDocument(parse(readFileSync(file, "utf8"), file), file), where: file };
      continue;
    }
    const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      const where = `${file}:${n}`;
      yield { doc: asDocument(parse(line, where), where), where };
    }
  }
}
