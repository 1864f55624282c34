import { voteRule } from "../../../src/ner/rules/vote.js";
import { testRule } from "./tester.js";

testRule(voteRule, {
  valid: [
    { name: "one mention", text: ["Tarvo grew ."], spans: [["Tarvo", "ORG"]] },
    { name: "a rule's mention keeps its type", text: ["Tarvo grew .", "Tarvo rose ."], spans: [["Tarvo", "GPE"]], locked: [["Tarvo", "ORG", 1]] },
  ],
  invalid: [
    {
      text: ["Tarvo grew .", "Tarvo rose .", "Tarvo fell ."],
      spans: [["Tarvo", "GPE"], ["Tarvo", "GPE", 1], ["Tarvo", "ORG", 2]],
      output: [["Tarvo", "GPE"], ["Tarvo", "GPE"], { text: "Tarvo", type: "GPE", source: "entities:vote" }],
    },
  ],
});
