import { describe, expect, it } from "vitest";
import { dateNormValue } from "../../src/eval/dates.js";
import { matchSpans, prf, scoreCorpus, ScoreInputError, type GoldInput, type PredInput } from "../../src/eval/score.js";
import type { LabelledSpan } from "../../src/eval/types.js";

describe("eval/score", () => {
  const sp = (start: number, end: number, label: string, extra: Partial<LabelledSpan> = {}): LabelledSpan => ({ start, end, label, ...extra });
  const counts = (p: { tp: number; fp: number; fn: number }) => ({ tp: p.tp, fp: p.fp, fn: p.fn });

  //                     0         1         2         3         4
  //                     0123456789012345678901234567890123456789012345
  const TEXT = "John Smith visited Paris and Berlin with Maria.";

  describe("prf (conlleval convention)", () => {
    it("is 0 rather than NaN when there is nothing to divide", () => {
      expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
      expect(prf({ tp: 0, fp: 3, fn: 0 }).precision).toBe(0);
    });
    it("gives percentages", () => {
      const p = prf({ tp: 1, fp: 3, fn: 2 });
      expect(p.precision).toBeCloseTo(25, 10);
      expect(p.recall).toBeCloseTo(100 / 3, 10);
      expect(p.f1).toBeCloseTo(200 / 7, 10); // 2·(1/4)(1/3)/(7/12) = 2/7
    });
  });

  describe("scoreCorpus: boundary and label errors", () => {
    // gold: PER John Smith, LOC Paris, LOC Berlin
    // pred: PER Smith (boundary), ORG Paris (label), LOC Berlin (exact), LOC Maria (spurious)
    const gold: GoldInput[] = [{ id: "d1", text: TEXT, spans: [sp(0, 10, "PER"), sp(19, 24, "LOC"), sp(29, 35, "LOC")] }];
    const pred: PredInput[] = [{ id: "d1", spans: [sp(5, 10, "PER"), sp(19, 24, "ORG"), sp(29, 35, "LOC"), sp(41, 46, "LOC")] }];
    const r = scoreCorpus(gold, pred, { labels: ["PER", "ORG", "LOC"], errors: 10 });

    it("exact: only Berlin is right", () => {
      expect(counts(r.exact.perLabel.PER!)).toEqual({ tp: 0, fp: 1, fn: 1 });
      expect(counts(r.exact.perLabel.LOC!)).toEqual({ tp: 1, fp: 1, fn: 1 });
      expect(counts(r.exact.perLabel.ORG!)).toEqual({ tp: 0, fp: 1, fn: 0 });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 3, fn: 2 });
      expect(r.exact.micro.precision).toBeCloseTo(25, 10);
      expect(r.exact.micro.recall).toBeCloseTo(33.333333, 5);
      expect(r.exact.micro.f1).toBeCloseTo(28.571429, 5);
    });

    it("partial: the boundary error counts, the label error does not", () => {
      expect(counts(r.partial.perLabel.PER!)).toEqual({ tp: 1, fp: 0, fn: 0 });
      expect(counts(r.partial.perLabel.LOC!)).toEqual({ tp: 1, fp: 1, fn: 1 });
      expect(counts(r.partial.perLabel.ORG!)).toEqual({ tp: 0, fp: 1, fn: 0 });
      expect(counts(r.partial.micro)).toEqual({ tp: 2, fp: 2, fn: 1 });
      expect(r.partial.micro.precision).toBeCloseTo(50, 10);
      expect(r.partial.micro.recall).toBeCloseTo(66.666667, 5);
      expect(r.partial.micro.f1).toBeCloseTo(57.142857, 5);
    });

    it("explains each error", () => {
      const fps = r.errors!.falsePositives.map((e) => [e.text, e.label, e.kind, e.other ?? null]);
      expect(fps).toEqual([
        ["Maria", "LOC", "spurious", null],
        ["Paris", "ORG", "label", "LOC"],
        ["Smith", "PER", "boundary", null],
      ]);
      const fns = r.errors!.falseNegatives.map((e) => [e.text, e.label, e.kind, e.other ?? null]);
      expect(fns).toEqual([
        ["John Smith", "PER", "boundary", null],
        ["Paris", "LOC", "label", "ORG"],
      ]);
      expect(r.errors!.falsePositives[1]!.example.context).toBe("John Smith visited [Paris] and Berlin with Maria.");
    });
  });

  describe("scoreCorpus: nested gold spans", () => {
    const text = "Sydney, Australia";
    const gold: GoldInput[] = [{ id: "n", text, spans: [sp(0, 17, "place"), sp(8, 17, "place")] }];

    it("each nested gold span needs its own prediction", () => {
      const r = scoreCorpus(gold, [{ id: "n", spans: [sp(8, 17, "place")] }], { labels: ["place"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 0, fn: 1 });
      // the exact pair is taken first; the outer span has no prediction left
      expect(counts(r.partial.micro)).toEqual({ tp: 1, fp: 0, fn: 1 });
    });

    it("a prediction overlapping only the outer span matches it partially", () => {
      const r = scoreCorpus(gold, [{ id: "n", spans: [sp(0, 6, "place")] }], { labels: ["place"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 0, fp: 1, fn: 2 });
      expect(counts(r.partial.micro)).toEqual({ tp: 1, fp: 0, fn: 1 });
    });

    it("both nested predictions match both gold spans", () => {
      const r = scoreCorpus(gold, [{ id: "n", spans: [sp(8, 17, "place"), sp(0, 17, "place")] }], { labels: ["place"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 2, fp: 0, fn: 0 });
      expect(r.exact.micro.f1).toBe(100);
    });
  });

  describe("scoreCorpus: duplicate spans count once", () => {
    it("on both sides, and the drops are reported", () => {
      const gold: GoldInput[] = [{ id: "d", text: TEXT, spans: [sp(0, 10, "PER"), sp(0, 10, "PER")] }];
      const pred: PredInput[] = [{ id: "d", spans: [sp(0, 10, "PER"), sp(0, 10, "PER"), sp(0, 10, "PER")] }];
      const r = scoreCorpus(gold, pred, { labels: ["PER"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 0, fn: 0 });
      expect(counts(r.partial.micro)).toEqual({ tp: 1, fp: 0, fn: 0 });
      expect(r.spans).toMatchObject({ gold: 1, pred: 1, goldDuplicates: 1, predDuplicates: 2 });
    });
    it("the same span with two labels is two predictions", () => {
      const gold: GoldInput[] = [{ id: "d", text: TEXT, spans: [sp(0, 10, "PER")] }];
      const pred: PredInput[] = [{ id: "d", spans: [sp(0, 10, "PER"), sp(0, 10, "ORG")] }];
      const r = scoreCorpus(gold, pred, { labels: ["PER", "ORG"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 1, fn: 0 });
      expect(r.exact.micro.precision).toBe(50);
    });
  });

  describe("scoreCorpus: empty documents and mismatched ids", () => {
    it("empty gold and empty prediction score zero without NaN", () => {
      const r = scoreCorpus([{ id: "e", text: "", spans: [] }], [{ id: "e", spans: [] }], { labels: ["PER"] });
      expect(r.exact.micro).toEqual({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
      expect(r.docs).toEqual({ gold: 1, pred: 1, missingPred: [], extraPred: [] });
    });
    it("a prediction on an empty gold document is a false positive", () => {
      const r = scoreCorpus([{ id: "e", text: TEXT, spans: [] }], [{ id: "e", spans: [sp(0, 4, "PER")] }], { labels: ["PER"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 0, fp: 1, fn: 0 });
    });
    it("a gold document without prediction counts as empty; a prediction without gold is ignored", () => {
      const gold: GoldInput[] = [
        { id: "a", text: TEXT, spans: [sp(0, 10, "PER")] },
        { id: "b", text: TEXT, spans: [sp(19, 24, "LOC"), sp(29, 35, "LOC")] },
      ];
      const pred: PredInput[] = [
        { id: "a", spans: [sp(0, 10, "PER")] },
        { id: "c", spans: [sp(0, 10, "PER"), sp(19, 24, "LOC")] },
      ];
      const r = scoreCorpus(gold, pred, { labels: ["PER", "LOC"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 0, fn: 2 });
      expect(r.docs.missingPred).toEqual(["b"]);
      expect(r.docs.extraPred).toEqual(["c"]);
    });
    it("a document id given twice is an input error", () => {
      const g: GoldInput = { id: "a", text: "", spans: [] };
      expect(() => scoreCorpus([g, g], [], { labels: ["PER"] })).toThrow(ScoreInputError);
      expect(() => scoreCorpus([g], [{ id: "a", spans: [] }, { id: "a", spans: [] }], { labels: ["PER"] })).toThrow(ScoreInputError);
    });
  });

  describe("scoreCorpus: labels outside the scheme are ignored", () => {
    it("neither fp nor fn, but counted", () => {
      const gold: GoldInput[] = [{ id: "d", text: TEXT, spans: [sp(0, 10, "PER"), sp(19, 24, "Weapon")] }];
      const pred: PredInput[] = [{ id: "d", spans: [sp(0, 10, "PER"), sp(29, 35, "MISC")] }];
      const r = scoreCorpus(gold, pred, { labels: ["PER"] });
      expect(counts(r.exact.micro)).toEqual({ tp: 1, fp: 0, fn: 0 });
      expect(r.spans).toMatchObject({ goldIgnored: 1, predIgnored: 1 });
    });
  });

  describe("matchSpans: greedy partial matching", () => {
    it("a prediction over two gold spans goes to the larger overlap, once", () => {
      const gold = [sp(0, 10, "PER"), sp(11, 20, "PER")];
      const pred = [sp(5, 15, "PER")]; // overlaps 5 with the first, 4 with the second
      const m = matchSpans(gold, pred);
      expect(m.exact).toEqual([]);
      expect(m.partial.map((p) => [p.gold.start, p.pred.start])).toEqual([[0, 5]]);
    });
    it("on equal overlap the closer boundaries win", () => {
      const gold = [sp(0, 10, "X")];
      const pred = [sp(0, 20, "X"), sp(0, 12, "X")]; // both overlap 10
      const m = matchSpans(gold, pred);
      expect(m.partial.map((p) => [p.pred.start, p.pred.end])).toEqual([[0, 12]]);
    });
    it("partial never scores below exact", () => {
      const gold = [sp(0, 10, "X"), sp(0, 20, "X")];
      const pred = [sp(0, 10, "X"), sp(2, 20, "X")];
      const m = matchSpans(gold, pred);
      expect(m.exact).toHaveLength(1);
      expect(m.partial).toHaveLength(2);
    });
  });

  describe("date values", () => {
    it("gold norm as an ISO 8601 string", () => {
      expect(dateNormValue({ when: "2009-05-08" })).toBe("2009-05-08");
      expect(dateNormValue({ from: "2006-02-19", to: "2006-02-26" })).toBe("2006-02-19/2006-02-26");
      expect(dateNormValue({ notAfter: "2008-01-19" })).toBe("../2008-01-19");
      expect(dateNormValue({ notBefore: "1996", notAfter: "2008" })).toBe("1996/2008");
      expect(dateNormValue({})).toBeNull();
    });

    it("accuracy on exact and partial matches and over all gold values", () => {
      //            0         1         2         3         4         5         6
      //            0123456789012345678901234567890123456789012345678901234567890123
      const text = "Friday, May 8, 2009 and then this week and the past days and 1995";
      const gold: GoldInput[] = [
        {
          id: "d",
          text,
          spans: [
            sp(0, 19, "date", { norm: { when: "2009-05-08" } }),
            sp(29, 38, "date", { norm: { from: "2006-02-19", to: "2006-02-26" } }),
            sp(43, 56, "date", { norm: { notAfter: "2008-01-19" } }),
            sp(61, 65, "date", { norm: { when: "1995" } }),
          ],
        },
      ];
      const pred: PredInput[] = [
        {
          id: "d",
          spans: [
            sp(0, 19, "date", { value: "2009-05-08" }), // exact, right
            sp(29, 38, "date", { value: "2006-02-20/2006-02-26" }), // exact, wrong
            sp(47, 56, "date", { value: "../2008-01-19" }), // partial, right
          ],
        },
      ];
      const r = scoreCorpus(gold, pred, { labels: ["date"] });
      expect(r.dates!.gold).toBe(4);
      expect(r.dates!.exact).toEqual({ matched: 2, correct: 1, accuracy: 50 });
      expect(r.dates!.partial.matched).toBe(3);
      expect(r.dates!.partial.correct).toBe(2);
      expect(r.dates!.partial.accuracy).toBeCloseTo(66.666667, 5);
      expect(r.dates!.endToEnd).toBe(50);
      expect(r.dates!.wrong).toEqual([{ id: "d", text: "this week", gold: "2006-02-19/2006-02-26", predicted: "2006-02-20/2006-02-26" }]);
    });

    it("no date section when no gold span has a norm", () => {
      const r = scoreCorpus([{ id: "d", text: TEXT, spans: [sp(0, 4, "PER")] }], [], { labels: ["PER"] });
      expect(r.dates).toBeUndefined();
    });
  });

  describe("errors: most frequent first", () => {
    it("groups by text and label across documents", () => {
      const gold: GoldInput[] = [
        { id: "a", text: "Paris and Rome", spans: [sp(0, 5, "LOC"), sp(10, 14, "LOC")] },
        { id: "b", text: "Paris, Paris", spans: [sp(0, 5, "LOC"), sp(7, 12, "LOC")] },
      ];
      const pred: PredInput[] = [
        { id: "a", spans: [sp(0, 5, "PER")] },
        { id: "b", spans: [sp(0, 5, "PER"), sp(7, 12, "PER")] },
      ];
      const r = scoreCorpus(gold, pred, { labels: ["LOC", "PER"], errors: 1 });
      expect(r.errors!.falsePositives).toHaveLength(1);
      expect(r.errors!.falsePositives[0]).toMatchObject({ text: "Paris", label: "PER", count: 3, kind: "label", other: "LOC" });
      expect(r.errors!.falseNegatives[0]).toMatchObject({ text: "Paris", label: "LOC", count: 3, kind: "label", other: "PER" });
    });
  });

  describe("groups", () => {
    it("micro-average a subset of labels", () => {
      const gold: GoldInput[] = [{ id: "d", text: TEXT, spans: [sp(0, 10, "PER"), sp(19, 24, "LOC"), sp(41, 46, "MISC")] }];
      const pred: PredInput[] = [{ id: "d", spans: [sp(0, 10, "PER"), sp(41, 46, "MISC")] }];
      const r = scoreCorpus(gold, pred, { labels: ["PER", "LOC", "MISC"], groups: { names: ["PER", "LOC"] } });
      expect(counts(r.groups.names!.exact)).toEqual({ tp: 1, fp: 0, fn: 1 });
      expect(counts(r.exact.micro)).toEqual({ tp: 2, fp: 0, fn: 1 });
    });
  });
});
