/**
 * Prints the class table of docs/events.md from src/events/data/classes.json (the data is the source;
 * tests/events/docs.test.ts checks that the document lists every class).
 *   npx tsx scripts/events/doc-classes.ts
 */
import { loadClassesFile } from "../../src/events/lexicon.js";

const file = loadClassesFile();
console.log("| class | verbs | nouns | phrases | ACLED | GTD |");
console.log("|---|---|---|---|---|---|");
for (const [name, c] of Object.entries(file.classes)) {
  const verbs = [...c.verbs, ...c.patientSubject.map((v) => `${v} (patient subject)`)].join(", ");
  const phrases = c.phrases.map((p) => `${p.verb} … ${p.obl}`).join(", ");
  console.log(`| \`${name}\` | ${verbs} | ${c.nouns.join(", ")} | ${phrases} | ${c.acled ?? "–"} | ${c.gtd ?? "–"} |`);
}
