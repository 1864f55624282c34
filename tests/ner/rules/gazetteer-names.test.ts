import { describe, expect, it } from "vitest";
import { gazetteerNamesRule } from "../../../src/ner/rules/gazetteer-names.js";
import { testGaz, testRule } from "./tester.js";

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

testRule(gazetteerNamesRule, {
  gaz: testGaz({ country: ["Costa Rica", "Norway", "Jordan"], first: ["Jordan"] }),
  valid: [
    { name: "the name already whole", text: "flights to Costa Rica resumed", spans: [["Costa Rica", "GPE"]] },
    { name: "a country that is also a given name, in capitals", text: "JORDAN WINS FINAL" },
  ],
  invalid: [
    { name: "a name cut into pieces", text: "flights to Costa Rica resumed", spans: [["Costa", "ORG"], ["Rica", "GPE"]], output: [{ text: "Costa Rica", type: "GPE", source: "entities:gazetteer-names", locked: true }] },
    { name: "a country missed in a capitals-only line", text: "NORWAY WINS FINAL", output: [["NORWAY", "GPE"]] },
  ],
});
