import { companiesRule } from "../../../src/ner/rules/companies.js";
import { testGaz, testRule } from "./tester.js";

testRule(companiesRule, {
  gaz: testGaz({ city: ["Lyon"], first: ["Anna"] }),
  valid: [
    { name: "the short name already an organisation", text: ["Velmora Group Inc said .", "Shares of Velmora rose ."], spans: [["Velmora Group Inc", "ORG"], ["Velmora", "ORG", 1]] },
    { name: "no company designator", text: ["Velmora Bakery said .", "Shares of Velmora rose ."], spans: [["Velmora Bakery", "ORG"], ["Velmora", "GPE", 1]] },
    { name: "a known place", text: ["Lyon Holdings Ltd said .", "rain in Lyon fell ."], spans: [["Lyon Holdings Ltd", "ORG"], ["Lyon", "GPE", 1]] },
  ],
  invalid: [
    {
      text: ["Velmora Group Inc said .", "Shares of Velmora rose ."],
      spans: [["Velmora Group Inc", "ORG"], ["Velmora", "GPE", 1]],
      output: [["Velmora Group Inc", "ORG"], { text: "Velmora", type: "ORG", source: "entities:companies", locked: true }],
    },
  ],
});
