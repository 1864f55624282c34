import { describe, expect, it } from "vitest";
import { Doc } from "../../../src/document/document.js";
import { buildPipeline } from "../../../src/pipeline/build.js";
import { runPipeline } from "../../../src/pipeline/run.js";
import type { Quantity } from "../../../src/schema/quantity.js";

/** Concepts from the quantity's own attachment in the parse and from the quantities around it. Invented sentences. */
describe("concept from the quantity's attachment", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  function quantities(text: string): Quantity[] {
    return runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" })).get("quantities");
  }
  const concept = (text: string, q: string) => quantities(text).find((r) => r.text === q)?.concept;

  it("a fraction's of-complement names what it is a part of", () => {
    expect(concept("The flood displaced 40,000 people (about a third of the province's residents).", "a third")).toMatch(/residents/);
    expect(concept("Tourism brings in about half of the island's revenues.", "half")).toMatch(/revenues/);
  });
  it("the noun an 'of' complement names: N% of X, tons of X, years of X", () => {
    expect(concept("Farming employs about 40% of the island's workers.", "40%")).toMatch(/workers/);
    expect(concept("The ship carried 9,000 tons of frozen squid.", "9,000 tons")).toMatch(/squid/);
    expect(concept("The town rebuilt itself after twelve years of drought.", "twelve years")).toBe("drought");
  });
  it("an amount's 'in' complement, but not a period", () => {
    expect(concept("The clerk kept $3 million in cash under his desk.", "$3 million")).toBe("cash");
    expect(concept("The bakery earned $3 million in the first half.", "$3 million")).not.toBe("first half");
  });
  it("the noun a hyphen compound modifies", () => {
    expect(concept("The rebels won 20 seats in the 150-member assembly.", "150-member")).toMatch(/assembly/);
    expect(quantities("The rebels won 20 seats in the 150-member assembly.").find((q) => q.text === "150-member")?.counted).toBe("member");
  });
  it("a duration written as a compound measures the noun it modifies, a period noun too", () => {
    expect(concept("The mayor's four-year term ends in May.", "four-year")).toBe("term");
  });
  it("a predicate that modifies a noun hands over that noun", () => {
    expect(concept("They sold a stake valued at $90 million to a rival.", "$90 million")).toBe("stake");
  });
  it("a relative pronoun subject stands for the noun its clause modifies", () => {
    expect(concept("The province received aid which amounted to $12 million.", "$12 million")).toBe("aid");
  });
  it("a gerund completes an of-phrase", () => {
    expect(concept("Six years of fighting have emptied the valley.", "Six years")).toBe("fighting");
  });
  it("a change coordinated after another change measures the same thing", () => {
    expect(concept("The drought cut Kenyan output by 2% in 2017 and 4% in 2018.", "4%")).toBe(concept("The drought cut Kenyan output by 2% in 2017 and 4% in 2018.", "2%"));
  });
  it("a noun of where a measure stands looks through to what stands there, unless a compound names it", () => {
    expect(concept("Unemployment reached a low of 3.1% in May.", "3.1%")).toBe("Unemployment");
    expect(concept("Officials reported a turnout rate of 61%.", "61%")).toBe("turnout rate");
  });
  it("an amount after 'worth' measures the noun 'worth' modifies", () => {
    expect(concept("The firm won contracts worth more than $2 million.", "$2 million")).toBe("contracts");
  });
  it("leading adverbs and determiners stay out of a concept", () => {
    expect(concept("They won seats, and also a minority larger than a third of the chamber.", "a third")).not.toMatch(/^also/);
  });
  it("a duration that is a time adjunct measures nothing the sentence names", () => {
    expect(concept("The bakers have opened forty shops over the past six years.", "six years")).toBeUndefined();
  });
  it("a change noun hands over to what it attaches to", () => {
    expect(concept("The chain reported a 40 percent drop in bread sales.", "40 percent")).toBe("bread sales");
  });
  it("an amount beside a verb's object measures the object", () => {
    expect(concept("The council boosted road spending by 12% in 2019.", "12%")).toMatch(/spending/);
    expect(concept("Velora sold the old plant for $2 million.", "$2 million")).toBe("old plant");
  });
  it("a reported clause keeps its own subject: the reporter is not what is measured", () => {
    const qs = quantities("Local papers report the singer will earn $2 million for the show.");
    expect(qs.map((q) => q.text)).toEqual(["$2 million"]);
    expect(qs[0]!.concept ?? "").not.toMatch(/papers/);
  });
  it("an age compound before a name measures the name, however the parse splits the compound", () => {
    expect(concept("Police found 31-year-old Dana Whitlock and her 9-year-old son.", "31-year-old")).toBe("Dana Whitlock");
  });
  it("a part of 'them' or 'these' is a part of the count before it", () => {
    expect(concept("The storm destroyed 4,000 homes, half of them in the north.", "half")).toBe("homes");
    expect(concept("The audit listed 120 faults; 30 percent of these were serious.", "30 percent")).toBe("faults");
  });
  it("a noun inside another quantity hands over that quantity's concept instead of becoming a concept", () => {
    const qs = quantities("The Zed index rose 3.1 percent to hit 4,532.");
    expect(qs.find((q) => q.text === "4,532")?.concept).not.toBe("percent");
    expect(qs.find((q) => q.text === "4,532")?.concept).toBe(qs.find((q) => q.text === "3.1 percent")?.concept);
  });
  it("an amount paid for something measures that thing; a sale's price measures what was sold", () => {
    expect(concept("The couple paid $2.4 million for a beach house.", "$2.4 million")).toBe("beach house");
    expect(concept("Arvex sold 90,000 shares for $3 million.", "$3 million")).toBe("shares");
  });
  it("an abbreviation in parentheses stands for the noun phrase before it", () => {
    expect(concept("The bank approved a standby credit facility (SCF) of $40 million.", "$40 million")).toMatch(/credit facility/);
  });
  it("a count of a noun counts that noun, whatever change verb it is the object of", () => {
    expect(concept("The carmaker will cut 2,500 jobs next year.", "2,500")).toBe("jobs");
  });
  it("a duration of a period noun or of a participle's noun measures that noun; a clause's time adjunct does not", () => {
    expect(concept("The treaty will hand over power over a period of 10 to 15 years.", "10 to 15 years")).toBe("period");
    expect(concept("The judge handed down prison terms ranging from three to 12 years.", "from three to 12 years")).toBe("prison terms");
    expect(concept("Officials will close the camps holding the refugees within about six months.", "six months")).toBeUndefined();
    // a subject qualified by the duration it spans; an object's is the clause's time adjunct
    expect(concept("The strike over the past three weeks has closed every school.", "three weeks")).toBe("strike");
    expect(concept("Pirates have seized dozens of ships over the past 18 months.", "18 months")).toBeUndefined();
  });
  it("a level noun the quantity modifies or is a part of looks through to what stands there", () => {
    expect(concept("The reforms pushed up farm output to a 4% average over the decade.", "4%")).toBe("farm output");
    expect(concept("Rice exports exceeded 20% of 1990 levels.", "20%")).toBe("Rice exports");
  });
  it("'the age of N' is looked through to whose age it is", () => {
    expect(concept("The novelist died at the age of 91 in Lisbon.", "91")).toBe("novelist");
  });
  it("an age is given for the people named right before its own words", () => {
    expect(concept("Nurses vaccinated most children under five years of age last spring.", "five years of age")).toMatch(/children/);
    expect(concept("Police held three of the youths, ranging in ages from 15 to 17, overnight.", "from 15 to 17")).toBe("youths");
  });
});

describe("concepts shared between neighbouring quantities", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  function quantities(text: string): Quantity[] {
    return runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" })).get("quantities");
  }
  it("a restatement after 'or' or in parentheses shares its amount's concept", () => {
    const qs = quantities("The baker posted a net profit of $12 million, or 40 cents a share.");
    expect(qs.map((q) => q.concept)).toEqual(["net profit", "net profit"]);
    // the restatement of a level that a change's concept reaches
    const lv = quantities("Zelco earned $50 million, up 5% from $47.6 million, or 31 cents a share.");
    expect(lv.at(-1)!.concept).toBe(lv.at(-2)!.concept);
    expect(lv.at(-2)!.concept).toBe("Zelco");
  });
  it("the level a change reaches or leaves takes the change's concept", () => {
    const qs = quantities("The Zed index rose 1.5 percent to close at 2,345.");
    expect(qs.find((q) => q.text === "2,345")?.concept).toBe(qs.find((q) => q.text === "1.5 percent")?.concept);
    expect(qs.find((q) => q.text === "1.5 percent")?.concept).toMatch(/Zed index/);
  });
  it("a score's second number names the other side when the score hangs on a verb, else shares the first's concept", () => {
    // the parse reads "Brisco 4-1" as one name here: the score still belongs to "beat"
    expect(quantities("Arden beat Brisco 4-1 on Sunday.").map((q) => q.concept)).toEqual(["Arden", "Brisco"]);
    const lost = quantities("In the league match, Arden lost 1-2 to Brisco.");
    expect(lost.map((q) => q.concept)).toEqual(["Arden", "Brisco"]);
    // a game or a period of play that ended with the score owns both numbers
    expect(quantities("The first half of the match ended 2-2.").filter((q) => q.kind === "count").map((q) => q.concept)).toEqual(["first half of the match", "first half of the match"]);
    expect(quantities("The second half ended with 1 – 1 on the scoreboard.").filter((q) => q.kind === "count").map((q) => q.concept)).toEqual(["second half", "second half"]);
    const tie = quantities("The senator broke a 40-40 tie with her vote.");
    expect(tie.map((q) => q.concept)).toEqual(["tie", "tie"]);
  });
  it("the remnant of a gapped clause takes the verb's subject", () => {
    const qs = quantities("Zelco lost $4 billion in 2004 and $600 million in 2005.");
    expect(qs.map((q) => q.concept)).toEqual(["Zelco", "Zelco"]);
  });
  it("quantities before 'respectively' take the coordinated nouns in order", () => {
    const qs = quantities("Both imports and exports fell last year, down 3% and 5% respectively.");
    expect(qs.filter((q) => q.kind === "percent").map((q) => q.concept)).toEqual(["imports", "exports"]);
  });
  it("a tally that is the of-phrase of a noun measures that noun, however the parse hangs it", () => {
    const qs = quantities("The council approved the budget on Monday by a vote of 31-9.");
    expect(qs.map((q) => q.concept)).toEqual(["vote", "vote"]);
  });
  it("the earlier level after 'up from' measures what the level before it does, across a time phrase", () => {
    const qs = quantities("The number of burglaries in the town rose to 48 last year, up from just 12 in 2019.");
    expect(qs.find((q) => q.text === "12")?.concept).toBe(qs.find((q) => q.text === "48")?.concept);
    expect(qs.find((q) => q.text === "48")?.concept).toMatch(/burglaries/);
  });
  it("modifiers coordinated before one noun share it", () => {
    const qs = quantities("Engineers inspected the 40-meter-high, 300-meter-long bridge on Monday.");
    expect(qs.map((q) => q.concept)).toEqual(["bridge", "bridge"]);
    const deal = quantities("The city signed a $2.5 billion, 30-year lease with the operator.");
    expect(deal.map((q) => q.concept)).toEqual(["lease", "lease"]);
  });
  it("a quantity the parse hangs on a predicate as a clause measures the predicate's subject", () => {
    const qs = quantities("When finished, the new terminal will be anywhere from 20,000 to 35,000 square meters.");
    expect(qs.map((q) => q.concept)).toEqual(["new terminal"]);
  });
  it("a share of 'those' plus a participle names the people the participle names, and the earlier level after 'up from' shares it", () => {
    const qs = quantities("About 62 percent of those polled said they favour the plan, up from 48 percent in 2019.");
    expect(qs.map((q) => q.concept)).toEqual(["those polled", "those polled"]);
  });
  it("'the other' or 'the remaining' part is a part of the same whole", () => {
    const qs = quantities("About 70% of the island's farms grow sugar cane, the remaining 30% grow rice.");
    expect(qs[1]!.concept).toBe(qs[0]!.concept);
    expect(qs[0]!.concept).toMatch(/farms/);
  });
});
