import { dateNormValue } from "./dates.js";
import type { Counts, DateAccuracy, ErrorEntry, LabelledSpan, Prf, ScoreReport } from "./types.js";

/**
 * Span scorer.
 *
 * - Exact: a prediction is a true positive when a gold span has the same start, end and label.
 *   Spans are compared as sets of (start, end, label), as spaCy's Scorer.score_spans does; for
 *   token-aligned, non-overlapping spans these are exactly conlleval's chunk counts.
 * - Duplicates: a (start, end, label) that occurs twice on one side counts once (set semantics);
 *   the number dropped is reported in `spans.goldDuplicates` / `spans.predDuplicates`.
 * - Nested gold spans (re3d, GUM) are separate gold items: each needs its own prediction.
 * - Partial: exact pairs first, then the remaining gold and predicted spans of the same label
 *   that overlap are paired greedily, largest overlap first (ties: smaller boundary distance,
 *   then earlier gold, then earlier prediction), each gold and each prediction used at most once.
 *   So partial tp >= exact tp always.
 * - Labels outside the scored set are ignored on both sides (neither fp nor fn).
 * - A gold document with no prediction counts all its spans as fn; a predicted document with no
 *   gold is ignored; both are listed in `docs`.
 */

export interface GoldInput {
  id: string;
  text: string;
  spans: LabelledSpan[];
}
export interface PredInput {
  id: string;
  spans: LabelledSpan[];
}
export interface ScoreOptions {
  /** the scored labels, in report order */
  labels: readonly string[];
  /** named subsets of labels to micro-average separately */
  groups?: Readonly<Record<string, readonly string[]>>;
  /** top-N false positives and false negatives to list; 0 or absent: none */
  errors?: number;
  /** how many wrong date values to list (default 10) */
  dateExamples?: number;
}

/** Inconsistent input: a document id given twice on one side. */
export class ScoreInputError extends Error {
  override name = "ScoreInputError";
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp > 0 ? (100 * c.tp) / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? (100 * c.tp) / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

function key(s: LabelledSpan): string {
  return `${s.start}:${s.end}:${s.label}`;
}

function overlap(a: LabelledSpan, b: LabelledSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Removes repeated (start, end, label); keeps the first, or the first with a `norm`. Returns the count dropped. */
function dedupe(spans: LabelledSpan[]): { spans: LabelledSpan[]; dropped: number } {
  const byKey = new Map<string, LabelledSpan>();
  for (const s of spans) {
    const k = key(s);
    const had = byKey.get(k);
    if (!had) byKey.set(k, s);
    else if (!had.norm && s.norm) byKey.set(k, s);
  }
  const out = [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { spans: out, dropped: spans.length - out.length };
}

interface Pair {
  gold: LabelledSpan;
  pred: LabelledSpan;
}

/** Exact pairs, then greedy overlap pairs; both sides deduplicated and of scored labels. */
export function matchSpans(gold: LabelledSpan[], pred: LabelledSpan[]): { exact: Pair[]; partial: Pair[] } {
  const predByKey = new Map(pred.map((p) => [key(p), p]));
  const exact: Pair[] = [];
  const usedGold = new Set<LabelledSpan>();
  const usedPred = new Set<LabelledSpan>();
  for (const g of gold) {
    const p = predByKey.get(key(g));
    if (p) {
      exact.push({ gold: g, pred: p });
      usedGold.add(g);
      usedPred.add(p);
    }
  }
  const candidates: { g: LabelledSpan; p: LabelledSpan; ov: number; dist: number }[] = [];
  const restPred = pred.filter((p) => !usedPred.has(p));
  for (const g of gold) {
    if (usedGold.has(g)) continue;
    for (const p of restPred) {
      if (p.label !== g.label) continue;
      const ov = overlap(g, p);
      if (ov > 0) candidates.push({ g, p, ov, dist: Math.abs(g.start - p.start) + Math.abs(g.end - p.end) });
    }
  }
  candidates.sort((a, b) => b.ov - a.ov || a.dist - b.dist || a.g.start - b.g.start || a.g.end - b.g.end || a.p.start - b.p.start || a.p.end - b.p.end);
  const partial = [...exact];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPred.has(c.p)) continue;
    usedGold.add(c.g);
    usedPred.add(c.p);
    partial.push({ gold: c.g, pred: c.p });
  }
  return { exact, partial };
}

function snippet(text: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const clean = (s: string) => s.replace(/\s+/g, " ");
  return `${from > 0 ? "…" : ""}${clean(text.slice(from, start))}[${clean(text.slice(start, end))}]${clean(text.slice(end, to))}${to < text.length ? "…" : ""}`;
}

/** Why a span unmatched on one side is wrong, judged by the spans on the other side. */
function classify(s: LabelledSpan, others: readonly LabelledSpan[], none: string): { kind: string; other?: string } {
  const same = others.find((o) => o.start === s.start && o.end === s.end && o.label !== s.label);
  if (same) return { kind: "label", other: same.label };
  if (others.some((o) => o.label === s.label && overlap(o, s) > 0)) return { kind: "boundary" };
  const cross = others.find((o) => overlap(o, s) > 0);
  if (cross) return { kind: "boundary+label", other: cross.label };
  return { kind: none };
}

interface ErrorOccurrence {
  text: string;
  label: string;
  kind: string;
  other?: string;
  id: string;
  start: number;
  end: number;
  context: string;
}

function topErrors(occ: ErrorOccurrence[], n: number): ErrorEntry[] {
  const groups = new Map<string, ErrorOccurrence[]>();
  for (const o of occ) {
    const k = `${o.label}\u0000${o.text}`;
    const list = groups.get(k);
    if (list) list.push(o);
    else groups.set(k, [o]);
  }
  const entries: ErrorEntry[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const kinds = new Map<string, number>();
    for (const o of list) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
    const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const ex = list.find((o) => o.kind === kind) ?? first;
    const entry: ErrorEntry = {
      text: first.text,
      label: first.label,
      count: list.length,
      kind,
      example: { id: ex.id, start: ex.start, end: ex.end, context: ex.context },
    };
    if (ex.other !== undefined) entry.other = ex.other;
    entries.push(entry);
  }
  entries.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0) || (a.label < b.label ? -1 : 1));
  return entries.slice(0, n);
}

function emptyCounts(labels: readonly string[]): Record<string, Counts> {
  return Object.fromEntries(labels.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
}

function sum(counts: Record<string, Counts>, labels: readonly string[]): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const l of labels) {
    const c = counts[l];
    if (!c) continue;
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

export function scoreCorpus(gold: readonly GoldInput[], pred: readonly PredInput[], options: ScoreOptions): ScoreReport {
  const labels = [...options.labels];
  const scored = new Set(labels);
  const exactCounts = emptyCounts(labels);
  const partialCounts = emptyCounts(labels);
  const predById = new Map<string, PredInput>();
  for (const p of pred) {
    if (predById.has(p.id)) throw new ScoreInputError(`prediction for document '${p.id}' given twice`);
    predById.set(p.id, p);
  }
  const goldIds = new Set<string>();
  const spans = { gold: 0, pred: 0, goldDuplicates: 0, predDuplicates: 0, goldIgnored: 0, predIgnored: 0 };
  const missingPred: string[] = [];
  const fps: ErrorOccurrence[] = [];
  const fns: ErrorOccurrence[] = [];
  const wantErrors = (options.errors ?? 0) > 0;
  const dateExamples = options.dateExamples ?? 10;
  const dates: DateAccuracy = {
    gold: 0,
    exact: { matched: 0, correct: 0, accuracy: 0 },
    partial: { matched: 0, correct: 0, accuracy: 0 },
    endToEnd: 0,
    wrong: [],
  };

  for (const g of gold) {
    if (goldIds.has(g.id)) throw new ScoreInputError(`gold document '${g.id}' occurs twice`);
    goldIds.add(g.id);
    const p = predById.get(g.id);
    if (!p) missingPred.push(g.id);
    const goldKept = g.spans.filter((s) => scored.has(s.label));
    const predAll = p?.spans ?? [];
    const predKept = predAll.filter((s) => scored.has(s.label));
    spans.goldIgnored += g.spans.length - goldKept.length;
    spans.predIgnored += predAll.length - predKept.length;
    const gd = dedupe(goldKept);
    const pd = dedupe(predKept);
    spans.goldDuplicates += gd.dropped;
    spans.predDuplicates += pd.dropped;
    spans.gold += gd.spans.length;
    spans.pred += pd.spans.length;

    const { exact, partial } = matchSpans(gd.spans, pd.spans);
    for (const [counts, pairs] of [
      [exactCounts, exact],
      [partialCounts, partial],
    ] as const) {
      for (const s of gd.spans) counts[s.label]!.fn += 1;
      for (const s of pd.spans) counts[s.label]!.fp += 1;
      for (const pair of pairs) {
        const c = counts[pair.gold.label]!;
        c.tp += 1;
        c.fn -= 1;
        c.fp -= 1;
      }
    }

    // dates: accuracy of the normalised value on matched spans
    const exactGold = new Set(exact.map((x) => x.gold));
    for (const s of gd.spans) if (s.norm) dates.gold += 1;
    for (const pair of partial) {
      if (!pair.gold.norm) continue;
      const want = dateNormValue(pair.gold.norm);
      const ok = want !== null && pair.pred.value === want;
      dates.partial.matched += 1;
      if (ok) dates.partial.correct += 1;
      if (exactGold.has(pair.gold)) {
        dates.exact.matched += 1;
        if (ok) dates.exact.correct += 1;
      }
      if (!ok && dates.wrong.length < dateExamples)
        dates.wrong.push({ id: g.id, text: g.text.slice(pair.gold.start, pair.gold.end), gold: want ?? JSON.stringify(pair.gold.norm), predicted: pair.pred.value ?? null });
    }

    if (wantErrors) {
      const matchedGold = new Set(exact.map((x) => x.gold));
      const matchedPred = new Set(exact.map((x) => x.pred));
      const allGold = g.spans; // ignored labels too: they explain label confusions
      for (const s of pd.spans) {
        if (matchedPred.has(s)) continue;
        fps.push({ text: g.text.slice(s.start, s.end), label: s.label, id: g.id, start: s.start, end: s.end, context: snippet(g.text, s.start, s.end), ...classify(s, allGold, "spurious") });
      }
      for (const s of gd.spans) {
        if (matchedGold.has(s)) continue;
        fns.push({ text: g.text.slice(s.start, s.end), label: s.label, id: g.id, start: s.start, end: s.end, context: snippet(g.text, s.start, s.end), ...classify(s, predAll, "missed") });
      }
    }
  }

  const extraPred = [...predById.keys()].filter((id) => !goldIds.has(id));
  const perLabel = (counts: Record<string, Counts>) => Object.fromEntries(labels.map((l) => [l, prf(counts[l]!)]));
  const groups: ScoreReport["groups"] = {};
  for (const [name, members] of Object.entries(options.groups ?? {})) {
    const ls = members.filter((m) => scored.has(m));
    groups[name] = { labels: ls, exact: prf(sum(exactCounts, ls)), partial: prf(sum(partialCounts, ls)) };
  }
  const report: ScoreReport = {
    labels,
    exact: { perLabel: perLabel(exactCounts), micro: prf(sum(exactCounts, labels)) },
    partial: { perLabel: perLabel(partialCounts), micro: prf(sum(partialCounts, labels)) },
    groups,
    docs: { gold: gold.length, pred: pred.length, missingPred, extraPred },
    spans,
  };
  if (dates.gold > 0) {
    const acc = (x: { matched: number; correct: number }) => (x.matched > 0 ? (100 * x.correct) / x.matched : 0);
    dates.exact.accuracy = acc(dates.exact);
    dates.partial.accuracy = acc(dates.partial);
    dates.endToEnd = (100 * dates.partial.correct) / dates.gold;
    report.dates = dates;
  }
  if (wantErrors) report.errors = { falsePositives: topErrors(fps, options.errors!), falseNegatives: topErrors(fns, options.errors!) };
  return report;
}
