import { describe, expect, it } from "vitest";
import { run, slice } from "../helpers.js";

describe("segment", () => {
  const sentences = (text: string) => run(text).sentences.map((s) => slice(text, s));

  describe("sentences", () => {
    it("does not split after titles, initials or inner acronyms", () => {
      const text = "Mr. Smith met Dr. J. R. Jones in the U.S. capital on Jan. 5. They talked.";
      expect(sentences(text)).toEqual(["Mr. Smith met Dr. J. R. Jones in the U.S. capital on Jan. 5.", "They talked."]);
    });

    it("splits after an acronym that ends a sentence when a typical opener follows", () => {
      const text = "He moved to Washington D.C. The city welcomed him.";
      expect(sentences(text)).toEqual(["He moved to Washington D.C.", "The city welcomed him."]);
    });

    it("keeps closing quotes with their sentence and starts a new one at an opening quote", () => {
      const text = `"We will win." He smiled. "It is over," she said. Then "no," he said.`;
      expect(sentences(text)).toEqual([`"We will win."`, "He smiled.", `"It is over," she said.`, `Then "no," he said.`]);
    });

    it("does not split inside numbers or before a lower-case word", () => {
      const text = "Prices rose 3.5 percent. e.g. apples cost more. Sales rose.";
      expect(sentences(text)).toEqual(["Prices rose 3.5 percent. e.g. apples cost more.", "Sales rose."]);
    });

    it("ends sentences at ! ? and ellipses", () => {
      expect(sentences("Really? Yes! Well... Maybe.")).toEqual(["Really?", "Yes!", "Well...", "Maybe."]);
    });

    it("treats every line as a hard boundary", () => {
      expect(sentences("A headline\nBody text without a period\nMore")).toEqual(["A headline", "Body text without a period", "More"]);
    });
  });

  describe("sections, headlines and paragraphs", () => {
    const text = [
      "Ministers Meet in Rome",
      "Friday, May 8, 2009",
      "The ministers met on Friday. They agreed.",
      "",
      "A second paragraph follows here.",
      "",
      "Talks Resume After Long Pause",
      "",
      "Talks resumed on Monday.",
      "Short line",
    ].join("\n");
    const doc = run(text);

    it("a first line without final punctuation and a title-cased line start sections", () => {
      expect(doc.sections.map((s) => (s.heading ? slice(text, s.heading) : null))).toEqual(["Ministers Meet in Rome", "Talks Resume After Long Pause"]);
      expect(slice(text, doc.sections[0]!)).toMatch(/^Ministers Meet in Rome[\s\S]*follows here\.$/);
      expect(slice(text, doc.sections[1]!)).toMatch(/^Talks Resume[\s\S]*Short line$/);
    });

    it("a dateline is not a headline, nor is the last line", () => {
      expect(doc.sections).toHaveLength(2);
    });

    it("each non-blank line is a paragraph, trimmed", () => {
      expect(doc.paragraphs.map((p) => slice(text, p))).toEqual([
        "Ministers Meet in Rome",
        "Friday, May 8, 2009",
        "The ministers met on Friday. They agreed.",
        "A second paragraph follows here.",
        "Talks Resume After Long Pause",
        "Talks resumed on Monday.",
        "Short line",
      ]);
    });

    it("text before the first headline is an untitled section", () => {
      const t = "Body first.\n\nA Headline Here Now\nMore body.";
      const d = run(t);
      expect(d.sections.map((s) => s.heading && slice(t, s.heading))).toEqual([null, "A Headline Here Now"]);
    });

    it("results rows, lists, numbered items and place datelines are not headlines; a title-cased score line between sentences is", () => {
      const t = [
        "ATHLETICS - RESULTS FROM ZURICH",
        "Women 's 100 metres hurdles",
        "4. Brigita Bokovec ( Slovenia ) 12.92",
        "Tim Henman ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4 6-2",
        "Leicestershire 4 1 2 1 28",
        "Tunisia and England met in Volgograd.",
        "Group G — Tunisia 1 – 2 England",
        "England won with two late goals.",
        "PANAMA CITY 1996-08-30",
        "NICE , France 1996-08-30",
        "Leading Scores",
        "67 Mark Calcavecchia , Payne Stewart , Billy Mayfair , Ken",
        "Green , Tom Lehman",
        "The scores were low.",
      ].join("\n");
      const d = run(t);
      expect(d.sections.map((s) => s.heading && slice(t, s.heading))).toEqual(["ATHLETICS - RESULTS FROM ZURICH", "Group G — Tunisia 1 – 2 England"]);
    });

    it("handles empty-ish and CRLF text", () => {
      const t = "Line one here.\r\nLine two here.\r\n";
      const d = run(t);
      expect(d.paragraphs.map((p) => slice(t, p))).toEqual(["Line one here.", "Line two here."]);
      expect(d.sentences.map((p) => slice(t, p))).toEqual(["Line one here.", "Line two here."]);
    });

    it("assigns every token to the sentence that contains it", () => {
      const d = run("One two. Three four.");
      expect(d.sentences).toHaveLength(2);
    });
  });
});
