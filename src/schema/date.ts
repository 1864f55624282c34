import { z } from "zod";
import { provenance } from "./provenance.js";
import { Offset } from "./span.js";

export const DATE_KINDS = ["date", "interval", "duration", "time", "set"] as const;

export const DateSchema = z.object({
  id: z.string().regex(/^D\d+$/),
  start: Offset,
  end: Offset,
  text: z.string(),
  kind: z.enum(DATE_KINDS),
  value: z
    .string()
    .nullable()
    .describe("ISO 8601: a date (2016, 2016-05, 2016-05-04), an interval (2015/2016) or a duration (P3Y); null when it cannot be resolved"),
  holiday: z.literal(true).optional().describe("a named holiday (Christmas, Easter, Ramadan)"),
  relative: z
    .literal(true)
    .optional()
    .describe("counted from the publication date by a length the phrase writes ('two years ago', 'the past three months'); the length is also a duration quantity"),
  ...provenance(),
});
export type DateRecord = z.infer<typeof DateSchema>;
