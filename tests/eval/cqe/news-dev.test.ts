import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCqeGold } from "../../../src/eval/cqe/format.js";
import { conceptTokens, foldUnit } from "../../../src/eval/cqe/map.js";

const PATH = new URL("../../../bench/quantities/news-dev.json", import.meta.url);
const data = JSON.parse(readFileSync(PATH, "utf8")) as { id: string; text: string; quantities: { start: number; end: number; value: string }[] }[];

describe("bench/quantities/news-dev.json", () => {
  it("is a valid CQE gold file with offsets on every quantity", () => {
    const gold = parseCqeGold("news-dev.json", data, { unit: foldUnit, concepts: conceptTokens });
    expect(gold.length).toBe(data.length);
    for (const s of gold) for (const q of s.quantities) expect(q.start, s.id).toBeTypeOf("number");
  });

  it("each span is a whole word group holding a number or a number word", () => {
    const NUMBERISH = /\d|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundreds?|thousands?|millions?|tens|dozens?|half|third|thirds|fourth|quarter|tenths|twice|couple|single|both)\b/i;
    for (const s of data)
      for (const q of s.quantities) {
        const span = s.text.slice(q.start, q.end);
        expect(span, `${s.id}`).toMatch(NUMBERISH);
        expect(/[\p{L}\p{N}]/u.test(s.text[q.start - 1] ?? " ") && /[\p{L}\p{N}]/u.test(span[0]!), `${s.id}: '${span}' starts inside a word`).toBe(false);
      }
  });

  it("holds at least 300 sentences and 600 quantities, no sentence twice", () => {
    expect(data.length).toBeGreaterThanOrEqual(300);
    expect(data.reduce((n, s) => n + s.quantities.length, 0)).toBeGreaterThanOrEqual(600);
    expect(new Set(data.map((s) => s.id)).size).toBe(data.length);
  });
});
