import { describe, expect, it } from "vitest";
import { data as isoCurrencies } from "currency-codes";
import table from "../../../src/nlp/quantities/units.json" with { type: "json" };
import { Doc } from "../../../src/document/document.js";
import { buildPipeline } from "../../../src/pipeline/build.js";
import { runPipeline } from "../../../src/pipeline/run.js";
import type { Quantity } from "../../../src/schema/quantity.js";

/**
 * The unit table is data (src/nlp/quantities/units.json): every entry, put after (or before) a number in
 * a plain sentence, is read as the unit it names. One pipeline, no parse (the word rules read units).
 */
const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities" }]);
function quantities(text: string): Quantity[] {
  return runPipeline(pipeline, new Doc("t", text, {})).get("quantities");
}
const glued = new Set(table.gluedOnly);
/** "It was 250 km long." (glued when the form is glued-only: "250km") */
const after = (form: string): string => `It was 250${glued.has(form) ? "" : " "}${form} in all.`;

describe("units.json: every entry loads and reads", () => {
  it("units: each form after a number gives its unit's name", () => {
    const wrong: string[] = [];
    for (const [name, forms] of Object.entries(table.units)) {
      for (const f of forms) {
        const q = quantities(after(f))[0];
        if (q?.unit !== name || q.value !== 250) wrong.push(`${f} -> ${q?.unit ?? "nothing"}`);
      }
    }
    expect(wrong).toEqual([]);
  });
  it("percent, percentage points and basis points", () => {
    for (const f of table.percent) expect(quantities(after(f))[0]?.unit, f).toBe("percent");
    for (const f of table.percentagePoint) expect(quantities(after(f))[0]?.unit, f).toBe("percentage point");
    for (const f of table.basisPoint) expect(quantities(after(f))[0]?.unit, f).toBe("basis point");
  });
  it("currency words, their plurals and qualified names give their ISO code", () => {
    const wrong: string[] = [];
    const check = (form: string, code: string) => {
      const q = quantities(after(form))[0];
      if (q?.kind !== "money" || q.unit !== code) wrong.push(`${form} -> ${q?.unit ?? "nothing"}`);
    };
    for (const [w, code] of Object.entries(table.currencyWords)) {
      // "pound" alone is weight; sterling with a scale word, "sterling" or a £ nearby (tested in tests/stages/quantities.test.ts)
      if (w === "pound") {
        check("pounds sterling", code);
        continue;
      }
      check(w, code);
      if (!w.endsWith("s")) check(`${w}s`, code);
    }
    for (const [w, code] of Object.entries(table.currencyQualifiers)) check(w, code);
    expect(wrong).toEqual([]);
  });
  it("currency symbols before and after the number, dollar and letter prefixes, codes", () => {
    const wrong: string[] = [];
    const check = (text: string, code: string) => {
      const q = quantities(text)[0];
      if (q?.kind !== "money" || q.unit !== code || q.value !== 250) wrong.push(`${text} -> ${q?.unit ?? "nothing"}`);
    };
    for (const [s, code] of Object.entries(table.currencySymbols)) {
      check(`It cost ${s}250 in all.`, code);
      check(`It cost 250 ${s} in all.`, code);
    }
    for (const [p, code] of Object.entries(table.dollarPrefixes)) check(`It cost ${p.toUpperCase()}$250 in all.`, code);
    for (const [p, code] of Object.entries(table.letterPrefixes)) check(`It cost ${p}250 in all.`, code);
    for (const [p, code] of Object.entries(table.symbolPrefixes)) check(`It cost ${p}250 in all.`, code);
    const alias = table.codeAliases as Record<string, string>;
    for (const c of table.currencyCodes) {
      check(`It cost ${c} 250 in all.`, alias[c] ?? c);
      check(`It cost 250 ${c} in all.`, alias[c] ?? c);
    }
    expect(wrong).toEqual([]);
  });
  it("every active ISO 4217 code of currency-codes reads, but the excluded ones (English words, funds, metals)", () => {
    const excluded = new Set(table.isoExcluded);
    const wrong: string[] = [];
    for (const r of isoCurrencies) {
      const q = quantities(`It cost ${r.code} 250 in all.`)[0];
      const money = q?.kind === "money" && q.unit === r.code;
      if (money === excluded.has(r.code)) wrong.push(`${r.code} -> ${q?.unit ?? "nothing"}`);
    }
    for (const code of Object.keys(table.historicCodes)) if (quantities(`It cost ${code} 250 in all.`)[0]?.unit !== code) wrong.push(code);
    expect(wrong).toEqual([]);
    expect(quantities("The ALL 50 states and the TOP 10 teams.").some((q) => q.kind === "money")).toBe(false);
    expect(quantities("The base sent 300 ANG Airmen abroad.").some((q) => q.kind === "money")).toBe(false);
  });
  it("minor units keep their value and name, with the amount in the main unit beside", () => {
    for (const [w, m] of Object.entries(table.minorUnits)) {
      const q = quantities(after(w))[0];
      expect(q?.unit, w).toBe(m.name);
      expect(q?.value, w).toBe(250);
      expect(q?.amount, w).toBeCloseTo(250 * m.factor, 10);
    }
  });
  it("scales multiply, money-only scales only after a currency", () => {
    for (const [w, v] of Object.entries(table.scales)) {
      const q = quantities(`It cost $3${w.length <= 2 ? "" : " "}${w} in all.`)[0];
      expect(q?.value, w).toBe(3 * v);
    }
    for (const [w, v] of Object.entries(table.moneyOnlyScales)) expect(quantities(`It cost $3${w} in all.`)[0]?.value, w).toBe(3 * v);
  });
  it("rate denominators make rates", () => {
    const wrong: string[] = [];
    for (const d of table.rateDenominators) {
      const q = quantities(`It cost $250 per ${d} in all.`)[0];
      if (!q?.unit?.startsWith("USD per ")) wrong.push(`${d} -> ${q?.unit ?? "nothing"}`);
    }
    expect(wrong).toEqual([]);
  });
  it("baseUnits: every entry compiles, names a unit of the table, and gives a base to that unit's quantity", () => {
    const wrong: string[] = [];
    for (const [name, e] of Object.entries(table.baseUnits)) {
      const forms = (table.units as Record<string, string[]>)[name];
      if (!forms) {
        wrong.push(`${name}: not in units`);
        continue;
      }
      const q = quantities(after(forms[forms.length - 1]!))[0];
      if (q?.unit !== name || q.base?.unit !== e.base || !Number.isFinite(q.base.value)) wrong.push(`${name} -> ${JSON.stringify(q?.base)}`);
    }
    expect(wrong).toEqual([]);
  });
  it("base values: lengths, temperatures with their offset, ranges, rates of two units, money's main unit", () => {
    const base = (text: string) => quantities(text)[0]?.base;
    expect(base("The trail is 5 miles long.")).toEqual({ value: 8046.72, unit: "metre" });
    expect(base("It fell to -40 degrees Fahrenheit.")).toEqual({ value: 233.15, unit: "kelvin" });
    expect(base("The lake is 20C in June.")).toEqual({ value: 293.15, unit: "kelvin" });
    expect(base("Rain fell over 5-10 km of road.")).toEqual({ value: null, low: 5000, high: 10000, unit: "metre" });
    expect(base("The field pumps 86,400 litres per day.")).toEqual({ value: 0.001, unit: "cubic metre per second" });
    expect(base("A stamp costs 45 cents.")).toEqual({ value: 0.45, unit: "USD" });
    expect(base("Profit was $3 million.")).toEqual({ value: 3000000, unit: "USD" });
    expect(base("Turnout was 60 percent.")).toBeUndefined();
    expect(base("The dividend is 31 cents a share.")).toBeUndefined();
  });
  it("the unit as written beside the normalised one", () => {
    const first = (text: string) => quantities(text)[0];
    expect(first("The trail is 5 kilometres long.")).toMatchObject({ unit: "kilometre", unitText: "kilometres" });
    expect(first("It cost US$40 in all.")).toMatchObject({ unit: "USD", unitText: "US$" });
    expect(first("It cost RM40 in all.")).toMatchObject({ unit: "MYR", unitText: "RM" });
    expect(first("He ran a six-mile race.")).toMatchObject({ unit: "mile", unitText: "mile" });
    expect(first("She is a 37-year-old nurse.")).toMatchObject({ unit: "year of age", unitText: "year" });
    expect(first("Fourteen people died.")?.unitText).toBeUndefined();
  });
});
