import { createWriteStream } from "node:fs";
import { availableParallelism } from "node:os";
import { discover } from "../batch/discover.js";
import { runBatch, type BatchFailure } from "../batch/run-batch.js";
import { sinkFor } from "../batch/writers.js";
import { WorkerPool } from "../batch/worker-pool.js";
import { loadConfig } from "../config/load.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const EXTRACT_HELP = `Usage: newsfacts extract [options] <path…>

Extracts facts from articles and writes one JSON document per article.

Paths:
  FILE.txt             one article (optional front matter: id, title, published)
  FILE.jsonl           one article per line: {"id": "...", "text": "...", "published": "YYYY-MM-DD"?, "title"?}
  DIR                  every .txt and .jsonl file below it, in name order
  -                    JSONL on standard input

Options:
  -o, --out <dest>         output/ (default): a folder, one <id>.json per article;
                           FILE.jsonl: one document per line; -: JSONL to standard output
  -c, --config <file>      pipeline config (default: ./pipeline.config.json, else built-in)
  -j, --concurrency <n>    articles in flight at once (default: from the config)
  -w, --workers <n>        worker threads (default 1: this thread); 'auto' = one per core
      --errors <file>      also write every failed article as a JSONL line {id, where, code, message}
      --explain            explain mode: each record gets its edit \`trail\` and what the stages dropped
                           is reported as info diagnostics (see docs/ARCHITECTURE.md)
  -q, --quiet              no summary line on stderr
  -h, --help               this help

Exit codes: 0 all articles written cleanly; 1 some articles failed (each reported on stderr with
its file and line; all others were still written); 2 bad usage or config (nothing processed).
`;

export async function extractCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(
    "extract",
    argv,
    {
      out: { type: "string", short: "o", default: "output" },
      config: { type: "string", short: "c" },
      concurrency: { type: "string", short: "j" },
      workers: { type: "string", short: "w", default: "1" },
      errors: { type: "string" },
      explain: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
    },
    EXTRACT_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  if (positionals.length === 0) {
    io.stderr(`newsfacts extract: no input paths (use - for JSONL on standard input)\n\n${EXTRACT_HELP}`);
    return EXIT.USAGE;
  }
  const loaded = loadConfig(values.config);
  if (!loaded.ok) {
    io.stderr(`newsfacts extract: invalid config: ${loaded.error}\n`);
    return EXIT.USAGE;
  }
  let concurrency = loaded.config.concurrency;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      io.stderr(`newsfacts extract: --concurrency must be a whole number from 1 to 64, got '${values.concurrency}'\n`);
      return EXIT.USAGE;
    }
  }
  const workers = values.workers === "auto" ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    io.stderr(`newsfacts extract: --workers must be 'auto' or a whole number from 1 to 64, got '${values.workers}'\n`);
    return EXIT.USAGE;
  }
  const pool = workers > 1 ? new WorkerPool(workers, loaded.path, values.explain) : null;
  const sink = sinkFor(values.out, (m) => io.stderr(`newsfacts extract: warning: ${m}\n`));
  const errorLog = values.errors ? createWriteStream(values.errors) : null;
  const report = (p: BatchFailure) => {
    io.stderr(`${p.where}: ${p.id}: ${p.code}: ${p.message}\n`);
    errorLog?.write(`${JSON.stringify(p)}\n`);
  };
  const started = process.hrtime.bigint();
  let summary;
  try {
    summary = await runBatch(discover(positionals), {
      pipeline: loaded.pipeline,
      docOptions: { explain: values.explain },
      concurrency: pool ? Math.max(concurrency, workers * 2) : concurrency,
      ...(pool ? { process: (item) => pool.process(item) } : {}),
      write: (d) => sink.write(d),
      onProblem: report,
    });
  } catch (err) {
    // the destination failed (disk full, reader closed the pipe): say so plainly, no stack trace
    await pool?.close();
    const code = (err as NodeJS.ErrnoException).code;
    io.stderr(`newsfacts extract: cannot write to ${sink.where}: ${code ?? (err as Error).message}\n`);
    return EXIT.FAILURES;
  }
  await pool?.close();
  await sink.close();
  if (errorLog) await new Promise<void>((r) => errorLog.end(() => r()));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (!values.quiet) {
    io.stderr(
      `newsfacts: ${summary.written} of ${summary.read} articles written to ${sink.where}` +
        (summary.failed.length ? `, ${summary.failed.length} failed` : "") +
        (summary.degraded.length ? `, ${summary.degraded.length} fatal diagnostics` : "") +
        ` in ${seconds.toFixed(2)} s\n`,
    );
  }
  return summary.failed.length || summary.degraded.length ? EXIT.FAILURES : EXIT.OK;
}
