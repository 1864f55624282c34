import { describe, expect, it } from "vitest";
import data from "../../../src/nlp/quantities/words.json" with { type: "json" };
import { BOUNDS_AFTER, CHANGE_BEFORE, CHANGE_NOUNS, CLOCK_AFTER, ID_NOUNS, LEVEL_VERBS, MODIFIERS, MONTHS, SPORTS, STOP, WEEKDAYS, YEAR_CONTEXT } from "../../../src/nlp/quantities/words.js";

/** Every entry of the quantities stage's closed word lists (src/nlp/quantities/words.json) loads, lower case, and is documented. */
describe("quantities words.json", () => {
  const lower = (w: string) => expect(w, w).toBe(w.toLowerCase());
  it("every list has its description beside it", () => {
    for (const k of Object.keys(data)) if (!k.startsWith("$")) expect(typeof (data as Record<string, unknown>)[`$${k}`], k).toBe("string");
  });
  it("word sets: lower case, no blanks, all compiled", () => {
    const sets: [string[], ReadonlySet<string>][] = [
      [data.months, MONTHS], [data.weekdays, WEEKDAYS], [data.yearContext, YEAR_CONTEXT], [data.clockAfter, CLOCK_AFTER],
      [data.idNouns, ID_NOUNS], [data.sports, SPORTS], [data.stop, STOP], [data.levelVerbs, LEVEL_VERBS],
    ];
    for (const [list, set] of sets) {
      expect(list.length).toBeGreaterThan(0);
      for (const w of list) {
        lower(w);
        expect(w.trim()).toBe(w);
        expect(w.length).toBeGreaterThan(0);
        expect(set.has(w)).toBe(true);
      }
    }
  });
  it("change words and nouns: each word in one direction, all compiled", () => {
    for (const [table, map] of [[data.changeBefore, CHANGE_BEFORE], [data.changeNouns, CHANGE_NOUNS]] as const) {
      for (const w of table.up) expect(table.down, w).not.toContain(w);
      for (const dir of ["up", "down"] as const) for (const w of table[dir]) { lower(w); expect(map.get(w)).toBe(dir); }
    }
  });
  it("bounds after a number: two words each, compiled", () => {
    for (const dir of [">=", "<="] as const) for (const w of data.boundsAfter[dir]) { expect(w.split(" ")).toHaveLength(2); expect(BOUNDS_AFTER.get(w)).toBe(dir); }
  });
  it("modifiers: lower-case words with a known change symbol, all compiled", () => {
    expect(MODIFIERS).toHaveLength(data.modifiers.length);
    for (const [w, c] of data.modifiers) {
      lower(w!);
      expect(["~", ">", "<", ">=", "<=", "="]).toContain(c);
    }
  });
});
