import { z } from "zod";
import { Offset } from "./span.js";

export const DiagnosticSchema = z.object({
  stage: z.string().describe("the stage (or 'input', 'pipeline') that raised it"),
  code: z.string().describe("stable machine-readable code, e.g. 'input/empty'"),
  message: z.string(),
  start: Offset.optional(),
  end: Offset.optional(),
  fatal: z.boolean().describe("true when the article could not be fully processed"),
  severity: z.enum(["info"]).optional().describe("'info': a note for the reader (explain mode: what a stage dropped, and why)"),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
