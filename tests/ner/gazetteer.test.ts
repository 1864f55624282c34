import { describe, expect, it } from "vitest";
import { gazData } from "./fixtures.js";
import { B, L, U } from "../../src/ner/labels.js";
import { GAZ, Gazetteer } from "../../src/ner/gazetteer.js";


describe("gazetteer", () => {
  const gaz = new Gazetteer(gazData);
  it("matches the longest phrase with BILOU positions, and single words only when capitalised", () => {
    const words = ["flights", "from", "New", "York", "to", "Paris", "and", "paris"];
    const lower = words.map((w) => w.toLowerCase());
    const cap = words.map((w) => /^[A-Z]/.test(w));
    const C = 14;
    const out = new Uint8Array(words.length * C);
    gaz.match(lower, cap, out);
    expect(out[2 * C + GAZ.city]).toBe(1); // B
    expect(out[3 * C + GAZ.city]).toBe(3); // L
    expect(out[5 * C + GAZ.city]).toBe(4); // U
    expect(out[7 * C + GAZ.city]).toBe(0); // lower-case "paris" is not a match
  });
  it("knows usual casing", () => {
    expect(gaz.usualForm("nato")).toBe("NATO");
    expect(gaz.usualForm("mcdonald")).toBe("McDonald");
    expect(gaz.usualForm("take")).toBe("take");
    expect(gaz.usualForm("zzzz")).toBeNull();
  });
});
