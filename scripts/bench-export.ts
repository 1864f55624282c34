/**
 * Export benchmark: the corpus outputs (tests/golden, 15 documents) replicated with new ids to
 * 10,000 documents (--docs N), written as one JSONL, then exported to Parquet and to CSV; prints the
 * time of each export, the heap peak and the row counts read back (hyparquet; an RFC 4180 scan).
 *   npx tsx scripts/bench-export.ts [--docs 10000]
 */
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { exportDocuments, type ExportFormat } from "../src/export/export.js";
import { readDocuments } from "../src/export/read-docs.js";

const n = Number(process.argv[process.argv.indexOf("--docs") + 1] ?? 0) || 10_000;
const dir = mkdtempSync(join(tmpdir(), "nf-bench-export-"));
const seeds = readdirSync("tests/golden").filter((f) => f.endsWith(".json")).sort().map((f) => readFileSync(join("tests/golden", f), "utf8"));
const input = join(dir, "docs.jsonl");
const fd = openSync(input, "w");
for (let i = 0; i < n; i++) {
  const doc = JSON.parse(seeds[i % seeds.length]!) as { id: string };
  doc.id = `${doc.id}#${i}`;
  writeSync(fd, `${JSON.stringify(doc)}\n`);
}
closeSync(fd);
console.log(`${n} documents (${seeds.length} corpus outputs replicated), ${(statSync(input).size / 1e6).toFixed(1)} MB of JSONL`);

/** CSV records: CRLF outside quotes, minus the header. */
function csvRecords(file: string): number {
  const s = readFileSync(file, "utf8");
  let quoted = false;
  let rows = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 13 && !quoted && s.charCodeAt(i + 1) === 10) rows++;
  }
  return rows - 1;
}

for (const format of ["parquet", "csv"] as ExportFormat[]) {
  const out = join(dir, format);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 50);
  const t0 = performance.now();
  const summary = await exportDocuments(readDocuments([input]), format, out);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  let bytes = 0;
  const back: string[] = [];
  let same = true;
  for (const [name, t] of Object.entries(summary.tables)) {
    bytes += statSync(t.file).size;
    const rows = format === "parquet" ? Number((await parquetMetadataAsync(await asyncBufferFromFile(t.file))).num_rows) : csvRecords(t.file);
    same &&= rows === t.rows;
    back.push(`${name} ${rows}`);
  }
  console.log(`${format}: ${seconds.toFixed(2)} s, ${(bytes / 1e6).toFixed(1)} MB, heap peak ${(peak / 1e6).toFixed(0)} MB; read back: ${back.join(", ")}; ${same ? "all equal to rows written" : "MISMATCH with rows written"}`);
}
if (process.argv.includes("--values")) {
  const { parquetReadObjects } = await import("hyparquet");
  const rows = await parquetReadObjects({ file: await asyncBufferFromFile(join(dir, "parquet", "quantities.parquet")), columns: ["doc_id", "value"] });
  console.log(`quantities.parquet fully decoded: ${rows.length} rows`);
}
rmSync(dir, { recursive: true, force: true });
