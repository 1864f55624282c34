// Prints the mentions (type, source) and linked entities of texts given as arguments or on stdin, one text per line.
// usage: tsx scripts/ner/debug.ts "Some sentence." ["Another text."]
import { readFileSync } from "node:fs";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { entitiesStage } from "../../src/stages/entities.js";
import { linkStage } from "../../src/stages/link.js";

const seg = segmentStage.create(segmentStage.options.parse({}));
const ent = entitiesStage.create(entitiesStage.options.parse({}));
const link = linkStage.create(linkStage.options.parse({}));
const texts = process.argv.length > 2 ? process.argv.slice(2) : readFileSync(0, "utf8").split("\n").filter((l) => l.trim());
for (const text of texts) {
  const doc = new Doc("t", text.replace(/\\n/g, "\n"));
  seg(doc);
  ent(doc);
  console.log("== " + text.slice(0, 100));
  for (const m of doc.get("mentions")) console.log(`  ${m.type.padEnd(8)} ${m.source.padEnd(20)} ${m.text}`);
  link(doc);
  for (const m of doc.get("mentions")) console.log(`  linked: ${m.type.padEnd(8)} ${m.source.padEnd(20)} ${m.text}`);
  for (const e of doc.getOr("entities")) console.log(`  entity ${e.id} ${e.type} ${e.name} [${e.aliases.join(", ")}]`);
}
