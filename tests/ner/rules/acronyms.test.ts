import { acronymsRule } from "../../../src/ner/rules/acronyms.js";
import { testRule } from "./tester.js";

testRule(acronymsRule, {
  valid: [
    { name: "letters that do not spell the name", text: "the Seed Board ( XQ ) said", spans: [["Seed Board", "ORG"]] },
    { name: "a person before the brackets", text: "Lena Ortis ( LO ) spoke", spans: [["Lena Ortis", "PERSON"]] },
    { name: "no brackets", text: "the Tarvanian Seed Board said", spans: [["Tarvanian Seed Board", "ORG"]] },
  ],
  invalid: [
    {
      text: "the Tarvanian Seed Board ( TSB ) said",
      spans: [["Tarvanian Seed Board", "ORG"]],
      output: [["Tarvanian Seed Board", "ORG"], { text: "TSB", type: "ORG", source: "entities:acronyms", locked: true }],
    },
    { name: "the acronym takes the name's type", text: "the Lynn Valley Authority ( LVA ) met", spans: [["Lynn Valley Authority", "ORG"], ["LVA", "GPE"]], output: [["Lynn Valley Authority", "ORG"], ["LVA", "ORG"]] },
    {
      name: "a long form the model tagged in parts",
      text: "the Union for Peace in Tarvania ( UPT ) met",
      spans: [["Union for Peace", "ORG"], ["Tarvania", "GPE"]],
      output: [{ text: "Union for Peace in Tarvania", type: "ORG", locked: true }, ["UPT", "ORG"]],
    },
  ],
});
