import { convert } from "convert";
import type { Quantity } from "../../schema/quantity.js";
import { roundValue } from "./types.js";

/**
 * The value of a quantity in a base unit (`base` of the record, docs/quantities.md): physical units by the
 * table `baseUnits` of units.json, converted with the npm package convert (its factor and, for temperatures,
 * offset computed once when the table loads, so no conversion call runs per quantity); money in the main
 * unit of its currency. A rate converts when both its ends do ("barrel per day" -> cubic metre per second).
 */

export interface BaseEntry {
  convert?: string;
  factor?: number;
  base: string;
}

/** base = a * value + b */
export interface BaseConversion {
  base: string;
  a: number;
  b: number;
}

/** convert's names of our base units */
const LIB_BASE: Readonly<Record<string, string>> = {
  metre: "m", "square metre": "m2", "cubic metre": "m3", kilogram: "kg", second: "s", kelvin: "K", watt: "W", joule: "J", hertz: "Hz", byte: "B", radian: "rad",
};

/** Compiles the table; throws, naming the entry, when an entry is neither convertible nor given a factor. */
export function compileBaseUnits(table: Readonly<Record<string, BaseEntry>>): Map<string, BaseConversion> {
  const out = new Map<string, BaseConversion>();
  for (const [name, e] of Object.entries(table)) {
    if (e.factor !== undefined) {
      if (!(e.factor > 0)) throw new Error(`units.json baseUnits["${name}"]: factor must be a positive number`);
      out.set(name, { base: e.base, a: e.factor, b: 0 });
      continue;
    }
    const to = LIB_BASE[e.base];
    if (e.convert === undefined || to === undefined) throw new Error(`units.json baseUnits["${name}"]: needs "factor", or "convert" with a base convert knows (${Object.keys(LIB_BASE).join(", ")})`);
    let a: number;
    let b: number;
    try {
      const at = (x: number): number => convert(x, e.convert as never).to(to as never) as unknown as number;
      b = at(0);
      a = at(1) - b;
    } catch (err) {
      throw new Error(`units.json baseUnits["${name}"]: convert cannot take "${e.convert}" to "${to}" (${err instanceof Error ? err.message : String(err)})`);
    }
    out.set(name, { base: e.base, a, b: Math.abs(b) < 1e-12 ? 0 : b });
  }
  return out;
}

/** The conversion of a unit name, a rate's too when both its ends are linear ("tonne per year"). */
function conversionOf(table: ReadonlyMap<string, BaseConversion>, unit: string): BaseConversion | undefined {
  const direct = table.get(unit);
  if (direct) return direct;
  const k = unit.indexOf(" per ");
  if (k < 0) return undefined;
  const num = table.get(unit.slice(0, k));
  const den = table.get(unit.slice(k + 5));
  if (!num || !den || num.b !== 0 || den.b !== 0) return undefined;
  return { base: `${num.base} per ${den.base}`, a: num.a / den.a, b: 0 };
}

/** The record's `base`, or undefined (counts, percentages, ordinals, ages, units without a base). */
export function baseOf(q: Omit<Quantity, "id">, table: ReadonlyMap<string, BaseConversion>, minorFactors: ReadonlyMap<string, number>): Quantity["base"] {
  if (q.unit === undefined) return undefined;
  if (q.kind === "money") {
    // the main unit of the currency: "19 cents" -> 0.19 USD; a rate of money ("USD per share") stays as it is
    if (q.unit.includes(" per ")) return undefined;
    if (q.currency !== undefined) {
      const f = minorFactors.get(q.unit);
      return f === undefined ? undefined : scaled(q, { base: q.currency, a: f, b: 0 });
    }
    return /^[A-Z]{3}$/.test(q.unit) ? scaled(q, { base: q.unit, a: 1, b: 0 }) : undefined;
  }
  if (q.kind !== "measure") return undefined;
  const c = conversionOf(table, q.unit);
  return c ? scaled(q, c) : undefined;
}

function scaled(q: Omit<Quantity, "id">, c: BaseConversion): NonNullable<Quantity["base"]> {
  const f = (x: number) => roundValue(c.a * x + c.b);
  return {
    value: q.value === null ? null : f(q.value),
    ...(q.low !== undefined ? { low: f(q.low) } : {}),
    ...(q.high !== undefined ? { high: f(q.high) } : {}),
    unit: c.base,
  };
}
