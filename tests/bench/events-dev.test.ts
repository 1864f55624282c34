import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { benchmarksDir } from "../../src/eval/bench.js";
import { EVENT_CLASSES, EventDevSetSchema, readEventGold, type GoldEventDoc } from "../../src/eval/events-format.js";
import { scoreEvents, type PredEventDoc } from "../../src/eval/events.js";

/** An output document that says exactly what the gold says, through the output's own references. */
function echo(d: GoldEventDoc): PredEventDoc {
  const quantities: { id: string; start: number; end: number }[] = [];
  const dates: { id: string; start: number; end: number }[] = [];
  const entities: { id: string; mentions: { start: number; end: number }[] }[] = [];
  const events = d.events.map((e, i) => ({
    id: `EV${i + 1}`,
    class: e.class,
    trigger: e.trigger,
    sentence: 0,
    modality: e.modality,
    ...(e.agent ? { agent: { head: e.agent } } : {}),
    ...(e.object ? { object: { head: e.object } } : {}),
    ...(e.count ? { count: `Q${quantities.push({ id: `Q${quantities.length + 1}`, ...e.count })}` } : {}),
    ...(e.time ? { time: `D${dates.push({ id: `D${dates.length + 1}`, ...e.time })}` } : {}),
    places: e.places.map((p) => `E${entities.push({ id: `E${entities.length + 1}`, mentions: [p] })}`),
  }));
  return { id: d.id, sentences: [{ start: 0, end: d.text.length }], quantities, dates, entities, events };
}

const root = resolve(import.meta.dirname, "..", "..");
const devPath = join(root, "bench", "events", "dev.json");

/** the class inventory exactly as docs/the events contract lists it (33 classes) */
const CONTRACT_CLASSES =
  "arrest detain release charge convict sentence dismantle foil attack bomb kill injure kidnap seize raid repatriate deport travel join recruit fund protest strike vote elect appoint resign sign meet announce invest buy sell".split(" ");

describe("events dev set", () => {
  const raw: unknown = JSON.parse(readFileSync(devPath, "utf8"));
  const parsed = EventDevSetSchema.safeParse(raw);

  it("validates against the dev-set schema", () => {
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(readEventGold(devPath).length).toBeGreaterThan(0);
  });

  const docs = parsed.success ? parsed.data.docs : [];

  it("has at least 40 documents and 200 events, and documents without events", () => {
    expect(docs.length).toBeGreaterThanOrEqual(40);
    expect(docs.reduce((n, d) => n + d.events.length, 0)).toBeGreaterThanOrEqual(200);
    expect(docs.filter((d) => d.events.length === 0).length).toBeGreaterThan(0);
  });

  it("uses only the contract's classes and the scorer's inventory is that list", () => {
    expect([...EVENT_CLASSES]).toEqual(CONTRACT_CLASSES);
    const used = new Set(docs.flatMap((d) => d.events.map((e) => e.class)));
    expect([...used].filter((c) => !CONTRACT_CLASSES.includes(c))).toEqual([]);
  });

  it("has every span inside its text, non-empty and trimmed", () => {
    const bad: string[] = [];
    for (const d of docs)
      d.events.forEach((e, i) => {
        const spans = { trigger: e.trigger, count: e.count, agent: e.agent, object: e.object, time: e.time, ...Object.fromEntries(e.places.map((p, k) => [`place${k}`, p])) };
        for (const [role, s] of Object.entries(spans)) {
          if (!s) continue;
          const t = d.text.slice(s.start, s.end);
          if (s.end > d.text.length || t.length === 0 || t.trim() !== t) bad.push(`${d.id} event ${i} ${role} ${s.start}-${s.end} '${t}'`);
        }
      });
    expect(bad).toEqual([]);
  });

  it("has unique ids, known licences and no text from corpora that may not be used", () => {
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.id).toMatch(/^(morocco-bcij-2016|GUM_news_\w+#p\d+(-\d+)?|gmb-kaggle-s\d{5}(-s\d{5})?)$/);
      expect(d.source).not.toMatch(/conll|re3d/i);
      if (d.published) expect(Number.isNaN(Date.parse(d.published))).toBe(false);
    }
    expect(docs.find((d) => d.id === "morocco-bcij-2016")?.events.length).toBeGreaterThanOrEqual(30);
  });

  it("keeps the seed's contract decisions: ellipsis shares a trigger, the breakdown adds no event, foil takes attempts", () => {
    const seed = docs.find((d) => d.id === "morocco-bcij-2016")!;
    const t = (e: { trigger: { start: number; end: number } }) => seed.text.slice(e.trigger.start, e.trigger.end);
    const span = (s: { start: number; end: number } | undefined) => (s ? seed.text.slice(s.start, s.end) : undefined);
    const counts = seed.events.filter((e) => e.class === "dismantle").map((e) => span(e.count));
    expect(counts).toEqual(expect.arrayContaining(["Twenty-one", "19", "40", "167"]));
    const elided = seed.events.filter((e) => span(e.count) === "19")[0]!;
    const antecedent = seed.events.filter((e) => span(e.count) === "Twenty-one")[0]!;
    expect(elided.trigger).toEqual(antecedent.trigger);
    expect(seed.events.some((e) => ["275", "273"].includes(span(e.count) ?? ""))).toBe(false);
    const foil = seed.events.find((e) => span(e.count) === "341")!;
    expect([foil.class, t(foil), span(foil.object)]).toEqual(["foil", "foiled", "attempts"]);
  });

  it("scores 100 everywhere against an output that repeats it (triggers and arguments are unambiguous)", () => {
    const s = scoreEvents(docs, docs.map(echo));
    expect([s.identification.f1, s.classification.f1, s.arguments.f1]).toEqual([100, 100, 100]);
    expect(s.modality.agree).toBe(s.goldEvents);
    expect(s.arguments.gold).toBeGreaterThan(s.goldEvents);
  });

  it.skipIf(!existsSync(join(benchmarksDir(root), "seed.txt")))(
    "is what the annotations build (scripts/events/build-dev.ts --check)",
    () => {
      execFileSync(process.execPath, ["--import", "tsx", join(root, "scripts", "events", "build-dev.ts"), "--check"], { cwd: root, stdio: "pipe" });
    },
    60_000,
  );
});
