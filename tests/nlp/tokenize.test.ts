import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/nlp/tokenize.js";

const toks = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it.each([
    ["China's economy", ["China", "'s", "economy"]],
    ["O'Brien’s car", ["O'Brien", "’s", "car"]],
    ["They didn't go", ["They", "did", "n't", "go"]],
    ["Mr. Smith and Gen. Lee", ["Mr.", "Smith", "and", "Gen.", "Lee"]],
    ["the U.S. and D.C. today", ["the", "U.S.", "and", "D.C.", "today"]],
    ["J. K. Rowling", ["J.", "K.", "Rowling"]],
    ["2,963 people, 3.5% and 10:30", ["2,963", "people", ",", "3.5", "%", "and", "10:30"]],
    ["Twenty-one pro-ISIS men", ["Twenty-one", "pro-ISIS", "men"]],
    ["$2.418bn and 40k", ["$", "2.418", "bn", "and", "40", "k"]],
    ["wait... what—now", ["wait", "...", "what", "—", "now"]],
    ["see https://example.org/a?b=1.", ["see", "https://example.org/a?b=1", "."]],
    ["“Quoted,” he said", ["“", "Quoted", ",", "”", "he", "said"]],
  ])("%s", (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });

  it("gives offsets that slice back to the token text", () => {
    const text = "  Ünïcödé 👍 Zoë's 1,000 cafés —  end.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("is stateless: the same text tokenises the same after other texts", () => {
    const first = tokenize("China's growth slowed.");
    tokenize("Xyzzy's plugh. China's. U.S.-China's talks");
    expect(tokenize("China's growth slowed.")).toEqual(first);
  });

  it("respects a [from, to) window", () => {
    const text = "one two three";
    expect(tokenize(text, 4, 7).map((t) => t.text)).toEqual(["two"]);
  });
  it("keeps upper-case names joined by an ampersand whole, and splits a spaced one", () => {
    const words = (t: string) => tokenize(t).map((x) => x.text);
    expect(words("AT&T and S&P fell; R&D rose.")).toEqual(["AT&T", "and", "S&P", "fell", ";", "R&D", "rose", "."]);
    expect(words("Smith & Wesson")).toEqual(["Smith", "&", "Wesson"]);
    expect(words("Tom&Jerry")).toEqual(["Tom", "&", "Jerry"]);
  });
  it("keeps a decade one word, as UD does", () => {
    const words = (t: string) => tokenize(t).map((x) => x.text);
    expect(words("In the 1980s and 90s, 2,000s")).toEqual(["In", "the", "1980s", "and", "90s", ",", "2,000", "s"]);
    expect(tokenize("the 1980s")[1]!.kind).toBe("word");
  });
});
