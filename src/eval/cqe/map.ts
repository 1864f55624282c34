import { z } from "zod";
import { code as isoCode } from "currency-codes";
import type { Quantity } from "../../schema/quantity.js";
import table from "./units.json" with { type: "json" };
import type { CqeChange, CqeQuantity, CqeValue } from "./format.js";

/** Mapping from our quantity records to the terms of the CQE protocol; the conventions are in docs/cqe-mapping.md. */

const Name = z.string().min(1).refine((s) => s === s.trim(), { message: "no surrounding spaces" });
export const CqeUnitTableSchema = z.object({
  $comment: z.string(),
  currencies: z.record(z.string().regex(/^[A-Z]{3}$/, { message: "an ISO 4217 code" }), Name),
  units: z.record(Name, Name),
  counted: z.record(Name, Name),
  aliases: z.record(Name, z.string()),
  conceptStopwords: z.array(Name),
});
export type CqeUnitTable = z.infer<typeof CqeUnitTableSchema>;

export const CQE_UNITS: CqeUnitTable = CqeUnitTableSchema.parse(table);

const ALIASES = new Map(Object.entries(CQE_UNITS.aliases).map(([k, v]) => [k.toLowerCase(), v]));
const STOP = new Set(CQE_UNITS.conceptStopwords.map((w) => w.toLowerCase()));

/** The compared form of a unit name, on both sides: lower-cased, spaces squeezed, known variants folded. */
export function foldUnit(name: string): string {
  const s = name.toLowerCase().replace(/\s+/g, " ").trim();
  return ALIASES.get(s) ?? s;
}

/**
 * Concept tokens: a gold string is split on commas and white space (as CQE's scorer does), a list
 * token by token; lower-cased, punctuation at the ends of a token dropped, stop words and "-" out.
 */
export function conceptTokens(concepts: string | readonly string[]): string[] {
  const parts = typeof concepts === "string" ? [concepts] : concepts;
  const out = new Set<string>();
  for (const part of parts)
    for (const raw of part.split(/[,\s]+/)) {
      const t = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
      if (t !== "" && !STOP.has(t)) out.add(t);
    }
  return [...out];
}

/** CQE has six change symbols; our inclusive bounds fold into the strict ones. */
export function toCqeChange(change: Quantity["change"]): CqeChange {
  if (change === ">=") return ">";
  if (change === "<=") return "<";
  return change;
}

function unitName(unit: string, kind: Quantity["kind"]): string {
  // a code the table does not name: its ISO 4217 name, lower-cased ("LAK" -> "lao kip")
  if (kind === "money" && /^[A-Z]{3}$/.test(unit)) return CQE_UNITS.currencies[unit] ?? isoCode(unit)?.currency.toLowerCase() ?? unit;
  return CQE_UNITS.units[unit] ?? unit;
}

/** Our unit for a quantity, named as CQE names it (before folding). */
export function cqeUnitName(q: Quantity): string {
  if (q.unit !== undefined) {
    // a rate maps its two ends: "USD per share" -> "dollar per share", "percent per year" -> "percentage per year"
    const k = q.unit.indexOf(" per ");
    if (k >= 0) return `${unitName(q.unit.slice(0, k), q.kind)} per ${unitName(q.unit.slice(k + 5), "measure")}`;
    return unitName(q.unit, q.kind);
  }
  // no unit: a counted noun is the unit, as CQE's gold has it ("14 people" -> "people")
  if (q.counted !== undefined) return CQE_UNITS.counted[q.counted] ?? q.counted;
  return "";
}

export function cqeValue(q: Quantity): CqeValue | null {
  if (q.value !== null) return q.value;
  if (q.low !== undefined && q.high !== undefined) return [q.low, q.high];
  if (q.low !== undefined) return q.low;
  if (q.high !== undefined) return q.high;
  return null;
}

/**
 * One of our quantity records as the CQE protocol sees it, or null when CQE would not count it
 * (ordinals: "the 22nd amendment" is no quantity there; a record with no number at all).
 */
export function toCqeQuantity(q: Quantity): CqeQuantity | null {
  if (q.kind === "ordinal") return null;
  const value = cqeValue(q);
  if (value === null) return null;
  return {
    value,
    unit: foldUnit(cqeUnitName(q)),
    change: toCqeChange(q.change),
    concepts: q.concept === undefined ? [] : conceptTokens(q.concept),
  };
}
