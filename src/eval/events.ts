import { z } from "zod";
import { EVENT_CLASSES, EVENT_ROLES, type EventRole, type GoldEventDoc, type GoldSpan } from "./events-format.js";

/**
 * Event scoring (issue 14, the events contract), ACE style. Reads only fields of our output documents:
 * events[], quantities[], dates[], entities[].mentions and sentences[].
 *
 * - Triggers: a predicted event matches a gold one when their trigger spans overlap (identification);
 *   classification also needs the same class. One-to-one, greedy in text order: gold events in trigger
 *   order each take the first unused overlapping prediction in trigger order.
 * - Arguments, for each class-correct pair, per role: agent/object hit when the predicted head span
 *   overlaps the gold span; count when the predicted quantity (quantities[] by id) overlaps the gold
 *   count; time when the predicted date (dates[] by id) overlaps the gold time; a place when some mention
 *   of the place entity inside the event's sentence overlaps a gold place (each gold place used once;
 *   a prediction without `sentence`, or a document without sentences[], is read with all its mentions).
 * - P = hits / predicted arguments (over all predicted events), R = hits / gold arguments (over all
 *   gold events); micro F1 overall and per role.
 */

const Span = z.object({ start: z.number(), end: z.number() });
const Arg = z.object({ head: Span.optional() }).passthrough();

/** The fields of an output event the scorer reads (the rest of the record is ignored). */
export const PredEventSchema = z
  .object({
    class: z.string(),
    trigger: Span,
    sentence: z.number().int().optional(),
    modality: z.string().optional(),
    count: z.string().optional(),
    agent: Arg.optional(),
    object: Arg.optional(),
    time: z.string().optional(),
    places: z.array(z.string()).optional(),
  })
  .passthrough();
export type PredEvent = z.infer<typeof PredEventSchema>;

/** The fields of an output document the scorer reads; a missing layer is an empty one. */
export const PredEventDocSchema = z
  .object({
    id: z.string(),
    events: z.array(PredEventSchema).optional(),
    quantities: z.array(z.object({ id: z.string(), start: z.number(), end: z.number() }).passthrough()).optional(),
    dates: z.array(z.object({ id: z.string(), start: z.number(), end: z.number() }).passthrough()).optional(),
    entities: z.array(z.object({ id: z.string(), mentions: z.array(Span.passthrough()) }).passthrough()).optional(),
    sentences: z.array(Span.passthrough()).optional(),
  })
  .passthrough();
export type PredEventDoc = z.infer<typeof PredEventDocSchema>;

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}

export interface EventPair {
  doc: string;
  gold: number;
  pred: number;
}

export interface EventScores {
  docs: number;
  goldEvents: number;
  predEvents: number;
  /** gold documents with no prediction document of the same id (scored as predicting nothing) */
  missingDocs: string[];
  identification: Prf;
  classification: Prf;
  arguments: Prf;
  roles: Record<EventRole, Prf>;
  /** per class: trigger+class and argument scores; classes in inventory order, then any others by name */
  classes: { class: string; trigger: Prf; arguments: Prf }[];
  /** class-correct pairs whose modality agrees (reported, not part of F1) */
  modality: { pairs: number; agree: number };
  /** class-correct pairs, for error listings */
  pairs: EventPair[];
}

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred === 0 ? 0 : (100 * tp) / pred;
  const r = gold === 0 ? 0 : (100 * tp) / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, pred, gold, p, r, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Greedy one-to-one matching in text order; `ok` says whether a pair may match. Returns gold index -> pred index. */
export function matchTriggers(gold: readonly { trigger: GoldSpan }[], pred: readonly PredEvent[], ok: (g: number, p: number) => boolean): Map<number, number> {
  const order = <T extends { trigger: { start: number; end: number } }>(xs: readonly T[]) =>
    xs.map((_, i) => i).sort((a, b) => xs[a]!.trigger.start - xs[b]!.trigger.start || xs[a]!.trigger.end - xs[b]!.trigger.end || a - b);
  const predOrder = order(pred);
  const used = new Set<number>();
  const out = new Map<number, number>();
  for (const g of order(gold)) {
    const p = predOrder.find((k) => !used.has(k) && overlaps(gold[g]!.trigger, pred[k]!.trigger) && ok(g, k));
    if (p === undefined) continue;
    used.add(p);
    out.set(g, p);
  }
  return out;
}

interface Counts {
  hit: number;
  pred: number;
  gold: number;
}
const zero = (): Counts => ({ hit: 0, pred: 0, gold: 0 });

function predictedArgs(ev: PredEvent): Record<EventRole, number> {
  return {
    agent: ev.agent ? 1 : 0,
    object: ev.object ? 1 : 0,
    count: ev.count !== undefined ? 1 : 0,
    time: ev.time !== undefined ? 1 : 0,
    place: ev.places?.length ?? 0,
  };
}

function goldArgs(ev: GoldEventDoc["events"][number]): Record<EventRole, number> {
  return { agent: ev.agent ? 1 : 0, object: ev.object ? 1 : 0, count: ev.count ? 1 : 0, time: ev.time ? 1 : 0, place: ev.places.length };
}

/** Argument hits of one class-correct pair, per role. */
export function argumentHits(gold: GoldEventDoc["events"][number], pred: PredEvent, doc: PredEventDoc): Record<EventRole, number> {
  const hits: Record<EventRole, number> = { agent: 0, object: 0, count: 0, time: 0, place: 0 };
  if (gold.agent && pred.agent?.head && overlaps(pred.agent.head, gold.agent)) hits.agent = 1;
  if (gold.object && pred.object?.head && overlaps(pred.object.head, gold.object)) hits.object = 1;
  if (gold.count && pred.count !== undefined) {
    const q = doc.quantities?.find((x) => x.id === pred.count);
    if (q && overlaps(q, gold.count)) hits.count = 1;
  }
  if (gold.time && pred.time !== undefined) {
    const d = doc.dates?.find((x) => x.id === pred.time);
    if (d && overlaps(d, gold.time)) hits.time = 1;
  }
  if (gold.places.length > 0 && pred.places?.length) {
    const sentence = pred.sentence !== undefined ? doc.sentences?.[pred.sentence] : undefined;
    const used = new Set<number>();
    for (const id of pred.places) {
      const entity = doc.entities?.find((e) => e.id === id);
      if (!entity) continue;
      const mentions = entity.mentions.filter((m) => !sentence || (m.start >= sentence.start && m.end <= sentence.end));
      const g = gold.places.findIndex((gp, k) => !used.has(k) && mentions.some((m) => overlaps(m, gp)));
      if (g >= 0) {
        used.add(g);
        hits.place += 1;
      }
    }
  }
  return hits;
}

function classOrder(names: Iterable<string>): string[] {
  const known = EVENT_CLASSES as readonly string[];
  const all = [...new Set(names)];
  return [
    ...known.filter((c) => all.includes(c)),
    ...all.filter((c) => !known.includes(c)).sort(),
  ];
}

/** Scores predicted documents against gold documents, paired by id. */
export function scoreEvents(gold: readonly GoldEventDoc[], predicted: readonly PredEventDoc[]): EventScores {
  const byId = new Map<string, PredEventDoc>();
  for (const d of predicted) if (!byId.has(d.id)) byId.set(d.id, d);
  const ident = zero();
  const cls = zero();
  const roles = Object.fromEntries(EVENT_ROLES.map((r) => [r, zero()])) as Record<EventRole, Counts>;
  const perClass = new Map<string, { trig: Counts; args: Counts }>();
  const classRow = (c: string) => {
    let row = perClass.get(c);
    if (!row) perClass.set(c, (row = { trig: zero(), args: zero() }));
    return row;
  };
  const missingDocs: string[] = [];
  const pairs: EventPair[] = [];
  const modality = { pairs: 0, agree: 0 };
  let goldEvents = 0;
  let predEvents = 0;
  for (const g of gold) {
    const doc = byId.get(g.id);
    if (!doc) missingDocs.push(g.id);
    const pred = doc?.events ?? [];
    const pdoc: PredEventDoc = doc ?? { id: g.id };
    goldEvents += g.events.length;
    predEvents += pred.length;
    ident.gold += g.events.length;
    ident.pred += pred.length;
    cls.gold += g.events.length;
    cls.pred += pred.length;
    ident.hit += matchTriggers(g.events, pred, () => true).size;
    const matched = matchTriggers(g.events, pred, (gi, pi) => g.events[gi]!.class === pred[pi]!.class);
    cls.hit += matched.size;
    /** adds one event's trigger and argument counts on one side (gold, predicted or hit) */
    const tally = (cls: string, side: keyof Counts, n: Record<EventRole, number>) => {
      const row = classRow(cls);
      row.trig[side] += 1;
      for (const r of EVENT_ROLES) {
        roles[r][side] += n[r];
        row.args[side] += n[r];
      }
    };
    for (const ev of g.events) tally(ev.class, "gold", goldArgs(ev));
    for (const ev of pred) tally(ev.class, "pred", predictedArgs(ev));
    for (const [gi, pi] of matched) {
      const ge = g.events[gi]!;
      const pe = pred[pi]!;
      pairs.push({ doc: g.id, gold: gi, pred: pi });
      modality.pairs += 1;
      if (pe.modality === ge.modality) modality.agree += 1;
      tally(ge.class, "hit", argumentHits(ge, pe, pdoc));
    }
  }
  const args = EVENT_ROLES.reduce((acc, r) => ({ hit: acc.hit + roles[r].hit, pred: acc.pred + roles[r].pred, gold: acc.gold + roles[r].gold }), zero());
  const toPrf = (c: Counts) => prf(c.hit, c.pred, c.gold);
  return {
    docs: gold.length,
    goldEvents,
    predEvents,
    missingDocs,
    identification: toPrf(ident),
    classification: toPrf(cls),
    arguments: toPrf(args),
    roles: Object.fromEntries(EVENT_ROLES.map((r) => [r, toPrf(roles[r])])) as Record<EventRole, Prf>,
    classes: classOrder(perClass.keys()).map((c) => ({ class: c, trigger: toPrf(perClass.get(c)!.trig), arguments: toPrf(perClass.get(c)!.args) })),
    modality,
    pairs,
  };
}
