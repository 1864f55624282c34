import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evalCommand } from "../../src/cli/eval.js";
import { isOutputDocument, outputToSpans } from "../../src/eval/corpus.js";
import { BUILTIN_SCHEMES, detectScheme, loadScheme, SchemeSchema, SOURCE_TYPES, type Scheme } from "../../src/eval/scheme.js";

const dir = mkdtempSync(join(tmpdir(), "newsfacts-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: unknown[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === "string" ? l : JSON.stringify(l))).join("\n") + "\n");
  return path;
}

async function run(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await evalCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

//            0         1         2         3
//            0123456789012345678901234567890123456789
const TEXT = "John Smith visited Paris and Berlin.";
const gold = write("gold.jsonl", [
  {
    id: "d1",
    text: TEXT,
    entities: [
      { start: 0, end: 10, type: "PER", text: "John Smith" },
      { start: 19, end: 24, type: "LOC", text: "Paris" },
      { start: 29, end: 35, type: "LOC", text: "Berlin" },
    ],
  },
  { id: "d2", text: "Nothing here.", entities: [] },
]);

describe("cli/eval", () => {
  it("--help prints usage and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: newsfacts eval --gold/);
  });

  it("usage errors exit 2", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["--gold", join(dir, "missing.jsonl")])).code).toBe(2);
    expect((await run(["--gold", gold, "--scheme", "nope"])).code).toBe(2);
    expect((await run(["--gold", gold, "--errors", "x"])).code).toBe(2);
    expect((await run(["--gold", gold, "--bogus"])).code).toBe(2);
    expect((await run(["--gold", gold, "--scheme", "conll", "--labels", "PERSON"])).code).toBe(2);
  });

  it("a malformed gold line is an input error naming the line", async () => {
    const bad = write("bad.jsonl", [{ id: "a", text: "x", entities: [] }, "{not json"]);
    const r = await run(["--gold", bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2: not valid JSON/);
  });

  it("scores predictions in the corpus's labels (JSON report)", async () => {
    const pred = write("pred-labels.jsonl", [
      {
        id: "d1",
        entities: [
          { start: 5, end: 10, type: "PER" },
          { start: 19, end: 24, type: "ORG" },
          { start: 29, end: 35, type: "LOC" },
        ],
      },
      { id: "d2", entities: [] },
      { id: "zz", entities: [{ start: 0, end: 1, type: "PER" }] },
    ]);
    const r = await run(["--gold", gold, "--pred", pred, "--scheme", "conll", "--json", "--errors", "5"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scheme).toBe("conll");
    expect(out.report.exact.micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(out.report.partial.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(out.report.docs.extraPred).toEqual(["zz"]);
    expect(out.report.errors.falseNegatives.map((e: { text: string }) => e.text)).toEqual(["John Smith", "Paris"]);
  });

  it("scores our output documents, mapping types through the scheme, and prints a table", async () => {
    const doc = {
      schemaVersion: "1.0.0",
      id: "d1",
      text: TEXT,
      entities: [
        { id: "E1", type: "PERSON", name: "John Smith", aliases: [], mentions: [{ start: 0, end: 10, text: "John Smith", source: "entities:model-spans" }] },
        {
          id: "E2",
          type: "GPE",
          name: "Paris",
          aliases: [],
          mentions: [{ start: 19, end: 24, text: "Paris", source: "entities:model-spans" }],
        },
        { id: "E3", type: "FAC", name: "Berlin", aliases: [], mentions: [{ start: 29, end: 35, text: "Berlin", source: "entities:model-spans" }] },
      ],
      quantities: [],
      dates: [],
    };
    const pred = write("pred-docs.jsonl", [doc]);
    const r = await run(["--gold", gold, "--pred", pred, "--scheme", "conll"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^micro\s+100\.00\s+100\.00\s+100\.00\s+3\s+0\s+0/m);
    expect(r.stdout).toMatch(/1 without prediction/);
  });

  it("scores the references in our output documents where the scheme does, as the pipeline run does", async () => {
    const text = "John Smith came. He said Syrians left and they wept.";
    const re3dGold = write("gold-re3d.jsonl", [
      {
        id: "r1",
        text,
        entities: [
          { start: 0, end: 10, type: "Person", text: "John Smith" },
          { start: 17, end: 19, type: "Person", text: "He" },
          { start: 25, end: 32, type: "Organisation", text: "Syrians" },
          { start: 42, end: 46, type: "Organisation", text: "they" },
        ],
      },
    ]);
    const doc = {
      schemaVersion: "1.1.0",
      id: "r1",
      text,
      entities: [
        { id: "E1", type: "PERSON", name: "John Smith", aliases: [], mentions: [{ start: 0, end: 10, text: "John Smith", source: "entities:model-spans" }] },
        { id: "E2", type: "NORP", name: "Syrians", aliases: [], mentions: [{ start: 25, end: 32, text: "Syrians", source: "entities:model-spans" }] },
      ],
      references: [
        { start: 17, end: 19, text: "He", kind: "pronoun", entity: "E1", source: "coref:salience" },
        { start: 42, end: 46, text: "they", kind: "pronoun", entity: "E2", source: "coref:salience" },
      ],
      quantities: [],
      dates: [],
    };
    const r = await run(["--gold", re3dGold, "--pred", write("pred-re3d.jsonl", [doc]), "--scheme", "re3d", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).report.exact.micro).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it("detects the scheme from the gold labels", async () => {
    const r = await run(["--gold", gold, "--pred", write("empty.jsonl", []), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ scheme: "conll", schemeDetected: true });
  });

  it("runs the pipeline on the gold texts when no predictions are given (--config)", async () => {
    // a one-stage pipeline keeps this test independent of the entity model's state
    const config = join(dir, "pipeline.config.json");
    writeFileSync(config, JSON.stringify({ stages: ["segment"] }));
    const r = await run(["--gold", gold, "--scheme", "conll", "--json", "--config", config]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.pred).toBe("pipeline");
    expect(out.report.docs).toMatchObject({ gold: 2, pred: 2, missingPred: [] });
    expect(out.report.spans.gold).toBe(3);
    expect(out.report.exact.micro).toMatchObject({ tp: 0, fp: 0, fn: 3 });
    expect(out.pipeline.chars).toBe(TEXT.length + "Nothing here.".length);
  });

  it("a bad pipeline config is a usage error", async () => {
    const config = join(dir, "bad.config.json");
    writeFileSync(config, JSON.stringify({ stages: ["no-such-stage"] }));
    const r = await run(["--gold", gold, "--config", config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-stage/);
  });
});

describe("eval/scheme", () => {
  it("every built-in scheme is valid and maps only known types", () => {
    expect([...BUILTIN_SCHEMES.keys()].sort()).toEqual(["conll", "dates", "gmb", "gum", "ontonotes", "re3d"]);
    for (const s of BUILTIN_SCHEMES.values()) {
      expect(SchemeSchema.safeParse(s).success).toBe(true);
      for (const k of Object.keys(s.map)) expect(SOURCE_TYPES).toContain(k);
    }
  });
  it("a scheme file with an unknown type is rejected with its path", () => {
    const path = join(dir, "my.json");
    writeFileSync(path, JSON.stringify({ name: "my", labels: ["A"], map: { PERSN: "A" } }));
    const r = loadScheme(path);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/PERSN/);
  });
  it("detection picks the scheme covering most gold spans", () => {
    expect(detectScheme(new Map([["PER", 3], ["LOC", 2]]))?.name).toBe("conll");
    expect(detectScheme(new Map([["person", 3], ["time", 5]]))?.name).toBe("gum");
    expect(detectScheme(new Map([["date", 3]]))?.name).toBe("dates");
    expect(detectScheme(new Map([["geo", 3], ["tim", 1]]))?.name).toBe("gmb");
    expect(detectScheme(new Map([["nothing", 3]]))).toBeNull();
  });
});

describe("eval/corpus", () => {
  const doc = {
    entities: [
      {
        id: "E1",
        type: "NORP" as const,
        name: "Moroccan",
        aliases: [],
        mentions: [
          { start: 0, end: 8, text: "Moroccan", source: "entities:model-spans" },
          { start: 20, end: 28, text: "Moroccan", source: "entities:model-spans" },
        ],
      },
    ],
    quantities: [
      { id: "Q1", start: 30, end: 33, text: "548", kind: "count" as const, value: 548, change: "=" as const, sentence: 0, source: "r" },
      { id: "Q2", start: 40, end: 43, text: "$5", kind: "money" as const, value: 5, change: "=" as const, sentence: 0, source: "r" },
      { id: "Q3", start: 50, end: 55, text: "fifth", kind: "ordinal" as const, value: 5, change: "=" as const, sentence: 0, source: "r" },
    ],
    dates: [
      { id: "D1", start: 60, end: 64, text: "2015", kind: "date" as const, value: "2015", source: "r" },
      { id: "D2", start: 70, end: 75, text: "10:00", kind: "time" as const, value: null, source: "r" },
    ],
  };
  it("re3d: every mention; money -> Money, counts -> Quantity, ordinals left out; dates -> Temporal", () => {
    const { spans, ignored } = outputToSpans(doc, BUILTIN_SCHEMES.get("re3d")!);
    expect(spans).toEqual([
      { start: 0, end: 8, label: "Nationality" },
      { start: 20, end: 28, label: "Nationality" },
      { start: 30, end: 33, label: "Quantity" },
      { start: 40, end: 43, label: "Money" },
      { start: 60, end: 64, label: "Temporal", value: "2015" },
      { start: 70, end: 75, label: "Temporal", value: null },
    ]);
    expect(ignored).toBe(1);
  });
  it("gum has no NORP and no quantities", () => {
    const { spans, ignored } = outputToSpans(doc, BUILTIN_SCHEMES.get("gum")!);
    expect(spans.map((s) => s.label)).toEqual(["time", "time"]);
    expect(ignored).toBe(5);
  });
  it("person titles: scored from the title where the corpus includes titles, from the name elsewhere", () => {
    const withPerson = {
      ...doc,
      entities: [
        {
          id: "E1",
          type: "PERSON" as const,
          name: "Jan Nowak",
          aliases: ["Nowak"],
          mentions: [
            { start: 10, end: 19, text: "Jan Nowak", source: "entities:model-spans", title: { start: 0, end: 9, text: "President" } },
            { start: 30, end: 35, text: "Nowak", source: "entities:model-spans" },
          ],
        },
      ],
      quantities: [],
      dates: [],
    };
    expect(outputToSpans(withPerson, BUILTIN_SCHEMES.get("gmb")!).spans).toEqual([
      { start: 0, end: 19, label: "per" },
      { start: 30, end: 35, label: "per" },
    ]);
    expect(outputToSpans(withPerson, BUILTIN_SCHEMES.get("conll")!).spans).toEqual([
      { start: 10, end: 19, label: "PER" },
      { start: 30, end: 35, label: "PER" },
    ]);
  });
  it("output documents are told apart from label lines", () => {
    expect(isOutputDocument({ schemaVersion: "1.0.0", id: "x" })).toBe(true);
    expect(isOutputDocument({ id: "x", entities: [{ type: "PERSON", mentions: [] }] })).toBe(true);
    expect(isOutputDocument({ id: "x", entities: [{ start: 0, end: 1, type: "PER" }] })).toBe(false);
    expect(isOutputDocument({ id: "x", entities: [] })).toBe(false);
  });
  it("peoples: a nationality used as a noun ('Syrians') takes the scheme's label for peoples; the adjective keeps the nationality label", () => {
    const text = "Syrians fled; Syrian oil wells and the Swiss stayed.";
    const norp = (start: number, end: number) => ({ start, end, text: text.slice(start, end), source: "entities:model-spans" });
    const peopleDoc = {
      text,
      entities: [
        { id: "E1", type: "NORP" as const, name: "Syrians", aliases: [], mentions: [norp(0, 7)] },
        { id: "E2", type: "NORP" as const, name: "Syrian", aliases: [], mentions: [norp(14, 20)] },
        { id: "E3", type: "NORP" as const, name: "Swiss", aliases: [], mentions: [{ ...norp(39, 44), phrase: { start: 35, end: 44 } }] },
      ],
      quantities: [],
      dates: [],
    };
    expect(outputToSpans(peopleDoc, BUILTIN_SCHEMES.get("re3d")!).spans.map((s) => [text.slice(s.start, s.end), s.label])).toEqual([
      ["Syrians", "Organisation"],
      ["Syrian", "Nationality"],
      ["the Swiss", "Nationality"],
    ]);
    expect(outputToSpans(peopleDoc, BUILTIN_SCHEMES.get("conll")!).spans.map((s) => s.label)).toEqual(["MISC", "MISC", "MISC"]);
  });

  it("span: the scheme picks the name, the name with its title, or the phrase the mention heads; never text the output lacks", () => {
    const text = "Chilean President Ana Ruiz met Kenyan security forces in the town of Ruvu.";
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const m = (w: string, extra: object = {}) => ({ ...at(w), text: w, source: "entities:model-spans", ...extra });
    const doc = {
      text,
      entities: [
        { id: "E1", type: "NORP" as const, name: "Chilean", aliases: [], mentions: [m("Chilean", { phrase: at("Chilean President Ana Ruiz") })] },
        {
          id: "E2",
          type: "PERSON" as const,
          name: "Ana Ruiz",
          aliases: [],
          mentions: [m("Ana Ruiz", { title: { ...at("President"), text: "President" }, phrase: at("Chilean President Ana Ruiz") })],
        },
        { id: "E3", type: "NORP" as const, name: "Kenyan", aliases: [], mentions: [m("Kenyan", { phrase: at("Kenyan security forces") })] },
        { id: "E4", type: "GPE" as const, name: "Ruvu", aliases: [], mentions: [m("Ruvu", { phrase: at("the town of Ruvu") })] },
        { id: "E5", type: "ORG" as const, name: "Kenyan security forces", aliases: [], mentions: [m("Kenyan security forces", { kind: "nominal" as const, phrase: at("Kenyan security forces") })] },
      ],
      quantities: [],
      dates: [],
    };
    const spans = (scheme: Scheme) => outputToSpans(doc, scheme).spans.map((s) => `${s.label} ${text.slice(s.start, s.end)}`).sort();
    const base = BUILTIN_SCHEMES.get("ontonotes")!;
    expect(spans(base)).toEqual(["GPE Ruvu", "NORP Chilean", "NORP Kenyan", "PERSON Ana Ruiz"]);
    expect(spans({ ...base, span: "name+title" })).toContain("PERSON President Ana Ruiz");
    // phrase, not nested: the heads' phrases; the modifiers inside them are not scored on their own
    expect(spans({ ...base, span: "phrase", nominals: true })).toEqual(["GPE the town of Ruvu", "ORG Kenyan security forces", "PERSON Chilean President Ana Ruiz"]);
    // nested: the modifiers too, by their own span; without nominals, "Kenyan" heads no scored phrase and keeps its span
    expect(spans({ ...base, span: "phrase", nested: true })).toEqual(["GPE the town of Ruvu", "NORP Chilean", "NORP Kenyan", "PERSON Chilean President Ana Ruiz"]);
    expect(spans({ ...base, span: "phrase" })).toContain("NORP Kenyan");
  });

  it("holidays: a holiday date takes the scheme's holiday label (CoNLL: MISC); other dates keep theirs", () => {
    const text = "Shut on Labor Day and on Friday.";
    const doc = {
      text,
      entities: [],
      quantities: [],
      dates: [
        { start: 8, end: 17, kind: "date" as const, value: "1996-09-02", text: "Labor Day", holiday: true },
        { start: 25, end: 31, kind: "date" as const, value: "1996-08-30", text: "Friday" },
      ],
    };
    expect(outputToSpans(doc, BUILTIN_SCHEMES.get("conll")!).spans.map((s) => [text.slice(s.start, s.end), s.label])).toEqual([["Labor Day", "MISC"]]);
    expect(outputToSpans(doc, BUILTIN_SCHEMES.get("gmb")!).spans.map((s) => s.label)).toEqual(["tim", "tim"]);
  });

  it("references: scored typed by their entity where the scheme says so; re3d leaves out possessive determiners", () => {
    const withRefs = {
      ...doc,
      entities: [{ id: "E1", type: "ORG" as const, name: "Acme", aliases: [], mentions: [{ start: 0, end: 4, text: "Acme", source: "entities:model-spans" }] }],
      references: [
        { start: 10, end: 12, text: "It", kind: "pronoun" as const, entity: "E1", source: "coref:salience" },
        { start: 20, end: 23, text: "its", kind: "pronoun" as const, entity: "E1", source: "coref:salience" },
        { start: 30, end: 39, text: "the group", kind: "nominal" as const, entity: "E1", source: "coref:head" },
      ],
      quantities: [],
      dates: [],
    };
    const re3d = BUILTIN_SCHEMES.get("re3d")!;
    expect(outputToSpans(withRefs, re3d).spans.map((s) => [s.start, s.label])).toEqual([
      [0, "Organisation"],
      [10, "Organisation"],
      [30, "Organisation"],
    ]);
    expect(outputToSpans(withRefs, { ...re3d, references: "include" }).spans.map((s) => s.start)).toEqual([0, 10, 20, 30]);
    expect(outputToSpans(withRefs, BUILTIN_SCHEMES.get("conll")!).spans.map((s) => s.start)).toEqual([0]);
  });
});

describe("eval/conll-export", () => {
  it("writes IOB2 tags per whitespace token, a blank line per line break", async () => {
    const { toConllLines } = await import("../../src/eval/conll-export.js");
    //            0         1         2
    //            012345678901234567890123
    const text = "John Smith went\nto New York";
    const exp = toConllLines(
      [{ id: "a", text, spans: [{ start: 0, end: 10, label: "PER" }, { start: 19, end: 27, label: "LOC" }, { start: 0, end: 4, label: "X" }] }],
      [{ id: "a", spans: [{ start: 5, end: 10, label: "PER" }, { start: 22, end: 25, label: "LOC" }] }],
      ["PER", "LOC"],
    );
    // the predicted " Yo" (22-25) ends inside "York" and is widened to it; the unscored X is left out
    expect(exp.lines).toEqual(["John B-PER O", "Smith I-PER B-PER", "went O O", "", "to O O", "New B-LOC O", "York I-LOC B-LOC", ""]);
    expect(exp.unaligned).toBe(1);
    expect(exp.overlapping).toBe(0);
  });
});

describe("cli/eval --scheme events", () => {
  //                 0         1         2         3
  //                 0123456789012345678901234567890123456
  const EV_TEXT = "Police arrested 548 people in Rabat.";
  const evGold = join(dir, "events-gold.json");
  writeFileSync(
    evGold,
    JSON.stringify({
      version: 1,
      docs: [
        {
          id: "e1",
          source: "test",
          licence: "test",
          published: null,
          text: EV_TEXT,
          events: [{ class: "arrest", trigger: { start: 7, end: 15 }, modality: "asserted", agent: { start: 0, end: 6 }, object: { start: 20, end: 26 }, count: { start: 16, end: 19 }, places: [{ start: 30, end: 35 }] }],
        },
        { id: "e2", source: "test", licence: "test", text: "Nothing happened.", events: [] },
      ],
    }),
  );
  const span = (start: number, end: number) => ({ start, end, text: EV_TEXT.slice(start, end), lemma: EV_TEXT.slice(start, end).toLowerCase(), head: { start, end } });
  const evPred = write("events-pred.jsonl", [
    {
      id: "e1",
      text: EV_TEXT,
      sentences: [{ start: 0, end: EV_TEXT.length }],
      quantities: [{ id: "Q1", start: 16, end: 26 }],
      dates: [],
      entities: [{ id: "E1", mentions: [{ start: 30, end: 35 }] }],
      events: [
        { id: "EV1", class: "arrest", trigger: { start: 7, end: 15 }, sentence: 0, modality: "asserted", agent: span(0, 6), object: span(27, 29), count: "Q1", places: ["E1"] },
        { id: "EV2", class: "kill", trigger: { start: 0, end: 6 }, sentence: 0, modality: "asserted", places: [] },
      ],
    },
    { id: "e2", text: "Nothing happened.", sentences: [] },
  ]);

  it("scores predicted documents: trigger+class, arguments and per-role rows", async () => {
    const r = await run(["--scheme", "events", "--gold", evGold, "--pred", evPred]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/trigger identification\s+50\.0\s+100\.0\s+66\.7\s+1\s+2\s+1/);
    expect(r.stdout).toMatch(/trigger \+ class\s+50\.0\s+100\.0\s+66\.7/);
    // agent, count, place hit; object (head "in" vs "people") misses: 3 of 4 predicted, 3 of 4 gold
    expect(r.stdout).toMatch(/arguments\s+75\.0\s+75\.0\s+75\.0\s+3\s+4\s+4/);
    expect(r.stdout).toMatch(/ {2}object\s+0\.0\s+0\.0\s+0\.0\s+0\s+1\s+1/);
    expect(r.stdout).toMatch(/^arrest\s+100\.0\s+100\.0\s+100\.0/m);
    expect(r.stdout).toMatch(/^kill\s+0\.0\s+0\.0\s+0\.0\s+0\s+1\s+0/m);
  });

  it("--json reports the same figures, and --errors lists the spurious event", async () => {
    const r = await run(["--scheme", "events", "--gold", evGold, "--pred", evPred, "--json", "--errors", "5"]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.scheme).toBe("events");
    expect(j.classification).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(j.roles.place).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(j.errors).toEqual([expect.objectContaining({ doc: "e1", kind: "spurious", pred: "kill" })]);
  });

  it("documents without events[] score as predicting nothing", async () => {
    const noLayer = write("events-nolayer.jsonl", [{ id: "e1", text: EV_TEXT }, { id: "e2", text: "Nothing happened." }]);
    const r = await run(["--scheme", "events", "--gold", evGold, "--pred", noLayer, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ predEvents: 0, goldEvents: 1, classification: { tp: 0, f1: 0 }, missingDocs: [] });
  });

  it("runs the pipeline when no predictions are given; bad input is exit 2", async () => {
    const r = await run(["--scheme", "events", "--gold", evGold, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pred_file: "pipeline", goldEvents: 1, docs: 2 });
    const badGold = write("events-bad.json", [{ version: 1, docs: [{ id: "x", text: "abc", events: [] }] }]);
    const bad = await run(["--scheme", "events", "--gold", badGold]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/docs\.0\.source/);
    const badPred = write("events-badpred.jsonl", ["{not json"]);
    expect((await run(["--scheme", "events", "--gold", evGold, "--pred", badPred])).stderr).toMatch(/events-badpred\.jsonl:1: not valid JSON/);
    expect((await run(["--scheme", "events", "--gold", join(dir, "nope.json")])).code).toBe(2);
  });
});
