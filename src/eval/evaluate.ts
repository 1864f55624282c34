import { writeFileSync } from "node:fs";
import { loadConfig } from "../config/load.js";
import type { Pipeline } from "../pipeline/build.js";
import { processText } from "../pipeline/run.js";
import { toOutput } from "../output/to-output.js";
import { toConllLines } from "./conll-export.js";
import { outputToSpans, readGold, readPredictions, type GoldDoc } from "./corpus.js";
import { detectScheme, type Scheme } from "./scheme.js";
import { scoreCorpus, type PredInput } from "./score.js";
import type { ScoreReport } from "./types.js";

export interface EvalOptions {
  gold: string;
  /** predictions file; absent: run the pipeline on the gold texts */
  pred?: string | undefined;
  /** absent: detected from the gold labels */
  scheme?: Scheme | undefined;
  /** pipeline config path (only when the pipeline runs) */
  config?: string | undefined;
  /** restrict scoring to these labels of the scheme */
  labels?: readonly string[] | undefined;
  errors?: number | undefined;
  /** also write conlleval input (token gold pred) to this file */
  conllOut?: string | undefined;
}

export interface EvalResult {
  gold: string;
  pred: string;
  scheme: string;
  schemeDetected: boolean;
  /** wall time of the pipeline over the gold texts, when it ran */
  pipeline?: { seconds: number; chars: number };
  /** spans that IOB tags could not represent exactly in --conll-out */
  conllOut?: { path: string; unaligned: number; overlapping: number };
  report: ScoreReport;
}

export class EvalError extends Error {
  override name = "EvalError";
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Runs the pipeline on every gold text and maps its output into the scheme's labels. */
export function predictWithPipeline(pipeline: Pipeline, gold: readonly GoldDoc[], scheme: Scheme): PredInput[] {
  return gold.map((g) => {
    const meta: { published?: string; title?: string } = {};
    if (g.published && ISO_DATE.test(g.published)) meta.published = g.published;
    if (g.title) meta.title = g.title;
    const doc = processText(pipeline, g.id, g.text, meta);
    return { id: g.id, spans: outputToSpans(toOutput(doc), scheme).spans };
  });
}

export async function evaluate(options: EvalOptions): Promise<EvalResult> {
  const gold = await readGold(options.gold);
  let scheme = options.scheme;
  const detected = scheme === undefined;
  if (!scheme) {
    const counts = new Map<string, number>();
    for (const d of gold) for (const s of d.spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
    const found = detectScheme(counts);
    if (!found) throw new EvalError(`no built-in scheme covers the gold labels (${[...counts.keys()].join(", ") || "none"}): give --scheme`);
    scheme = found;
  }
  let labels: string[] = scheme.labels;
  if (options.labels && options.labels.length > 0) {
    const unknown = options.labels.filter((l) => !scheme.labels.includes(l));
    if (unknown.length) throw new EvalError(`--labels: ${unknown.join(", ")} not scored by scheme '${scheme.name}' (${scheme.labels.join(", ")})`);
    labels = scheme.labels.filter((l) => options.labels!.includes(l));
  }

  let pred: PredInput[];
  let pipelineTime: EvalResult["pipeline"];
  if (options.pred) {
    pred = await readPredictions(options.pred, scheme);
  } else {
    const loaded = loadConfig(options.config);
    if (!loaded.ok) throw new EvalError(loaded.error);
    const t0 = performance.now();
    pred = predictWithPipeline(loaded.pipeline, gold, scheme);
    pipelineTime = { seconds: (performance.now() - t0) / 1000, chars: gold.reduce((n, g) => n + g.text.length, 0) };
  }
  const groups: Record<string, string[]> = {};
  for (const [name, members] of Object.entries(scheme.groups)) {
    const kept = members.filter((l) => labels.includes(l));
    if (kept.length > 0) groups[name] = kept;
  }
  const report = scoreCorpus(gold, pred, { labels, groups, errors: options.errors ?? 0 });
  const result: EvalResult = { gold: options.gold, pred: options.pred ?? "pipeline", scheme: scheme.name, schemeDetected: detected, report };
  if (pipelineTime) result.pipeline = pipelineTime;
  if (options.conllOut) {
    const exp = toConllLines(gold, pred, labels);
    writeFileSync(options.conllOut, exp.lines.join("\n") + "\n");
    result.conllOut = { path: options.conllOut, unaligned: exp.unaligned, overlapping: exp.overlapping };
  }
  return result;
}
