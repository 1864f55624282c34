import type { CqeGoldQuantity, CqeQuantity, CqeValue } from "./format.js";

/**
 * Sentence-level scoring of the CQE protocol. Per sentence, each gold quantity is matched to at most
 * one predicted quantity of the same value (relative tolerance 1e-5, as numpy.isclose; a range by both
 * ends, in order), each prediction used once; pairs that also agree on the unit, then the change, then
 * the concept are matched first. A matched pair then
 * counts for value+unit (same normalised unit), value+change (same change symbol) and value+concept
 * (relaxed: a concept token in common, or neither has one; strict: the same token set).
 * P = correct / predictions, R = correct / gold quantities.
 */

export const RTOL = 1e-5;
export const ATOL = 1e-8;

export function closeTo(gold: number, pred: number): boolean {
  return Math.abs(pred - gold) <= ATOL + RTOL * Math.abs(gold);
}

export function valuesMatch(gold: CqeValue, pred: CqeValue): boolean {
  if (typeof gold === "number" || typeof pred === "number")
    return typeof gold === "number" && typeof pred === "number" && closeTo(gold, pred);
  return closeTo(gold[0], pred[0]) && closeTo(gold[1], pred[1]);
}

export function conceptMatch(gold: readonly string[], pred: readonly string[]): { relaxed: boolean; strict: boolean } {
  const p = new Set(pred);
  const shared = new Set(gold.filter((t) => p.has(t))).size;
  const g = new Set(gold).size;
  if (g === 0 || p.size === 0) return { relaxed: g === p.size, strict: g === p.size };
  return { relaxed: shared > 0, strict: shared === g && shared === p.size };
}

export const SCORE_KEYS = ["value", "value_unit", "value_change", "concept_relaxed", "concept_strict"] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

export type CqeCounts = Record<ScoreKey, number>;

export interface CqePair {
  gold: number;
  pred: number;
  unit: boolean;
  change: boolean | null;
  concept: { relaxed: boolean; strict: boolean } | null;
}

export interface SentenceMatch {
  pairs: CqePair[];
  /** indexes of gold quantities left unmatched */
  missed: number[];
  /** indexes of predictions left unmatched */
  spurious: number[];
  counts: CqeCounts;
}

function pairQuality(g: CqeGoldQuantity, p: CqeQuantity): [number, number, number] {
  const unit = g.unit === p.unit ? 1 : 0;
  const change = g.change !== null && g.change === p.change ? 1 : 0;
  let concept = 0;
  if (g.concepts !== null && p.concepts !== null) {
    const m = conceptMatch(g.concepts, p.concepts);
    concept = m.strict ? 2 : m.relaxed ? 1 : 0;
  }
  return [unit, change, concept];
}

function better(a: [number, number, number], b: [number, number, number]): boolean {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * Matches the gold and predicted quantities of one sentence: every pair of equal value is a candidate;
 * the best pairs (unit, then change, then concept agreeing) are taken first, then text order.
 */
export function matchSentence(gold: readonly CqeGoldQuantity[], pred: readonly CqeQuantity[]): SentenceMatch {
  const counts: CqeCounts = { value: 0, value_unit: 0, value_change: 0, concept_relaxed: 0, concept_strict: 0 };
  const candidates: { g: number; p: number; q: [number, number, number] }[] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (valuesMatch(g.value, p.value)) candidates.push({ g: gi, p: pi, q: pairQuality(g, p) });
    }),
  );
  candidates.sort((a, b) => (better(a.q, b.q) ? -1 : better(b.q, a.q) ? 1 : a.g - b.g || a.p - b.p));
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  const used = new Array<boolean>(pred.length).fill(false);
  const pairs: CqePair[] = [];
  for (const c of candidates) {
    if (goldUsed[c.g] || used[c.p]) continue;
    goldUsed[c.g] = true;
    used[c.p] = true;
    const g = gold[c.g]!;
    const p = pred[c.p]!;
    const pair: CqePair = {
      gold: c.g,
      pred: c.p,
      unit: g.unit === p.unit,
      change: g.change === null ? null : g.change === p.change,
      concept: g.concepts === null || p.concepts === null ? null : conceptMatch(g.concepts, p.concepts),
    };
    pairs.push(pair);
    counts.value += 1;
    if (pair.unit) counts.value_unit += 1;
    if (pair.change) counts.value_change += 1;
    if (pair.concept?.relaxed) counts.concept_relaxed += 1;
    if (pair.concept?.strict) counts.concept_strict += 1;
  }
  pairs.sort((a, b) => a.gold - b.gold);
  const missed = gold.map((_, i) => i).filter((i) => !goldUsed[i]);
  const spurious = pred.map((_, i) => i).filter((i) => !used[i]);
  return { pairs, missed, spurious, counts };
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
  correct: number;
}

/** P/R/F1 in percent, rounded to 0.01. */
export function prf(correct: number, gold: number, pred: number): Prf {
  const p = pred === 0 ? 0 : correct / pred;
  const r = gold === 0 ? 0 : correct / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const pct = (x: number) => Math.round(x * 10000) / 100;
  return { p: pct(p), r: pct(r), f1: pct(f1), correct };
}

export interface CqeScores {
  /** null: the gold file annotates no change (value_change) or no concepts (concept_*) */
  scores: Record<ScoreKey, Prf | null>;
  gold: number;
  pred: number;
  sentences: number;
}

/** Scores a whole set; `annotated` says whether the gold carries change and concepts at all. */
export function scoreCqe(
  sentences: readonly { gold: readonly CqeGoldQuantity[]; pred: readonly CqeQuantity[] }[],
  annotated: { change: boolean; concepts: boolean },
): CqeScores & { matches: SentenceMatch[] } {
  const total: CqeCounts = { value: 0, value_unit: 0, value_change: 0, concept_relaxed: 0, concept_strict: 0 };
  let gold = 0;
  let pred = 0;
  const matches = sentences.map((s) => {
    gold += s.gold.length;
    pred += s.pred.length;
    const m = matchSentence(s.gold, s.pred);
    for (const k of SCORE_KEYS) total[k] += m.counts[k];
    return m;
  });
  const scores = {} as Record<ScoreKey, Prf | null>;
  for (const k of SCORE_KEYS) {
    const off = (k === "value_change" && !annotated.change) || (k.startsWith("concept") && !annotated.concepts);
    scores[k] = off ? null : prf(total[k], gold, pred);
  }
  return { scores, gold, pred, sentences: sentences.length, matches };
}
