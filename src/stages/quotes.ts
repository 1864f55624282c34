import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { compileCues } from "../lexicon/speech.js";
import { attributeQuotes } from "../nlp/quotes/attribute.js";

const Options = z.strictObject({
  /**
   * a quoted phrase that no speech verb attributes is a quotation only from this many words on
   * (and when it is not title-cased); shorter ones are scare quotes: "close cooperation"
   */
  minUnattributedWords: z.number().int().min(1).default(4),
  /** longest subject between a closing quote and its verb, in tokens: "…", Head of X (Y), Name, said */
  maxSubjectTokens: z.number().int().min(1).max(40).default(25),
});

/**
 * Direct quotations between quotation marks, with the speech verb that attributes them and who speaks
 * (see src/nlp/quotes/attribute.ts for the rules and the scare-quote test): an entity when a name says
 * so, else the pronoun or description that the speakers stage resolves after coref (quoteCues).
 */
export const quotesStage = defineStage({
  name: "quotes",
  description: "direct quotations, their speech verb and the phrase or entity that speaks them",
  needs: ["tokens", "sentences", "entities"],
  /** the parse: the subject of the speech verb, the verb governing a quotation */
  reads: ["syntax"],
  produces: ["quoteCues"],
  options: Options,
  create(options) {
    const cues = compileCues();
    return (doc) => {
      const syntax = doc.has("syntax") ? doc.get("syntax") : null;
      doc.set("quoteCues", attributeQuotes(doc.text, doc.get("tokens"), doc.get("entities"), cues, options, syntax));
    };
  },
});
