// Speed of the entity stage alone, on one core, against wink-nlp's readDoc on the same text.
// usage: npx tsx scripts/bench-ner-speed.ts [path.jsonl] [rounds]
// Default text: ../shared/benchmarks/gmb/dev.jsonl (VOA sentences, 20 to a document).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { Doc } from "../src/document/document.js";
import { segmentStage } from "../src/stages/segment.js";
import { entitiesStage } from "../src/stages/entities.js";

const file = process.argv[2] || fileURLToPath(new URL("../../shared/benchmarks/gmb/dev.jsonl", import.meta.url));
const rounds = Number(process.argv[3] ?? 5);
const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
const texts: string[] = [];
const perDoc = file.includes("gmb") ? 20 : 1;
for (let i = 0; i < lines.length; i += perDoc) texts.push(lines.slice(i, i + perDoc).join(" "));

const seg = segmentStage.create(segmentStage.options.parse({}));
const t0 = performance.now();
const ent = entitiesStage.create(entitiesStage.options.parse({}));
const loadMs = performance.now() - t0;
const docs = texts.map((t, i) => {
  const d = new Doc(String(i), t);
  seg(d);
  return d;
});
const tokens = docs.reduce((n, d) => n + d.get("tokens").length, 0);
const chars = texts.reduce((n, t) => n + t.length, 0);

// warm-up, then the best of `rounds` runs
for (const d of docs.slice(0, 50)) ent(d);
// CPU time of this process (user + system) as well as wall time: the machine is shared, and CPU time
// is what one core spends on the work
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let best = Infinity;
let bestCpu = Infinity;
let mentions = 0;
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  const c = cpuMs();
  mentions = 0;
  for (const d of docs) {
    ent(d);
    mentions += d.get("mentions").length;
  }
  best = Math.min(best, performance.now() - s);
  bestCpu = Math.min(bestCpu, cpuMs() - c);
}

const nlp = winkNLP(model);
let winkTokens = 0;
for (const t of texts.slice(0, 50)) nlp.readDoc(t);
let winkBest = Infinity;
let winkCpu = Infinity;
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  const c = cpuMs();
  winkTokens = 0;
  for (const t of texts) winkTokens += nlp.readDoc(t).tokens().length();
  winkBest = Math.min(winkBest, performance.now() - s);
  winkCpu = Math.min(winkCpu, cpuMs() - c);
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
console.log(`text: ${file} — ${docs.length} documents, ${fmt(chars)} characters, ${fmt(tokens)} tokens (our tokenizer), ${fmt(winkTokens)} (wink-nlp)`);
console.log(`model load (create): ${loadMs.toFixed(0)} ms`);
console.log(`entities stage:   wall ${best.toFixed(0)} ms = ${fmt((tokens / best) * 1000)} tokens/s; CPU ${bestCpu.toFixed(0)} ms = ${fmt((tokens / bestCpu) * 1000)} tokens/s; ${mentions} mentions (best of ${rounds})`);
console.log(`wink-nlp readDoc: wall ${winkBest.toFixed(0)} ms = ${fmt((winkTokens / winkBest) * 1000)} tokens/s; CPU ${winkCpu.toFixed(0)} ms = ${fmt((winkTokens / winkCpu) * 1000)} tokens/s (best of ${rounds})`);
