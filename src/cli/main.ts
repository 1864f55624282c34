import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkCommand, CHECK_HELP } from "./check.js";
import { extractCommand, EXTRACT_HELP } from "./extract.js";
import { EXIT, processIO, type CliIO } from "./io.js";
import { packageRoot } from "../shipped-data.js";

// for the launcher (src/cli/launch.ts), which loads this module from the bundle: the bundle's own image cache
export { imageFilesUsed, usePrefetchedImages } from "../resources/image.js";
export { articlesProcessedHere } from "../batch/run-batch.js";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string; help?: string }> = {
  extract: { run: extractCommand, summary: "extract facts from articles into JSON", help: EXTRACT_HELP },
  check: { run: checkCommand, summary: "compare fresh output with the golden fixtures", help: CHECK_HELP },
  merge: {
    run: async (argv, io) => (await import("./merge.js")).mergeCommand(argv, io),
    summary: "join the outputs of sharded runs, checking every id occurs once",
  },
  parse: {
    run: async (argv, io) => (await import("./parse.js")).parseCommand(argv, io),
    summary: "part of speech, lemmas and dependencies as CoNLL-U (text or CoNLL-U in)",
  },
  render: { run: async (argv, io) => (await import("./render.js")).renderCommand(argv, io), summary: "write an HTML page per document and an index" },
  export: { run: async (argv, io) => (await import("./export.js")).exportCommand(argv, io), summary: "write documents as flat tables (csv, parquet, jsonl) or spaCy JSON" },
  eval: {
    run: async (argv, io) => (await import("./eval.js")).evalCommand(argv, io),
    summary: "score extraction against an annotated corpus",
  },
};

export const MAIN_HELP = `Usage: newsfacts <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join("\n")}

Run 'newsfacts <command> --help' for a command's options.

Options:
  -h, --help       this help
  -v, --version    print the version

Exit codes: 0 success; 1 some articles failed, differences found or a quality gate tripped;
2 bad usage or configuration; 3 unexpected internal error.
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** The CLI as a function: argv (without node and script) in, exit code out. */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const sub = name === "help" ? rest[0] : undefined;
    const command = sub ? COMMANDS[sub] : undefined;
    if (command) return command.run(["--help"], io);
    (name === undefined ? io.stderr : io.stdout)(MAIN_HELP);
    return name === undefined ? EXIT.USAGE : EXIT.OK;
  }
  if (name === "-v" || name === "--version") {
    io.stdout(`${version()}\n`);
    return EXIT.OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`newsfacts: unknown command '${name}'\n\n${MAIN_HELP}`);
    return EXIT.USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    io.stderr(`newsfacts ${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.INTERNAL;
  }
}
