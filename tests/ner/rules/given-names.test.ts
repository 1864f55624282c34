import { givenNamesRule } from "../../../src/ner/rules/given-names.js";
import { testGaz, testRule } from "./tester.js";

testRule(givenNamesRule, {
  gaz: testGaz({ first: ["Ilsa", "Brana", "Tomas"] }),
  valid: [
    { name: "used like a place", text: ["They walked to the village of Brana .", "Brana said nothing ."], spans: [["Brana", "GPE"], ["Brana", "GPE", 1]] },
    { name: "not a given name", text: ["Their son , Korvo , was ill ."], spans: [["Korvo", "GPE"]] },
  ],
  invalid: [
    {
      text: ["Their son , Ilsa , was ill .", "Ilsa said nothing ."],
      spans: [["Ilsa", "GPE"], ["Ilsa", "GPE", 1]],
      output: [{ text: "Ilsa", type: "PERSON", source: "entities:given-names", locked: true }, ["Ilsa", "PERSON"]],
    },
    { name: "the speaker after a quotation, untagged", text: ['" We will stay , " says Tomas Varga .'], output: [["Tomas Varga", "PERSON"]] },
  ],
});
