// Prints the most frequent false positives / false negatives of the entity stage on one dev set.
// usage: tsx scripts/ner/errors.ts conll2003/dev.jsonl conll [N]
import { fileURLToPath } from "node:url";
import { readFileSync } from "node:fs";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { entitiesStage } from "../../src/stages/entities.js";
import { readJsonl } from "./data.js";
import { stripTitle } from "./evaluate.js";

const [file = "conll2003/dev.jsonl", schemeName = "conll", nStr = "40"] = process.argv.slice(2);
const bench = fileURLToPath(new URL("../../../shared/benchmarks/", import.meta.url));
const scheme = JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/eval/schemes/${schemeName}.json`, import.meta.url)), "utf8")) as { labels: string[]; map: Record<string, string> };
const seg = segmentStage.create(segmentStage.options.parse({}));
const ent = entitiesStage.create(entitiesStage.options.parse({}));
const fp = new Map<string, number>();
const fn = new Map<string, number>();
for (const g of readJsonl(bench + file)) {
  const doc = new Doc(g.id, g.text);
  seg(doc);
  ent(doc);
  const pred = doc.get("mentions").flatMap((m) => (scheme.map[m.type] ? [{ ...m, label: scheme.map[m.type]! }] : []));
  const gold = g.entities.filter((e) => scheme.labels.includes(e.type) && Object.values(scheme.map).includes(e.type) && e.type !== "tim").map((e) => (process.env["STRIP_TITLES"] ? stripTitle(g.text, e) : e));
  const gk = new Map(gold.map((e) => [`${e.start}:${e.end}:${e.type}`, e]));
  const pk = new Map(pred.map((e) => [`${e.start}:${e.end}:${e.label}`, e]));
  for (const [k, e] of pk) if (!gk.has(k)) {
    const over = gold.find((x) => x.start < e.end && e.start < x.end);
    const s = `${e.text} [${e.label}] gold: ${over ? `${over.text} [${over.type}]` : "-"}`;
    fp.set(s, (fp.get(s) ?? 0) + 1);
  }
  for (const [k, e] of gk) if (!pk.has(k)) {
    const over = pred.find((x) => x.start < e.end && e.start < x.end);
    const s = `${e.text} [${e.type}] pred: ${over ? `${over.text} [${over.label}]` : "-"}`;
    fn.set(s, (fn.get(s) ?? 0) + 1);
  }
}
const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(nStr)).map(([s, n]) => `${n}\t${s}`).join("\n");
console.log("FALSE POSITIVES\n" + top(fp) + "\n\nFALSE NEGATIVES\n" + top(fn));
