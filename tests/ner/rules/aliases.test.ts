import { aliasesRule } from "../../../src/ner/rules/aliases.js";
import { testGaz, testRule } from "./tester.js";

testRule(aliasesRule, {
  gaz: testGaz({ country: ["United States"] }),
  valid: [
    { name: "already the group's type", text: "NATO ministers met", spans: [["NATO", "ORG"]] },
    { name: "an adjectival use keeps NORP", text: "a U.S. - backed plan", spans: [["U.S.", "NORP"]] },
    { name: "a short form nobody tagged", text: "the UN met" },
  ],
  invalid: [
    { text: "NATO ministers met", spans: [["NATO", "GPE"]], output: [{ text: "NATO", type: "ORG", source: "entities:aliases", locked: true }] },
    { name: "a country's alias is a place", text: "talks in America ended", spans: [["America", "ORG"]], output: [["America", "GPE"]] },
    { name: "an unclaimed longer form", text: "fighters of Daesh withdrew", output: [{ text: "Daesh", type: "ORG", locked: true }] },
  ],
});
