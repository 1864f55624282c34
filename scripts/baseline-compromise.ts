/**
 * npm run bench:compromise — scores compromise's people()/places()/organizations() on the name
 * sets of ../shared/benchmarks (mapped to PERSON/GPE/ORG, then through the same scheme and scorer
 * as newsfacts), writes bench/compromise.json and refreshes BENCHMARKS.md. Slow by design
 * (compromise runs over whole documents); --limit N caps the documents per set; --write-pred DIR
 * also writes the predictions as `newsfacts eval --pred` JSONL, one file per set.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import nlp from "compromise";
import { BENCH_SETS, benchmarksDir, COMPROMISE_FILE, roundGroups, roundPrf, writeBenchmarksMd, type CompromiseFile } from "../src/eval/bench.js";
import { loadScheme } from "../src/eval/scheme.js";
import { readGold, systemToSpans } from "../src/eval/corpus.js";
import { scoreCorpus, type PredInput } from "../src/eval/score.js";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { limit: { type: "string" }, benchmarks: { type: "string" }, "write-pred": { type: "string" } } });
const limit = values.limit ? Number(values.limit) : Infinity;
const dir = values.benchmarks ? resolve(values.benchmarks) : benchmarksDir(root);
if (!existsSync(dir)) {
  console.error(`bench:compromise: ${dir} not found`);
  process.exit(2);
}

interface Term {
  offset: { start: number; length: number };
}
interface Match {
  terms: Term[];
}

/** compromise's matches as our types; the span runs from the first term to the last (no outer punctuation). */
function compromiseSpans(text: string): { type: string; start: number; end: number }[] {
  const doc = nlp(text);
  const out: { type: string; start: number; end: number }[] = [];
  for (const [type, view] of [
    ["PERSON", doc.people()],
    ["GPE", doc.places()],
    ["ORG", doc.organizations()],
  ] as const) {
    for (const m of view.json({ offset: true, terms: { offset: true } }) as Match[]) {
      const first = m.terms[0];
      const last = m.terms[m.terms.length - 1];
      if (!first || !last) continue;
      out.push({ type, start: first.offset.start, end: last.offset.start + last.offset.length });
    }
  }
  return out;
}

const version = (nlp as unknown as { version?: string }).version ?? "?";
const result: CompromiseFile = { command: "npm run bench:compromise", generated: new Date().toISOString().slice(0, 10), compromise: version, sets: {} };
for (const b of BENCH_SETS) {
  if (b.scheme === "dates") continue; // compromise is scored on names only
  const path = join(dir, b.file);
  if (!existsSync(path)) continue;
  const loaded = loadScheme(b.scheme);
  if (!loaded.ok) throw new Error(loaded.error);
  const scheme = loaded.scheme;
  const gold = (await readGold(path)).slice(0, limit);
  const t0 = performance.now();
  const pred: PredInput[] = gold.map((g) => ({
    id: g.id,
    // compromise's spans are names: scored as they are, through the same type map (no phrase or title fields)
    spans: systemToSpans(
      compromiseSpans(g.text).map((s) => ({ type: s.type, start: s.start, end: s.end, layer: "entity" as const })),
      scheme,
      g.text,
    ).spans,
  }));
  const seconds = (performance.now() - t0) / 1000;
  // --write-pred DIR: the predictions as `newsfacts eval --pred` lines, to score or inspect elsewhere
  if (values["write-pred"]) {
    mkdirSync(values["write-pred"], { recursive: true });
    const file = join(values["write-pred"], `${b.set.replace(/\//g, "-")}.jsonl`);
    writeFileSync(file, pred.map((p) => JSON.stringify({ id: p.id, entities: p.spans.map((s) => ({ start: s.start, end: s.end, type: s.label })) })).join("\n") + "\n");
  }
  // the same labels and groups as ours: `micro` counts what compromise cannot find (MISC, dates) as
  // misses, exactly as it does for us; the `names` group is the like-for-like comparison
  const rep = scoreCorpus(gold, pred, { labels: scheme.labels, groups: scheme.groups });
  result.sets[b.set] = {
    exact: { micro: roundPrf(rep.exact.micro), perLabel: Object.fromEntries(Object.entries(rep.exact.perLabel).map(([k, v]) => [k, roundPrf(v)])) },
    partial: { micro: roundPrf(rep.partial.micro) },
    groups: roundGroups(rep.groups),
    seconds: Math.round(seconds * 100) / 100,
  };
  console.log(`${b.set.padEnd(20)} compromise exact F1 ${rep.exact.micro.f1.toFixed(2)}  names ${rep.groups.names?.exact.f1.toFixed(2) ?? "–"}  partial ${rep.partial.micro.f1.toFixed(2)}  (${gold.length} docs, ${seconds.toFixed(1)} s)`);
}
writeFileSync(join(root, COMPROMISE_FILE), `${JSON.stringify(result, null, 2)}\n`);
writeBenchmarksMd(root);
console.log(`wrote ${COMPROMISE_FILE} and BENCHMARKS.md`);
