import { existsSync } from "node:fs";
import { CorpusError } from "../eval/corpus.js";
import { EvalError, evaluate } from "../eval/evaluate.js";
import { formatEvalResult } from "../eval/format.js";
import { ScoreInputError } from "../eval/score.js";
import { BUILTIN_SCHEMES, loadScheme, type Scheme } from "../eval/scheme.js";
import { evalCqeCommand } from "./eval-cqe.js";
import { DEFAULT_EVENTS_GOLD, evaluateEvents, formatEventsResult } from "../eval/events-evaluate.js";
import { EventsFormatError } from "../eval/events-format.js";

import type { CliIO } from "./io.js";
import { parseCommandArgs } from "./args.js";

export const EVAL_USAGE = `Usage: newsfacts eval --gold FILE.jsonl [--pred FILE.jsonl] [--scheme NAME|FILE.json] [options]

Scores entity, quantity and date spans against an annotated corpus.

  --gold FILE      gold JSONL, one {id, text, entities:[{start,end,type,text,norm?}]} a line
                   (the format of ../shared/benchmarks); - reads stdin
  --pred FILE      predictions JSONL; without it the pipeline runs on the gold texts. A line is
                   either {id, entities:[{start,end,type,value?}]} with types in the corpus's
                   labels, or one of our output documents (newsfacts extract --out FILE.jsonl),
                   mapped through the scheme. Decided line by line.
  --scheme NAME    ${[...BUILTIN_SCHEMES.keys()].join(" | ")}, or a scheme .json file
                   (default: the built-in scheme whose labels cover most gold spans);
                   cqe: quantities on the CQE JSON format (docs/cqe-mapping.md);
                   events: events on bench/events/dev.json (the default --gold), ACE-style
                   trigger identification, trigger+class and argument P/R/F1 per role;
                   --pred is then a JSONL of our output documents with the gold ids
  --labels A,B     score only these labels of the scheme
  --config FILE    pipeline config (default ./pipeline.config.json, else the built-in one)
  --errors N       list the N most frequent false positives and false negatives, with context
  --conll-out FILE also write conlleval input (token, gold and predicted IOB2 tag a line;
                   whitespace tokens, a blank line per line break) to check against conlleval
  --json           print the report as JSON
  -h, --help       this help

Scores: exact (start, end and label equal; equals conlleval's chunk counts) and partial
(overlap and label equal, each gold and predicted span matched once, largest overlap first),
per label and micro-averaged, with tp/fp/fn; P/R/F1 in percent. Labels the scheme does not score
are ignored on both sides; repeated (start, end, label) spans count once. For gold dates with a
normalised value (norm), the accuracy of our ISO 8601 value on matched spans.

Exit codes: 0 scored; 2 usage error, unreadable or invalid input or config.`;

export async function evalCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs(
    "eval",
    argv,
    {
      gold: { type: "string" },
      pred: { type: "string" },
      scheme: { type: "string" },
      labels: { type: "string" },
      config: { type: "string" },
      errors: { type: "string" },
      "conll-out": { type: "string" },
      json: { type: "boolean", default: false },
    },
    `${EVAL_USAGE}\n`,
    io,
  );
  if (typeof args === "number") return args;
  const { values } = args;
  if (args.positionals.length > 0) {
    io.stderr(`newsfacts eval: unexpected argument '${args.positionals[0]}'\n\n${EVAL_USAGE}\n`);
    return 2;
  }
  const usage = (msg: string) => {
    io.stderr(`newsfacts eval: ${msg}\nRun 'newsfacts eval --help' for usage.\n`);
    return 2;
  };
  if (values.scheme === "events") {
    const gold = values.gold ?? DEFAULT_EVENTS_GOLD;
    for (const [flag, path] of [["--gold", gold], ["--pred", values.pred]] as const)
      if (path !== undefined && path !== "-" && !existsSync(path)) return usage(`${flag}: ${path}: file not found`);
    if (values.errors !== undefined && !/^\d+$/.test(values.errors)) return usage(`--errors: expected a whole number, got '${values.errors}'`);
    try {
      const result = await evaluateEvents({ gold, pred: values.pred, config: values.config, errors: Number(values.errors ?? 0) });
      io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEventsResult(result)}\n`);
      return 0;
    } catch (err) {
      if (err instanceof EventsFormatError) return usage(err.message);
      throw err;
    }
  }
  if (!values.gold) return usage("--gold FILE.jsonl is required");
  for (const [flag, path] of [
    ["--gold", values.gold],
    ["--pred", values.pred],
  ] as const)
    if (path !== undefined && path !== "-" && !existsSync(path)) return usage(`${flag}: ${path}: file not found`);
  if (values.gold === "-" && values.pred === "-") return usage("--gold and --pred cannot both read stdin");
  let errors = 0;
  if (values.errors !== undefined) {
    if (!/^\d+$/.test(values.errors)) return usage(`--errors: expected a whole number, got '${values.errors}'`);
    errors = Number(values.errors);
  }
  if (values.scheme === "cqe") return evalCqeCommand({ ...values, gold: values.gold }, errors, io, usage);
  let scheme: Scheme | undefined;
  if (values.scheme !== undefined) {
    const loaded = loadScheme(values.scheme);
    if (!loaded.ok) return usage(`--scheme: ${loaded.error}`);
    scheme = loaded.scheme;
  }
  const labels = values.labels?.split(",").map((s) => s.trim()).filter(Boolean);
  try {
    const result = await evaluate({ gold: values.gold, pred: values.pred, scheme, config: values.config, labels, errors, conllOut: values["conll-out"] });
    if (result.schemeDetected && !values.json) io.stderr(`newsfacts eval: scheme '${result.scheme}' detected from the gold labels\n`);
    io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEvalResult(result)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof CorpusError || err instanceof EvalError || err instanceof ScoreInputError) return usage(err.message);
    throw err;
  }
}
