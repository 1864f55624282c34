import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { QuantitySchema, type Quantity } from "../../src/schema/quantity.js";
import { GROUPS } from "./quantities.cases.js";
import { extractQuantities } from "../../src/nlp/quantities/extract.js";
import { loadLexicon } from "../../src/nlp/quantities/lexicon.js";
import { parseWordNumber } from "../../src/nlp/quantities/numbers.js";
import { singularize } from "../../src/nlp/quantities/lemma.js";

describe("quantities", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities" }]);

  function quantities(text: string, published = "2017-03-01"): Quantity[] {
    const doc = runPipeline(pipeline, new Doc("t", text, { published }));
    expect(doc.diagnostics.filter((d) => d.fatal)).toEqual([]);
    return doc.get("quantities");
  }

  /** The fields a case names, from a found record, so a mismatch prints as a readable diff. */
  function pick(q: Quantity, fields: readonly string[]): Record<string, unknown> {
    const out: Record<string, unknown> = { text: q.text };
    for (const f of fields) {
      const v = (q as Record<string, unknown>)[f];
      out[f] = typeof v === "number" ? Number(v.toPrecision(9)) : v;
    }
    return out;
  }

  const total = GROUPS.reduce((n, g) => n + g.cases.length, 0);

  describe("quantities table", () => {
    it("has at least 300 sentences", () => {
      expect(total).toBeGreaterThanOrEqual(300);
    });
    for (const group of GROUPS) {
      describe(group.name, () => {
        it.each(group.cases)("%s", (sentence, expected) => {
          const found = quantities(sentence);
          const got = found.map((q, i) => pick(q, Object.keys(expected[i]?.[1] ?? {})));
          const want = expected.map(([text, fields]) => {
            const o: Record<string, unknown> = { text };
            for (const [k, v] of Object.entries(fields)) o[k] = typeof v === "number" ? Number(v.toPrecision(9)) : v;
            return o;
          });
          expect(got).toEqual(want);
          for (const q of found) {
            expect(sentence.slice(q.start, q.end)).toBe(q.text);
            expect(QuantitySchema.safeParse(q).success).toBe(true);
          }
        });
      });
    }
  });

  describe("quantities records", () => {
    it("numbers quantities Q1.. in text order and gives each a source", () => {
      const qs = quantities("Police held 12 men and 3 women; 40% were freed, at a cost of $5m.");
      expect(qs.map((q) => q.id)).toEqual(["Q1", "Q2", "Q3", "Q4"]);
      for (let i = 1; i < qs.length; i++) expect(qs[i]!.start).toBeGreaterThan(qs[i - 1]!.start);
      for (const q of qs) expect(q.source.length).toBeGreaterThan(0);
    });
    it("gives the sentence index", () => {
      const qs = quantities("Nothing here. Then 5 dogs barked. And 6 cats.");
      expect(qs.map((q) => q.sentence)).toEqual([1, 2]);
    });
    it("skips numbers inside a date span and works without any date", () => {
      expect(quantities("On 4 July 1976, 56 delegates signed.").map((q) => q.text)).toEqual(["56"]);
    });
    it("can leave ordinals out", () => {
      const p = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities", options: { ordinals: false } }]);
      const doc = runPipeline(p, new Doc("t", "The third attempt cost $5."));
      expect(doc.get("quantities").map((q) => [q.id, q.kind])).toEqual([["Q1", "money"]]);
    });
    it("rejects an unknown option", () => {
      expect(() => buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities", options: { nope: 1 } }])).toThrow(/options/);
    });
  });

  describe("seed-style article", () => {
    const text =
      '"Morocco has dismantled 40 terrorist cells and arrested 548 people since 2015", the director said. ' +
      '"Twenty-one cells were dismantled in 2015 and 19 in 2016", he said. ' +
      "Out of the 2,963 individuals arrested, 277 had records. The agency handled five cases and held 14 women and 20 minors.";
    it("finds the counts and leaves the years to the dates layer", () => {
      const qs = quantities(text);
      expect(qs.map((q) => [q.text, q.value, q.counted ?? null])).toEqual([
        ["40", 40, "cell"],
        ["548", 548, "person"],
        ["Twenty-one", 21, "cell"],
        ["19", 19, "cell"],
        ["2,963", 2963, "individual"],
        ["277", 277, "individual"],
        ["five", 5, "case"],
        ["14", 14, "woman"],
        ["20", 20, "minor"],
      ]);
      expect(qs.some((q) => /^20(15|16)$/.test(q.text))).toBe(false);
    });
  });

  describe("dates layer: skipped spans and time links (dates given by hand)", () => {
    // The table above never relies on the dates stage's output; here the date spans are made by hand.
    const segment = buildPipeline([{ name: "segment" }]);
    const lex = loadLexicon();
    function run(text: string, dateTexts: string[]): Quantity[] {
      const doc = runPipeline(segment, new Doc("t", text));
      let from = 0;
      const dates = dateTexts.map((d, k) => {
        const start = text.indexOf(d, from);
        from = start + d.length;
        return { id: `D${k + 1}`, start, end: start + d.length };
      });
      return extractQuantities(text, doc.get("tokens"), doc.get("sentences"), dates, lex);
    }
    it("never reads a number inside a date span", () => {
      expect(run("The talks took 90 minutes.", ["90 minutes"])).toEqual([]);
      expect(run("The talks took 90 minutes.", []).map((q) => [q.text, q.unit])).toEqual([["90 minutes", "minute"]]);
    });
    it("links a count to the year that follows it", () => {
      const qs = run("Twenty-one cells were dismantled in 2015 and 19 in 2016.", ["2015", "2016"]);
      expect(qs.map((q) => [q.text, q.time])).toEqual([
        ["Twenty-one", "D1"],
        ["19", "D2"],
      ]);
    });
    it("does not link a total to a date that belongs to the next count", () => {
      const qs = run("Some 548 people (275 in 2015 and 273 in 2016) were arrested.", ["2015", "2016"]);
      expect(qs.map((q) => [q.text, q.time ?? null])).toEqual([
        ["548", null],
        ["275", "D1"],
        ["273", "D2"],
      ]);
    });
    it("links to a date earlier in the sentence", () => {
      expect(run("In 2016, exports rose 4%.", ["2016"]).map((q) => q.time)).toEqual(["D1"]);
      expect(run("Since 2002, 167 cells have been dismantled.", ["Since 2002"]).map((q) => [q.counted, q.time])).toEqual([["cell", "D1"]]);
    });
    it("does not link to a duration, which measures rather than scopes", () => {
      const text = "He ran the 100 metres in 9.58 seconds.";
      const doc = runPipeline(segment, new Doc("t", text));
      const start = text.indexOf("9.58 seconds");
      const dates = [{ id: "D1", start, end: start + 12, kind: "duration" }];
      expect(extractQuantities(text, doc.get("tokens"), doc.get("sentences"), dates, lex).map((q) => [q.text, q.time ?? null])).toEqual([["100 metres", null]]);
      expect(run("Police seized 30 rifles in March and 12 in April.", ["March", "April"]).map((q) => [q.counted, q.time])).toEqual([
        ["rifle", "D1"],
        ["rifle", "D2"],
      ]);
    });
    it("keeps a bare one day adverb out but counts a lasting day", () => {
      expect(run("The strike lasted one day.", []).map((q) => [q.text, q.unit])).toEqual([["one day", "day"]]);
      expect(run("One day he left.", [])).toEqual([]);
    });
    it("never links across sentences", () => {
      expect(run("It was 2016. Exports rose 4%.", ["2016"]).map((q) => q.time ?? null)).toEqual([null]);
    });
  });

  describe("number helpers", () => {
    it("reads written numbers of any size", () => {
      const words = (s: string) => parseWordNumber(s.split(" "), 0)?.value;
      expect(words("thirty-one thousand two hundred seventeen")).toBe(31217);
      expect(words("nine hundred ninety-nine million nine hundred ninety-nine thousand")).toBe(999999000);
      expect(words("two trillion")).toBe(2e12);
      expect(words("one hundred and five")).toBe(105);
      expect(words("hundred")).toBeUndefined();
    });
    it("singularises counted nouns", () => {
      const cases: Array<[string, string]> = [
        ["people", "person"], ["women", "woman"], ["cells", "cell"], ["individuals", "individual"], ["minors", "minor"], ["cases", "case"],
        ["cities", "city"], ["churches", "church"], ["buses", "bus"], ["policemen", "policeman"], ["wolves", "wolf"], ["crises", "crisis"],
        ["boxes", "box"], ["movies", "movie"], ["heroes", "hero"], ["classes", "class"], ["taxis", "taxi"], ["explosives", "explosive"],
      ];
      for (const [w, lemma] of cases) expect(singularize(w, false)).toBe(lemma);
      expect(singularize("VBIEDs", true)).toBe("VBIED");
      expect(singularize("Syrians", true)).toBe("Syrian");
    });
  });
});
