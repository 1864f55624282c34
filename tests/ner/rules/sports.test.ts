import { sportsRule } from "../../../src/ner/rules/sports.js";
import { testRule } from "./tester.js";

testRule(sportsRule, {
  valid: [
    { name: "a common noun in lower case", text: "the arsenal of the army grew" },
    { name: "a club inside a longer name", text: "Chelsea Clinton spoke", spans: [["Chelsea Clinton", "PERSON"]] },
  ],
  invalid: [
    { text: "Juventus beat Lazio 2-1", output: [{ text: "Juventus", type: "ORG", source: "entities:sports", locked: true }, ["Lazio", "ORG"]] },
    { name: "a competition is an event", text: "he rode the Tour de France twice", spans: [["France", "GPE"]], output: [["Tour de France", "EVENT"]] },
  ],
});
