/**
 * Where the parse changes a weekday or bare-month value: every such date in the UD English dev sentences
 * (EWT and GUM dev, held out from the syntax model's training), dated as if published on Wednesday
 * 15 August 2018, with the value from the sentence's past/future markers alone and with the parse's
 * clause tense (src/nlp/dates/tense.ts). Prints each difference with its sentence, to be judged by reading.
 *
 *   npx tsx scripts/dates-tense-diff.ts
 */
import { readFileSync } from "node:fs";
import { buildPipeline } from "../src/pipeline/build.js";
import { processText } from "../src/pipeline/run.js";
const a = buildPipeline([{ name: "segment" }, { name: "dates" }]);
const b = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }]);
const sents: string[] = [];
for (const f of ["ewt-dev", "gum-dev"]) for (const l of readFileSync(`../shared/benchmarks/ud_english/${f}.conllu`, "utf8").split("\n")) if (l.startsWith("# text = ")) sents.push(l.slice(9));
const re = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
let n = 0, diff = 0;
for (const [i, s] of sents.entries()) {
  if (!re.test(s)) continue;
  const x = processText(a, `s${i}`, s, { published: "2018-08-15" }).get("dates");
  const y = processText(b, `s${i}`, s, { published: "2018-08-15" }).get("dates");
  for (const p of y) {
    if (!/dates:(weekday|month)$/.test(p.source)) continue;
    n++;
    const q = x.find((o) => o.start === p.start && o.end === p.end);
    if (q && q.value !== p.value) { diff++; console.log(`#${diff} ${p.source} [${p.text}] regex ${q.value} parse ${p.value}\n   ${s}`); }
  }
}
console.log(`weekday and bare-month dates: ${n}, values that differ: ${diff}`);
