import { describe, expect, it } from "vitest";
import { allowed, allowedEnd, labelName, labelOf, NUM_LABELS, spansOf, typeOf, partOf, B, I, L, U } from "../../src/ner/labels.js";

describe("labels", () => {
  it("numbers BILOU labels per type and names them", () => {
    expect(NUM_LABELS).toBe(25);
    expect(labelName(0)).toBe("O");
    expect(labelName(labelOf(0, B))).toBe("B-PER");
    expect(typeOf(labelOf(2, L))).toBe(2);
    expect(partOf(labelOf(2, L))).toBe(L);
  });
  it("allows only valid BILOU transitions", () => {
    expect(allowed(-1, labelOf(0, B))).toBe(true);
    expect(allowed(-1, labelOf(0, I))).toBe(false);
    expect(allowed(labelOf(0, B), labelOf(0, L))).toBe(true);
    expect(allowed(labelOf(0, B), labelOf(1, L))).toBe(false);
    expect(allowed(labelOf(0, B), 0)).toBe(false);
    expect(allowed(labelOf(0, U), labelOf(1, U))).toBe(true);
    expect(allowedEnd(labelOf(0, I))).toBe(false);
    expect(allowedEnd(labelOf(0, L))).toBe(true);
  });
  it("reads spans off label sequences", () => {
    const seq = [0, labelOf(0, B), labelOf(0, L), labelOf(2, U), 0, labelOf(1, B), labelOf(1, I), labelOf(1, L)];
    expect(spansOf(seq, 0, seq.length)).toEqual([
      { start: 1, end: 3, type: 0 },
      { start: 3, end: 4, type: 2 },
      { start: 5, end: 8, type: 1 },
    ]);
  });
});
