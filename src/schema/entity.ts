import { z } from "zod";
import { OriginSchema, SourceSchema, TrailSchema } from "./provenance.js";
import { Offset } from "./span.js";

/** OntoNotes 5 named-entity types used by newsfacts. */
export const ENTITY_TYPES = [
  "PERSON",
  "NORP",
  "FAC",
  "ORG",
  "GPE",
  "LOC",
  "PRODUCT",
  "EVENT",
  "WORK_OF_ART",
  "LAW",
  "LANGUAGE",
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const MentionSchema = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  source: SourceSchema.describe(
    "\"<stage>:<rule>\": the rule that made the mention as it stands: 'entities:<rule>' for the entity rules (src/ner/rules/index.ts lists them; 'entities:model-spans' is the model's own span), 'link:<how>' for a mention the link stage added",
  ),
  origin: OriginSchema,
  trail: TrailSchema,
  title: z
    .object({ start: Offset, end: Offset, text: z.string() })
    .optional()
    .describe("people only: the title written directly before the name ('President', 'Mr.', 'Prime Minister'); not part of the mention's span"),
  kind: z
    .enum(["name", "nominal"])
    .optional()
    .describe(
      "'nominal': the mention is a common-noun phrase that refers to a specific organisation, group or place ('Moroccan security services', 'their European counterparts', 'the daily'), and its span is that phrase; absent means 'name' (written only on nominal mentions, so name mentions are unchanged)",
    ),
  phrase: z
    .object({ start: Offset, end: Offset })
    .optional()
    .describe(
      "the noun phrase the mention heads or names, from the syntax stage's parse (absent without it): determiners and pre-modifiers, a title, the unit noun of 'the town of X' ('the Syrian town of Dabiq', 'U.S. President Donald Trump'), or, for a name that modifies a common noun, the phrase it is part of ('Iraqi security forces' for 'Iraqi'); never a relative clause, apposition or trailing prepositional phrase. A nominal mention's phrase is its span",
    ),
});
export type Mention = z.infer<typeof MentionSchema>;

export const EntitySchema = z.object({
  id: z.string().regex(/^E\d+$/),
  type: EntityTypeSchema,
  name: z.string().min(1).describe("canonical name: the longest full form the article uses"),
  aliases: z.array(z.string()).describe("other surface forms of the same entity, sorted, without the name"),
  mentions: z.array(MentionSchema).min(1).describe("every mention, in text order"),
});
export type Entity = z.infer<typeof EntitySchema>;
