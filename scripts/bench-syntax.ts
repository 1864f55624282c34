// Syntax model quality and speed: `npm run bench:syntax`.
// Quality on ewt-dev and gum-dev (gold tokenisation, every word, punctuation included, as the CoNLL 2018
// shared task counts): UPOS, XPOS, lemma, UAS, LAS (universal part of the relation), and LAS by relation.
// Speed: tag + lemmatise + parse tokens/s on the same sentences, one thread, beside wink-nlp readDoc on
// their text in the same run; model size and load time.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { readConllu, treeOf } from "../src/syntax/conllu.js";
import { SyntaxScorer } from "../src/syntax/evaluate.js";
import { SYNTAX_MODEL_FILE, SyntaxModel, syntaxDataDir } from "../src/syntax/model.js";

const UD = "../shared/benchmarks/ud_english";
const file = syntaxDataDir() + SYNTAX_MODEL_FILE;
const l0 = performance.now();
const syn = SyntaxModel.deserialize(readFileSync(file));
const loadMs = performance.now() - l0;
console.log(`model ${file}: ${(statSync(file).size / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms\n`);
console.log("| set | words | UPOS | XPOS | lemma | UAS | LAS |\n|---|---:|---:|---:|---:|---:|---:|");
const all = new SyntaxScorer();
const sentsOf: string[][] = [];
const texts: string[] = [];
for (const set of ["ewt-dev", "gum-dev"]) {
  const raw = readConllu(readFileSync(join(UD, `${set}.conllu`), "utf8"));
  const sc = new SyntaxScorer();
  for (const s of raw) {
    const t = treeOf(s);
    const a = syn.annotate(t.forms);
    sc.add(t, a);
    all.add(t, a);
    sentsOf.push(t.forms);
    const c = s.lines.find((l) => l.kind === "comment" && l.text.startsWith("# text = "));
    texts.push(c && c.kind === "comment" ? c.text.slice(9) : t.forms.join(" "));
  }
  const r = sc.scores();
  console.log(`| ${set} | ${r.words} | ${r.upos.toFixed(2)} | ${r.xpos.toFixed(2)} | ${r.lemma.toFixed(2)} | ${r.uas.toFixed(2)} | ${r.las.toFixed(2)} |`);
}
console.log("\nLAS by relation (both dev sets, the 15 most frequent):\n\n| relation | words | LAS |\n|---|---:|---:|");
for (const [rel, [n, ok]] of [...all.byRelation].sort((a, b) => b[1][0] - a[1][0]).slice(0, 15)) console.log(`| ${rel} | ${n} | ${((100 * ok) / n).toFixed(1)} |`);

// speed, best of 3 rounds each, interleaved
const nlp = winkNLP(model);
const words = sentsOf.reduce((n, s) => n + s.length, 0);
let bestSyn = Infinity;
let bestWink = Infinity;
let winkTokens = 0;
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (const s of sentsOf) syn.annotate(s);
  bestSyn = Math.min(bestSyn, performance.now() - t);
  t = performance.now();
  winkTokens = 0;
  for (const s of texts) winkTokens += nlp.readDoc(s).tokens().length();
  bestWink = Math.min(bestWink, performance.now() - t);
}
const synRate = words / (bestSyn / 1000);
const winkRate = winkTokens / (bestWink / 1000);
console.log(`\nspeed, one thread: tag + lemmatise + parse ${Math.round(synRate).toLocaleString("en")} words/s; wink-nlp readDoc ${Math.round(winkRate).toLocaleString("en")} tokens/s on the same text; ratio ${(synRate / winkRate).toFixed(2)}×`);
