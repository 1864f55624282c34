import { z } from "zod";
import { EntityTypeSchema, type EntityType } from "../schema/entity.js";
import data from "./nominal-heads.json" with { type: "json" };

/** One head noun of the nominal-entity table (src/resources/nominal-heads.json; its description says what the fields mean). */
export const NominalHeadSchema = z.strictObject({
  head: z.string().regex(/^\p{Ll}+$/u, "a lower-case lemma"),
  type: EntityTypeSchema,
  number: z.enum(["singular", "plural", "any"]).default("singular"),
  modifiers: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1).optional(),
  byName: z.boolean().optional(),
});
export const NominalHeadsSchema = z.strictObject({
  description: z.string().min(1),
  ofNames: z.strictObject({ description: z.string().min(1), nouns: z.array(z.string().regex(/^\p{Ll}+$/u, "a lower-case lemma")).min(1) }),
  heads: z.array(NominalHeadSchema).min(1),
});
export type NominalHead = z.output<typeof NominalHeadSchema>;

/** Parses a nominal-head table; throws on a bad entry or a head listed twice. */
export function parseNominalHeads(raw: unknown): ReadonlyMap<string, NominalHead> {
  const table = NominalHeadsSchema.parse(raw);
  const out = new Map<string, NominalHead>();
  for (const h of table.heads) {
    if (out.has(h.head)) throw new Error(`nominal-heads.json: '${h.head}' is listed twice`);
    out.set(h.head, h);
  }
  return out;
}

let ofNames: ReadonlySet<string> | null = null;
/** The shipped nouns that name a place by "of" ("the town of Dabiq"), parsed once. */
export function loadOfNamingNouns(): ReadonlySet<string> {
  return (ofNames ??= new Set(NominalHeadsSchema.parse(data).ofNames.nouns));
}

let shipped: ReadonlyMap<string, NominalHead> | null = null;
/** The shipped table, by head lemma, parsed once. */
export function loadNominalHeads(): ReadonlyMap<string, NominalHead> {
  return (shipped ??= parseNominalHeads(data));
}
export type { EntityType };
