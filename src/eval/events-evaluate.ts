import { readFileSync } from "node:fs";
import { loadConfig } from "../config/load.js";
import { processText } from "../pipeline/run.js";
import { toOutput } from "../output/to-output.js";
import { EVENT_ROLES } from "./events-format.js";
import { EventsFormatError, readEventGold, type GoldEventDoc } from "./events-format.js";
import { matchTriggers, PredEventDocSchema, scoreEvents, type EventScores, type Prf, type PredEventDoc } from "./events.js";
import { parseOutputLines } from "./jsonl.js";

export const DEFAULT_EVENTS_GOLD = "bench/events/dev.json";

export interface EventsEvalOptions {
  /** the dev-set file (bench/events/dev.json format) */
  gold: string;
  /** JSONL of our output documents, ids matching the gold ids; absent: run the pipeline on each gold text */
  pred?: string | undefined;
  config?: string | undefined;
  /** list this many missed and spurious events */
  errors?: number | undefined;
}

export interface EventsError {
  doc: string;
  kind: "missed" | "spurious" | "class";
  gold?: string;
  pred?: string;
  context: string;
}

export interface EventsEvalResult extends Omit<EventScores, "pairs"> {
  scheme: "events";
  gold_file: string;
  pred_file: string;
  pipeline?: { seconds: number; chars: number };
  errors?: EventsError[];
}

/** Reads a JSONL of newsfacts output documents; only the fields the scorer reads are checked. */
export function readEventPredictions(path: string): PredEventDoc[] {
  let raw: string;
  try {
    raw = readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (err) {
    throw new EventsFormatError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseOutputLines(raw, path, PredEventDocSchema, (m) => new EventsFormatError(m), (p) => p.join("."));
}

function context(text: string, span: { start: number; end: number }): string {
  const a = Math.max(0, span.start - 40);
  const b = Math.min(text.length, span.end + 40);
  return `${a > 0 ? "…" : ""}${text.slice(a, span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, b)}${b < text.length ? "…" : ""}`.replace(/\s+/g, " ");
}

function listErrors(gold: readonly GoldEventDoc[], predicted: readonly PredEventDoc[], limit: number): EventsError[] {
  const byId = new Map(predicted.map((d) => [d.id, d]));
  const out: EventsError[] = [];
  for (const g of gold) {
    const pred = byId.get(g.id)?.events ?? [];
    const ident = matchTriggers(g.events, pred, () => true);
    const cls = matchTriggers(g.events, pred, (gi, pi) => g.events[gi]!.class === pred[pi]!.class);
    const usedPred = new Set(cls.values());
    g.events.forEach((e, i) => {
      if (cls.has(i)) return;
      const p = ident.get(i);
      if (p !== undefined && !usedPred.has(p)) {
        usedPred.add(p);
        out.push({ doc: g.id, kind: "class", gold: e.class, pred: pred[p]!.class, context: context(g.text, e.trigger) });
      } else out.push({ doc: g.id, kind: "missed", gold: e.class, context: context(g.text, e.trigger) });
    });
    pred.forEach((e, i) => {
      if (!usedPred.has(i)) out.push({ doc: g.id, kind: "spurious", pred: e.class, context: context(g.text, e.trigger) });
    });
  }
  return out.slice(0, limit);
}

export async function evaluateEvents(options: EventsEvalOptions): Promise<EventsEvalResult> {
  const gold = readEventGold(options.gold);
  let predicted: PredEventDoc[];
  let pipeline: EventsEvalResult["pipeline"];
  if (options.pred !== undefined) predicted = readEventPredictions(options.pred);
  else {
    const loaded = loadConfig(options.config);
    if (!loaded.ok) throw new EventsFormatError(loaded.error);
    const t0 = performance.now();
    predicted = gold.map((d) => {
      const meta = d.published ? { published: d.published } : {};
      // through JSON, as a --pred file would be read: the scorer sees only output fields
      const parsed = PredEventDocSchema.safeParse(JSON.parse(JSON.stringify(toOutput(processText(loaded.pipeline, d.id, d.text, meta)))));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new EventsFormatError(`pipeline output for ${d.id}: ${issue.path.join(".")}: ${issue.message}`);
      }
      return parsed.data;
    });
    pipeline = { seconds: (performance.now() - t0) / 1000, chars: gold.reduce((n, d) => n + d.text.length, 0) };
  }
  const { pairs: _pairs, ...scores } = scoreEvents(gold, predicted);
  const result: EventsEvalResult = { scheme: "events", gold_file: options.gold, pred_file: options.pred ?? "pipeline", ...scores };
  if (pipeline) result.pipeline = pipeline;
  if ((options.errors ?? 0) > 0) result.errors = listErrors(gold, predicted, options.errors!);
  return result;
}

const pct = (x: number) => x.toFixed(1).padStart(7);
const row = (label: string, s: Prf, width = 24) =>
  `${label.padEnd(width)}${pct(s.p)}${pct(s.r)}${pct(s.f1)}${String(s.tp).padStart(7)}${String(s.pred).padStart(7)}${String(s.gold).padStart(7)}`;

export function formatEventsResult(r: EventsEvalResult): string {
  const head = (label: string, width = 24) => `${label.padEnd(width)}${"P".padStart(7)}${"R".padStart(7)}${"F1".padStart(7)}${"tp".padStart(7)}${"pred".padStart(7)}${"gold".padStart(7)}`;
  const lines = [
    `Events (ACE-style): ${r.gold_file} (${r.docs} documents, ${r.goldEvents} gold events) vs ${r.pred_file} (${r.predEvents} predicted)`,
  ];
  if (r.missingDocs.length > 0) lines.push(`${r.missingDocs.length} gold documents have no prediction (scored as predicting nothing): ${r.missingDocs.slice(0, 5).join(", ")}${r.missingDocs.length > 5 ? ", …" : ""}`);
  if (r.predEvents === 0) lines.push("no predicted events (the output has no events[] layer, or it is empty): every score is 0");
  lines.push(
    "",
    head("score"),
    row("trigger identification", r.identification),
    row("trigger + class", r.classification),
    row("arguments", r.arguments),
    ...EVENT_ROLES.map((role) => row(`  ${role}`, r.roles[role])),
    "",
    `modality agrees on ${r.modality.agree} of ${r.modality.pairs} class-correct pairs`,
    "",
    "per class: trigger + class, and argument F1",
    `${head("class", 14)}${"arg F1".padStart(8)}`,
    ...r.classes.map((c) => `${row(c.class, c.trigger, 14)}${pct(c.arguments.f1).padStart(8)}`),
  );
  if (r.pipeline) lines.push("", `pipeline: ${r.pipeline.chars} characters in ${r.pipeline.seconds.toFixed(1)} s`);
  if (r.errors?.length) {
    lines.push("", "errors:");
    for (const e of r.errors) lines.push(`  ${e.kind.padEnd(8)} ${e.doc}: ${e.kind === "class" ? `${e.gold} -> ${e.pred}` : (e.gold ?? e.pred)}: ${e.context}`);
  }
  return lines.join("\n");
}
