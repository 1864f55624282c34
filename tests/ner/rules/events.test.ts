import { describe, expect, it } from "vitest";
import { eventsRule, events } from "../../../src/ner/rules/events.js";
import { testRule, words } from "./tester.js";

describe("events", () => {
  const prep = (sentence: string) => {
    const w = words(sentence);
    return { w, lower: w.map((x) => x.toLowerCase()), cap: w.map((x) => /^\p{Lu}/u.test(x)) };
  };
  it("'Operation' + capitalised words is an event, or an organisation after an organisation noun", () => {
    const { w, lower, cap } = prep("Coalition aircraft flew for Operation Inherent Resolve while the site Operation Clambake stayed up");
    const out = events([], w, lower, cap, [w], [0]);
    expect(out.map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Operation Inherent Resolve", "EVENT"],
      ["Operation Clambake", "ORG"],
    ]);
    const lowerCase = prep("the operation Desert Fox");
    expect(events([], lowerCase.w, lowerCase.lower, lowerCase.cap, [lowerCase.w], [0])).toEqual([]);
  });
});

testRule(eventsRule, {
  valid: [
    "the war ended in the spring",
    { name: "a lower-case 'operation'", text: "the operation Blue Hammer failed" },
    { name: "a head word alone inside a span", text: "the Cup holders won", spans: [["Cup", "ORG"]] },
  ],
  invalid: [
    { text: "she swam at the Pacific Games in June", output: [{ text: "Pacific Games", type: "EVENT", source: "entities:events", locked: true }] },
    { name: "a war and its number", text: "after World War II ended", spans: [["World", "ORG"]], output: [["World War II", "EVENT"]] },
    { text: "troops joined Operation Iron Gate today", output: [["Operation Iron Gate", "EVENT"]] },
  ],
});
