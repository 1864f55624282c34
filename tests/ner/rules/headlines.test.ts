import { headlinesRule } from "../../../src/ner/rules/headlines.js";
import { testRule } from "./tester.js";

testRule(headlinesRule, {
  valid: [
    { name: "no headline flags", text: ["Flood Warning For Kestrel Bay", "The Kestrel Bay Authority said ."], spans: [["Kestrel Bay", "PERSON"], ["Kestrel Bay Authority", "ORG"]] },
    { name: "the headline already agrees", text: ["Flood Warning For Kestrel Bay", "The Kestrel Bay Authority said ."], headlines: [true, false], spans: [["Kestrel Bay", "ORG"], ["Kestrel Bay Authority", "ORG"]] },
  ],
  invalid: [
    {
      text: ["Flood Warning For Kestrel Bay", "The Kestrel Bay Authority said ."],
      headlines: [true, false],
      spans: [["Kestrel Bay", "PERSON"], ["Kestrel Bay Authority", "ORG"]],
      output: [{ text: "Kestrel Bay", type: "ORG", source: "entities:headlines" }, ["Kestrel Bay Authority", "ORG"]],
    },
  ],
});
