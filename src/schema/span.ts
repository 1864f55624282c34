import { z } from "zod";

/** A standoff span: UTF-16 code-unit offsets into `document.text`, end-exclusive. */
export const Offset = z.number().int().nonnegative();

export const SpanSchema = z
  .object({
    start: Offset.describe("UTF-16 offset of the first character"),
    end: Offset.describe("UTF-16 offset one past the last character"),
  })
  .refine((s) => s.end >= s.start, { message: "end must be >= start" });
export type Span = z.infer<typeof SpanSchema>;

/** A span that also carries its surface text (always `text.slice(start, end)`). */
export const TextSpanSchema = z.object({
  start: Offset,
  end: Offset,
  text: z.string().describe("exactly document.text.slice(start, end)"),
});
export type TextSpan = z.infer<typeof TextSpanSchema>;
