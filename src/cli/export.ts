import { EXPORT_FORMATS, exportDocuments, type ExportFormat } from "../export/export.js";
import { readDocuments } from "../export/read-docs.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const EXPORT_HELP = `Usage: newsfacts export --format <fmt> [options] <output.jsonl|folder|doc.json…>

Writes documents as flat tables with stable keys (doc_id + record id), one file per table:
documents, sentences, entities, mentions, references, quantities, dates, quotes, and tokens,
noun_phrases, events, checks when the documents carry them. Columns: docs/export.md.

Formats:
  csv          RFC 4180, UTF-8, CRLF lines (<table>.csv)
  parquet      snappy-compressed Parquet (<table>.parquet), for DuckDB, pandas, Spark
  jsonl        one JSON object per row (<table>.jsonl)
  spacy-json   spacy.jsonl: one spaCy Doc.to_json() object per document (displaCy, Prodigy)

Options:
  -f, --format <fmt>   one of ${EXPORT_FORMATS.join(", ")} (required)
  -o, --out <dir>      where the files go (default: export/)
      --bom            csv: start each file with a UTF-8 byte order mark (for spreadsheets)
  -q, --quiet          no summary on stderr
  -h, --help           this help
`;

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(
    "export",
    argv,
    {
      format: { type: "string", short: "f" },
      out: { type: "string", short: "o", default: "export" },
      bom: { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", default: false },
    },
    EXPORT_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const format = args.values.format;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.stderr(`newsfacts export: --format must be one of ${EXPORT_FORMATS.join(", ")}${format ? `, got '${format}'` : ""}\n\n${EXPORT_HELP}`);
    return EXIT.USAGE;
  }
  if (args.positionals.length === 0) {
    io.stderr(`newsfacts export: no input (give output.jsonl, a folder of documents or doc.json files)\n\n${EXPORT_HELP}`);
    return EXIT.USAGE;
  }
  const started = process.hrtime.bigint();
  let summary;
  try {
    summary = await exportDocuments(readDocuments(args.positionals), format as ExportFormat, args.values.out, { bom: args.values.bom });
  } catch (err) {
    io.stderr(`newsfacts export: ${(err as Error).message}\n`);
    return EXIT.FAILURES;
  }
  if (!args.values.quiet) {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = Object.entries(summary.tables).map(([t, x]) => `${t} ${x.rows}`).join(", ");
    io.stderr(`newsfacts export: ${summary.documents} documents to ${args.values.out} (${format}) in ${seconds.toFixed(2)} s: ${rows}\n`);
  }
  return EXIT.OK;
}
