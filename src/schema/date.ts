import { z } from "zod";
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
  source: z.string().describe("the rule that produced the record"),
});
export type DateRecord = z.infer<typeof DateSchema>;
