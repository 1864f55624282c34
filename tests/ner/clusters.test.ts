import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { brownClusters, clusterData, normaliseCasing } from "../../scripts/ner/clusters.js";
import { DEFAULT_CLUSTER_FEATURES, WordClusters } from "../../src/ner/clusters.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { NerFeatures } from "../../src/ner/features.js";
import { clusterConfigOf, dataDir, loadClusters, loadModel } from "../../src/ner/tagger.js";

/** A tiny synthetic text: determiners, animals, verbs of motion and places in fixed slots. */
function syntheticText(): string[][] {
  const det = ["the", "a", "this"];
  const noun = ["cat", "dog", "horse", "bird"];
  const verb = ["ran", "walked", "flew", "went"];
  const place = ["Paris", "Rome", "Lagos", "Lima"];
  const out: string[][] = [];
  let k = 0;
  for (let r = 0; r < 6; r++)
    for (const d of det)
      for (const n of noun) {
        const v = verb[k % 4]!;
        const p = place[(k * 3 + r) % 4]!;
        out.push([d, n, v, "to", p, "."]);
        k++;
      }
  return out;
}

const meta = { algorithm: "brown-liang2005", clusters: 4, minCount: 1, words: 0, tokens: 0, sources: [] };

describe("Brown clustering", () => {
  it("keeps every pair's merge loss equal to one computed from scratch", () => {
    expect(() => brownClusters(syntheticText(), { clusters: 4, minCount: 1, verify: true })).not.toThrow();
  });

  it("is deterministic: the same text gives byte-identical output", () => {
    const a = gzipSync(Buffer.from(JSON.stringify(clusterData(brownClusters(syntheticText(), { clusters: 4, minCount: 1 }), meta))), { level: 9 });
    const b = gzipSync(Buffer.from(JSON.stringify(clusterData(brownClusters(syntheticText(), { clusters: 4, minCount: 1 }), meta))), { level: 9 });
    expect(a.equals(b)).toBe(true);
  });

  it("puts words used alike in the same cluster", () => {
    const r = brownClusters(syntheticText(), { clusters: 6, minCount: 1 });
    const path = (w: string): string => r.paths[r.words.indexOf(w)]!;
    expect(path("cat")).toBe(path("dog"));
    expect(path("Paris")).toBe(path("Lima"));
    expect(path("ran")).toBe(path("flew"));
    expect(path("cat")).not.toBe(path("Paris"));
    expect(new Set(r.paths).size).toBeLessThanOrEqual(6);
    for (const p of r.paths) expect(p).toMatch(/^[01]+$/);
  });

  it("drops words below the count threshold", () => {
    const r = brownClusters([...syntheticText(), ["a", "zebra", "ran"]], { clusters: 4, minCount: 2 });
    expect(r.words).not.toContain("zebra");
    expect(r.words).toContain("cat");
  });

  it("counts sentence-initial words in their usual form", () => {
    const s = normaliseCasing([
      { words: ["The", "Cat", "sat"], headline: false },
      { words: ["I", "saw", "the", "cat"], headline: false },
      { words: ["He", "met", "the", "Pope"], headline: false },
      { words: ["Pope", "Leo", "spoke"], headline: false },
    ]);
    expect(s[0]).toEqual(["the", "Cat", "sat"]);
    expect(s[3]).toEqual(["Pope", "Leo", "spoke"]);
  });
});

describe("cluster features", () => {
  const gaz = new Gazetteer({ lists: { city: ["Paris"] }, casing: { lower: ["the", "to"], title: ["Paris"], upper: [], mixed: [] } });
  const clusters = new WordClusters(clusterData(brownClusters(syntheticText(), { clusters: 6, minCount: 1 }), meta));
  const doc = [["The", "cat", "went", "to", "Rome", "."]];

  it("adds path-prefix keys to the word's features", () => {
    const plain = new NerFeatures(gaz).extract(doc);
    const withClusters = new NerFeatures(gaz, clusters, DEFAULT_CLUSTER_FEATURES).extract(doc);
    // "Rome" (token 4): its own prefixes, plus the neighbours' prefixes (or a boundary key)
    const n0 = plain.offs[5]! - plain.offs[4]!;
    const n1 = withClusters.offs[5]! - withClusters.offs[4]!;
    expect(n1 - n0).toBe(DEFAULT_CLUSTER_FEATURES.word.length + 2 * DEFAULT_CLUSTER_FEATURES.context.length);
    const base = new Set(plain.keys.subarray(plain.offs[4]!, plain.offs[5]!));
    const extra = Array.from(withClusters.keys.subarray(withClusters.offs[4]!, withClusters.offs[5]!)).filter((k) => !base.has(k));
    expect(extra.length).toBe(n1 - n0);
  });

  it("gives words of one cluster the same cluster keys, and unknown words none", () => {
    const fx = new NerFeatures(gaz, clusters, { word: [0], context: [] });
    const keysOf = (w: string): Set<number> => {
      const ex = fx.extract([["went", "to", w]]);
      return new Set(ex.keys.subarray(ex.offs[2]!, ex.offs[3]!));
    };
    const common = (x: Set<number>, y: Set<number>): number => [...x].filter((k) => y.has(k)).length;
    expect(clusters.path("Rome")).toBe(clusters.path("Lima"));
    // same cluster: shares one more key (the cluster) than with an unknown word of the same shape
    expect(common(keysOf("Rome"), keysOf("Lima"))).toBe(common(keysOf("Rome"), keysOf("Zorb")) + 1);
  });

  it("reads a sentence-initial word usually written in lower case as the lower-case word", () => {
    const fx = new NerFeatures(gaz, clusters, { word: [0], context: [] });
    // (extract reuses its key buffer: copy the keys before the next call)
    const a = fx.extract([["The", "cat"]]);
    const ka = new Set(a.keys.subarray(a.offs[0]!, a.offs[1]!));
    const b = fx.extract([["to", "the", "cat"]]);
    const kb = Array.from(b.keys.subarray(b.offs[1]!, b.offs[2]!));
    expect(clusters.id("the")).toBeGreaterThanOrEqual(0);
    expect(clusters.id("The")).toBe(-1);
    // the cluster key of "the" appears in the features of sentence-initial "The"
    const fxPlain = new NerFeatures(gaz, clusters, { word: [], context: [] });
    const bPlain = new Set(fxPlain.extract([["to", "the", "cat"]]).keys);
    const clusterKey = kb.filter((k) => !bPlain.has(k));
    expect(clusterKey.length).toBe(1);
    expect(ka.has(clusterKey[0]!)).toBe(true);
  });
});

describe("shipped clusters", () => {
  it("load next to the model, and the model says whether it reads them", () => {
    const dir = dataDir();
    const model = loadModel(dir);
    const cfg = clusterConfigOf(model);
    if (cfg === null) return; // a model trained with NER_CLUSTERS=0 reads no clusters
    const cl = loadClusters(dir);
    expect(cl.size).toBeGreaterThan(100);
    expect(cl.id("the")).toBeGreaterThanOrEqual(0);
    expect(cl.path("France")).toBe(cl.path("Germany"));
  });
});
