// Scores the shipped entity model on the dev sets: npx tsx scripts/ner/eval-dev.ts
import { fileURLToPath } from "node:url";
import { evaluateAll } from "./evaluate.js";

const bench = process.env["NEWSFACTS_BENCHMARKS"] ?? fileURLToPath(new URL("../../../shared/benchmarks/", import.meta.url));
for (const s of await evaluateAll(bench)) console.log(s.table);
