import { loadConfig } from "../config/load.js";
import { checkGoldens } from "../golden/check.js";
import { formatChanges } from "../golden/diff.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const CHECK_HELP = `Usage: newsfacts check [options]

Runs the pipeline over the corpus and compares every article's output with its golden fixture,
printing a per-field diff (entity added/removed/retyped, quantity value changed, …).

Options:
      --corpus <dir>     articles to check (default: corpus)
      --golden <dir>     golden fixtures, one <id>.json per article (default: tests/golden)
  -c, --config <file>    pipeline config (default: ./pipeline.config.json)
      --update           after reviewing the diff: rewrite the goldens from fresh output
  -h, --help             this help

Exit codes: 0 every golden matches (or --update wrote them); 1 differences, missing or stale
goldens, or unreadable articles; 2 bad usage or config.
`;

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(
    "check",
    argv,
    {
      corpus: { type: "string", default: "corpus" },
      golden: { type: "string", default: "tests/golden" },
      config: { type: "string", short: "c" },
      update: { type: "boolean", default: false },
    },
    CHECK_HELP,
    io,
  );
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  if (positionals.length > 0) {
    io.stderr(`newsfacts check: unexpected argument '${positionals[0]}'\n\n${CHECK_HELP}`);
    return EXIT.USAGE;
  }
  const loaded = loadConfig(values.config);
  if (!loaded.ok) {
    io.stderr(`newsfacts check: invalid config: ${loaded.error}\n`);
    return EXIT.USAGE;
  }
  const results = await checkGoldens({ pipeline: loaded.pipeline, corpus: values.corpus, goldenDir: values.golden, update: values.update });
  let problems = 0;
  for (const r of results) {
    if (r.status === "same") continue;
    problems++;
    if (r.status === "changed") io.stdout(formatChanges(r.id, r.changes));
    else if (r.status === "new") io.stdout(`${r.id}: no golden yet${values.update ? " (written)" : " (run check --update after review)"}\n`);
    else if (r.status === "stale") io.stdout(`${r.id}: golden has no corpus article${values.update ? " (removed)" : ""}\n`);
    else io.stdout(`${r.id}: failed: ${r.error}\n`);
  }
  const same = results.filter((r) => r.status === "same").length;
  io.stderr(`newsfacts check: ${same} of ${results.length} match${values.update && problems ? `; ${problems} golden(s) updated` : ""}\n`);
  if (values.update) return results.some((r) => r.status === "failed" && r.error && !r.error.startsWith("golden")) ? EXIT.FAILURES : EXIT.OK;
  return problems ? EXIT.FAILURES : EXIT.OK;
}
