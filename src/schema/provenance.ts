import { z } from "zod";

/**
 * The provenance shape every record shares: `source` is "<stage>:<rule>" (the rule that made the
 * record as it stands: "dates:month-day", "quantities:count-noun", "quotes:before",
 * "coref:salience", "entities:name-titles" for the entity rules); `origin` is the "<stage>:<rule>" that first
 * found the span when another rule changed it last; `trail` (explain mode only) lists every rule
 * that touched the record, in order. No code decides anything by reading them: they are for readers.
 */
export const SourceSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9:-]*$/)
  .describe('"<stage>:<rule>": the rule that made the record as it stands');
export const OriginSchema = z.string().optional().describe('"<stage>:<rule>" that first found the span, when another rule changed it last');
export const TrailSchema = z
  .array(z.string())
  .optional()
  .describe("explain mode only (`newsfacts extract --explain`): every rule that touched the record, in order, each as \"<stage>:<rule>\" with what it did");

/** `source`, `origin` and `trail`, for a record schema to spread in. */
export const provenance = (source: z.ZodString = SourceSchema) => ({ source, origin: OriginSchema, trail: TrailSchema });
