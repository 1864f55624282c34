import { describe, expect, it } from "vitest";

describe("gazetteer-names", () => {
  it("a country the model leaves out of an all-caps line is a GPE; a country that is also a given name is not forced", async () => {
    const { EntityTagger } = await import("../../../src/ner/tagger.js");
    const t = EntityTagger.load();
    const doc = [
      ["SOCCER", "-", "AUSTRIA", "DOMINATE", "SCOTLAND", "IN", "QUALIFIER", "."],
      ["Austria", "beat", "Scotland", "2-0", "on", "Saturday", "."],
    ];
    const spans = t.tag(doc).filter((s) => s.start < 8);
    const words = doc.flat();
    expect(spans.map((s) => [words.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["AUSTRIA", "GPE"],
      ["SCOTLAND", "GPE"],
    ]);
  });
});
