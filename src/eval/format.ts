import type { EvalResult } from "./evaluate.js";
import type { ErrorEntry, Prf, ScoreReport } from "./types.js";

const pct = (x: number) => x.toFixed(2);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
}

/** The per-label table: exact and partial P/R/F1 with tp/fp/fn, then micro and group averages. */
export function formatScoreTable(report: ScoreReport): string {
  const head = ["label", "P", "R", "F1", "tp", "fp", "fn", "pP", "pR", "pF1", "ptp", "pfp", "pfn"];
  const rows: string[][] = [];
  const line = (name: string, e: Prf, p: Prf) => [
    name,
    pct(e.precision),
    pct(e.recall),
    pct(e.f1),
    String(e.tp),
    String(e.fp),
    String(e.fn),
    pct(p.precision),
    pct(p.recall),
    pct(p.f1),
    String(p.tp),
    String(p.fp),
    String(p.fn),
  ];
  for (const l of report.labels) rows.push(line(l, report.exact.perLabel[l]!, report.partial.perLabel[l]!));
  rows.push(line("micro", report.exact.micro, report.partial.micro));
  for (const [name, g] of Object.entries(report.groups)) rows.push(line(`micro:${name}`, g.exact, g.partial));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const out = [
    `${"".padEnd(widths[0]!)}  ${"exact (span and label equal)".padEnd(widths.slice(1, 7).reduce((a, b) => a + b + 2, -2))}  partial (overlap, label equal)`,
    row(head, widths),
    ...rows.slice(0, report.labels.length).map((r) => row(r, widths)),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(report.labels.length).map((r) => row(r, widths)),
  ];
  return out.join("\n");
}

function formatErrors(title: string, list: ErrorEntry[]): string[] {
  if (list.length === 0) return [`${title}: none`];
  const out = [`${title}:`];
  for (const e of list) {
    const why = e.other ? `${e.kind} (${e.other})` : e.kind;
    out.push(`  ${String(e.count).padStart(4)}  ${e.label.padEnd(12)} ${JSON.stringify(e.text)}  ${why}`);
    out.push(`        ${e.example.id}@${e.example.start}: ${e.example.context}`);
  }
  return out;
}

export function formatEvalResult(r: EvalResult): string {
  const rep = r.report;
  const out: string[] = [];
  out.push(`gold: ${r.gold}   predictions: ${r.pred}   scheme: ${r.scheme}${r.schemeDetected ? " (detected)" : ""}`);
  out.push(
    `documents: ${rep.docs.gold} gold, ${rep.docs.pred} predicted` +
      (rep.docs.missingPred.length ? `, ${rep.docs.missingPred.length} without prediction (counted as empty)` : "") +
      (rep.docs.extraPred.length ? `, ${rep.docs.extraPred.length} predicted without gold (ignored)` : ""),
  );
  const s = rep.spans;
  out.push(
    `spans: ${s.gold} gold, ${s.pred} predicted scored; ignored (label not scored): ${s.goldIgnored} gold, ${s.predIgnored} predicted; duplicates dropped: ${s.goldDuplicates} gold, ${s.predDuplicates} predicted`,
  );
  if (r.conllOut)
    out.push(
      `conlleval input written to ${r.conllOut.path}` +
        (r.conllOut.unaligned || r.conllOut.overlapping
          ? ` (${r.conllOut.unaligned} spans widened to whole tokens, ${r.conllOut.overlapping} overlapping spans left out: conlleval's counts can differ)`
          : " (every span token-aligned: conlleval's counts equal the exact ones)"),
    );
  if (r.pipeline) out.push(`pipeline: ${r.pipeline.seconds.toFixed(2)} s for ${r.pipeline.chars} characters`);
  out.push("");
  out.push(formatScoreTable(rep));
  if (rep.dates) {
    const d = rep.dates;
    out.push("");
    out.push(
      `date values (gold norm, ${d.gold} spans): accuracy ${pct(d.exact.accuracy)}% on ${d.exact.matched} exact matches, ` +
        `${pct(d.partial.accuracy)}% on ${d.partial.matched} partial matches, ${pct(d.endToEnd)}% of all gold values`,
    );
    for (const w of d.wrong) out.push(`  ${w.id}: ${JSON.stringify(w.text)} gold ${w.gold}, predicted ${w.predicted ?? "null"}`);
  }
  if (rep.errors) {
    out.push("");
    out.push(...formatErrors("most frequent false positives (exact)", rep.errors.falsePositives));
    out.push(...formatErrors("most frequent false negatives (exact)", rep.errors.falseNegatives));
  }
  return out.join("\n");
}
