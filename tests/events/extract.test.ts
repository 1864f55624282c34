import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config/schema.js";
import { ValidDocumentSchema } from "../../src/schema/document.js";
import { run } from "../helpers.js";

/** Invented sentences through the whole default pipeline (the shipped models): events as a reader states them. */
const doc = (text: string, published = "2024-05-08") => {
  const out = run(text, DEFAULT_CONFIG.stages as string[], { published });
  expect(ValidDocumentSchema.safeParse(out).success).toBe(true);
  const q = (id?: string) => out.quantities.find((x) => x.id === id)?.text;
  const d = (id?: string) => out.dates.find((x) => x.id === id)?.value;
  const e = (id: string) => out.entities.find((x) => x.id === id)?.name;
  const events = out.events.map((ev) => ({
    class: ev.class,
    trigger: ev.trigger.text,
    modality: ev.modality,
    count: q(ev.count),
    agent: ev.agent ? text.slice(ev.agent.head.start, ev.agent.head.end) : undefined,
    object: ev.object ? text.slice(ev.object.head.start, ev.object.head.end) : undefined,
    time: d(ev.time),
    places: ev.places.map(e),
  }));
  return { out, events };
};

describe("events/extract", () => {
  it("a verbal event with agent, counted object, place and a weekday resolved against the publication date", () => {
    const { events } = doc("Police arrested 12 protesters in Lagos on Monday.");
    expect(events).toEqual([{ class: "arrest", trigger: "arrested", modality: "asserted", count: "12", agent: "Police", object: "protesters", time: "2024-05-06", places: ["Lagos"] }]);
  });

  it("ellipsis: 'dismantled 5 camps in 2019 and 3 in 2020' is two events, each with its own count and year", () => {
    const { events } = doc("The army dismantled 5 camps in 2019 and 3 in 2020.");
    expect(events.map((e) => [e.class, e.trigger, e.count, e.agent, e.time])).toEqual([
      ["dismantle", "dismantled", "5", "army", "2019"],
      ["dismantle", "dismantled", "3", "army", "2020"],
    ]);
  });

  it("modality: a future auxiliary is planned, a negation negated", () => {
    expect(doc("The court will sentence the two men on Friday.").events[0]).toMatchObject({ class: "sentence", modality: "planned", count: "two", object: "men", time: "2024-05-10" });
    expect(doc("Rebels did not attack the town.").events[0]).toMatchObject({ class: "attack", modality: "negated", agent: "Rebels", object: "town" });
  });

  it("a patient subject: 'people died' is a kill event whose object is the people", () => {
    const { events } = doc("At least 40 people died in the attack on a market in Maiduguri.");
    expect(events[0]).toMatchObject({ class: "kill", trigger: "died", count: "40", object: "people" });
    expect(events[1]).toMatchObject({ class: "attack", trigger: "attack", object: "market", places: ["Maiduguri"] });
  });

  it("a phrase sense ('brought to justice') and passive subjects as objects", () => {
    const { events } = doc("Five suspects were arrested and brought to justice.");
    expect(events.map((e) => [e.class, e.count, e.object])).toEqual([
      ["arrest", "Five", "suspects"],
      ["charge", "Five", "suspects"],
    ]);
  });

  it("attribution: the quotation that holds the event and its speaker", () => {
    const { out } = doc('"We arrested 20 smugglers," the minister, John Smith, said.');
    const ev = out.events.find((e) => e.class === "arrest")!;
    expect(ev.attribution?.quote).toBe(out.quotes[0]!.id);
    expect(out.entities.find((e) => e.id === ev.attribution?.speaker)?.name).toBe("John Smith");
  });

  it("no trigger word, no event", () => {
    expect(doc("The weather was mild and the markets were calm.").events).toEqual([]);
  });
});
