import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Imports only point down. Floors, bottom first; a module may import its own floor or a lower one.
 * See docs/ARCHITECTURE.md.
 */
const FLOORS: string[][] = [
  ["schema"],
  ["learn"],
  ["document", "lexicon", "resources", "shipped-data.ts"],
  ["nlp", "ner", "syntax"],
  // events and checks read the parse and the records of the nlp stages
  ["events"],
  ["stages"],
  ["pipeline"],
  ["output", "config"],
  ["golden", "batch", "eval", "render", "export"],
  ["cli"],
  ["index.ts"],
];

/** Upward imports that exist today and are still to be removed (issue 17): each is "from -> to". */
const KNOWN: ReadonlySet<string> = new Set<string>([]);

const SRC = resolve(import.meta.dirname, "../../src");
const floorOf = (file: string): number => {
  const top = relative(SRC, file).split("/")[0]!;
  return FLOORS.findIndex((f) => f.includes(top));
};
function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith(".ts")) yield p;
  }
}

describe("architecture: imports only point down", () => {
  it("every src module imports only its own floor or lower ones", () => {
    const up: string[] = [];
    let scanned = 0;
    for (const file of files(SRC)) {
      const from = floorOf(file);
      for (const m of readFileSync(file, "utf8").matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gms)) {
        const target = resolve(dirname(file), m[1]!).replace(/\.js$/, ".ts");
        const to = floorOf(target);
        scanned++;
        const edge = `${relative(SRC, file)} -> ${relative(SRC, target)}`;
        if (to > from && !KNOWN.has(edge)) up.push(edge);
      }
    }
    expect(scanned).toBeGreaterThan(200); // the scan sees the imports
    expect(up).toEqual([]);
  });
});
