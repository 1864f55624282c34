import { describe, expect, it } from "vitest";
import { clusterConfigOf, dataDir, loadClusters, loadGazetteer, loadModel } from "../../src/ner/tagger.js";
import { NerFeatures } from "../../src/ner/features.js";

describe("the NER word-atom cache", () => {
  const docs = [
    [["Police", "arrested", "three", "men", "in", "Rabat", "on", "Monday", ",", "the", "Interior", "Ministry", "said", "."]],
    [["Prime", "Minister", "Boris", "Johnson", "met", "Angela", "Merkel", "in", "Berlin", "."], ["Johnson", "left", "."]],
    [["SHARES", "OF", "APPLE", "ROSE"], ["Shares", "of", "Apple", "Inc", "rose", "3", "percent", "on", "the", "Nasdaq", "."]],
    [["Merkel", "said", "."]],
  ];

  it("gives the same keys and labels when it starts over between documents and when a document outgrows it", () => {
    const dir = dataDir();
    const model = loadModel(dir);
    const gaz = loadGazetteer(dir);
    const clusters = loadClusters(dir);
    const cfg = clusterConfigOf(model);
    const roomy = new NerFeatures(gaz, clusters, cfg);
    // room for 6 words: every document but the last starts the cache over, the first three grow it
    const tight = new NerFeatures(gaz, clusters, cfg, 6);
    for (const round of [0, 1]) {
      for (const doc of docs) {
        const a = roomy.extract(doc);
        const labels = Array.from(model.tag(a));
        const keys = Array.from(a.keys);
        const b = tight.extract(doc);
        expect(Array.from(b.keys), `round ${round}`).toEqual(keys);
        expect(Array.from(model.tag(b)), `round ${round}`).toEqual(labels);
        // the emission scores themselves, bit for bit (the model keeps each word's static part per slot)
        const emA = new Float32Array(a.n * model.L);
        const emB = new Float32Array(b.n * model.L);
        model.emissions(a, 0, a.n, emA);
        model.emissions(b, 0, b.n, emB);
        expect(Array.from(emB)).toEqual(Array.from(emA));
      }
    }
  });
});
