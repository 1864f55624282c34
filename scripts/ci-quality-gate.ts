/**
 * npm run bench:gate — fails (exit 1) when any set's exact micro F1 in bench/quality.json is more
 * than 0.5 points below bench/quality-baseline.json, or a baseline set was not measured.
 * Run `npm run bench:quality` first. Exit 2 when a file is missing.
 */
import { join, resolve } from "node:path";
import { BASELINE_FILE, QUALITY_FILE, readJsonIfExists, type QualityFile } from "../src/eval/bench.js";
import { compareQuality, formatGate } from "../src/eval/gate.js";

const root = resolve(import.meta.dirname, "..");
const current = readJsonIfExists<QualityFile>(join(root, QUALITY_FILE));
const baseline = readJsonIfExists<QualityFile>(join(root, BASELINE_FILE));
if (!current || !baseline) {
  console.error(`quality gate: ${!current ? QUALITY_FILE : BASELINE_FILE} not found (run npm run bench:quality; the baseline is committed)`);
  process.exit(2);
}
const result = compareQuality(current, baseline);
console.log(formatGate(result));
process.exit(result.ok ? 0 : 1);
