// Pipeline speed and batch memory, on this machine. `npm run bench:pipeline [-- --articles 2000]`
// 1. per-stage time over the corpus articles (repeated), tokens/s for the whole pipeline;
// 2. a JSONL batch of N articles with a malformed line in the middle, through the real CLI in a
//    child process: wall time, peak RSS, and heap sampled as the batch goes (flat = streaming).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readTextArticle } from "../src/batch/discover.js";
import { loadConfig } from "../src/config/load.js";
import { Doc } from "../src/document/document.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "2000" }, rounds: { type: "string", default: "20" } } });
const N = Number(values.articles);
const ROUNDS = Number(values.rounds);

const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.error);
const corpus: Array<Extract<Awaited<ReturnType<typeof readTextArticle>>, { ok: true }>> = [];
for (const f of readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort()) {
  const item = await readTextArticle(join("corpus", f));
  if (item.ok) corpus.push(item);
}

// 1. per-stage timing
const perStage = new Map<string, number>(loaded.pipeline.stages.map((s) => [s.name, 0]));
let tokens = 0;
for (let r = 0; r < ROUNDS + 2; r++) {
  for (const a of corpus) {
    const doc = new Doc(a.id, a.text, a.meta);
    for (const s of loaded.pipeline.stages) {
      const t0 = process.hrtime.bigint();
      s.run(doc);
      if (r >= 2) perStage.set(s.name, perStage.get(s.name)! + Number(process.hrtime.bigint() - t0) / 1e6);
    }
    if (r >= 2) tokens += doc.get("tokens").length;
  }
}
const total = [...perStage.values()].reduce((a, b) => a + b, 0);
console.log(`Pipeline over ${corpus.length} corpus articles x ${ROUNDS} rounds (${tokens} tokens), one core:\n`);
console.log("| stage | ms / article | share |");
console.log("|---|---:|---:|");
for (const [name, ms] of perStage) console.log(`| ${name} | ${(ms / (corpus.length * ROUNDS)).toFixed(3)} | ${((100 * ms) / total).toFixed(1)}% |`);
console.log(`| **all** | ${(total / (corpus.length * ROUNDS)).toFixed(3)} | ${Math.round(tokens / (total / 1000)).toLocaleString("en")} tokens/s |`);

// 2. batch through the CLI, small and large: peak memory must not grow with the batch
const dir = mkdtempSync(join(tmpdir(), "newsfacts-bench-"));
function batch(n: number, workers = 1): void {
  const input = join(dir, `big-${n}-${workers}.jsonl`);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = corpus[i % corpus.length]!;
    lines.push(JSON.stringify({ id: `a${i}`, text: a.text, published: a.meta.published ?? null }));
    if (i === Math.floor(n / 2)) lines.push('{"id": "broken", "text": ');
  }
  writeFileSync(input, `${lines.join("\n")}\n`);
  // one output per run: a second run into the same file would skip every article as up to date
  const out = join(dir, `out-${n}-${workers}.jsonl`);
  const t0 = Date.now();
  const res = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "bin/newsfacts.js", "extract", "-w", String(workers), "--out", out, input], { encoding: "utf8" });
  const secs = (Date.now() - t0) / 1000;
  const stderr = res.stderr.trim().split("\n");
  const peakKb = Number(stderr.at(-1));
  const written = readFileSync(out, "utf8").trim().split("\n").length;
  console.log(`| ${n} + 1 malformed | ${workers} | ${res.status} | ${written} | ${secs.toFixed(1)} | ${Math.round(n / secs)} | ${(peakKb / 1024).toFixed(0)} |`);
  for (const l of stderr.slice(0, -1)) if (!l.startsWith("Command exited")) console.error(`  stderr: ${l}`);
}
console.log("\nBatch through the CLI (JSONL in, JSONL out):\n");
console.log("| articles | workers | exit | written | seconds | articles/s | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
batch(Math.max(1, Math.floor(N / 10)));
batch(N);
batch(N * 5);
batch(N * 5, 2);
