import { z } from "zod";
import { provenance, SourceSchema } from "./provenance.js";
import { Offset } from "./span.js";

/** How a reference names its entity: a pronoun ("he", "its", "we") or a definite noun phrase ("the group"). */
export const REFERENCE_KINDS = ["pronoun", "nominal"] as const;
export const ReferenceKindSchema = z.enum(REFERENCE_KINDS);
export type ReferenceKind = z.infer<typeof ReferenceKindSchema>;

export const ReferenceSchema = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  kind: ReferenceKindSchema,
  entity: z.string().regex(/^E\d+$/).describe("id of the entity the words refer to"),
  ...provenance(
    SourceSchema.describe("the rule that resolved it: 'coref:speaker' (first person in a quotation or statement), 'coref:salience' (third-person pronoun), 'coref:title' ('the Minister'), 'coref:head' ('the group', 'the city')"),
  ),
});
export type Reference = z.infer<typeof ReferenceSchema>;
