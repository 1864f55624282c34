/**
 * The quality gate: compares a fresh bench/quality.json with the committed bench/quality-baseline.json.
 * A set fails when its exact micro F1 is more than `maxDrop` points below the baseline, or when a
 * baseline set is missing from the fresh run (it could not be checked).
 */
export interface GateSet {
  exact: { micro: { f1: number } };
}
export interface GateFile {
  sets: Record<string, GateSet>;
}
export interface GateLine {
  set: string;
  baseline: number | null;
  current: number | null;
  delta: number | null;
  status: "ok" | "improved" | "dropped" | "missing" | "new";
}
export interface GateResult {
  ok: boolean;
  maxDrop: number;
  lines: GateLine[];
}

export const DEFAULT_MAX_DROP = 0.5;

const round = (x: number) => Math.round(x * 100) / 100;

export function compareQuality(current: GateFile, baseline: GateFile, maxDrop = DEFAULT_MAX_DROP): GateResult {
  const lines: GateLine[] = [];
  for (const [set, b] of Object.entries(baseline.sets)) {
    const c = current.sets[set];
    const base = b.exact.micro.f1;
    if (!c) {
      lines.push({ set, baseline: base, current: null, delta: null, status: "missing" });
      continue;
    }
    const cur = c.exact.micro.f1;
    // compare rounded figures so float noise below the printed precision never decides
    const delta = round(cur - base);
    lines.push({ set, baseline: base, current: cur, delta, status: delta < -maxDrop ? "dropped" : delta > 0 ? "improved" : "ok" });
  }
  for (const [set, c] of Object.entries(current.sets))
    if (!(set in baseline.sets)) lines.push({ set, baseline: null, current: c.exact.micro.f1, delta: null, status: "new" });
  return { ok: lines.every((l) => l.status !== "dropped" && l.status !== "missing"), maxDrop, lines };
}

export function formatGate(r: GateResult): string {
  const fmt = (x: number | null) => (x === null ? "–" : x.toFixed(2));
  const out = [`quality gate: exact micro F1 may drop at most ${r.maxDrop} points below bench/quality-baseline.json`];
  for (const l of r.lines)
    out.push(`  ${l.status.padEnd(8)} ${l.set.padEnd(24)} baseline ${fmt(l.baseline).padStart(6)}  now ${fmt(l.current).padStart(6)}  Δ ${l.delta === null ? "–" : (l.delta >= 0 ? "+" : "") + l.delta.toFixed(2)}`);
  out.push(r.ok ? "PASS" : "FAIL: a set dropped more than allowed or could not be measured");
  return out.join("\n");
}
