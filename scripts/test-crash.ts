// Crash test: `npm run test:crash [-- --articles 3000 --trials 10 --seed 7]`.
// A batch of short news articles is run once cleanly; then, in each trial, the same command is
// killed with SIGKILL at a random moment (once or twice), re-run until it finishes, and its output
// compared with the clean run's, article for article: nothing lost, nothing doubled, no torn file.
// Trials alternate JSONL and folder output, and one or two worker threads. Bounded: each trial
// waits at most 5 minutes for a run.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseFrontMatter } from "../src/batch/read.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "3000" }, trials: { type: "string", default: "10" }, seed: { type: "string", default: "7" } } });
const N = Number(values.articles);
const TRIALS = Number(values.trials);
let seed = Number(values.seed) >>> 0;
const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

// short articles cut from the corpus (2-5 sentences each), so a few thousand run in seconds
const sentences = readdirSync("corpus")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => parseFrontMatter(readFileSync(join("corpus", f), "utf8")).body.split(/(?<=[.!?])\s+(?=[A-Z"])/))
  .filter((s) => s.length > 30 && s.length < 400);
const dir = mkdtempSync(join(tmpdir(), "newsfacts-crash-"));
const input = join(dir, "in.jsonl");
const lines: string[] = [];
for (let i = 0; i < N; i++) {
  const k = 2 + Math.floor(rand() * 4);
  const start = Math.floor(rand() * (sentences.length - k));
  lines.push(JSON.stringify({ id: `crash-${i}`, text: sentences.slice(start, start + k).join(" "), published: "2016-05-04" }));
}
writeFileSync(input, `${lines.join("\n")}\n`);

const cli = (out: string, workers: number) => ["bin/newsfacts.js", "extract", "-q", "-w", String(workers), "--out", out, input];

function runToEnd(out: string, workers: number): number {
  const res = spawnSync(process.execPath, cli(out, workers), { encoding: "utf8", timeout: 300_000 });
  if (res.status !== 0) throw new Error(`run failed (exit ${res.status}): ${res.stderr}`);
  return res.status;
}

function runAndKill(out: string, workers: number, afterMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cli(out, workers), { stdio: "ignore" });
    let finished = false;
    child.on("exit", (_code, signal) => resolve(!finished && signal === "SIGKILL"));
    setTimeout(() => {
      if (child.exitCode === null) child.kill("SIGKILL");
      else finished = true;
    }, afterMs);
  });
}

/** The documents of an output, by id: JSONL lines or the folder's files (visible ones). */
function documents(out: string): Map<string, string> {
  const docs = new Map<string, string>();
  if (out.endsWith(".jsonl")) {
    for (const l of readFileSync(out, "utf8").split("\n")) {
      if (l === "") continue;
      const id = (JSON.parse(l) as { id: string }).id;
      if (docs.has(id)) throw new Error(`${out}: id ${id} written twice`);
      docs.set(id, l);
    }
  } else {
    for (const f of readdirSync(out)) {
      if (f.startsWith(".")) {
        if (f.endsWith(".tmp")) throw new Error(`${out}: temporary file ${f} left behind`);
        continue;
      }
      const text = readFileSync(join(out, f), "utf8");
      docs.set((JSON.parse(text) as { id: string }).id, text);
    }
  }
  return docs;
}

const t0 = Date.now();
const cleanJsonl = join(dir, "clean.jsonl");
const cleanFolder = join(dir, "clean");
runToEnd(cleanJsonl, 1);
const cleanMs = Date.now() - t0;
runToEnd(cleanFolder, 1);
const clean = { jsonl: documents(cleanJsonl), folder: documents(cleanFolder) };
console.log(`${N} articles; a clean run takes ${(cleanMs / 1000).toFixed(1)} s\n`);
console.log("| trial | output | workers | kills | lost | doubled | differing | result |");
console.log("|---|---|---:|---:|---:|---:|---:|---|");
let failures = 0;
for (let t = 1; t <= TRIALS; t++) {
  const kind = t % 2 === 1 ? "jsonl" : "folder";
  const workers = 1 + Math.floor(rand() * 2);
  const out = join(dir, kind === "jsonl" ? `trial-${t}.jsonl` : `trial-${t}`);
  let kills = 0;
  const times = 1 + Math.floor(rand() * 2);
  for (let k = 0; k < times; k++) if (await runAndKill(out, workers, 150 + Math.floor(rand() * cleanMs * 0.9))) kills++;
  runToEnd(out, workers);
  const got = documents(out);
  const want = clean[kind];
  let lost = 0;
  let differing = 0;
  for (const [id, body] of want) {
    const g = got.get(id);
    if (g === undefined) lost++;
    else if (g !== body) differing++;
  }
  const doubled = got.size - (want.size - lost);
  const ok = lost === 0 && doubled === 0 && differing === 0 && (kind !== "jsonl" || readFileSync(out, "utf8") === readFileSync(cleanJsonl, "utf8"));
  if (!ok) failures++;
  console.log(`| ${t} | ${kind} | ${workers} | ${kills} | ${lost} | ${doubled} | ${differing} | ${ok ? "ok" : "FAILED"} |`);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}.manifest`, { force: true });
}
// a re-run of a finished batch skips everything
const r0 = Date.now();
runToEnd(cleanJsonl, 1);
const rerunMs = Date.now() - r0;
console.log(`\nre-run of the finished batch: ${(rerunMs / 1000).toFixed(2)} s (${((100 * rerunMs) / cleanMs).toFixed(1)}% of the first run)`);
console.log(`${TRIALS - failures} of ${TRIALS} trials with zero lost and zero duplicated articles`);
rmSync(dir, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
