import { z } from "zod";
import { provenance } from "./provenance.js";
import { Offset } from "./span.js";

export const QuoteSchema = z.object({
  id: z.string().regex(/^C\d+$/),
  start: Offset,
  end: Offset,
  text: z.string().describe("the quoted words, without the quotation marks"),
  speaker: z.string().regex(/^E\d+$/).nullable().describe("id of the speaking entity, or null"),
  cue: z
    .object({ start: Offset, end: Offset, text: z.string() })
    .nullable()
    .describe("the speech verb that attributes the quote ('said'), when there is one"),
  ...provenance(),
});
export type Quote = z.infer<typeof QuoteSchema>;
