import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFrontMatter, checkText } from "../../src/batch/read.js";
import { processItem } from "../../src/batch/run-batch.js";
import { loadConfig } from "../../src/config/load.js";
import { offsetErrors, ValidDocumentSchema } from "../../src/schema/document.js";

// Property tests over the whole default pipeline: whatever the text, extraction does not throw,
// no stage fails, and the output is schema-valid with every offset and slice in agreement.
const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.error);
const pipeline = loaded.pipeline;

function extractOk(text: string): void {
  const doc = processItem(pipeline, { ok: true, id: "p", text, meta: {}, origin: { file: "" } });
  const fatal = doc.diagnostics.filter((d) => d.fatal);
  expect(fatal, JSON.stringify(text.slice(0, 200))).toEqual([]);
  expect(ValidDocumentSchema.safeParse(doc).success).toBe(true);
  expect(offsetErrors(doc)).toEqual([]);
  expect(doc.text).toBe(text);
}

/** Any UTF-16 code units, lone surrogates and control characters included, with news-like pieces mixed in. */
const anyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
      { weight: 3, arbitrary: fc.constantFrom(" ", "\n", "\n\n", ".", ",", '"', "“", "”", "'", "(", ")", "-", "%", "$", "€") },
      { weight: 4, arbitrary: fc.constantFrom("Morocco", "BCIJ", "said", "arrested", "548", "people", "2015", "Mr.", "Khiame", "the", "in", "40", "cells", "million", "on Monday", "U.S.", "a third", "she", "It") },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

const corpusTexts = readdirSync("corpus")
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => parseFrontMatter(readFileSync(join("corpus", f), "utf8")).body);

/** A real article, mutated: control characters inserted, cut anywhere (inside a surrogate pair too), a paragraph repeated. */
const mutatedArticle = fc
  .record({
    article: fc.integer({ min: 0, max: corpusTexts.length - 1 }),
    window: fc.integer({ min: 200, max: 2500 }),
    offset: fc.nat(),
    inserts: fc.array(fc.record({ at: fc.nat(), ch: fc.constantFrom("\u0000", "\u0007", "\u001b", "\ufeff", "\u2028", "\ud83d", "\ude00", "\u200b", "\r") }), { maxLength: 6 }),
    repeat: fc.boolean(),
  })
  .map(({ article, window, offset, inserts, repeat }) => {
    const full = corpusTexts[article]!;
    const start = offset % Math.max(1, full.length - window);
    let t = full.slice(start, start + window);
    if (repeat) {
      const paras = t.split("\n\n");
      t = [...paras, ...paras.slice(0, 2)].join("\n\n");
    }
    for (const { at, ch } of inserts) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + ch + t.slice(i);
    }
    return t;
  });

describe("extraction properties", () => {
  it("arbitrary strings: no throw, no failed stage, valid output (9,000 cases)", () => {
    fc.assert(fc.property(anyText, extractOk), { numRuns: 9000, seed: 20261206 });
  });

  it("mutated real articles: no throw, no failed stage, valid output (1,000 cases)", () => {
    fc.assert(fc.property(mutatedArticle, extractOk), { numRuns: 1000, seed: 20261206 });
  });

  it("the input policy either accepts a text unchanged or refuses it with a code and message", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = checkText(t);
        if (r.ok) expect(r.text).toBe(t);
        else expect(r.code).toMatch(/^input\/[a-z-]+$/);
      }),
      { numRuns: 500, seed: 1 },
    );
  });
});
