import { describe, expect, it } from "vitest";
import { trimTitles } from "../../../src/ner/rules/trim-titles.js";
import { testGaz, words } from "./tester.js";

describe("trim-titles", () => {
  const gaz = testGaz({ title: ["Director", "Minister"] });
  const end = (sentence: string, a: number, b: number): number => {
    const w = words(sentence);
    return trimTitles(gaz, w, w.map((x) => x.toLowerCase()), a, b);
  };
  it("a trailing singular title leaves the name", () => {
    expect(end("KLT Director spoke", 0, 2)).toBe(1);
  });
  it("a title after a connector, a lone title, or no title is kept", () => {
    expect(end("Office of the Director", 0, 4)).toBe(4);
    expect(end("Director spoke", 0, 1)).toBe(1);
    expect(end("Velmora Group said", 0, 2)).toBe(2);
  });
});
