// Hit rates of the per-word caches at several bounds: `npx tsx scripts/cache-hits.ts [--articles 20000]`.
// The caches keyed by a written word (entity feature atoms, syntax word hashes, tagger forms, lemmas) are
// replayed over the tokens (src/nlp/tokenize.ts) of GMB articles of 4 sentences, in order, with the
// caches' policy (start over when full); the hit rate is over the second half of the run (caches warm).
import { parseArgs } from "node:util";
import { tokenize } from "../src/nlp/tokenize.js";
import { gmbSentences } from "./gmb-sentences.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "20000" } } });
const N = Number(values.articles);
const sentences = gmbSentences();
const words: string[] = [];
for (let i = 0; i < N; i++) {
  const s = (i * 4) % (sentences.length - 4);
  const text = sentences.slice(s, s + 4).join(" ");
  for (const t of tokenize(text)) words.push(t.text);
}
const distinct = new Set(words).size;
console.log(`${N.toLocaleString("en")} articles, ${words.length.toLocaleString("en")} tokens, ${distinct.toLocaleString("en")} distinct forms\n`);
console.log("| bound (forms) | hit rate, second half | entries at the end |");
console.log("|---:|---:|---:|");
for (const bound of [200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000]) {
  const cache = new Set<string>();
  let hits = 0;
  let looks = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const hit = cache.has(w);
    if (!hit) {
      if (cache.size >= bound) cache.clear();
      cache.add(w);
    }
    if (i >= words.length / 2) {
      looks++;
      if (hit) hits++;
    }
  }
  console.log(`| ${bound.toLocaleString("en")} | ${((100 * hits) / looks).toFixed(1)}% | ${cache.size.toLocaleString("en")} |`);
}
