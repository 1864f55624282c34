import { describe, expect, it } from "vitest";
import { Doc, LayerAccessError } from "../../src/document/document.js";
import { LAYER_NAMES, layerSpec } from "../../src/document/layers.js";
import { OUTPUT_LAYERS } from "../../src/schema/layers.js";

describe("Doc", () => {
  it("refuses a silent overwrite of a layer, saying who wrote it first", () => {
    const doc = new Doc("d1", "Text.");
    doc.set("dates", []);
    expect(() => doc.set("dates", [])).toThrow(new LayerAccessError("(caller) wrote layer 'dates', which (caller) already produced for document 'd1'"));
  });

  it("refuses append on a layer that is not declared appendable", () => {
    const doc = new Doc("d1", "Text.");
    expect(() => doc.append("quotes", [])).toThrow("(caller) appended to layer 'quotes', which is not declared appendable");
  });

  it("explain mode is off unless asked for at creation", () => {
    expect(new Doc("a", "x").explain).toBe(false);
    expect(new Doc("a", "x", {}, { explain: true }).explain).toBe(true);
  });
});

describe("layers", () => {
  it("every layer name has one spec, output layers first in output order", () => {
    expect(new Set(LAYER_NAMES).size).toBe(LAYER_NAMES.length);
    expect(LAYER_NAMES.slice(0, OUTPUT_LAYERS.length)).toEqual(OUTPUT_LAYERS.map((l) => l.name));
    for (const n of LAYER_NAMES) expect(layerSpec(n)?.name).toBe(n);
    for (const l of OUTPUT_LAYERS) expect(l.diff, l.name).toBeDefined();
  });
});
