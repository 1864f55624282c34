import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { readLines } from "../batch/lines.js";
import { DestinationError, sinkFor } from "../batch/writers.js";
import { countWords } from "../batch/run-batch.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const MERGE_HELP = `Usage: newsfacts merge --out <dest> <output…>

Joins the outputs of sharded runs (extract --shard K/N on several machines) into one, and checks
that every article id occurs exactly once across them.

Inputs: JSONL outputs (one document per line) and output folders (one <id>.json per article).

Options:
  -o, --out <dest>     FILE.jsonl, a folder, or - for standard output (required)
  -q, --quiet          no summary on stderr
  -h, --help           this help

Exit codes: 0 every id once; 1 an id occurs more than once or a document is unreadable (each
reported; the first occurrence is kept); 2 bad usage or destination.
`;

interface Found {
  where: string;
  text: string;
}

async function* documents(path: string): AsyncGenerator<Found | { where: string; error: string }> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    yield { where: path, error: `cannot open: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
    return;
  }
  if (st.isDirectory()) {
    const names = (await readdir(path)).filter((n) => n.endsWith(".json") && !n.startsWith(".")).sort();
    for (const n of names) {
      const p = join(path, n);
      try {
        yield { where: p, text: await readFile(p, "utf8") };
      } catch (err) {
        yield { where: p, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      }
    }
    return;
  }
  for await (const l of readLines(createReadStream(path), 1 << 30)) {
    if (!l.ok) yield { where: `${path}:${l.line}`, error: l.error };
    else if (l.text.trim() !== "") yield { where: `${path}:${l.line}`, text: l.text };
  }
}

export async function mergeCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs("merge", argv, { out: { type: "string", short: "o" }, quiet: { type: "boolean", short: "q", default: false } }, MERGE_HELP, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  if (!values.out || positionals.length === 0) {
    io.stderr(`newsfacts merge: --out and at least one output to merge are required\n\n${MERGE_HELP}`);
    return EXIT.USAGE;
  }
  let sink;
  try {
    // the documents keep the meta.extractor they were written with
    sink = sinkFor(values.out, { extractor: "merge", force: true });
  } catch (err) {
    if (err instanceof DestinationError) {
      io.stderr(`newsfacts merge: ${err.message}\n`);
      return EXIT.USAGE;
    }
    throw err;
  }
  const first = new Map<string, string>();
  let written = 0;
  let problems = 0;
  for (const p of positionals) {
    for await (const d of documents(p)) {
      if ("error" in d) {
        problems++;
        io.stderr(`${d.where}: merge/unreadable: ${d.error}\n`);
        continue;
      }
      let doc: { id?: unknown; text?: unknown; meta?: { sha256?: unknown } };
      try {
        doc = JSON.parse(d.text) as typeof doc;
      } catch (err) {
        problems++;
        io.stderr(`${d.where}: merge/malformed-json: ${(err as Error).message}\n`);
        continue;
      }
      if (typeof doc.id !== "string" || typeof doc.text !== "string") {
        problems++;
        io.stderr(`${d.where}: merge/not-a-document: no string id and text\n`);
        continue;
      }
      const seen = first.get(doc.id);
      if (seen !== undefined) {
        problems++;
        io.stderr(`${d.where}: ${doc.id}: merge/duplicate-id: also at ${seen} (that one is kept)\n`);
        continue;
      }
      first.set(doc.id, d.where);
      const body = sink.format === "pretty" ? `${JSON.stringify(doc, null, 2)}\n` : `${JSON.stringify(doc)}\n`;
      await sink.write({ id: doc.id, sha256: String(doc.meta?.sha256 ?? ""), body, words: countWords(doc.text), fatal: [] });
      written++;
    }
  }
  await sink.close();
  if (!values.quiet) io.stderr(`newsfacts merge: ${written} documents from ${positionals.length} output(s) written to ${sink.where}${problems ? `, ${problems} problem(s)` : ", every id once"}\n`);
  return problems ? EXIT.FAILURES : EXIT.OK;
}
