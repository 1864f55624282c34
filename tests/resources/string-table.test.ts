import { describe, expect, it } from "vitest";
import { StringTable } from "../../src/resources/string-table.js";

describe("StringTable", () => {
  it("maps every key it was built from to its value, and nothing else", () => {
    const entries: Array<[string, number]> = [];
    for (let i = 0; i < 5000; i++) entries.push([`w${i}`, i * 7]);
    entries.push(["", 3], ["naïve café", 11], ["日本", 12], ["😀 grin", 13], ["a b c", 14]);
    const t = StringTable.build(entries);
    expect(t.size).toBe(entries.length);
    for (const [k, v] of entries) expect(t.get(k)).toBe(v);
    expect(t.get("w5000")).toBe(-1);
    expect(t.get("w5000", 0)).toBe(0);
    expect(t.get("naïve cafe")).toBe(-1);
    expect(t.has("日本")).toBe(true);
    expect(t.has("日")).toBe(false);
    // surrogate pairs are code units like any other: half of one is another key
    expect(t.get("\ud83d")).toBe(-1);
  });

  it("keeps the last value of a key given twice and lists its entries in build order", () => {
    const t = StringTable.build([["a", 1], ["b", 2], ["a", 3]]);
    expect(t.get("a")).toBe(3);
    expect([...t.entries()]).toEqual([["a", 3], ["b", 2]]);
  });

  it("reads the same over its data as another table (as a load image or another thread hands it over)", () => {
    const t = StringTable.build([["rabat", 4], ["casablanca", 5]]);
    const copy = new StringTable(structuredClone(t.data));
    expect(copy.get("rabat")).toBe(4);
    expect(copy.get("casablanca")).toBe(5);
    expect(copy.get("fez")).toBe(-1);
  });

  it("an empty table finds nothing", () => {
    const t = StringTable.build([]);
    expect(t.size).toBe(0);
    expect(t.get("x")).toBe(-1);
  });
});
