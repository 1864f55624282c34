// Writes, for one dev set, every scored disagreement with the gold as "doc<TAB>kind<TAB>text<TAB>label<TAB>context"
// lines: compare two checkouts' outputs with diff to see what a change fixed and broke.
// usage: tsx scripts/ner/dump.ts gmb/dev.jsonl gmb > /tmp/x.tsv
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { entitiesStage } from "../../src/stages/entities.js";
import { linkStage } from "../../src/stages/link.js";
import { readJsonl } from "./data.js";

const [file = "conll2003/dev.jsonl", schemeName = "conll"] = process.argv.slice(2);
const bench = "/work/shared/benchmarks/";
const scheme = JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/eval/schemes/${schemeName}.json`, import.meta.url)), "utf8")) as { labels: string[]; map: Record<string, string> };
const seg = segmentStage.create(segmentStage.options.parse({}));
const ent = entitiesStage.create(entitiesStage.options.parse({}));
const link = linkStage.create(linkStage.options.parse({}));
const lines: string[] = [];
for (const g of readJsonl(bench + file)) {
  const doc = new Doc(g.id, g.text);
  seg(doc);
  ent(doc);
  link(doc);
  const pred = doc.get("mentions").flatMap((m) => (scheme.map[m.type] ? [{ start: m.start, end: m.end, label: scheme.map[m.type]! }] : []));
  const gold = g.entities.filter((e) => scheme.labels.includes(e.type)).map((e) => ({ start: e.start, end: e.end, label: e.type }));
  const gk = new Set(gold.map((e) => `${e.start}:${e.end}:${e.label}`));
  const pk = new Set(pred.map((e) => `${e.start}:${e.end}:${e.label}`));
  const ctx = (s: number, e: number): string => (g.text.slice(Math.max(0, s - 50), s) + "[" + g.text.slice(s, e) + "]" + g.text.slice(e, e + 50)).replace(/\s+/g, " ");
  for (const e of pred) if (!gk.has(`${e.start}:${e.end}:${e.label}`)) lines.push(`${g.id}\tFP\t${g.text.slice(e.start, e.end)}\t${e.label}\t${ctx(e.start, e.end)}`);
  for (const e of gold) if (!pk.has(`${e.start}:${e.end}:${e.label}`)) lines.push(`${g.id}\tFN\t${g.text.slice(e.start, e.end)}\t${e.label}\t${ctx(e.start, e.end)}`);
}
console.log(lines.join("\n"));
