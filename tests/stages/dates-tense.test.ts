import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";

// Wednesday 15 August 2018; invented sentences. With the parse, the tense of the clause governing the
// weekday or month decides its direction; without it, the sentence's past and future markers do.
const WED = "2018-08-15";
const withParse = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }]);
const withoutParse = buildPipeline([{ name: "segment" }, { name: "dates" }]);

function valueOf(text: string, span: string, parsed = true): string | null {
  const doc = runPipeline(parsed ? withParse : withoutParse, new Doc("t", text, { published: WED }));
  const d = doc.get("dates").find((x) => x.text === span || x.text.endsWith(span));
  return d?.value ?? null;
}

const cases: Array<[text: string, span: string, value: string]> = [
  // past clauses
  ["Police arrested him on Friday.", "Friday", "2018-08-10"],
  ["The man, who will appear in court next week, was arrested on Friday.", "Friday", "2018-08-10"],
  ["The minister has resigned on Monday after weeks of pressure.", "Monday", "2018-08-13"],
  ["The company, which plans to expand, opened the plant on Thursday.", "Thursday", "2018-08-09"],
  ["Officials said the bridge collapsed on Tuesday.", "Tuesday", "2018-08-14"],
  // future clauses
  ["Talks will resume on Friday.", "Friday", "2018-08-17"],
  ["Officials said talks will resume on Friday.", "Friday", "2018-08-17"],
  ["The leaders are meeting on Saturday in Geneva.", "Saturday", "2018-08-18"],
  ["The union is going to strike on Monday, its leader said.", "Monday", "2018-08-20"],
  ["The council plans to vote on Thursday.", "Thursday", "2018-08-16"],
  ["Voters may go to the polls on Sunday.", "Sunday", "2018-08-19"],
  // a bare month, by tense: past in an August article, or the next one
  ["The factory will close in March.", "March", "2019-03"],
  ["The factory closed in October.", "October", "2017-10"],
  ["The vote was scheduled for Friday.", "Friday", "2018-08-17"],
  ["In March the talks ended without a deal.", "March", "2018-03"],
  // a simple present of an event verb is a timetable; a gerund takes its governor's tense
  ["The summit opens on Monday in Vienna.", "Monday", "2018-08-20"],
  ["Elections take place in March.", "March", "2019-03"],
  ["I anticipate submitting the comments by Monday.", "Monday", "2018-08-20"],
  ["After visiting the port on Tuesday, the minister flew home.", "Tuesday", "2018-08-14"],
];

describe("dates: the tense of the governing clause, from the parse", () => {
  for (const [text, span, value] of cases) it(`${text} -> ${span} = ${value}`, () => expect(valueOf(text, span)).toBe(value));
  it("the sentence's markers alone get the relative clause case wrong (the reason for the parse)", () => {
    expect(valueOf("The man, who will appear in court next week, was arrested on Friday.", "Friday", false)).toBe("2018-08-17");
  });
});
