import { z } from "zod";
import { Offset } from "./span.js";

export const TokenSchema = z.object({
  start: Offset,
  end: Offset,
  upos: z.string().describe("Universal Dependencies part of speech (UPOS)"),
  xpos: z.string().describe("Penn Treebank tag"),
  lemma: z.string(),
  head: z.number().int().min(-1).describe("index in tokens[] of the syntactic head, -1 for the root of its sentence"),
  deprel: z.string().describe("UD v2 relation to the head, with its subtype (nsubj:pass, obl:tmod, compound:prt)"),
});
export type OutputToken = z.infer<typeof TokenSchema>;

export const NounPhraseSchema = z.object({
  start: Offset,
  end: Offset,
  head: z.number().int().min(0).describe("index in tokens[] of the phrase's head noun or pronoun"),
  max: z.object({ start: Offset, end: Offset }).describe("the maximal noun phrase: the head's whole subtree"),
});
export type NounPhrase = z.infer<typeof NounPhraseSchema>;
