import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { loadGivenGender } from "../nlp/coref/gender.js";
import { resolveReferences } from "../nlp/coref/resolve.js";
import { GAZ } from "../resources/gazetteer.js";
import { loadGazetteer } from "../resources/ner-data.js";

const Options = z.strictObject({
  /** resolve personal pronouns: he, she, it, they, and I/we inside quotations and statements */
  pronouns: z.boolean().default(true),
  /** resolve definite descriptions: "the Minister", "the group", "the city" */
  nominals: z.boolean().default(true),
  /** sentences a pronoun looks back for its entity (definite descriptions of a named organisation or a titled person look three times as far) */
  window: z.number().int().min(0).max(20).default(3),
});

/**
 * Pronouns and definite descriptions that refer to an entity, as `references` (entity mentions
 * keep names only). Salience-based rules: src/nlp/coref/resolve.ts.
 */
export const corefStage = defineStage({
  name: "coref",
  description: "pronouns and definite descriptions resolved to the entities they refer to",
  needs: ["tokens", "paragraphs", "entities", "quoteCues"],
  produces: ["references"],
  options: Options,
  create(options) {
    const given = loadGivenGender();
    const gaz = loadGazetteer();
    const isCountry = (name: string): boolean => {
      return (gaz.nameMask(name.replace(/^the\s+/iu, "")) & (1 << GAZ.country)) !== 0;
    };
    return (doc) => {
      doc.set(
        "references",
        resolveReferences(doc.text, doc.get("tokens"), doc.get("paragraphs"), doc.get("entities"), doc.get("quoteCues"), { given, isCountry }, options),
      );
    };
  },
});
