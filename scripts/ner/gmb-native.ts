// The GMB-native reference run (issue 4): how far does this model class get on GMB dev when it learns GMB's own
// conventions? Scores the statistical model alone (no rules, no linking) on gmb/dev names (per, org, geo, gpe, eve,
// art; exact span and label) against GMB's gold as it is, for each model folder given.
//
//   NER_OUT=/tmp/gmb-native NER_GMB_RAW=1 NER_GUM_COPIES=0 npm run train    # the reference model (GMB only, uncleaned)
//   npx tsx scripts/ner/gmb-native.ts src/ner/data /tmp/gmb-native            # shipped model beside it
import { fileURLToPath } from "node:url";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { sentencesOfTokens } from "../../src/stages/entities.js";
import { EntityTagger } from "../../src/ner/tagger.js";
import { NER_TYPES } from "../../src/ner/labels.js";
import { readJsonl } from "./data.js";

const BENCH = process.env["NEWSFACTS_BENCHMARKS"] ?? fileURLToPath(new URL("../../../shared/benchmarks/", import.meta.url));
const LABEL: Record<string, string> = { PER: "per", ORG: "org", GEO: "geo", NORP: "gpe", EVENT: "eve", ART: "art" };
const LABELS = ["per", "org", "geo", "gpe", "eve", "art"];
const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: gmb-native.ts <model folder> [<model folder> …]");
  process.exit(2);
}
const gold = readJsonl(BENCH + "gmb/dev.jsonl");
const seg = segmentStage.create(segmentStage.options.parse({}));
const docs = gold.map((g) => {
  const doc = new Doc(g.id, g.text);
  seg(doc);
  return doc;
});
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
for (const dir of dirs) {
  const tagger = EntityTagger.load(fileURLToPath(new URL(dir.replace(/\/?$/, "/"), `file://${process.cwd()}/`)));
  const c: Record<string, [number, number, number]> = Object.fromEntries(LABELS.map((l) => [l, [0, 0, 0]]));
  docs.forEach((doc, k) => {
    const { words, index } = sentencesOfTokens(doc.get("tokens"));
    const key = (s: number, e: number, l: string): string => `${s}:${e}:${l}`;
    const pred = new Set(
      tagger.tagModel(words).spans.map((sp) => key(index[sp.start]!.start, index[sp.end - 1]!.end, LABEL[NER_TYPES[sp.type]!]!)),
    );
    const g = new Set(gold[k]!.entities.filter((e) => LABELS.includes(e.type)).map((e) => key(e.start, e.end, e.type)));
    for (const p of pred) c[p.split(":")[2]!]![g.has(p) ? 0 : 1]++;
    for (const x of g) if (!pred.has(x)) c[x.split(":")[2]!]![2]++;
  });
  console.log(`\nmodel ${dir} (alone, no rules) on gmb/dev, GMB's own spans, exact`);
  console.log("label       P       R      F1     tp    fp    fn");
  const row = (name: string, [tp, fp, fn]: [number, number, number]): void => {
    const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
    console.log(`${name.padEnd(6)} ${pct(p)} ${pct(r)} ${pct(p + r ? (2 * p * r) / (p + r) : 0)} ${String(tp).padStart(6)} ${String(fp).padStart(5)} ${String(fn).padStart(5)}`);
  };
  for (const l of LABELS) row(l, c[l]!);
  row("names", LABELS.reduce<[number, number, number]>((a, l) => [a[0] + c[l]![0], a[1] + c[l]![1], a[2] + c[l]![2]], [0, 0, 0]));
}
