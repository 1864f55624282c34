// GMB's public-domain VOA sentences (../shared/benchmarks/gmb, read only, never copied), train then dev,
// for the batch benchmarks; they group them into articles of a few sentences.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function gmbSentences(gmbDir = "../shared/benchmarks/gmb"): string[] {
  if (!existsSync(gmbDir)) {
    console.error(`${gmbDir} not found: this benchmark needs the annotated corpora beside the repository`);
    process.exit(2);
  }
  return ["train.jsonl", "dev.jsonl"].flatMap((f) =>
    readFileSync(join(gmbDir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
}
