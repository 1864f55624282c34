import { describe, expect, it } from "vitest";
import { gazData } from "./fixtures.js";
import { hashString, key1 } from "../../src/ner/hash.js";
import { allowed, allowedEnd, labelOf, NUM_LABELS, B, L, U } from "../../src/ner/labels.js";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { NerFeatures } from "../../src/ner/features.js";
import { NerModel } from "../../src/ner/model.js";


describe("model", () => {
  // a tiny hand-made model: the word-identity feature of "Paris" votes U-GEO, of "John" B-PER, of "Smith" L-PER
  const fx = new NerFeatures(new Gazetteer(gazData));
  const Lb = NUM_LABELS;
  const wordKey = (w: string): number => key1(1, hashString(w));
  const entries: Array<[string, number]> = [["Paris", labelOf(2, U)], ["John", labelOf(0, B)], ["Smith", labelOf(0, L)]];
  const keys = Int32Array.from(entries.map(([w]) => wordKey(w)));
  const weights = new Float32Array(keys.length * Lb);
  entries.forEach(([, lab], r) => (weights[r * Lb + lab] = 5));
  const model = new NerModel({ featureVersion: 0, types: [], labels: Lb, rows: keys.length, scale: 1, info: {} }, keys, weights, new Float32Array(Lb * Lb), new Float32Array(Lb), new Float32Array(Lb));

  it("decodes valid BILOU with Viterbi", () => {
    const ex = fx.extract([["John", "Smith", "visited", "Paris", "."]]);
    const labels = model.tag(ex);
    expect(Array.from(labels)).toEqual([labelOf(0, B), labelOf(0, L), 0, labelOf(2, U), 0]);
  });
  it("never produces an invalid sequence even when emissions ask for one", () => {
    const ex = fx.extract([["Smith", "John"]]);
    const labels = Array.from(model.tag(ex));
    for (let i = 0; i < labels.length; i++) expect(allowed(i === 0 ? -1 : labels[i - 1]!, labels[i]!)).toBe(true);
    expect(allowedEnd(labels[labels.length - 1]!)).toBe(true);
  });
  it("round-trips through its binary form", () => {
    const back = NerModel.deserialize(model.serialize());
    expect(back.keys.length).toBe(3);
    expect(back.rowOf(wordKey("Paris"))).toBe(0);
    expect(back.rowOf(wordKey("nowhere"))).toBe(-1);
    const ex = fx.extract([["John", "Smith", "visited", "Paris", "."]]);
    expect(Array.from(back.tag(ex))).toEqual(Array.from(model.tag(ex)));
  });
});
