// Worker memory and start-up: `npx tsx scripts/bench-memory.ts [--articles 3000,10000,20000] [--workers 2]
// [--startup 5] [--extra "--flag value"]` (after `npm run build`).
// Text: GMB's public-domain VOA sentences (../shared/benchmarks/gmb), 4 to an article (as bench-batch.ts),
// written to a temporary folder. For each size, one `newsfacts extract -w N --out o.jsonl` run: peak RSS
// (VmHWM of the process, which is /usr/bin/time's %M) and RSS sampled every second, printed as a table.
// Then start-up: wall time from spawn to the first output line, best of --startup runs, 1 and N workers.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gmbSentences } from "./gmb-sentences.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "3000,10000,20000" },
    workers: { type: "string", default: "2" },
    "per-article": { type: "string", default: "4" },
    startup: { type: "string", default: "5" },
    extra: { type: "string", default: "" },
    every: { type: "string", default: "1000" },
  },
});
const sizes = values.articles.split(",").filter(Boolean).map(Number);
const workers = Number(values.workers);
const PER = Number(values["per-article"]);
const extra = values.extra.split(" ").filter(Boolean);
const sentences = gmbSentences();
const dir = mkdtempSync(join(tmpdir(), "newsfacts-memory-"));

function writeBatch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * PER) % (sentences.length - PER);
    lines.push(JSON.stringify({ id: `a-${i}`, text: sentences.slice(start, start + PER).join(" ") }));
  }
  const file = join(dir, `${n}.jsonl`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function status(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

async function run(n: number): Promise<{ secs: number; peak: number; samples: Array<[number, number]>; code: number | null; tail: string }> {
  const input = writeBatch(n);
  const out = join(dir, `${n}.out.jsonl`);
  const t0 = Date.now();
  const child = spawn(process.execPath, ["bin/newsfacts.js", "extract", "-q", "-w", String(workers), ...extra, "--force", "--out", out, input], { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  const samples: Array<[number, number]> = [];
  let peak = 0;
  const timer = setInterval(() => {
    const s = status(child.pid!);
    if (!s) return;
    peak = Math.max(peak, s.hwm);
    samples.push([(Date.now() - t0) / 1000, s.rss]);
  }, Number(values.every));
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  clearInterval(timer);
  rmSync(out, { force: true });
  rmSync(`${out}.manifest`, { force: true });
  return { secs: (Date.now() - t0) / 1000, peak, samples, code, tail: err.trim() };
}

function firstLine(w: number): Promise<number> {
  const input = join(dir, "one.jsonl");
  writeFileSync(input, `${JSON.stringify({ id: "one", text: sentences.slice(0, 3).join(" ") })}\n`);
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["bin/newsfacts.js", "extract", "-q", "-w", String(w), ...extra, "--out", "-", input], { stdio: ["ignore", "pipe", "inherit"] });
    let done = false;
    child.stdout.on("data", () => {
      if (!done) resolve(Number(process.hrtime.bigint() - t0) / 1e6);
      done = true;
    });
    child.on("exit", () => (done ? undefined : reject(new Error("no output"))));
    child.on("error", reject);
  });
}

console.log(`newsfacts extract -w ${workers}${extra.length ? ` ${extra.join(" ")}` : ""} on GMB articles of ${PER} sentences (node ${process.version})\n`);
if (sizes.length) {
  console.log("| articles | seconds | exit | peak RSS MB | RSS MB over time (s: MB) |");
  console.log("|---:|---:|---:|---:|---|");
  for (const n of sizes) {
    const r = await run(n);
    const step = Math.max(1, Math.ceil(r.samples.length / 8));
    const curve = r.samples.filter((_, i) => i % step === 0 || i === r.samples.length - 1).map(([t, mb]) => `${t.toFixed(0)}: ${mb.toFixed(0)}`).join(", ");
    console.log(`| ${n.toLocaleString("en")} | ${r.secs.toFixed(1)} | ${r.code} | ${r.peak.toFixed(0)} | ${curve} |`);
    if (r.code !== 0) console.log(`\n  stderr: ${r.tail.split("\n").slice(-3).join(" / ")}\n`);
  }
}
const runs = Number(values.startup);
if (runs > 0) {
  for (const w of [...new Set([1, workers])]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await firstLine(w));
    console.log(`start-up, -w ${w}: first output line after ${Math.min(...times).toFixed(0)} ms (best of ${runs}; all: ${times.map((t) => t.toFixed(0)).join(", ")})`);
  }
}
rmSync(dir, { recursive: true, force: true });
