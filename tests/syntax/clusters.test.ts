import { describe, expect, it } from "vitest";
import { key1 } from "../../src/learn/hash.js";
import { WordClusters } from "../../src/ner/clusters.js";
import { parseInput, parserKeys, ParseState } from "../../src/syntax/parser.js";
import { TAGGER_FEATURES, taggerKeys } from "../../src/syntax/tagger.js";
import { CLUSTER_PREFIXES, clusterOf, NO_CLUSTER, wordHashes } from "../../src/syntax/words.js";

describe("word clusters in the syntax features", () => {
  it("a form's cluster: as written, else lower-cased", () => {
    const cl = new WordClusters({
      meta: { algorithm: "test", clusters: 2, minCount: 1, words: 3, tokens: 3, sources: [] },
      paths: ["0110", "1011"],
      words: ["blick Zorp", "wug"],
    });
    expect(clusterOf("blick", cl)).toBe(0);
    expect(clusterOf("BLICK", cl)).toBe(0);
    expect(clusterOf("Zorp", cl)).toBe(0);
    expect(clusterOf("zorp", cl)).toBe(-1);
    expect(clusterOf("Wug", cl)).toBe(1);
    expect(clusterOf("dax", cl)).toBe(-1);
  });

  it("words of the shipped clusters have their path prefixes, invented words none; the tagger and parser read them", () => {
    const h = wordHashes(["the", "Qzxvbnmw", "said"]);
    expect(CLUSTER_PREFIXES.length).toBe(4);
    for (let k = 0; k < 4; k++) {
      expect(h.cp[k]).not.toBe(NO_CLUSTER);
      expect(h.cp[4 + k]).toBe(NO_CLUSTER);
    }
    // "the" and "said" are in different clusters (their whole paths differ)
    expect(h.cp[3]).not.toBe(h.cp[8 + 3]);
    const out = new Int32Array(TAGGER_FEATURES);
    taggerKeys(h, 1, -1, -1, out);
    expect(Array.from(out)).toContain(key1(30, NO_CLUSTER));
    expect(Array.from(out)).toContain(key1(34, h.cp[0]!)); // the word before's 4-bit prefix
    const x = parseInput(h, [1, 2, 3]);
    const st = new ParseState(3);
    st.apply(0, -1); // shift "the": s0 = the, b0 = Qzxvbnmw
    const keys = new Int32Array(200);
    const k = parserKeys(x, st, keys);
    expect(Array.from(keys.subarray(0, k))).toContain(key1(96, h.cp[0]!));
    expect(Array.from(keys.subarray(0, k))).toContain(key1(99, NO_CLUSTER));
  });
});
