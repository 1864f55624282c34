import { z } from "zod";
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
  source: z
    .string()
    .describe("what produced the mention: 'model', 'gazetteer:<list>', 'rule:<name>', 'link:<how>'"),
  title: z
    .object({ start: Offset, end: Offset, text: z.string() })
    .optional()
    .describe("people only: the title written directly before the name ('President', 'Mr.', 'Prime Minister'); not part of the mention's span"),
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
