import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { resolveSpeakers, speakerSources, toQuotes } from "../nlp/quotes/speaker.js";

/**
 * The quotes layer: every quotation of the quotes stage with its speaker an entity id. A speaker the
 * quotes stage left as a phrase is the entity of a name in it, else the entity coref resolved the pronoun
 * or description to ("he added", "said the weekly"); a continuing quotation takes its predecessor's
 * (src/nlp/quotes/speaker.ts). A short or title-cased quotation kept only because a cue governs it is
 * dropped when no speaker resolves (a scare quote).
 */
export const speakersStage = defineStage({
  name: "speakers",
  description: "each quotation's speaker as an entity id, through names and coref's references",
  needs: ["quoteCues", "entities"],
  /** pronouns and descriptions resolved by coref; without it only names speak */
  reads: ["references"],
  produces: ["quotes"],
  options: z.strictObject({}),
  create() {
    return (doc) => {
      const cues = doc.get("quoteCues");
      const speakers = resolveSpeakers(cues, speakerSources(doc.get("entities"), doc.has("references") ? doc.get("references") : []));
      doc.set("quotes", toQuotes(cues, speakers));
    };
  },
});
