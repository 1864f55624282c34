import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { EventsFormatError, readEventGold, type GoldEventDoc } from "../../src/eval/events-format.js";
import { matchTriggers, scoreEvents, type PredEventDoc } from "../../src/eval/events.js";

//           0         1         2         3         4         5         6         7
//           01234567890123456789012345678901234567890123456789012345678901234567890123456789
const TEXT = "Police arrested 548 people in Rabat in 2016. Rebels attacked a post in Gaza.";
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`'${s}' not in the test text`);
  return { start, end: start + s.length };
};

const gold: GoldEventDoc[] = [
  {
    id: "d1",
    source: "test",
    licence: "test",
    text: TEXT,
    events: [
      { class: "arrest", trigger: at("arrested"), modality: "asserted", agent: at("Police"), object: at("people"), count: at("548"), time: at("2016"), places: [at("Rabat")] },
      { class: "attack", trigger: at("attacked"), modality: "asserted", agent: at("Rebels"), object: at("post"), places: [at("Gaza")] },
    ],
  },
];

const head = (s: string) => ({ start: at(s).start, end: at(s).end, text: s, lemma: s, head: at(s) });
/** a prediction document that gets every argument right */
function perfect(): PredEventDoc {
  return {
    id: "d1",
    sentences: [{ start: 0, end: 44 }, { start: 45, end: TEXT.length }],
    quantities: [{ id: "Q1", ...at("548") }],
    dates: [{ id: "D1", ...at("in 2016") }],
    entities: [
      { id: "E1", mentions: [at("Rabat")] },
      { id: "E2", mentions: [at("Gaza")] },
    ],
    events: [
      { class: "arrest", trigger: at("arrested"), sentence: 0, modality: "asserted", agent: head("Police"), object: head("people"), count: "Q1", time: "D1", places: ["E1"] },
      { class: "attack", trigger: at("attacked"), sentence: 1, modality: "asserted", agent: head("Rebels"), object: head("post"), places: ["E2"] },
    ],
  };
}

describe("events scorer", () => {
  it("scores a perfect prediction 100 everywhere", () => {
    const s = scoreEvents(gold, [perfect()]);
    expect(s.identification.f1).toBe(100);
    expect(s.classification.f1).toBe(100);
    expect(s.arguments).toMatchObject({ tp: 8, pred: 8, gold: 8, f1: 100 });
    for (const role of ["agent", "object", "count", "time", "place"] as const) expect(s.roles[role].f1).toBe(100);
    expect(s.modality).toEqual({ pairs: 2, agree: 2 });
  });

  it("matches triggers by overlap, not exact span", () => {
    const p = perfect();
    p.events![0]!.trigger = { start: at("arrested").start + 2, end: at("548").end }; // "rested 548"
    const s = scoreEvents(gold, [p]);
    expect(s.classification.tp).toBe(2);
  });

  it("a class mismatch counts for identification only, and its arguments are not scored", () => {
    const p = perfect();
    p.events![0]!.class = "detain";
    const s = scoreEvents(gold, [p]);
    expect(s.identification).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(s.classification).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(s.arguments).toMatchObject({ tp: 3, pred: 8, gold: 8 });
    const arrest = s.classes.find((c) => c.class === "arrest")!;
    const detain = s.classes.find((c) => c.class === "detain")!;
    expect(arrest.trigger).toMatchObject({ tp: 0, pred: 0, gold: 1 });
    expect(detain.trigger).toMatchObject({ tp: 0, pred: 1, gold: 0 });
  });

  it("is one-to-one: two predictions on one gold trigger give one hit and one false positive", () => {
    const p = perfect();
    p.events!.push({ ...p.events![0]!, agent: undefined, object: undefined, count: undefined, time: undefined, places: [] });
    const s = scoreEvents(gold, [p]);
    expect(s.classification).toMatchObject({ tp: 2, pred: 3, gold: 2 });
  });

  it("pairs events that share a trigger (ellipsis) in text order", () => {
    const g = matchTriggers(
      [{ trigger: { start: 10, end: 20 } }, { trigger: { start: 10, end: 20 } }],
      [
        { class: "x", trigger: { start: 10, end: 20 } },
        { class: "x", trigger: { start: 12, end: 18 } },
      ],
      () => true,
    );
    expect([...g.entries()]).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("scores each role's hit and miss", () => {
    const p = perfect();
    const ev = p.events![0]!;
    ev.agent = head("people"); // wrong head
    ev.object = head("people"); // right
    p.quantities = [{ id: "Q1", ...at("548") }, { id: "Q2", ...at("2016") }];
    ev.count = "Q2"; // a quantity elsewhere
    ev.time = "D9"; // an id that is not in dates[]: predicted, never a hit
    ev.places = ["E2"]; // Gaza is not in this sentence
    const s = scoreEvents(gold, [p]);
    expect(s.roles.agent).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    expect(s.roles.object).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(s.roles.count).toMatchObject({ tp: 0, pred: 1, gold: 1 });
    expect(s.roles.time).toMatchObject({ tp: 0, pred: 1, gold: 1 });
    expect(s.roles.place).toMatchObject({ tp: 1, pred: 2, gold: 2 });
  });

  it("counts a place only through a mention inside the event's sentence, each gold place once", () => {
    const p = perfect();
    p.entities = [{ id: "E1", mentions: [at("Gaza")] }, { id: "E2", mentions: [at("Gaza")] }, { id: "E3", mentions: [at("Rabat")] }];
    p.events![0]!.places = ["E1", "E3", "E3"];
    p.events![1]!.places = ["E1", "E2"];
    const s = scoreEvents(gold, [p]);
    // arrest: E1 (Gaza) is outside sentence 0; E3 hits Rabat once, the second E3 finds Rabat used
    // attack: E1 hits Gaza, E2 finds Gaza used
    expect(s.roles.place).toMatchObject({ tp: 2, pred: 5, gold: 2 });
  });

  it("counts predicted arguments of unmatched events as predictions", () => {
    const p = perfect();
    p.events!.push({ class: "kill", trigger: at("Police"), agent: head("Rebels"), count: "Q1", places: ["E1"] });
    const s = scoreEvents(gold, [p]);
    expect(s.arguments).toMatchObject({ tp: 8, pred: 11, gold: 8 });
    expect(s.classes.map((c) => c.class)).toEqual(["arrest", "attack", "kill"]);
  });

  it("treats a missing events layer, and a missing document, as no events", () => {
    const noLayer = scoreEvents(gold, [{ id: "d1" }]);
    expect(noLayer.classification).toMatchObject({ tp: 0, pred: 0, gold: 2, p: 0, r: 0, f1: 0 });
    expect(noLayer.arguments).toMatchObject({ tp: 0, pred: 0, gold: 8 });
    expect(noLayer.missingDocs).toEqual([]);
    const noDoc = scoreEvents(gold, [{ id: "other", events: perfect().events }]);
    expect(noDoc.missingDocs).toEqual(["d1"]);
    expect(noDoc.predEvents).toBe(0);
  });

  it("takes class names from the predictions, inventory classes first", () => {
    const p = perfect();
    p.events![1]!.class = "zzz-custom";
    const s = scoreEvents(gold, [p]);
    expect(s.classes.map((c) => c.class)).toEqual(["arrest", "attack", "zzz-custom"]);
    expect(s.classes.find((c) => c.class === "zzz-custom")!.trigger).toMatchObject({ tp: 0, pred: 1, gold: 0 });
  });

  it("scores modality agreement on class-correct pairs", () => {
    const p = perfect();
    p.events![1]!.modality = "planned";
    expect(scoreEvents(gold, [p]).modality).toEqual({ pairs: 2, agree: 1 });
  });

  it("a place counts only inside the event's sentence; without sentences[] every mention is looked at", () => {
    const p = perfect();
    p.events![0]!.sentence = 1; // the arrest said to be in the second sentence: Rabat is outside it
    expect(scoreEvents(gold, [p]).roles.place).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    delete p.sentences;
    expect(scoreEvents(gold, [p]).roles.place).toMatchObject({ tp: 2, pred: 2, gold: 2 });
  });
});

describe("events gold format", () => {
  it("refuses a file with a span beyond its text, an unknown modality or a repeated id, naming the place", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-events-"));
    try {
      const doc = { id: "a", source: "s", licence: "l", text: "Police arrested him.", events: [] as unknown[] };
      const write = (docs: unknown[]) => {
        const path = join(dir, "gold.json");
        writeFileSync(path, JSON.stringify({ version: 1, docs }));
        return path;
      };
      expect(readEventGold(write([doc]))).toHaveLength(1);
      const beyond = { ...doc, events: [{ class: "arrest", trigger: { start: 7, end: 99 }, modality: "asserted", places: [] }] };
      expect(() => readEventGold(write([beyond]))).toThrow(/docs\.0\.events\.0\.trigger: span 7-99 beyond the text/);
      const modality = { ...doc, events: [{ class: "arrest", trigger: { start: 7, end: 15 }, modality: "maybe", places: [] }] };
      expect(() => readEventGold(write([modality]))).toThrow(EventsFormatError);
      expect(() => readEventGold(write([doc, doc]))).toThrow(/duplicate doc id 'a'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
