import { describe, expect, it } from "vitest";
import { dataDir, loadClusters, loadGazetteer, loadModel, EntityTagger } from "../../src/ner/tagger.js";
import { NerModel } from "../../src/ner/model.js";

describe("NER model on shared memory (worker threads)", () => {
  const sentences = [
    ["Police", "arrested", "three", "men", "in", "Rabat", "on", "Monday", ",", "the", "Interior", "Ministry", "said", "."],
    ["Prime", "Minister", "Boris", "Johnson", "met", "Angela", "Merkel", "in", "Berlin", "."],
    ["The", "United", "Nations", "Security", "Council", "voted", "on", "the", "resolution", "."],
    ["Shares", "of", "Apple", "Inc", "rose", "3", "percent", "on", "the", "Nasdaq", "."],
  ];

  it("a model read onto shared memory, and one adopted from it on another thread's tables, tag exactly as the heap model", () => {
    const dir = dataDir();
    const gaz = loadGazetteer(dir);
    const clusters = loadClusters(dir);
    const heap = loadModel(dir);
    const shared = loadModel(dir, { shared: true });
    // what crosses to a worker thread: a structured clone, whose SharedArrayBuffers stay the same memory
    const adopted = NerModel.fromShared(structuredClone(shared.share()));
    expect(shared.share().linear.ent.buffer).toBeInstanceOf(SharedArrayBuffer);
    const tagOf = (m: NerModel) => new EntityTagger(m, gaz, clusters).tag(sentences).map((s) => [s.start, s.end, s.type, s.source]);
    const want = tagOf(heap);
    expect(want.length).toBeGreaterThan(4);
    expect(tagOf(shared)).toEqual(want);
    expect(tagOf(adopted)).toEqual(want);
    // the per-token scores too, not only the spans
    const features = new EntityTagger(heap, gaz, clusters).features;
    const ex = features.extract(sentences);
    expect(Array.from(adopted.tag(ex))).toEqual(Array.from(heap.tag(features.extract(sentences))));
  });

  it("keeps no dense weights, so it cannot be written back to a file", () => {
    const shared = loadModel(dataDir(), { shared: true });
    expect(shared.weights.length).toBe(0);
    expect(() => shared.serialize()).toThrow(/inference only/);
  });
});
