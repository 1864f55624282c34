import { describe, expect, it } from "vitest";
import table from "../../../src/eval/cqe/units.json" with { type: "json" };
import { parseCqeGold, parseCqeValue, CqeFormatError } from "../../../src/eval/cqe/format.js";
import { conceptTokens, CqeUnitTableSchema, CQE_UNITS, foldUnit, toCqeQuantity } from "../../../src/eval/cqe/map.js";
import type { Quantity } from "../../../src/schema/quantity.js";

const base: Quantity = { id: "Q1", start: 0, end: 2, text: "14", kind: "count", value: 14, change: "=", sentence: 0, source: "test" };
const fold = { unit: foldUnit, concepts: conceptTokens };

describe("the CQE unit table", () => {
  it("loads, and every entry is a usable name", () => {
    const parsed = CqeUnitTableSchema.parse(table);
    expect(Object.keys(parsed.currencies).length).toBeGreaterThan(50);
    for (const [code, name] of Object.entries(parsed.currencies)) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(name).toBe(name.toLowerCase());
      // a currency name is what the fold leaves it (no alias sends it elsewhere)
      expect(foldUnit(name)).toBe(name);
    }
    for (const [ours, cqe] of Object.entries(parsed.units)) expect(foldUnit(cqe), ours).toBe(cqe);
    for (const [lemma, cqe] of Object.entries(parsed.counted)) expect(foldUnit(cqe), lemma).toBe(cqe);
    for (const [alias, target] of Object.entries(parsed.aliases)) expect(foldUnit(alias), alias).toBe(target);
  });
});

describe("our quantity records in CQE terms", () => {
  it("a counted noun is the unit when there is none ('14 people' -> 'people')", () => {
    expect(toCqeQuantity({ ...base, counted: "person", countedText: "people" })?.unit).toBe("people");
    expect(toCqeQuantity({ ...base, counted: "cell", countedText: "cells" })?.unit).toBe("cell");
    expect(toCqeQuantity(base)?.unit).toBe("");
  });
  it("money by currency name, percent as 'percentage', our unit names as CQE's", () => {
    expect(toCqeQuantity({ ...base, kind: "money", unit: "USD" })?.unit).toBe("dollar");
    expect(toCqeQuantity({ ...base, kind: "money", unit: "EUR" })?.unit).toBe("euro");
    expect(toCqeQuantity({ ...base, kind: "money", unit: "JPY" })?.unit).toBe("japanese yen");
    expect(toCqeQuantity({ ...base, kind: "percent", unit: "percent" })?.unit).toBe("percentage");
    expect(toCqeQuantity({ ...base, kind: "measure", unit: "degree Celsius" })?.unit).toBe("celsius");
    expect(toCqeQuantity({ ...base, kind: "measure", unit: "kilometre" })?.unit).toBe("kilometre");
  });
  it("a rate maps both its ends", () => {
    expect(toCqeQuantity({ ...base, kind: "money", unit: "USD per share" })?.unit).toBe("dollar per share");
    expect(toCqeQuantity({ ...base, kind: "percent", unit: "percent per year" })?.unit).toBe("percentage per year");
  });
  it("ranges keep their ends; bounds fold into CQE's six change symbols; ordinals are left out", () => {
    expect(toCqeQuantity({ ...base, value: null, low: 5, high: 10 })?.value).toEqual([5, 10]);
    expect(toCqeQuantity({ ...base, change: ">=" })?.change).toBe(">");
    expect(toCqeQuantity({ ...base, change: "<=" })?.change).toBe("<");
    expect(toCqeQuantity({ ...base, change: "down" })?.change).toBe("down");
    expect(toCqeQuantity({ ...base, kind: "ordinal" })).toBeNull();
  });
  it("concept tokens drop stop words and possessives", () => {
    expect(toCqeQuantity({ ...base, concept: "Apple's revenue" })?.concepts).toEqual(["apple", "revenue"]);
    expect(conceptTokens("line upper deck, visitors bench")).toEqual(["line", "upper", "deck", "visitors", "bench"]);
    expect(conceptTokens("-")).toEqual([]);
    expect(conceptTokens(["the unemployment rate"])).toEqual(["unemployment", "rate"]);
  });
  it("the currency table has the currencies our units table knows", () => {
    expect(CQE_UNITS.currencies.GBP).toBe("pound sterling");
  });
});

describe("the CQE gold format", () => {
  it("reads values, ranges and negative numbers", () => {
    expect(parseCqeValue("48200000")).toBe(48200000);
    expect(parseCqeValue("-5")).toBe(-5);
    expect(parseCqeValue("1e6-1e7")).toEqual([1e6, 1e7]);
    expect(parseCqeValue("40 - 50")).toEqual([40, 50]);
    expect(parseCqeValue("-20--10")).toEqual([-20, -10]);
    expect(parseCqeValue("forty")).toBeNull();
  });
  it("folds gold units and concepts, keeps offsets", () => {
    const [s] = parseCqeGold("g.json", [{ text: "About 14 people died.", quantities: [{ value: "14", unit: "people", normalized_unit: "People", change: "~", referred_concepts: "people", start: 6, end: 15 }] }], fold);
    expect(s!.quantities[0]).toMatchObject({ value: 14, unit: "people", change: "~", concepts: ["people"], start: 6, end: 15 });
  });
  it("a bad file is an error naming the sentence and the field", () => {
    const bad = (data: unknown) => () => parseCqeGold("g.json", data, fold);
    expect(bad({ text: "x" })).toThrow(CqeFormatError);
    expect(bad([{ text: "x", quantities: [{ value: "ten" }] }])).toThrow(/g\.json: \[0\]\.quantities\[0\]\.value: expected a number/);
    expect(bad([{ text: "x", quantities: [{ value: "1", change: "rose" }] }])).toThrow(/\[0\]\.quantities\[0\]\.change/);
    expect(bad([{ text: "ab", quantities: [{ value: "1", start: 0, end: 5 }] }])).toThrow(/end 5 beyond the sentence/);
  });
});
