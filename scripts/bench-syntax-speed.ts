// Speed of the syntax model by component, A/B against another checkout in the same process:
//   npx tsx scripts/bench-syntax-speed.ts [--base /work/main] [--rounds 5] [--sets ewt-dev,gum-dev]
// Times tag, lemmatise and parse (and annotate as a whole) over the UD English dev sentences (gold
// tokenisation, ../shared/benchmarks/ud_english, read only), rounds interleaved between this tree and the
// base so both see the same machine load; prints the best round of each in words/s (a shared machine is
// noisy: the best round is the least disturbed one).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { readConllu, treeOf } from "../src/syntax/conllu.js";

const { values } = parseArgs({ options: { base: { type: "string" }, rounds: { type: "string", default: "5" }, sets: { type: "string", default: "ewt-dev,gum-dev" } } });

interface Impl {
  name: string;
  annotate(forms: readonly string[]): unknown;
  tag(forms: readonly string[], h: unknown): ArrayLike<number>;
  lemmas(forms: readonly string[], t: ArrayLike<number>): void;
  parse(forms: readonly string[], h: unknown, t: ArrayLike<number>): void;
  hashes(forms: readonly string[]): unknown;
}

async function load(root: string, name: string): Promise<Impl> {
  const imp = async (p: string): Promise<any> => import(pathToFileURL(join(root, p)).href);
  const model = await imp("src/syntax/model.ts");
  const tagger = await imp("src/syntax/tagger.ts");
  const parser = await imp("src/syntax/parser.ts");
  const words = await imp("src/syntax/words.ts");
  const m = model.SyntaxModel.deserialize(readFileSync(join(root, "src/syntax/data", model.SYNTAX_MODEL_FILE)));
  return {
    name,
    annotate: (f) => m.annotate(f),
    hashes: (f) => words.wordHashes(f),
    tag: (f, h) => (m.tagWords ? m.tagWords(f, h) : tagger.tagWith(m.tagger, f, h)),
    lemmas: (f, t) => {
      for (let i = 0; i < f.length; i++) if (m.lemmaOf) m.lemmaOf(f[i], t[i]!); else m.lemmatiser.lemma(f[i], m.xpos[t[i]!], m.upos[t[i]!]);
    },
    parse: (f, h, t) =>
      m.parseWords ? m.parseWords(h, t) : model.parseWith(m.parser, m.labeler, m.rootLabel, parser.parseInput(h, Array.from(t, (c: number) => m.tagHash[c]))),
  };
}

const UD = "../shared/benchmarks/ud_english";
const sents: string[][] = [];
for (const set of values.sets!.split(",")) for (const s of readConllu(readFileSync(join(UD, `${set}.conllu`), "utf8"))) sents.push(treeOf(s).forms);
const words = sents.reduce((n, s) => n + s.length, 0);

const impls = [await load(resolve("."), "this tree")];
if (values.base) impls.push(await load(resolve(values.base), `base ${values.base}`));

type Part = "annotate" | "tag" | "lemma" | "parse";
const best = impls.map(() => ({ annotate: Infinity, tag: Infinity, lemma: Infinity, parse: Infinity }) as Record<Part, number>);
const rounds = Number(values.rounds);
for (let r = 0; r < rounds + 1; r++) {
  for (const [k, im] of impls.entries()) {
    const b = best[k]!;
    let t = performance.now();
    for (const s of sents) im.annotate(s);
    const a = performance.now() - t;
    // components: hashes and tags computed beforehand, each part timed alone
    const hs = sents.map((s) => im.hashes(s));
    t = performance.now();
    const ts = sents.map((s, i) => im.tag(s, hs[i]));
    const tg = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < sents.length; i++) im.lemmas(sents[i]!, ts[i]!);
    const lm = performance.now() - t;
    t = performance.now();
    for (let i = 0; i < sents.length; i++) im.parse(sents[i]!, hs[i], ts[i]!);
    const ps = performance.now() - t;
    if (r === 0) continue; // warm-up
    b.annotate = Math.min(b.annotate, a);
    b.tag = Math.min(b.tag, tg);
    b.lemma = Math.min(b.lemma, lm);
    b.parse = Math.min(b.parse, ps);
  }
}
console.log(`${sents.length} sentences, ${words} words (${values.sets}); best of ${rounds} interleaved rounds, one thread\n`);
console.log(`| code | annotate words/s | tag us/word | lemma us/word | parse us/word |\n|---|---:|---:|---:|---:|`);
for (const [k, im] of impls.entries()) {
  const b = best[k]!;
  const us = (ms: number): string => ((ms * 1000) / words).toFixed(2);
  console.log(`| ${im.name} | ${Math.round(words / (b.annotate / 1000)).toLocaleString("en")} | ${us(b.tag)} | ${us(b.lemma)} | ${us(b.parse)} |`);
}
if (impls.length === 2) console.log(`\nspeed-up of annotate: ${(best[1]!.annotate / best[0]!.annotate).toFixed(2)}x`);
