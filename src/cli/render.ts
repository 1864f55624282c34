import { readDocuments } from "../export/read-docs.js";
import { renderAll } from "../render/write.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const RENDER_HELP = `Usage: newsfacts render [options] <output.jsonl|folder|doc.json…>

Writes a static, self-contained HTML page per document (the text with entities, quantities, dates,
quotes and, when present, events highlighted; hover or focus a span for its record) and an
index.html listing the articles with a filter box. No network: inline CSS and script only.

Options:
  -o, --out <dir>   where the pages go (default: render/)
  -q, --quiet       no summary line on stderr
  -h, --help        this help
`;

export async function renderCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs("render", argv, { out: { type: "string", short: "o", default: "render" }, quiet: { type: "boolean", short: "q", default: false } }, RENDER_HELP, io);
  if (typeof args === "number") return args;
  if (args.positionals.length === 0) {
    io.stderr(`newsfacts render: no input (give output.jsonl, a folder of documents or doc.json files)\n\n${RENDER_HELP}`);
    return EXIT.USAGE;
  }
  let rows;
  try {
    rows = await renderAll(readDocuments(args.positionals), args.values.out, (m) => io.stderr(`newsfacts render: warning: ${m}\n`));
  } catch (err) {
    io.stderr(`newsfacts render: ${(err as Error).message}\n`);
    return EXIT.FAILURES;
  }
  if (!args.values.quiet) io.stderr(`newsfacts render: ${rows.length} pages and index.html written to ${args.values.out}\n`);
  return EXIT.OK;
}
