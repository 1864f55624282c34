import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { ENTITY_TYPES } from "../schema/entity.js";
import conll from "./schemes/conll.json" with { type: "json" };
import dates from "./schemes/dates.json" with { type: "json" };
import gmb from "./schemes/gmb.json" with { type: "json" };
import gum from "./schemes/gum.json" with { type: "json" };
import ontonotes from "./schemes/ontonotes.json" with { type: "json" };
import re3d from "./schemes/re3d.json" with { type: "json" };

/**
 * What a scheme maps from: our entity types, and OntoNotes-style pseudo-types for the other layers.
 * Quantities: kind count -> CARDINAL, money -> MONEY, percent -> PERCENT, measure -> QUANTITY,
 * ordinal -> ORDINAL. Dates: kind time -> TIME, every other kind -> DATE.
 */
export const PSEUDO_TYPES = ["DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"] as const;
export const SOURCE_TYPES: readonly string[] = [...ENTITY_TYPES, ...PSEUDO_TYPES];

export const SchemeSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1),
    description: z.string().default(""),
    labels: z.array(z.string().min(1)).min(1).describe("gold labels that are scored, in report order"),
    map: z
      .record(z.string(), z.string().min(1))
      .describe("our type (or pseudo-type) -> corpus label; an unmapped type is not predicted in this scheme"),
    groups: z.record(z.string(), z.array(z.string())).default({}).describe("named subsets of labels, micro-averaged separately"),
    span: z
      .enum(["name", "name+title", "phrase"])
      .default("name")
      .describe(
        "which field of an entity mention is the scored span: 'name' the mention's own span; 'name+title' from the start of a person's recorded `title` ('President Fuad Masum'); 'phrase' the mention's `phrase` (the noun phrase it heads or names: 'the Syrian town of Dabiq', 'U.S. President Donald Trump'), for a mention that heads it (one that does not, 'Trump' in 'President Trump\'s plan', is scored by its name with its title). Spans are never changed from the text: a scheme only chooses among the output's fields",
      ),
    nested: z
      .boolean()
      .default(false)
      .describe(
        "with span 'phrase': a name inside a phrase another scored mention heads (a modifier: 'Iraqi' in 'Iraqi security forces', 'U.S.' in 'U.S. President Donald Trump'; a name in a person's title: 'Minister for the Middle East Tobias Ellwood') is also scored, by its own span (corpora that keep nested names); false: only the phrase is scored. A modifier whose phrase no mention heads is always scored by its own span",
      ),
    nominals: z
      .boolean()
      .default(false)
      .describe("score the entities' nominal mentions (`kind: 'nominal'`: 'Moroccan security services', 'the daily'), typed by their entity: corpora that annotate specific common-noun phrases as entities"),
    peoples: z
      .string()
      .min(1)
      .optional()
      .describe("the label the corpus gives a nationality used as a noun for a people ('Syrians', 'the Arabs'; NORP in our output), when it is not the nationality label"),
    holidays: z
      .string()
      .min(1)
      .optional()
      .describe("the label the corpus gives a named holiday ('Christmas', 'Labor Day'; a date of the dates stage's holiday rules in our output), when it is not the date label"),
    references: z
      .enum(["exclude", "include", "non-possessive"])
      .default("exclude")
      .describe("'include': the corpus annotates pronouns and descriptions that refer to an entity ('we', 'the regime'); our `references` are scored, typed by the entity they refer to. 'non-possessive': the same, except possessive determiners (his, its, their, our, my, her)"),
    unannotatedDates: z
      .string()
      .min(1)
      .refine((p) => {
        try {
          new RegExp(p, "iu");
          return true;
        } catch {
          return false;
        }
      }, "not a valid regular expression")
      .optional()
      .describe("a regular expression (case-insensitive, matched against the whole text of a date record) for expressions the corpus never annotates; such dates are not scored"),
  })
  .superRefine((s, ctx) => {
    for (const k of Object.keys(s.map))
      if (!SOURCE_TYPES.includes(k)) ctx.addIssue({ code: "custom", path: ["map", k], message: `unknown type '${k}' (expected one of ${SOURCE_TYPES.join(", ")})` });
    if (s.peoples !== undefined && !s.labels.includes(s.peoples)) ctx.addIssue({ code: "custom", path: ["peoples"], message: `label '${s.peoples}' is not in labels` });
    if (s.holidays !== undefined && !s.labels.includes(s.holidays)) ctx.addIssue({ code: "custom", path: ["holidays"], message: `label '${s.holidays}' is not in labels` });
    for (const [g, members] of Object.entries(s.groups))
      for (const m of members)
        if (!s.labels.includes(m)) ctx.addIssue({ code: "custom", path: ["groups", g], message: `label '${m}' is not in labels` });
  });
export type Scheme = z.output<typeof SchemeSchema>;

export const BUILTIN_SCHEMES: ReadonlyMap<string, Scheme> = new Map(
  [conll, gum, re3d, gmb, ontonotes, dates].map((raw) => {
    const s = SchemeSchema.parse(raw);
    return [s.name, s] as const;
  }),
);

export type SchemeResult = { ok: true; scheme: Scheme } | { ok: false; error: string };

/** A built-in scheme by name, or a scheme JSON file by path. */
export function loadScheme(nameOrPath: string): SchemeResult {
  const builtin = BUILTIN_SCHEMES.get(nameOrPath);
  if (builtin) return { ok: true, scheme: builtin };
  if (!/[\\/]|\.json$/.test(nameOrPath) || !existsSync(nameOrPath))
    return { ok: false, error: `unknown scheme '${nameOrPath}' (built in: ${[...BUILTIN_SCHEMES.keys()].join(", ")}; or a path to a scheme .json file)` };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(nameOrPath, "utf8"));
  } catch (err) {
    return { ok: false, error: `${nameOrPath}: not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = SchemeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `${nameOrPath}: ${z.prettifyError(parsed.error)}` };
  return { ok: true, scheme: parsed.data };
}

/** The built-in scheme whose scored labels cover the most gold spans (ties: the first built in). */
export function detectScheme(goldLabelCounts: ReadonlyMap<string, number>): Scheme | null {
  let best: Scheme | null = null;
  let bestCovered = 0;
  for (const s of BUILTIN_SCHEMES.values()) {
    let covered = 0;
    for (const l of s.labels) covered += goldLabelCounts.get(l) ?? 0;
    if (covered > bestCovered) {
      best = s;
      bestCovered = covered;
    }
  }
  return best;
}
