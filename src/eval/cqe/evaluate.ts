import { loadConfig } from "../../config/load.js";
import { processText } from "../../pipeline/run.js";
import { toOutput } from "../../output/to-output.js";
import type { Quantity } from "../../schema/quantity.js";
import { CqeFormatError, parseCqeGold, readJsonFile, readPredDocs, type CqeGoldSentence, type PredDoc } from "./format.js";
import { conceptTokens, foldUnit, toCqeQuantity } from "./map.js";
import { SCORE_KEYS, scoreCqe, type CqeScores, type ScoreKey } from "./score.js";

export interface CqeEvalOptions {
  gold: string;
  /** our JSONL output documents; absent: run the pipeline on each gold sentence */
  pred?: string | undefined;
  config?: string | undefined;
  /** list this many missed and spurious quantities */
  errors?: number | undefined;
}

export interface CqeError {
  sentence: number;
  text: string;
  kind: "missed" | "spurious" | "unit" | "change" | "concept";
  gold?: string;
  pred?: string;
}

export interface CqeEvalResult extends CqeScores {
  gold_file: string;
  pred_file: string;
  scheme: "cqe";
  /** gold sentences that no prediction document had the text of (scored as predicting nothing) */
  unmatchedSentences: number;
  pipeline?: { seconds: number; chars: number };
  errors?: CqeError[];
}

export function readCqeGold(path: string): CqeGoldSentence[] {
  return parseCqeGold(path, readJsonFile(path), { unit: foldUnit, concepts: conceptTokens });
}

/** Pairs each gold sentence with a prediction document of the same text (first unused one), in order. */
function alignPredictions(gold: readonly CqeGoldSentence[], docs: readonly PredDoc[]): { quantities: (Quantity[] | null)[] } {
  const byText = new Map<string, PredDoc[]>();
  for (const d of docs) {
    const list = byText.get(d.text);
    if (list) list.push(d);
    else byText.set(d.text, [d]);
  }
  return { quantities: gold.map((s) => byText.get(s.text)?.shift()?.quantities ?? null) };
}

function describe(q: { value: number | readonly [number, number]; unit: string; change: string | null }): string {
  const v = typeof q.value === "number" ? String(q.value) : `${q.value[0]}-${q.value[1]}`;
  return `${q.change && q.change !== "=" ? `${q.change} ` : ""}${v}${q.unit ? ` ${q.unit}` : ""}`;
}

export async function evaluateCqe(options: CqeEvalOptions): Promise<CqeEvalResult> {
  const gold = readCqeGold(options.gold);
  let predicted: (Quantity[] | null)[];
  let pipeline: CqeEvalResult["pipeline"];
  if (options.pred !== undefined) {
    predicted = alignPredictions(gold, readPredDocs(options.pred)).quantities;
  } else {
    const loaded = loadConfig(options.config);
    if (!loaded.ok) throw new CqeFormatError(loaded.error);
    const t0 = performance.now();
    predicted = gold.map((s, i) => toOutput(processText(loaded.pipeline, `cqe-${i + 1}`, s.text, {})).quantities);
    pipeline = { seconds: (performance.now() - t0) / 1000, chars: gold.reduce((n, s) => n + s.text.length, 0) };
  }
  const sentences = gold.map((s, i) => ({
    gold: s.quantities,
    pred: (predicted[i] ?? []).map(toCqeQuantity).filter((q) => q !== null),
  }));
  const annotated = {
    change: gold.some((s) => s.quantities.some((q) => q.change !== null)),
    concepts: gold.some((s) => s.quantities.some((q) => q.concepts !== null)),
  };
  const { matches, ...scores } = scoreCqe(sentences, annotated);
  const result: CqeEvalResult = {
    gold_file: options.gold,
    pred_file: options.pred ?? "pipeline",
    scheme: "cqe",
    ...scores,
    unmatchedSentences: predicted.filter((p) => p === null).length,
  };
  if (pipeline) result.pipeline = pipeline;
  const limit = options.errors ?? 0;
  if (limit > 0) {
    const errors: CqeError[] = [];
    matches.forEach((m, i) => {
      const s = sentences[i]!;
      const text = gold[i]!.text;
      for (const g of m.missed) errors.push({ sentence: i, text, kind: "missed", gold: describe(s.gold[g]!) });
      for (const p of m.spurious) errors.push({ sentence: i, text, kind: "spurious", pred: describe(s.pred[p]!) });
      for (const pair of m.pairs) {
        const g = describe(s.gold[pair.gold]!);
        const p = describe(s.pred[pair.pred]!);
        if (!pair.unit) errors.push({ sentence: i, text, kind: "unit", gold: g, pred: p });
        else if (pair.change === false) errors.push({ sentence: i, text, kind: "change", gold: g, pred: p });
        else if (pair.concept !== null && !pair.concept.relaxed)
          errors.push({ sentence: i, text, kind: "concept", gold: `${g} [${s.gold[pair.gold]!.concepts!.join(" ")}]`, pred: `${p} [${s.pred[pair.pred]!.concepts!.join(" ")}]` });
      }
    });
    result.errors = errors.slice(0, limit);
  }
  return result;
}

const LABELS: Record<ScoreKey, string> = {
  value: "value",
  value_unit: "value+unit",
  value_change: "value+change",
  concept_relaxed: "concept (relaxed)",
  concept_strict: "concept (strict)",
};

export function formatCqeResult(r: CqeEvalResult): string {
  const lines = [
    `CQE protocol: ${r.gold_file} (${r.sentences} sentences, ${r.gold} gold quantities) vs ${r.pred_file} (${r.pred} predicted)`,
    "",
    `${"score".padEnd(20)}${"P".padStart(8)}${"R".padStart(8)}${"F1".padStart(8)}${"correct".padStart(9)}`,
  ];
  for (const k of SCORE_KEYS) {
    const s = r.scores[k];
    lines.push(
      s === null
        ? `${LABELS[k].padEnd(20)}${"n/a (not annotated in the gold)".padStart(33)}`
        : `${LABELS[k].padEnd(20)}${s.p.toFixed(2).padStart(8)}${s.r.toFixed(2).padStart(8)}${s.f1.toFixed(2).padStart(8)}${String(s.correct).padStart(9)}`,
    );
  }
  if (r.unmatchedSentences > 0) lines.push("", `${r.unmatchedSentences} gold sentences had no prediction document with their text (scored as empty)`);
  if (r.pipeline) lines.push("", `pipeline: ${r.pipeline.seconds.toFixed(2)} s for ${r.pipeline.chars} characters`);
  if (r.errors && r.errors.length > 0) {
    lines.push("", "errors:");
    for (const e of r.errors)
      lines.push(`  [${e.sentence}] ${e.kind}: ${e.gold ? `gold ${e.gold}` : ""}${e.gold && e.pred ? " / " : ""}${e.pred ? `ours ${e.pred}` : ""} | ${e.text}`);
  }
  return lines.join("\n");
}
