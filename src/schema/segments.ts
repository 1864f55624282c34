import { z } from "zod";
import { Offset } from "./span.js";

export const SectionSchema = z.object({
  start: Offset,
  end: Offset,
  heading: z
    .object({ start: Offset, end: Offset })
    .nullable()
    .describe("the headline line that opens the section, or null for an untitled section"),
});
export type Section = z.infer<typeof SectionSchema>;

export const ParagraphSchema = z.object({ start: Offset, end: Offset });
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const SentenceSchema = z.object({ start: Offset, end: Offset });
export type Sentence = z.infer<typeof SentenceSchema>;
