// Byte-identity check of the syntax model's output across code changes:
//   npx tsx scripts/syntax-identity.ts --write /tmp/syn-before.jsonl            (on the old code)
//   npx tsx scripts/syntax-identity.ts --against /tmp/syn-before.jsonl          (on the new code)
// Annotates every sentence of the UD English dev and train sets (../shared/benchmarks/ud_english, read
// only, never copied) and the sentences of the corpus/ articles (segment stage tokens), one JSON line per
// sentence with upos, xpos, lemma, head, deprel. --against compares every field of every token and exits 1
// on any difference. --root DIR loads the model code from another checkout (e.g. /work/main) to write the
// reference without switching branches.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { readConllu, treeOf } from "../src/syntax/conllu.js";
import { buildPipeline } from "../src/pipeline/build.js";
import { processText } from "../src/pipeline/run.js";

const { values } = parseArgs({ options: { write: { type: "string" }, against: { type: "string" }, root: { type: "string" }, sets: { type: "string", default: "ewt-dev,gum-dev,ewt-train,gum-train" } } });
const root = resolve(values.root ?? ".");
const mod = (await import(pathToFileURL(join(root, "src/syntax/model.ts")).href)) as typeof import("../src/syntax/model.js");
const syn = mod.SyntaxModel.deserialize(readFileSync(join(root, "src/syntax/data", mod.SYNTAX_MODEL_FILE)));

const UD = "../shared/benchmarks/ud_english";
const sentences: string[][] = [];
for (const set of values.sets.split(",").filter(Boolean)) {
  for (const s of readConllu(readFileSync(join(UD, `${set}.conllu`), "utf8"))) sentences.push(treeOf(s).forms);
}
const seg = buildPipeline([{ name: "segment" }]);
for (const f of readdirSync("corpus").filter((f) => f.endsWith(".txt")).sort()) {
  const text = readFileSync(join("corpus", f), "utf8");
  const doc = processText(seg, f, text);
  const tokens = doc.get("tokens");
  let a = 0;
  while (a < tokens.length) {
    let b = a;
    while (b < tokens.length && tokens[b]!.sentence === tokens[a]!.sentence) b++;
    sentences.push(tokens.slice(a, b).map((t) => t.text));
    a = b;
  }
}

const t0 = performance.now();
const lines = sentences.map((forms) => JSON.stringify({ forms, ...syn.annotate(forms) }));
const ms = performance.now() - t0;
const words = sentences.reduce((n, s) => n + s.length, 0);
console.log(`${sentences.length} sentences, ${words} words annotated in ${ms.toFixed(0)} ms (${Math.round(words / (ms / 1000)).toLocaleString("en")} words/s, one pass)`);
if (values.write) {
  writeFileSync(values.write, lines.join("\n") + "\n");
  console.log(`written ${values.write}`);
}
if (values.against) {
  const ref = readFileSync(values.against, "utf8").trimEnd().split("\n");
  if (ref.length !== lines.length) {
    console.log(`DIFFERENT: ${ref.length} reference sentences, ${lines.length} now`);
    process.exit(1);
  }
  const fields = ["upos", "xpos", "lemma", "head", "deprel"] as const;
  let bad = 0;
  let tokens = 0;
  for (let i = 0; i < ref.length; i++) {
    const r = JSON.parse(ref[i]!) as Record<string, unknown[]>;
    const c = JSON.parse(lines[i]!) as Record<string, unknown[]>;
    if (JSON.stringify(r.forms) !== JSON.stringify(c.forms)) throw new Error(`sentence ${i}: different words`);
    for (let j = 0; j < r.forms!.length; j++) {
      tokens++;
      for (const f of fields) {
        if (r[f]![j] !== c[f]![j]) {
          if (bad++ < 20) console.log(`sentence ${i} token ${j} (${String(r.forms![j])}): ${f} ${String(r[f]![j])} -> ${String(c[f]![j])}`);
        }
      }
    }
  }
  console.log(bad === 0 ? `IDENTICAL: ${ref.length} sentences, ${tokens} tokens, every field` : `DIFFERENT: ${bad} fields differ`);
  if (bad) process.exit(1);
}
