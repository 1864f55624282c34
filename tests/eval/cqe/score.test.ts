import { describe, expect, it } from "vitest";
import type { CqeGoldQuantity, CqeQuantity } from "../../../src/eval/cqe/format.js";
import { closeTo, conceptMatch, matchSentence, prf, scoreCqe, valuesMatch } from "../../../src/eval/cqe/score.js";

const g = (value: CqeGoldQuantity["value"], unit = "", change: CqeGoldQuantity["change"] = "=", concepts: string[] | null = []): CqeGoldQuantity => ({
  value,
  unit,
  change,
  concepts,
  raw: String(value),
});
const p = (value: CqeQuantity["value"], unit = "", change: CqeQuantity["change"] = "=", concepts: string[] = []): CqeQuantity => ({ value, unit, change, concepts });

describe("CQE value matching", () => {
  it("uses a relative tolerance of 1e-5", () => {
    expect(closeTo(1_000_000, 1_000_009)).toBe(true);
    expect(closeTo(1_000_000, 1_000_011)).toBe(false);
    expect(closeTo(0.19, 0.19000000001)).toBe(true);
    expect(closeTo(19, 0.19)).toBe(false);
    expect(closeTo(-5, 5)).toBe(false);
  });

  it("matches a range by both ends in order, never a range with a single value", () => {
    expect(valuesMatch([5, 10], [5, 10])).toBe(true);
    expect(valuesMatch([5, 10], [10, 5])).toBe(false);
    expect(valuesMatch([5, 10], [5, 11])).toBe(false);
    expect(valuesMatch([5, 10], 5)).toBe(false);
    expect(valuesMatch(5, [5, 10])).toBe(false);
    expect(valuesMatch([1e6, 1e7], [1e6, 9_999_999])).toBe(true);
  });
});

describe("CQE concept matching", () => {
  it("relaxed needs one token in common, strict the same set", () => {
    expect(conceptMatch(["unemployment", "rate"], ["rate"])).toEqual({ relaxed: true, strict: false });
    expect(conceptMatch(["unemployment", "rate"], ["rate", "unemployment"])).toEqual({ relaxed: true, strict: true });
    expect(conceptMatch(["revenue"], ["profit"])).toEqual({ relaxed: false, strict: false });
  });
  it("no concept on either side agrees; on one side only does not", () => {
    expect(conceptMatch([], [])).toEqual({ relaxed: true, strict: true });
    expect(conceptMatch(["revenue"], [])).toEqual({ relaxed: false, strict: false });
    expect(conceptMatch([], ["revenue"])).toEqual({ relaxed: false, strict: false });
  });
});

describe("CQE sentence matching", () => {
  it("matches each gold quantity once and each prediction once", () => {
    // invented: "Two boys and two girls": gold 2 boys, 2 girls; we predict 2 once
    const m = matchSentence([g(2, "boy"), g(2, "girl")], [p(2, "girl")]);
    expect(m.counts.value).toBe(1);
    expect(m.counts.value_unit).toBe(1); // the prediction goes to the gold quantity it fits best
    expect(m.missed).toEqual([0]);
    expect(m.spurious).toEqual([]);
  });

  it("prefers the prediction with the right unit, then change, then concept", () => {
    const m = matchSentence([g(5, "percentage", "up", ["sales"])], [p(5, "dollar", "up", ["sales"]), p(5, "percentage", "=", []), p(5, "percentage", "up", ["sales"])]);
    expect(m.pairs).toHaveLength(1);
    expect(m.pairs[0]!.pred).toBe(2);
    expect(m.counts).toEqual({ value: 1, value_unit: 1, value_change: 1, concept_relaxed: 1, concept_strict: 1 });
    expect(m.spurious).toEqual([0, 1]);
  });

  it("a value match with the wrong unit counts for value only", () => {
    const m = matchSentence([g(19, "cent", "up")], [p(0.19, "dollar", "up"), p(19, "dollar", "down")]);
    expect(m.counts).toEqual({ value: 1, value_unit: 0, value_change: 0, concept_relaxed: 1, concept_strict: 1 });
  });

  it("an unannotated change or concept is not counted", () => {
    const m = matchSentence([g(3, "year", null, null)], [p(3, "year", "~", ["x"])]);
    expect(m.pairs[0]!.change).toBeNull();
    expect(m.pairs[0]!.concept).toBeNull();
    expect(m.counts.value_change).toBe(0);
  });
});

describe("CQE scores", () => {
  it("P is over predictions, R over gold quantities, in percent", () => {
    expect(prf(3, 4, 6)).toEqual({ p: 50, r: 75, f1: 60, correct: 3 });
    expect(prf(0, 0, 0)).toEqual({ p: 0, r: 0, f1: 0, correct: 0 });
  });

  it("sums over sentences and gives each of the five scores", () => {
    const r = scoreCqe(
      [
        // invented: "Sales rose 6.5% to 164p." -> two quantities
        { gold: [g(6.5, "percentage", "up", ["sales"]), g(164, "penny", "=", ["sales"])], pred: [p(6.5, "percentage", "up", ["sales"]), p(164, "", "=", [])] },
        // invented: "About 40 people died." -> we also report a spurious 2
        { gold: [g(40, "people", "~", ["people"])], pred: [p(40, "people", "=", ["people", "died"]), p(2)] },
      ],
      { change: true, concepts: true },
    );
    expect(r.gold).toBe(3);
    expect(r.pred).toBe(4);
    expect(r.scores.value).toEqual(prf(3, 3, 4));
    expect(r.scores.value_unit).toEqual(prf(2, 3, 4));
    expect(r.scores.value_change).toEqual(prf(2, 3, 4));
    expect(r.scores.concept_relaxed).toEqual(prf(2, 3, 4));
    expect(r.scores.concept_strict).toEqual(prf(1, 3, 4));
  });

  it("gives null for change and concept scores the gold does not annotate", () => {
    const r = scoreCqe([{ gold: [g(1, "", null, null)], pred: [p(1)] }], { change: false, concepts: false });
    expect(r.scores.value).toEqual(prf(1, 1, 1));
    expect(r.scores.value_change).toBeNull();
    expect(r.scores.concept_relaxed).toBeNull();
    expect(r.scores.concept_strict).toBeNull();
  });
});
