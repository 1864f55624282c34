import { z } from "zod";
import { DATE_KINDS, type DateRecord } from "../schema/date.js";
import { defineStage } from "../document/stage.js";
import { parseIsoDay } from "../nlp/dates/calendar.js";
import { createDateFinder } from "../nlp/dates/recognize.js";

const Options = z.strictObject({
  /** which kinds of expression to report (all by default) */
  kinds: z.array(z.enum(DATE_KINDS)).default([...DATE_KINDS]),
});

export const datesStage = defineStage({
  name: "dates",
  description: "dates, intervals, durations, times and sets, normalised to ISO 8601 against the publication date",
  needs: ["tokens", "sentences"],
  produces: ["dates"],
  options: Options,
  create(options) {
    const find = createDateFinder();
    const kinds = new Set(options.kinds);
    return (doc) => {
      const text = doc.text;
      const found = find({ text, ref: parseIsoDay(doc.meta.published), sentences: doc.get("sentences"), tokens: doc.get("tokens") });
      const dates: DateRecord[] = [];
      for (const c of found) {
        if (!kinds.has(c.kind)) continue;
        dates.push({
          id: `D${dates.length + 1}`,
          start: c.start,
          end: c.end,
          text: text.slice(c.start, c.end),
          kind: c.kind,
          value: c.value,
          source: c.source,
        });
      }
      doc.set("dates", dates);
    };
  },
});
