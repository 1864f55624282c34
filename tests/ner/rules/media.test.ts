import { mediaRule } from "../../../src/ner/rules/media.js";
import { testGaz, testRule } from "./tester.js";

testRule(mediaRule, {
  gaz: testGaz({ city: ["Lyon"] }),
  valid: [
    { name: "a known place before a media noun", text: "a Lyon newspaper said", spans: [["Lyon", "GPE"]] },
    { name: "a capitalised media word is part of a name", text: "the Lynn Weekly said", spans: [["Lynn", "GPE"]] },
  ],
  invalid: [
    { text: "the newspaper Velkurier said", spans: [["Velkurier", "PERSON"]], output: [{ text: "Velkurier", type: "ORG", source: "entities:media", locked: true }] },
    { text: "the Tarvo news agency said", spans: [["Tarvo", "GPE"]], output: [["Tarvo", "ORG"]] },
  ],
});
