import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXIT, type CliIO } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true }>>;

/**
 * A command's arguments, or the exit code to return: 2 after a usage mistake (printed with the
 * help text), 0 after `--help` (the help printed). Every command has `-h, --help`.
 */
export function parseCommandArgs<const O extends Options>(command: string, argv: string[], options: O, help: string, io: CliIO): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h", default: false } }, allowPositionals: true }) as Parsed<O>;
  } catch (err) {
    io.stderr(`newsfacts ${command}: ${err instanceof Error ? err.message : String(err)}\n\n${help}`);
    return EXIT.USAGE;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.stdout(help);
    return EXIT.OK;
  }
  return parsed;
}
