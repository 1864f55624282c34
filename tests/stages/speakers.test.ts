import { describe, expect, it } from "vitest";
import { buildPipeline } from "../../src/pipeline/build.js";
import { processText } from "../../src/pipeline/run.js";

// The whole chain on invented sentences: the parse finds the speech verb and its subject, coref resolves
// pronouns and descriptions, the speakers stage gives every quotation its speaker entity.
const pipeline = buildPipeline(["segment", "syntax", "entities", "link", "quotes", "coref", "speakers"].map((name) => ({ name })));

function speakers(text: string): Array<[string, string | null, string]> {
  const doc = processText(pipeline, "t", text, { published: "2018-08-15" });
  const names = new Map(doc.get("entities").map((e) => [e.id, e.name]));
  return doc.get("quotes").map((q) => [q.text, q.speaker === null ? null : (names.get(q.speaker) ?? q.speaker), q.source]);
}

describe("speakers: quotations through the parse and coref", () => {
  it('"…," she added: the pronoun through coref, across sentences', () => {
    const text =
      'Finance Minister Angela Merkel presented the budget on Monday. "Taxes will not rise this year," she said. The opposition called the plan reckless. "We have cut spending instead," she added.';
    expect(speakers(text).map(([, s]) => s)).toEqual(["Angela Merkel", "Angela Merkel"]);
  });

  it('"…," said the Ministry in a statement: a description through coref', () => {
    const text =
      'The French Interior Ministry opened an inquiry on Tuesday. "The inquiry will take six months and its findings will be public," said the Ministry in a statement.';
    expect(speakers(text)[0]![1]).toBe("French Interior Ministry");
  });

  it("a quotation opening its paragraph after one by X takes X", () => {
    const text = '"The border is open again," said Ambassador John Smith.\n"Trucks are crossing in both directions and the queues are shorter every day."';
    const got = speakers(text);
    expect(got.map(([, s]) => s)).toEqual(["John Smith", "John Smith"]);
    expect(got[1]![2]).toBe("quotes:paragraph");
  });

  it("the speech verb that governs a quotation from afar: its subject speaks", () => {
    const text = 'Police spokesman David Brown told reporters that on Monday the suspect "walked into the station and gave himself up".';
    expect(speakers(text)).toEqual([["walked into the station and gave himself up", "David Brown", "quotes:parse"]]);
  });

  it("I inside a quotation whose speaker is a pronoun is that speaker", () => {
    const text = 'Barack Obama visited the school on Friday. "I was impressed by what I saw," he said.';
    const doc = processText(pipeline, "t", text, {});
    const obama = doc.get("entities").find((e) => e.name === "Barack Obama")!.id;
    expect(doc.get("quotes").map((q) => q.speaker)).toEqual([obama]);
    expect(doc.get("references").filter((r) => r.text === "I").map((r) => r.entity)).toEqual([obama, obama]);
  });

  it("a quoted name inside a noun phrase is not attributed by the sentence's speech verb", () => {
    const text = 'He said the cells are linked to the "Islamic State" terrorist organization.';
    expect(speakers(text)).toEqual([]);
  });
});
