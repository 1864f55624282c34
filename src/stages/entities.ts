import { z } from "zod";
import type { EntityMention, Token } from "../document/types.js";
import { defineStage } from "../document/stage.js";
import { adoptModel, EntityTagger, loadGazetteer, shareModel } from "../ner/tagger.js";
import { selectRules } from "../ner/rules/index.js";
import type { DroppedSpan } from "../ner/rules/rule.js";

const Options = z.strictObject({
  /** folder holding ner-model.bin.gz and gazetteers.json.gz; default: the model shipped in src/ner/data */
  modelDir: z.string().optional(),
  /** rule packs to run after the model (src/ner/rules/index.ts): default ["default"]; "wire-1996" adds the rules for the CoNLL-2003 Reuters layout */
  packs: z.array(z.string()).optional(),
  /** rules to run although their pack is not named, by name */
  enable: z.array(z.string()).optional(),
  /** rules not to run, by name */
  disable: z.array(z.string()).optional(),
});

let shared: { dir: string | undefined; tagger: EntityTagger } | null = null;

/** Groups a document's tokens by sentence, as the tagger reads them. */
export function sentencesOfTokens(tokens: readonly Token[], headings: ReadonlyArray<{ start: number; end: number }> = []): { words: string[][]; index: Token[]; headlines: boolean[] } {
  const words: string[][] = [];
  const index: Token[] = [];
  const headlines: boolean[] = [];
  let cur = -1;
  for (const t of tokens) {
    if (t.sentence !== cur || words.length === 0) {
      words.push([]);
      headlines.push(headings.some((h) => t.start >= h.start && t.start < h.end));
      cur = t.sentence;
    }
    words[words.length - 1]!.push(t.text);
    index.push(t);
  }
  return { words, index, headlines };
}

export const entitiesStage = defineStage({
  name: "entities",
  description:
    "named-entity mentions (OntoNotes types) from an averaged-perceptron BILOU tagger with gazetteer, casing and document-level features, plus rules for titles, acronyms and demonyms; a name that is mostly a date found by the dates stage (when it ran before) is left to it",
  needs: ["tokens", "sentences", "sections"],
  reads: ["dates"],
  produces: ["mentions"],
  options: Options,
  // worker threads read one copy of the model's emission weights (shared memory), built once by the starting thread
  shared: {
    share: (options) => shareModel((options as z.output<typeof Options>).modelDir),
    adopt: (data) => adoptModel(data as ReturnType<typeof shareModel>),
    // the gazetteer (read once per process, src/resources/ner-data.ts) does not wait for the model
    prepare: (options) => void loadGazetteer((options as z.output<typeof Options>).modelDir),
  },
  create(options) {
    // the model is loaded once per process and shared by every pipeline that uses the same folder
    if (!shared || shared.dir !== options.modelDir) shared = { dir: options.modelDir, tagger: EntityTagger.load(options.modelDir) };
    const tagger = shared.tagger;
    const rules = selectRules(options);
    return (doc) => {
      const headings = doc.getOr("sections").flatMap((s) => (s.heading ? [s.heading] : []));
      const { words, index, headlines } = sentencesOfTokens(doc.get("tokens"), headings);
      // a name that is mostly a date the dates stage found ("New Year's Eve", "Ramadan and Eid al-Fitr") is the date
      const dates = doc.getOr("dates");
      const mostlyDate = (start: number, end: number): boolean => {
        let covered = 0;
        for (const d of dates) if (d.start < end && start < d.end) covered += Math.min(end, d.end) - Math.max(start, d.start);
        return covered * 2 > end - start;
      };
      const mentions: EntityMention[] = [];
      const dropped: DroppedSpan[] | undefined = doc.explain ? [] : undefined;
      for (const sp of tagger.tag(words, headlines, { rules, explain: doc.explain, ...(dropped ? { dropped } : {}) })) {
        const start = index[sp.start]!.start;
        const end = index[sp.end - 1]!.end;
        if (dates.length > 0 && mostlyDate(start, end)) {
          if (doc.explain) doc.report({ stage: "entities", code: "entities/dropped", message: `dropped ${sp.source} ${JSON.stringify(doc.text.slice(start, end))}: mostly a date the dates stage found`, start, end, fatal: false, severity: "info" });
          continue;
        }
        mentions.push({
          start,
          end,
          text: doc.text.slice(start, end),
          type: sp.type,
          source: sp.source ?? "entities:model-spans",
          ...(sp.origin ? { origin: sp.origin } : {}),
          ...(sp.sense ? { sense: sp.sense } : {}),
          ...(doc.explain && sp.trail ? { trail: sp.trail } : {}),
        });
      }
      for (const d of dropped ?? []) {
        const start = index[d.start]!.start;
        const end = index[d.end - 1]!.end;
        const text = JSON.stringify(doc.text.slice(start, end));
        doc.report({ stage: "entities", code: "entities/dropped", message: `${d.by} dropped ${d.source} ${d.type} ${text}${d.trail.length > 0 ? ` (${d.trail.join("; ")})` : ""}`, start, end, fatal: false, severity: "info" });
      }
      doc.set("mentions", mentions);
    };
  },
});
