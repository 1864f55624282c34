/**
 * Picks candidate sentences for the quantity dev set (bench/quantities/README.md): sentences of GMB
 * (public-domain VOA) and GUM news (CC BY 2.5) that contain a digit or a number word, spread over
 * kinds (money, percent, people counted, durations and ages, ranges, vague magnitudes, changes,
 * points), in a fixed-seed shuffle. It only picks: the quantities are annotated by reading each sentence.
 * Usage: tsx scripts/quantities/pick-candidates.ts [--n 400] [--seed 13] > candidates.tsv
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { benchmarksDir } from "../../src/eval/bench.js";

const { values } = parseArgs({ options: { n: { type: "string", default: "400" }, seed: { type: "string", default: "13" } } });
const dir = benchmarksDir(resolve(import.meta.dirname, "..", ".."));

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBER_WORD = /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|half|third|quarter)\b/i;
const NUMBER = /\d/;
const YEAR_ONLY = /^(?:[^\d]*\b(?:1[89]\d\d|20\d\d)\b)*[^\d]*$/;
const BUCKETS: [string, RegExp][] = [
  ["money", /[$€£¥]|\b(dollars?|euros?|pounds|yen|yuan|rupees?|cents?|pence)\b/i],
  ["percent", /%|\bper ?cent\b/i],
  ["people", /\b\d[\d,]*\s+(people|persons|soldiers|civilians|troops|police|militants|children|refugees|workers|students|members)\b|\b(two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands)\s+(people|soldiers|civilians|troops|militants|children|refugees)\b/i],
  ["duration-age", /\b(years?|months?|weeks?|days|hours)\b[^.]*|\bage[ds]?\b|-year-old/i],
  ["range", /\b(between \S+ and|from \S+ to)\b|\d\s*-\s*\d|\b\w+ or \w+ (days|people|years)/i],
  ["vague", /\b(dozens|hundreds|thousands|millions|tens of thousands|scores) of\b|\b(a dozen|half of|a third)\b/i],
  ["change", /\b(rose|fell|increased|decreased|dropped|jumped|climbed|gained|lost|declined|cut|up|down) (by )?(about |nearly |more than )?[\d$]/i],
  ["points", /\bpoints?\b|\bgoals?\b|\bvotes?\b|\bseats?\b/i],
];

interface Cand { id: string; text: string }
const cands: Cand[] = [];
for (const file of ["gmb/dev.jsonl", "gmb/train.jsonl"])
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as Cand;
    cands.push({ id, text });
  }
for (const file of ["gum_news/train.jsonl", "gum_news/dev.jsonl"])
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const { id, text } = JSON.parse(line) as Cand;
    let k = 0;
    for (const para of text.split(/\n+/))
      for (const s of para.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)) {
        k += 1;
        if (s.length >= 40 && /[.!?]["”]?$/.test(s)) cands.push({ id: `${id}#s${k}`, text: s });
      }
  }

const rand = mulberry32(Number(values.seed));
const pool = cands.filter((c) => (NUMBER.test(c.text) || NUMBER_WORD.test(c.text)) && !(NUMBER.test(c.text) && YEAR_ONLY.test(c.text) && !NUMBER_WORD.test(c.text)) && c.text.length <= 260);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [pool[i], pool[j]] = [pool[j]!, pool[i]!];
}
// richer sentences first within each bucket (two or more numbers), then round-robin over the buckets
const richness = (t: string) => (t.match(/\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds|thousands|millions|half)\b/gi) ?? []).length;
const byBucket = BUCKETS.map(([name, re]) => ({ name, list: pool.filter((c) => re.test(c.text)).sort((a, b) => Math.min(richness(b.text), 3) - Math.min(richness(a.text), 3)) }));
const gum = pool.filter((c) => c.id.includes("#"));
byBucket.push({ name: "gum", list: gum.sort((a, b) => Math.min(richness(b.text), 3) - Math.min(richness(a.text), 3)) });
const taken = new Set<string>();
const out: [string, Cand][] = [];
const n = Number(values.n);
for (let round = 0; out.length < n && round < 10000; round++)
  for (const b of byBucket) {
    const c = b.list.find((x) => !taken.has(x.id));
    if (!c || out.length >= n) continue;
    taken.add(c.id);
    out.push([b.name, c]);
  }
for (const [bucket, c] of out) console.log(`${c.id}\t${bucket}\t${c.text}`);
