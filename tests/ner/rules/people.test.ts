import { peopleRule } from "../../../src/ner/rules/people.js";
import { testGaz, testRule } from "./tester.js";

testRule(peopleRule, {
  gaz: testGaz({ country: ["Chad"] }),
  valid: [
    { name: "a surname that is a country", text: ["Tom Chad spoke .", "Chad signed ."], spans: [["Tom Chad", "PERSON"], ["Chad", "GPE", 1]] },
    { name: "no full name", text: ["Tarvik signed ."], spans: [["Tarvik", "ORG"]] },
  ],
  invalid: [
    { name: "an initial and a surname", text: "B. Tarvik scored", output: [{ text: "B. Tarvik", type: "PERSON", source: "entities:people", locked: true }] },
    { name: "the surname of someone named in full", text: ["Anna Tarvik arrived .", "Tarvik said so ."], spans: [["Anna Tarvik", "PERSON"], ["Tarvik", "ORG", 1]], output: [["Anna Tarvik", "PERSON"], { text: "Tarvik", type: "PERSON", locked: true }] },
  ],
});
