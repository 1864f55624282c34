/**
 * npm run bench:cqe — scores the pipeline with the CQE protocol (src/eval/cqe) on the four test sets of
 * ../shared/benchmarks/cqe_quantities (age, currency, dimension, temperature), beside the P/R/F1 the CQE
 * repository publishes for CQE (published-<set>.csv), and on our news dev set bench/quantities/news-dev.json.
 * Prints a Markdown section; --write also puts it into BENCHMARKS.md between the cqe markers.
 * Options: --benchmarks DIR (default $NEWSFACTS_BENCHMARKS or ../shared/benchmarks), --config FILE, --write.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { benchmarksDir } from "../src/eval/bench.js";
import { evaluateCqe, type CqeEvalResult } from "../src/eval/cqe/evaluate.js";
import type { Prf } from "../src/eval/cqe/score.js";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { benchmarks: { type: "string" }, config: { type: "string" }, write: { type: "boolean", default: false } },
});
const dir = join(values.benchmarks ? resolve(values.benchmarks) : benchmarksDir(root), "cqe_quantities");
const SETS = ["age", "currency", "dimension", "temperature"] as const;
const DEV = join(root, "bench", "quantities", "news-dev.json");
const BEGIN = "<!-- cqe:begin (npm run bench:cqe -- --write) -->";
const END = "<!-- cqe:end -->";

/** published-<set>.csv: tab-separated, columns index P R F1 model type; the CQE-Numparser rows. */
function published(set: string): Partial<Record<"value" | "value+unit", { p: number; r: number; f1: number }>> {
  const path = join(dir, `published-${set}.csv`);
  const out: ReturnType<typeof published> = {};
  const lines = readFileSync(path, "utf8").replace(/\s+$/, "").split(/\r?\n/);
  const head = lines[0]!.split("\t").map((h) => h.trim());
  const col = (name: string) => {
    const i = head.indexOf(name);
    if (i < 0) throw new Error(`${path}: no column '${name}'`);
    return i;
  };
  const [P, R, F, M, T] = [col("P"), col("R"), col("F1"), col("model"), col("type")];
  for (const line of lines.slice(1)) {
    const c = line.split("\t");
    if (c[M] !== "CQE-Numparser" || (c[T] !== "value" && c[T] !== "value+unit")) continue;
    out[c[T] as "value" | "value+unit"] = { p: Number(c[P]), r: Number(c[R]), f1: Number(c[F]) };
  }
  return out;
}

const f = (s: Prf | null | undefined) => (s ? `${s.p.toFixed(1)} / ${s.r.toFixed(1)} / **${s.f1.toFixed(1)}**` : "–");
const g = (s: { p: number; r: number; f1: number } | undefined) => (s ? `${s.p.toFixed(1)} / ${s.r.toFixed(1)} / ${s.f1.toFixed(1)}` : "–");

if (!existsSync(dir)) {
  console.error(`bench:cqe: ${dir} not found (set NEWSFACTS_BENCHMARKS or --benchmarks)`);
  process.exit(2);
}
const md: string[] = [
  BEGIN,
  "## Quantities: the CQE protocol",
  "",
  "Sentence-level quantity extraction scored as the CQE paper (Almasian et al., EMNLP 2023) scores it",
  "(src/eval/cqe, mapping in docs/cqe-mapping.md): P / R / F1 in percent, ours beside CQE's published",
  "figure. `npm run bench:cqe`; one set: `npx newsfacts eval --scheme cqe --gold ../shared/benchmarks/cqe_quantities/<set>.json`.",
  `Generated ${new Date().toISOString().slice(0, 10)} (Node ${process.version}). Scoring saved output instead (\`newsfacts extract --out x.jsonl\` on the sentences, one a line, then \`--pred x.jsonl\`) gives the same figures.`,
  "",
  "| set | sentences | quantities | ours value | CQE value | ours value+unit | CQE value+unit |",
  "|---|---|---|---|---|---|---|",
];
const results: [string, CqeEvalResult][] = [];
for (const set of SETS) {
  const r = await evaluateCqe({ gold: join(dir, `${set}.json`), config: values.config });
  results.push([set, r]);
  const pub = published(set);
  md.push(`| ${set} | ${r.sentences} | ${r.gold} | ${f(r.scores.value)} | ${g(pub.value)} | ${f(r.scores.value_unit)} | ${g(pub["value+unit"])} |`);
}
if (existsSync(DEV)) {
  const r = await evaluateCqe({ gold: DEV, config: values.config });
  results.push(["news-dev", r]);
  md.push(
    "",
    "Our news dev set (bench/quantities/news-dev.json, bench/quantities/README.md): `npx newsfacts eval --scheme cqe --gold bench/quantities/news-dev.json`",
    "",
    "| set | sentences | quantities | value | value+unit | value+change | concept relaxed | concept strict |",
    "|---|---|---|---|---|---|---|---|",
    `| news-dev | ${r.sentences} | ${r.gold} | ${f(r.scores.value)} | ${f(r.scores.value_unit)} | ${f(r.scores.value_change)} | ${f(r.scores.concept_relaxed)} | ${f(r.scores.concept_strict)} |`,
  );
}
md.push(END);
const section = md.join("\n");
console.log(section);
for (const [set, r] of results) console.error(`${set}: pipeline ${r.pipeline?.seconds.toFixed(2)} s, ${r.pred} predicted`);
if (values.write) {
  const path = join(root, "BENCHMARKS.md");
  const old = readFileSync(path, "utf8");
  const a = old.indexOf(BEGIN);
  const b = old.indexOf(END);
  const next = a >= 0 && b > a ? old.slice(0, a) + section + old.slice(b + END.length) : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(path, next);
  console.error(`bench:cqe: wrote the section into ${path}`);
}
