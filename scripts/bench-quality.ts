/**
 * npm run bench:quality   — scores the pipeline on every dev set in ../shared/benchmarks and writes
 *                           bench/quality.json and the quality section of BENCHMARKS.md.
 * npm run bench:baseline  — the same, then copies the result to bench/quality-baseline.json.
 *                           Raising the baseline is a reviewed commit of that file.
 * Options: --benchmarks DIR (default $NEWSFACTS_BENCHMARKS or ../shared/benchmarks), --config FILE.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BASELINE_FILE, BENCH_SETS, benchmarksDir, QUALITY_FILE, toQualitySet, writeBenchmarksMd, type QualityFile } from "../src/eval/bench.js";
import { evaluate } from "../src/eval/evaluate.js";
import { loadScheme } from "../src/eval/scheme.js";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { baseline: { type: "boolean", default: false }, benchmarks: { type: "string" }, config: { type: "string" } },
});
const dir = values.benchmarks ? resolve(values.benchmarks) : benchmarksDir(root);
if (!existsSync(dir)) {
  console.error(`bench:quality: ${dir} not found (set NEWSFACTS_BENCHMARKS or --benchmarks)`);
  process.exit(2);
}

const t0 = performance.now();
const quality: QualityFile = {
  command: (values.baseline ? "npm run bench:baseline" : "npm run bench:quality") + (values.config ? ` -- --config ${values.config}` : ""),
  generated: new Date().toISOString().slice(0, 10),
  node: process.version,
  sets: {},
};
for (const b of BENCH_SETS) {
  const gold = join(dir, b.file);
  if (!existsSync(gold)) {
    console.error(`bench:quality: ${b.set}: ${gold} not found, skipped`);
    continue;
  }
  const scheme = loadScheme(b.scheme);
  if (!scheme.ok) throw new Error(scheme.error);
  const r = await evaluate({ gold, scheme: scheme.scheme, config: values.config });
  const q = toQualitySet(b.file, r);
  quality.sets[b.set] = q;
  console.log(
    `${b.set.padEnd(20)} ${b.scheme.padEnd(6)} exact F1 ${q.exact.micro.f1.toFixed(2).padStart(6)}  partial F1 ${q.partial.micro.f1.toFixed(2).padStart(6)}` +
      (q.dates ? `  date values ${q.dates.endToEnd.toFixed(2)}%` : "") +
      `  (${q.docs} docs, ${q.seconds?.toFixed(2) ?? "?"} s)`,
  );
}
writeFileSync(join(root, QUALITY_FILE), `${JSON.stringify(quality, null, 2)}\n`);
if (values.baseline) writeFileSync(join(root, BASELINE_FILE), `${JSON.stringify(quality, null, 2)}\n`);
writeBenchmarksMd(root);
console.log(`wrote ${QUALITY_FILE}${values.baseline ? `, ${BASELINE_FILE}` : ""} and BENCHMARKS.md in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
