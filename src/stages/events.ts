import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { extractEvents } from "../events/extract.js";
import { ParseGraph } from "../events/graph.js";
import { compileEventLexicon, EventClassSchema, loadClassesFile } from "../events/lexicon.js";
import { compileCues } from "../lexicon/speech.js";

const Options = z.strictObject({
  /** classes to add to (or replace in) src/events/data/classes.json, in its format: {"evacuate": {"verbs": ["evacuate"], "nouns": ["evacuation"]}} */
  classes: z.record(z.string().regex(/^[a-z][a-z_-]*$/), EventClassSchema).default({}),
});

/**
 * Events with who, what, how many, when, where and says who, read from the parse and joined with the
 * quantities, dates, entities, references and quotations of the earlier stages (src/events;
 * docs/events.md has the classes and the rules).
 */
export const eventsStage = defineStage({
  name: "events",
  description: "events (class, trigger, modality, count, agent, object, time, places, attribution) from the parse",
  needs: ["syntax", "sentences", "quantities", "dates", "entities"],
  reads: ["references", "quotes"],
  produces: ["events"],
  options: Options,
  create(options) {
    const lexicon = compileEventLexicon(loadClassesFile(), options.classes);
    // reporting verbs are the quotes stage's speech verbs, by the forms of their first word ("pointed" of "point out")
    const speech = new Set(compileCues().byForm.keys());
    return (doc) => {
      const graph = new ParseGraph(
        doc.text,
        doc.get("syntax"),
        doc.get("quantities"),
        doc.get("dates"),
        doc.get("entities"),
        doc.has("references") ? doc.get("references") : [],
        doc.has("quotes") ? doc.get("quotes") : [],
        doc.meta.published,
      );
      doc.set("events", extractEvents(graph, lexicon, speech));
    };
  },
});
