// Flame graph of a whole-pipeline run: `npx tsx scripts/flame.ts [--articles 1500] [--out docs/flame-pipeline.svg]`.
// Runs `newsfacts extract` on GMB text under `node --cpu-prof`, then draws the profile as an SVG
// flame graph (callers below, callees above, width = CPU time) and prints the functions with the
// most self time and each source folder's inclusive share.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { articles: { type: "string", default: "1500" }, out: { type: "string", default: "docs/flame-pipeline.svg" }, workers: { type: "string", default: "1" } } });
const dir = mkdtempSync(join(tmpdir(), "newsfacts-flame-"));
const sentences = readFileSync("../shared/benchmarks/gmb/dev.jsonl", "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);
const n = Number(values.articles);
const input = join(dir, "in.jsonl");
writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ id: `a${i}`, text: sentences.slice((i * 4) % (sentences.length - 4), ((i * 4) % (sentences.length - 4)) + 4).join(" ") })).join("\n") + "\n");
const res = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "bin/newsfacts.js", "extract", "-q", "-w", values.workers!, "--out", join(dir, "out.jsonl"), input], { encoding: "utf8" });
if (res.status !== 0) throw new Error(res.stderr);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
const prof = JSON.parse(readFileSync(join(dir, file), "utf8")) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const self = new Map<number, number>();
prof.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = new Map<number, number>();
const totalOf = (id: number): number => {
  const cached = total.get(id);
  if (cached !== undefined) return cached;
  const node = byId.get(id)!;
  const t = (self.get(id) ?? 0) + (node.children ?? []).reduce((a, c) => a + totalOf(c), 0);
  total.set(id, t);
  return t;
};
const root = prof.nodes[0]!;
const all = totalOf(root.id);
const label = (x: Node) => {
  const where = x.callFrame.url.replace(/^.*\/(dist|src|node_modules)\//, "$1/");
  return `${x.callFrame.functionName || "(anonymous)"}${where ? ` ${where}:${x.callFrame.lineNumber + 1}` : ""}`;
};
const W = 1600;
const H = 16;
const rects: string[] = [];
let depthMax = 0;
const hue = (url: string) => (url.includes("/ner/") ? 10 : url.includes("/nlp/") ? 40 : url.includes("/stages/") ? 200 : url.includes("node_modules") ? 280 : url.includes("/batch/") || url.includes("/cli/") ? 120 : 0);
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const draw = (id: number, x: number, depth: number) => {
  const node = byId.get(id)!;
  const w = (totalOf(id) / all) * W;
  if (w < 0.3) return;
  depthMax = Math.max(depthMax, depth);
  const text = label(node);
  const pct = ((100 * totalOf(id)) / all).toFixed(1);
  rects.push(
    `<g><title>${esc(text)} — ${pct}%</title><rect x="${x.toFixed(1)}" y="${-(depth + 1) * H}" width="${w.toFixed(1)}" height="${H - 1}" fill="hsl(${hue(node.callFrame.url)},${node.callFrame.url ? 70 : 0}%,${60 + (depth % 3) * 6}%)"/>` +
      (w > 40 ? `<text x="${(x + 3).toFixed(1)}" y="${-(depth + 1) * H + 11}" font-size="10" font-family="monospace">${esc(text.slice(0, Math.floor(w / 6.2)))}</text>` : "") +
      "</g>",
  );
  let cx = x;
  for (const c of node.children ?? []) {
    draw(c, cx, depth + 1);
    cx += (totalOf(c) / all) * W;
  }
};
draw(root.id, 0, 0);
const height = (depthMax + 2) * H;
writeFileSync(values.out!, `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 ${-height} ${W} ${height}"><rect x="0" y="${-height}" width="${W}" height="${height}" fill="#fff"/>${rects.join("")}</svg>\n`);
const selfBy = new Map<string, number>();
for (const [id, t] of self) selfBy.set(label(byId.get(id)!), (selfBy.get(label(byId.get(id)!)) ?? 0) + t);
console.log(`${n} articles, ${(all / 1e6).toFixed(2)} s of CPU samples; flame graph: ${values.out}\n`);
console.log("| function (self time) | ms | share |\n|---|---:|---:|");
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${k} | ${(t / 1000).toFixed(0)} | ${((100 * t) / all).toFixed(1)}% |`);
