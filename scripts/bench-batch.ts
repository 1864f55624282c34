// Batch at scale, on this machine: `npm run bench:batch [-- --articles 50000]`.
// Text: GMB's public-domain VOA sentences (../shared/benchmarks/gmb), grouped into short articles.
// Prints, side by side in one run:
//  1. wink-nlp readDoc tokens/s on the same text (the yardstick) and the whole pipeline through the
//     CLI with one worker thread, on >= 1M tokens;
//  2. one against two worker threads on the big batch (>= 3M tokens), with peak RSS;
//  3. start-up: wall time until the first document is out;
//  4. a re-run of the finished big batch (everything skipped) against the first run.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { gmbSentences } from "./gmb-sentences.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "50000" }, "per-article": { type: "string", default: "4" } } });
const N = Number(values.articles);
const PER = Number(values["per-article"]);
const sentences = gmbSentences();
const dir = mkdtempSync(join(tmpdir(), "newsfacts-batch-"));
const nlp = winkNLP(model);

function writeBatch(name: string, n: number): { file: string; tokens: number; texts: string[] } {
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    const start = (i * PER) % (sentences.length - PER);
    texts.push(sentences.slice(start, start + PER).join(" "));
  }
  const file = join(dir, `${name}.jsonl`);
  writeFileSync(file, `${texts.map((t, i) => JSON.stringify({ id: `${name}-${i}`, text: t })).join("\n")}\n`);
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  return { file, tokens, texts };
}

function wink(texts: string[]): number {
  for (const t of texts.slice(0, 200)) nlp.readDoc(t);
  const t0 = process.hrtime.bigint();
  let tokens = 0;
  for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
  return tokens / (Number(process.hrtime.bigint() - t0) / 1e9);
}

function extract(input: string, out: string, workers: number, extra: string[] = []): { secs: number; peakMb: number; stderr: string } {
  const t0 = Date.now();
  const res = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "bin/newsfacts.js", "extract", "-w", String(workers), ...extra, "--out", out, input], { encoding: "utf8", maxBuffer: 1 << 26 });
  const secs = (Date.now() - t0) / 1000;
  const lines = res.stderr.trim().split("\n");
  if (res.status !== 0) throw new Error(`extract exited ${res.status}: ${res.stderr.slice(0, 2000)}`);
  return { secs, peakMb: Number(lines.at(-1)) / 1024, stderr: lines.slice(0, -1).join("\n") };
}

function startup(): Promise<number> {
  return new Promise((resolve, reject) => {
    const input = join(dir, "one.jsonl");
    writeFileSync(input, `${JSON.stringify({ id: "one", text: sentences.slice(0, 3).join(" ") })}\n`);
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ["bin/newsfacts.js", "extract", "-q", "--out", "-", input], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.once("data", () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
    child.on("error", reject);
  });
}

const mid = writeBatch("mid", Math.ceil(N / 3));
const big = writeBatch("big", N);
console.log(`Text: GMB VOA sentences, ${PER} to an article. mid: ${mid.texts.length.toLocaleString("en")} articles, ${mid.tokens.toLocaleString("en")} tokens; big: ${N.toLocaleString("en")} articles, ${big.tokens.toLocaleString("en")} tokens (wink-nlp tokens)\n`);

const winkRate = wink(mid.texts);
const one = extract(mid.file, join(dir, "mid-1.jsonl"), 1);
const oneRate = mid.tokens / one.secs;
console.log("| run | articles | tokens | seconds | tokens/s | vs wink-nlp readDoc | peak RSS MB |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
console.log(`| wink-nlp readDoc (in process) | ${mid.texts.length} | ${mid.tokens} | ${(mid.tokens / winkRate).toFixed(1)} | ${Math.round(winkRate).toLocaleString("en")} | 1.00× | |`);
console.log(`| newsfacts extract, 1 worker | ${mid.texts.length} | ${mid.tokens} | ${one.secs.toFixed(1)} | ${Math.round(oneRate).toLocaleString("en")} | ${(oneRate / winkRate).toFixed(2)}× | ${one.peakMb.toFixed(0)} |`);
const big1 = extract(big.file, join(dir, "big-1.jsonl"), 1);
const big2out = join(dir, "big-2.jsonl");
const big2 = extract(big.file, big2out, 2);
console.log(`| newsfacts extract, 1 worker | ${N} | ${big.tokens} | ${big1.secs.toFixed(1)} | ${Math.round(big.tokens / big1.secs).toLocaleString("en")} | ${(big.tokens / big1.secs / winkRate).toFixed(2)}× | ${big1.peakMb.toFixed(0)} |`);
console.log(`| newsfacts extract, 2 workers | ${N} | ${big.tokens} | ${big2.secs.toFixed(1)} | ${Math.round(big.tokens / big2.secs).toLocaleString("en")} | ${(big.tokens / big2.secs / winkRate).toFixed(2)}× | ${big2.peakMb.toFixed(0)} |`);
console.log(`\ntwo workers / one worker on the big batch: ${(big1.secs / big2.secs).toFixed(2)}×`);
const same = readFileSync(join(dir, "big-1.jsonl"), "utf8") === readFileSync(big2out, "utf8");
console.log(`one and two workers give byte-identical output: ${same ? "yes" : "NO"}`);
const rerun = extract(big.file, big2out, 2);
console.log(`re-run of the finished big batch (every article skipped): ${rerun.secs.toFixed(2)} s, ${((100 * rerun.secs) / big2.secs).toFixed(1)}% of the first run; ${rerun.stderr.split("\n")[0]}`);
const starts: number[] = [];
for (let i = 0; i < 5; i++) starts.push(await startup());
console.log(`start-up, first document out (best of 5): ${Math.min(...starts).toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
