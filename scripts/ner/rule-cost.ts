// What the rules after the model do on a gold set: the model's exact hits the pipeline loses, the hits it adds, the
// false positives it adds and removes, each grouped by the source of the pipeline's mention (rule:…, gazetteer,
// model). Stages segment, dates, entities; labels mapped with the scheme's map (no span conventions applied).
//
//   npx tsx scripts/ner/rule-cost.ts gmb/dev.jsonl gmb org,geo,gpe,eve,art
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { datesStage } from "../../src/stages/dates.js";
import { entitiesStage, sentencesOfTokens } from "../../src/stages/entities.js";
import { EntityTagger } from "../../src/ner/tagger.js";
import { NER_TYPES } from "../../src/ner/labels.js";
import { readJsonl } from "./data.js";

const BENCH = process.env["NEWSFACTS_BENCHMARKS"] ?? fileURLToPath(new URL("../../../shared/benchmarks/", import.meta.url));
const [set, schemeName, labelArg] = process.argv.slice(2);
if (!set || !schemeName) {
  console.error("usage: rule-cost.ts <set, e.g. gmb/dev.jsonl> <scheme> [labels,comma-separated]");
  process.exit(2);
}
const scheme = JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/eval/schemes/${schemeName}.json`, import.meta.url)), "utf8")) as { labels: string[]; map: Record<string, string> };
const labels = labelArg ? labelArg.split(",") : scheme.labels;
/** the model's coarse types as the OntoNotes types the rules would otherwise give them */
const FINE: Record<string, string> = { PER: "PERSON", ORG: "ORG", GEO: "GPE", NORP: "NORP", EVENT: "EVENT", ART: "WORK_OF_ART" };
const seg = segmentStage.create(segmentStage.options.parse({}));
const dates = datesStage.create(datesStage.options.parse({}));
const ent = entitiesStage.create(entitiesStage.options.parse({}));
const tagger = EntityTagger.load();
type Tally = Map<string, { n: number; examples: string[] }>;
const tallies: Record<string, Tally> = { lost: new Map(), gained: new Map(), addedFp: new Map(), removedFp: new Map() };
const count = (t: Tally, key: string, example: string): void => {
  const e = t.get(key) ?? { n: 0, examples: [] };
  e.n++;
  if (e.examples.length < 4 && !e.examples.includes(example)) e.examples.push(example);
  t.set(key, e);
};
const key = (s: number, e: number, l: string): string => `${s}:${e}:${l}`;
const parse = (k: string): [number, number, string] => {
  const [s, e, l] = k.split(":");
  return [Number(s), Number(e), l!];
};
for (const g of readJsonl(BENCH + set)) {
  const doc = new Doc(g.id, g.text);
  seg(doc);
  dates(doc);
  ent(doc);
  const { words, index } = sentencesOfTokens(doc.get("tokens"));
  const model = new Set<string>();
  for (const sp of tagger.tagModel(words).spans) {
    const l = scheme.map[FINE[NER_TYPES[sp.type]!]!];
    if (l && labels.includes(l)) model.add(key(index[sp.start]!.start, index[sp.end - 1]!.end, l));
  }
  const pipe = new Map<string, string>();
  for (const m of doc.get("mentions")) {
    const l = scheme.map[m.type];
    if (l && labels.includes(l)) pipe.set(key(m.start, m.end, l), m.source ?? "model");
  }
  const gold = new Set(g.entities.filter((e) => labels.includes(e.type)).map((e) => key(e.start, e.end, e.type)));
  /** the pipeline mention overlapping a span, as "source label" and its text */
  const over = (k: string): [string, string] => {
    const [s, e] = parse(k);
    for (const [pk, src] of pipe) {
      const [ps, pe, pl] = parse(pk);
      if (ps < e && s < pe) return [`${src} ${pl}`, g.text.slice(ps, pe)];
    }
    return ["(no mention)", ""];
  };
  const text = (k: string): string => g.text.slice(parse(k)[0], parse(k)[1]);
  for (const k of model) {
    if (pipe.has(k)) continue;
    const [src, t] = over(k);
    count(gold.has(k) ? tallies["lost"]! : tallies["removedFp"]!, src, t ? `${text(k)} → ${t}` : text(k));
  }
  for (const [k, src] of pipe) {
    if (model.has(k)) continue;
    count(gold.has(k) ? tallies["gained"]! : tallies["addedFp"]!, `${src} ${parse(k)[2]}`, text(k));
  }
}
const TITLES: Record<string, string> = {
  lost: "model hits the pipeline loses (by the source of the mention that replaced them)",
  gained: "hits the pipeline adds",
  addedFp: "false positives the pipeline adds",
  removedFp: "model false positives the pipeline removes (by the source of the mention that replaced them)",
};
for (const [name, t] of Object.entries(tallies)) {
  const total = [...t.values()].reduce((a, e) => a + e.n, 0);
  console.log(`\n== ${TITLES[name]}: ${total}`);
  for (const [k, e] of [...t].sort((a, b) => b[1].n - a[1].n).slice(0, 15)) console.log(`${String(e.n).padStart(6)}  ${k.padEnd(28)} ${e.examples.join(" | ")}`);
}
