/**
 * Prints the parse and the quantities of one sentence (or of every news-dev sentence matching a pattern):
 * a debugging aid for the quantity concepts.
 *   npx tsx scripts/quantities/show.ts "The S&P 500 lost 1.7 percent."
 *   npx tsx scripts/quantities/show.ts --dev "S&P 500"
 */
import { readFileSync } from "node:fs";
import { loadConfig } from "../../src/config/load.js";
import { processText } from "../../src/pipeline/run.js";

const args = process.argv.slice(2);
let texts: string[];
if (args[0] === "--dev") {
  const pat = new RegExp(args[1]!);
  const dev = JSON.parse(readFileSync("bench/quantities/news-dev.json", "utf8")) as { text: string }[];
  texts = dev.map((d) => d.text).filter((t) => pat.test(t));
} else texts = [args.join(" ")];
const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.error);
const pipe = loaded.pipeline;
for (const text of texts) {
  const doc = processText(pipe, "show", text);
  const syn = doc.get("syntax");
  console.log("# " + text);
  for (let i = 0; i < syn.tokens.length; i++)
    console.log([i, syn.tokens[i]!.text, syn.upos[i], syn.lemma[i], syn.head[i], syn.deprel[i]].join("\t"));
  for (const q of doc.get("quantities"))
    console.log(`  Q ${text.slice(q.start, q.end)} | kind=${q.kind} change=${q.change ?? ""} unit=${q.unit ?? ""} counted=${q.countedText ?? ""} concept=${q.concept ?? ""}`);
}
