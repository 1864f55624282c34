// Trains the syntax model (tagger, lemmatiser, parser) on UD English: `npm run train:syntax [-- --epochs 9]`.
// Data: ../shared/benchmarks/ud_english ewt-train + gum-train; the dev files only report progress (every
// third epoch), they choose nothing. Fixed seed: the same data and options give the same file, byte for byte.
// The model written is compressed (--compress SPEC, default SHIPPED_COMPRESSION in src/syntax/model.ts; none:
// not): the trained model is serialised, read back and compressed, so the file is byte for byte what
// `scripts/convert-syntax-model.ts --compress SPEC` makes of the file `--compress none` writes.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { readConllu, treeOf, type TreeSentence } from "../src/syntax/conllu.js";
import { SyntaxScorer } from "../src/syntax/evaluate.js";
import { compressSyntaxModel, parseCompression, SHIPPED_COMPRESSION, SYNTAX_MODEL_FILE, syntaxDataDir, SyntaxModel } from "../src/syntax/model.js";
import { trainLemmatiser, trainSyntax } from "../src/syntax/train.js";

const { values } = parseArgs({
  options: {
    epochs: { type: "string", default: "9" },
    "tag-epochs": { type: "string", default: "8" },
    jackknife: { type: "string", default: "5" },
    prune: { type: "string", default: "0.05" },
    compress: { type: "string", default: SHIPPED_COMPRESSION },
    out: { type: "string" },
    limit: { type: "string" },
    seed: { type: "string", default: "20261206" },
    "no-dev": { type: "boolean", default: false },
    // retrain only the lemma tables of the model file at --out (default the shipped one); tagger and parser kept
    "lemma-only": { type: "boolean", default: false },
  },
});
const UD = "../shared/benchmarks/ud_english";
const read = (f: string) => readConllu(readFileSync(join(UD, f), "utf8")).map(treeOf);
let train = [...read("ewt-train.conllu"), ...read("gum-train.conllu")];
if (values.limit) train = train.slice(0, Number(values.limit));
const dev = { ewt: read("ewt-dev.conllu"), gum: read("gum-dev.conllu") };
const t0 = Date.now();
const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${m}`);
const evaluate = (m: SyntaxModel, set: TreeSentence[]) => {
  const sc = new SyntaxScorer();
  for (const s of set) sc.add(s, m.annotate(s.forms));
  return sc.scores();
};
const fmt = (s: ReturnType<typeof evaluate>) => `UPOS ${s.upos.toFixed(2)} UAS ${s.uas.toFixed(2)} LAS ${s.las.toFixed(2)} lemma ${s.lemma.toFixed(2)}`;
const epochs = Number(values.epochs);
const file = values.out ?? join(syntaxDataDir(), SYNTAX_MODEL_FILE);
const lemmaOnly = (): SyntaxModel => {
  // the file as it is (with the row lists serialize() writes), not the shipped inference model
  const m = SyntaxModel.deserialize(readFileSync(file));
  const next = new SyntaxModel(m.tags, m.labels, trainLemmatiser(train).tables!, m.tagger, m.parser, m.labeler, m.info);
  log(`lemma tables retrained: ewt-dev ${fmt(evaluate(next, dev.ewt))} | gum-dev ${fmt(evaluate(next, dev.gum))}`);
  return next;
};
const model = values["lemma-only"] ? lemmaOnly() : trainSyntax(train, {
  epochs,
  tagEpochs: Number(values["tag-epochs"]),
  jackknife: Number(values.jackknife),
  prune: Number(values.prune),
  seed: Number(values.seed),
  log,
  onEpoch: (e, build) => {
    if (values["no-dev"] || (e % 3 !== 0 && e !== epochs)) return log(`parser epoch ${e}`);
    const m = build();
    log(`parser epoch ${e}: ewt-dev ${fmt(evaluate(m, dev.ewt))} | gum-dev ${fmt(evaluate(m, dev.gum))}`);
  },
});
const compression = parseCompression(values.compress!);
let bytes = model.serialize();
// --lemma-only keeps the tagger and parser of the file as they are (compressed or not)
if (compression && !values["lemma-only"]) {
  const small = compressSyntaxModel(SyntaxModel.deserialize(bytes), compression);
  if (values["no-dev"]) log(`compressed ${values.compress}`);
  else log(`compressed ${values.compress}: ewt-dev ${fmt(evaluate(small, dev.ewt))} | gum-dev ${fmt(evaluate(small, dev.gum))}`);
  bytes = small.serialize();
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, bytes);
log(`wrote ${file}: ${(bytes.length / 1e6).toFixed(2)} MB`);
