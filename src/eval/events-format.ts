import { readFileSync } from "node:fs";
import { z } from "zod";

/**
 * The events dev-set format (bench/events/dev.json), as fixed by the events contract (issue 14):
 * offsets are UTF-16 code units into `text`, end exclusive. `agent`/`object` are the head token of
 * the phrase, `count` the number's span, `time` the date expression, `places` the place names.
 */
export const EVENT_CLASSES = [
  "arrest", "detain", "release", "charge", "convict", "sentence", "dismantle", "foil", "attack", "bomb",
  "kill", "injure", "kidnap", "seize", "raid", "repatriate", "deport", "travel", "join", "recruit", "fund",
  "protest", "strike", "vote", "elect", "appoint", "resign", "sign", "meet", "announce", "invest", "buy", "sell",
] as const;

export const EVENT_MODALITIES = ["asserted", "negated", "attempted", "planned", "possible"] as const;
export type EventModality = (typeof EVENT_MODALITIES)[number];

export const EVENT_ROLES = ["agent", "object", "count", "time", "place"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

const GoldSpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .strict()
  .refine((s) => s.end > s.start, { message: "empty span (end <= start)" });
export type GoldSpan = z.infer<typeof GoldSpanSchema>;

export const GoldEventSchema = z
  .object({
    class: z.string().min(1),
    trigger: GoldSpanSchema,
    modality: z.enum(EVENT_MODALITIES),
    count: GoldSpanSchema.optional(),
    agent: GoldSpanSchema.optional(),
    object: GoldSpanSchema.optional(),
    time: GoldSpanSchema.optional(),
    places: z.array(GoldSpanSchema),
  })
  .strict();
export type GoldEvent = z.infer<typeof GoldEventSchema>;

export const GoldEventDocSchema = z
  .object({
    id: z.string().min(1),
    source: z.string().min(1),
    licence: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
    text: z.string().min(1),
    events: z.array(GoldEventSchema),
  })
  .strict()
  .superRefine((doc, ctx) => {
    doc.events.forEach((ev, i) => {
      const spans: [string, GoldSpan | undefined][] = [
        ["trigger", ev.trigger], ["count", ev.count], ["agent", ev.agent], ["object", ev.object], ["time", ev.time],
        ...ev.places.map((p, k): [string, GoldSpan] => [`places.${k}`, p]),
      ];
      for (const [role, s] of spans)
        if (s && s.end > doc.text.length)
          ctx.addIssue({ code: "custom", path: ["events", i, role], message: `span ${s.start}-${s.end} beyond the text (${doc.text.length})` });
    });
  });
export type GoldEventDoc = z.infer<typeof GoldEventDocSchema>;

export const EventDevSetSchema = z.object({ version: z.literal(1), docs: z.array(GoldEventDocSchema) }).strict();
export type EventDevSet = z.infer<typeof EventDevSetSchema>;

export class EventsFormatError extends Error {
  override name = "EventsFormatError";
}

/** Reads and validates an events gold file; throws EventsFormatError naming the first problem. */
export function readEventGold(path: string): GoldEventDoc[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new EventsFormatError(`${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = EventDevSetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EventsFormatError(`${path}: ${issue.path.join(".") || "top level"}: ${issue.message}`);
  }
  const seen = new Set<string>();
  for (const d of parsed.data.docs) {
    if (seen.has(d.id)) throw new EventsFormatError(`${path}: duplicate doc id '${d.id}'`);
    seen.add(d.id);
  }
  return parsed.data.docs;
}
