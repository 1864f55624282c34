import { z } from "zod";
import { DATE_KINDS, type DateRecord } from "../schema/date.js";
import { defineStage } from "../document/stage.js";
import { parseIsoDay } from "../nlp/dates/calendar.js";
import { createDateFinder, type Candidate, type Dropped } from "../nlp/dates/recognize.js";
import { clauseTense } from "../nlp/dates/tense.js";

const Options = z.strictObject({
  /** which kinds of expression to report (all by default) */
  kinds: z.array(z.enum(DATE_KINDS)).default([...DATE_KINDS]),
});

export const datesStage = defineStage({
  name: "dates",
  description: "dates, intervals, durations, times and sets, normalised to ISO 8601 against the publication date",
  needs: ["tokens", "sentences"],
  /** the parse: the tense of the clause governing a weekday or a month ("arrested on Friday", "will resume on Friday") */
  reads: ["syntax"],
  produces: ["dates"],
  options: Options,
  create(options) {
    const find = createDateFinder();
    const kinds = new Set(options.kinds);
    return (doc) => {
      const text = doc.text;
      const dropped: Dropped[] | undefined = doc.explain ? [] : undefined;
      const syntax = doc.has("syntax") ? doc.get("syntax") : null;
      const found = find(
        {
          text,
          ref: parseIsoDay(doc.meta.published),
          sentences: doc.get("sentences"),
          tokens: doc.get("tokens"),
          ...(syntax ? { tenseAt: (offset: number) => clauseTense(syntax, offset) } : {}),
        },
        dropped,
      );
      const dates: DateRecord[] = [];
      for (const c of found) {
        if (!kinds.has(c.kind)) {
          if (dropped) dropped.push({ candidate: c, reason: `kind '${c.kind}' is not in the stage's options.kinds` });
          continue;
        }
        dates.push({
          id: `D${dates.length + 1}`,
          start: c.start,
          end: c.end,
          text: text.slice(c.start, c.end),
          kind: c.kind,
          value: c.value,
          ...(c.holiday ? { holiday: true as const } : {}),
          ...(c.relative ? { relative: true as const } : {}),
          source: `dates:${c.rule}`,
          ...(doc.explain ? { trail: trailOf(c, text) } : {}),
        });
      }
      for (const d of dropped ?? []) {
        const c = d.candidate;
        doc.report({ stage: "dates", code: "dates/dropped", message: `dropped dates:${c.rule} ${JSON.stringify(text.slice(c.start, c.end))}: ${d.reason}`, start: c.start, end: c.end, fatal: false, severity: "info" });
      }
      doc.set("dates", dates);
    };
  },
});

/** Explain mode: the rules behind a record, the dates an interval was built from first. */
function trailOf(c: Candidate, text: string): string[] {
  const from = (c.builtFrom ?? []).map((p) => `dates:${p.rule} found ${JSON.stringify(text.slice(p.start, p.end))}`);
  return [...from, `dates:${c.rule} made ${c.kind} ${JSON.stringify(text.slice(c.start, c.end))}`];
}
