import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { loadLexicon } from "../nlp/quantities/lexicon.js";
import { extractQuantities } from "../nlp/quantities/extract.js";

const Options = z.strictObject({
  /** keep ordinals ("third", "21st") as records of kind ordinal */
  ordinals: z.boolean().default(true),
  /** durations and ages ("for 15 years", "three months later", "aged 29", "a 37-year-old") as quantities of kind measure */
  durations: z.boolean().default(true),
});

/**
 * Quantities over tokens: numbers in digits and words, scale words, fractions, vague magnitudes,
 * ranges, currencies and units (units.json), the counted noun, the modifier and direction of
 * change, the concept measured (from the dependency parse when the syntax stage ran) and the date
 * that scopes it. Durations and ages are quantities too; other numbers inside date spans, clock
 * times, phone numbers and identifiers are refused. See docs/quantities.md.
 */
export const quantitiesStage = defineStage({
  name: "quantities",
  description: "counts, money, percentages, measures and ordinals with unit, counted noun, change, concept and time",
  needs: ["tokens", "sentences", "dates"],
  reads: ["syntax", "mentions"],
  produces: ["quantities"],
  options: Options,
  create(options) {
    const lex = loadLexicon();
    return (doc) => {
      const dates = doc.getOr("dates");
      const people = doc.has("mentions") ? doc.get("mentions").filter((m) => m.type === "PERSON") : [];
      let qs = extractQuantities(doc.text, doc.get("tokens"), doc.get("sentences"), dates, lex, doc.has("syntax") ? doc.get("syntax") : undefined, options.durations, people);
      if (!options.ordinals) {
        qs = qs.filter((q) => q.kind !== "ordinal");
        qs.forEach((q, k) => (q.id = `Q${k + 1}`));
      }
      doc.set("quantities", qs);
    };
  },
});
