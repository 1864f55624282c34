import { z } from "zod";
import { provenance } from "./provenance.js";
import { Offset } from "./span.js";

export const QUANTITY_KINDS = ["count", "money", "percent", "measure", "ordinal"] as const;
export const QuantityKindSchema = z.enum(QUANTITY_KINDS);

/** `=` plain, `~` approximate, `>`/`<` bounds, `up`/`down` a change in that direction. */
export const QUANTITY_CHANGES = ["=", "~", ">", "<", ">=", "<=", "up", "down"] as const;
export const QuantityChangeSchema = z.enum(QUANTITY_CHANGES);

export const QuantitySchema = z.object({
  id: z.string().regex(/^Q\d+$/),
  start: Offset,
  end: Offset,
  text: z.string(),
  kind: QuantityKindSchema,
  value: z.number().nullable().describe("the single value; null for a range (see low/high)"),
  low: z.number().optional().describe("lower end of a range or vague magnitude"),
  high: z.number().optional().describe("upper end of a range or vague magnitude"),
  unit: z
    .string()
    .optional()
    .describe("normalised unit: ISO 4217 code for money, 'percent', 'percentage point', or a canonical unit name"),
  unitText: z.string().optional().describe("the unit or currency as written ('km', 'per cent', 'US$', 'Dutch guilders'); absent when the unit is not written on this quantity ('up 5 and 6 percent': 5)"),
  base: z
    .object({
      value: z.number().nullable().describe("the value in the base unit; null for a range"),
      low: z.number().optional(),
      high: z.number().optional(),
      unit: z.string().describe("metre, square metre, cubic metre, kilogram, second, kelvin, metre per second, joule, watt, hertz, byte, radian, volt; for money the ISO 4217 code of the main unit"),
    })
    .optional()
    .describe("the quantity in a base unit, for a known physical unit or money: '5 miles' -> 8046.72 metre, '19 cents' -> 0.19 USD, '-40 degrees Fahrenheit' -> 233.15 kelvin"),
  currency: z.string().regex(/^[A-Z]{3}$/).optional().describe("ISO 4217 code of a minor currency unit ('19 cents': unit 'cent', currency 'USD')"),
  amount: z.number().optional().describe("the value in the currency's main unit, for a minor unit ('19 cents' -> 0.19)"),
  counted: z.string().optional().describe("lemma of the counted noun ('548 people' -> 'person')"),
  countedText: z.string().optional().describe("the counted noun phrase as written ('terrorist cells')"),
  modifier: z.string().optional().describe("the modifier as written ('about', 'more than', 'rose')"),
  change: QuantityChangeSchema.describe("normalised modifier"),
  concept: z.string().optional().describe("the thing measured, when the sentence says it"),
  time: z.string().regex(/^D\d+$/).optional().describe("id of the date that scopes this quantity"),
  sentence: z.number().int().nonnegative().describe("index into sentences"),
  ...provenance(),
});
export type Quantity = z.infer<typeof QuantitySchema>;
