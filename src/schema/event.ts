import { z } from "zod";
import { provenance } from "./provenance.js";
import { Offset } from "./span.js";

export const EVENT_MODALITIES = ["asserted", "negated", "attempted", "planned", "possible"] as const;
export const EventModalitySchema = z.enum(EVENT_MODALITIES);

const EntityId = z.string().regex(/^E\d+$/);

/** A participant of an event: the noun phrase as written and its head token. */
export const EventArgumentSchema = z.object({
  start: Offset,
  end: Offset,
  text: z.string().describe("the noun phrase as written (its base phrase: determiners, numbers and modifiers before the head, name parts after it)"),
  lemma: z.string().describe("lemma of the phrase's head word ('people' -> 'person')"),
  head: z.object({ start: Offset, end: Offset }).describe("the head token of the phrase"),
  entity: EntityId.optional().describe("the entity the head names or refers to (a mention or a reference on the head)"),
});
export type EventArgument = z.infer<typeof EventArgumentSchema>;

export const EventSchema = z.object({
  id: z.string().regex(/^EV\d+$/),
  class: z.string().regex(/^[a-z][a-z_-]*$/).describe("event class: src/events/data/classes.json and docs/events.md list them, with their ACLED and GTD counterparts"),
  trigger: z
    .object({ start: Offset, end: Offset, text: z.string(), lemma: z.string() })
    .describe("the word that names the event: a verb ('arrested'), a noun ('the dismantling of'); for an elided event ('and 19 in 2016') the antecedent's"),
  sentence: z.number().int().nonnegative().describe("index into sentences"),
  modality: EventModalitySchema.describe("asserted; negated ('did not arrest'); attempted ('attempted to travel'); planned ('will be brought', 'foiled attacks'); possible ('may have', 'suspected')"),
  count: z.string().regex(/^Q\d+$/).optional().describe("id of the quantity that says how many the event concerns (arrested, killed, dismantled; the object's number, else the agent's)"),
  agent: EventArgumentSchema.optional().describe("who did it"),
  object: EventArgumentSchema.optional().describe("whom or what it was done to"),
  time: z.string().regex(/^D\d+$/).optional().describe("id of the date of the event: the one its clause carries, else the nearest one governing it"),
  places: z.array(EntityId).describe("ids of the places where it happened (or, for travel, to and from), from locative phrases on the event or its participants"),
  attribution: z
    .object({ speaker: EntityId.optional(), quote: z.string().regex(/^C\d+$/).optional() })
    .optional()
    .describe("who says so: the quotation that holds the event and its speaker, or the subject of the reporting verb that governs it ('Khiame said')"),
  ...provenance(),
});
export type EventRecord = z.infer<typeof EventSchema>;

export const CHECK_KINDS = ["sum", "subset"] as const;

export const CheckSchema = z.object({
  id: z.string().regex(/^K\d+$/),
  kind: z.enum(CHECK_KINDS).describe("sum: the parts add up to the total; subset: the part is at most the whole"),
  total: z.string().regex(/^Q\d+$/).describe("id of the total (or the whole)"),
  parts: z.array(z.string().regex(/^Q\d+$/)).min(1).describe("ids of the parts, in text order"),
  status: z.enum(["ok", "mismatch"]).describe("whether the numbers agree; a mismatch is also a diagnostic, nothing is corrected"),
  sentence: z.number().int().nonnegative().describe("index of the sentence of the parts"),
  ...provenance(),
});
export type CheckRecord = z.infer<typeof CheckSchema>;
