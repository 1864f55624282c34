import { modelSpansRule } from "../../../src/ner/rules/model-spans.js";
import { testGaz, testRule } from "./tester.js";

testRule(modelSpansRule, {
  gaz: testGaz({ title: ["Governor"], city: ["Lynn"] }),
  valid: [
    { name: "the spans are what the model says", text: "Lena Ortis visited Tarvo", model: [[0, 2, "PER"], [3, 4, "GEO"]], spans: [["Lena Ortis", "PERSON"], ["Tarvo", "GPE"]] },
    { name: "no model spans, no spans", text: "rain fell all day" },
  ],
  invalid: [
    { text: "Lena Ortis visited Tarvo", model: [[0, 2, "PER"], [3, 4, "GEO"]], output: [{ text: "Lena Ortis", type: "PERSON", source: "entities:model-spans", locked: false }, ["Tarvo", "GPE"]] },
    { name: "two places joined by 'and'", text: "between Tarvo and Lynn", model: [[1, 4, "GEO"]], output: [["Tarvo", "GPE"], ["Lynn", "GPE"]] },
    { name: "a number inside a name separates two names", text: "Velmora 6 Kestrel", model: [[0, 3, "ORG"]], output: [["Velmora", "ORG"], ["Kestrel", "ORG"]] },
    { name: "a title cut off a person", text: "Governor Lena Ortis spoke", model: [[0, 3, "PER"]], output: [["Lena Ortis", "PERSON"]] },
  ],
});
