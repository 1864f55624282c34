import { nameTitlesRule } from "../../../src/ner/rules/name-titles.js";
import { Gazetteer, type GazetteerData } from "../../../src/ner/gazetteer.js";
import { testRule } from "./tester.js";

testRule(nameTitlesRule, {
  gaz: new Gazetteer({ lists: {}, casing: { lower: ["steady"], title: [], upper: [], mixed: [] } } as unknown as GazetteerData),
  valid: [
    { name: "a nickname in quotes", text: 'they call him " Mr. Steady " .' },
    { name: "no capitalised word after the title", text: "Dr. and nurse left" },
  ],
  invalid: [
    { text: "Mr. Velkan spoke", output: [{ text: "Velkan", type: "PERSON", source: "entities:name-titles", locked: true }] },
    { name: "a span of another type over the name", text: "Dr. Ilsa Brana arrived", spans: [["Ilsa Brana", "GPE"]], output: [["Ilsa Brana", "PERSON"]] },
  ],
});
