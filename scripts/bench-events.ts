/**
 * `npm run bench:events`: the events stage on the events dev set (bench/events/dev.json, annotated by
 * hand: bench/events/GUIDE.md), ACE-style scores beside the issue 14 targets, and the per-class table.
 * Usage: tsx scripts/bench-events.ts [--gold FILE] [--pred FILE.jsonl] [--config FILE] [--errors N] [--json]
 * The dev set is in the repository, so this needs nothing from ../shared.
 */
import { parseArgs } from "node:util";
import { DEFAULT_EVENTS_GOLD, evaluateEvents, formatEventsResult } from "../src/eval/events-evaluate.js";

const TARGETS = { classification: 80, arguments: 65 } as const;

const { values } = parseArgs({
  options: {
    gold: { type: "string", default: DEFAULT_EVENTS_GOLD },
    pred: { type: "string" },
    config: { type: "string" },
    errors: { type: "string", default: "0" },
    json: { type: "boolean", default: false },
  },
});

const result = await evaluateEvents({ gold: values.gold, pred: values.pred, config: values.config, errors: Number(values.errors) });
const rows = [
  { name: "trigger + class F1", value: result.classification.f1, target: TARGETS.classification },
  { name: "argument F1", value: result.arguments.f1, target: TARGETS.arguments },
];
if (values.json) {
  console.log(JSON.stringify({ targets: rows, result }, null, 2));
} else {
  console.log(formatEventsResult(result));
  console.log("\ntargets (issue 14):");
  for (const r of rows) console.log(`  ${r.name.padEnd(20)} ${r.value.toFixed(1).padStart(6)}   target >= ${r.target}   ${r.value >= r.target ? "met" : "not met"}`);
  console.log(`  (trigger identification ${result.identification.f1.toFixed(1)}, not a target)`);
}
