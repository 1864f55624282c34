// Where start-up goes: `npx tsx scripts/bench-startup.ts [--runs 5]` (after `npm run build`).
// Each run is a fresh `node` process over dist/ (cold module cache, as the CLI starts) that times, in order:
// node's own start (performance.now() at the first line), importing the CLI's modules, each stage's
// create() in the default pipeline (its model and lexicon loads; the syntax stage's is the syntax model),
// extractorVersion (hashing the code and data), and the first article through the pipeline and renderer.
// Printed per phase: the best (lowest) of the runs and the median. The end-to-end figure, spawn to the
// first output line of `newsfacts extract`, is `npx tsx scripts/bench-memory.ts --articles "" --startup 5`.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });

const CHILD = `
const t = [["node start", performance.now()]];
let last = performance.now();
const mark = (what) => { const now = performance.now(); t.push([what, now - last]); last = now; };
const { loadConfig } = await import("./dist/config/load.js");
const { STAGES } = await import("./dist/stages/index.js");
const { extractorVersion } = await import("./dist/batch/version.js");
const { processItem, renderDocument } = await import("./dist/batch/run-batch.js");
await import("./dist/cli/main.js");
mark("imports");
for (const def of STAGES.values()) {
  const create = def.create;
  def.create = (o) => { last = performance.now(); const r = create(o); mark("create " + def.name); return r; };
}
const loaded = loadConfig(undefined, process.cwd(), { start: true });
if (!loaded.ok) throw new Error(loaded.error);
last = performance.now();
const v = extractorVersion(loaded.config);
mark("extractorVersion");
const doc = processItem(loaded.pipeline, { ok: true, id: "one", text: "Police arrested three men in Rabat on Monday, the ministry said. The cell had planned attacks, according to a statement.", meta: {}, origin: { file: "" } });
renderDocument(doc, "line", v);
mark("first article");
t.push(["total", performance.now()]);
process.stdout.write(JSON.stringify(t));
`;

const runs = Number(values.runs);
const all = new Map<string, number[]>();
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", CHILD], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(r.stderr);
  for (const [k, ms] of JSON.parse(r.stdout) as Array<[string, number]>) all.set(k, [...(all.get(k) ?? []), ms]);
}
// the CLI loads its bundle through the launcher (src/cli/launch.ts: dist/bundle/main.cjs, V8 code cache), not the
// modules above: timed alone, from the code cache and with the caches off (NEWSFACTS_MODEL_CACHE=off)
const LOAD = `const { warmFiles, loadCli } = await import("./dist/cli/launch.js"); const t = performance.now(); const l = await loadCli(process.cwd(), warmFiles(process.cwd())); process.stdout.write(JSON.stringify([l.code, performance.now() - t]));`;
for (const [what, env] of [["cached", {}], ["caches off", { NEWSFACTS_MODEL_CACHE: "off" }]] as const) {
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", LOAD], { encoding: "utf8", env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(r.stderr);
    const [code, ms] = JSON.parse(r.stdout) as [string, number];
    const key = `CLI bundle load, ${what} (instead of imports; code: ${code})`;
    all.set(key, [...(all.get(key) ?? []), ms]);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`start-up phases, in-process, default pipeline, ${runs} fresh processes (node ${process.version})\n`);
console.log("| phase | best ms | median ms |");
console.log("|---|---:|---:|");
for (const [k, xs] of all) console.log(`| ${k} | ${Math.min(...xs).toFixed(0)} | ${median(xs).toFixed(0)} |`);
