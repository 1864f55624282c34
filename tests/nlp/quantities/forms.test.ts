import { describe, expect, it } from "vitest";
import { Doc } from "../../../src/document/document.js";
import { buildPipeline } from "../../../src/pipeline/build.js";
import { runPipeline } from "../../../src/pipeline/run.js";
import type { Quantity } from "../../../src/schema/quantity.js";

/** How numbers and units are written: signs, mixed numbers, fractions of a unit, suffix symbols, rates in hyphen words. Invented sentences. */
describe("written forms of quantities", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  function quantities(text: string): Quantity[] {
    return runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" })).get("quantities");
  }
  const brief = (text: string) => quantities(text).map((q) => [q.text, q.value ?? [q.low, q.high], q.unit ?? q.counted ?? null]);

  it("a minus sign or 'minus' makes the number negative; a dash after a number does not", () => {
    expect(brief("Overnight lows fell to -7 degrees Celsius in the valley.")).toEqual([["-7 degrees Celsius", -7, "degree Celsius"]]);
    expect(brief("The economy grew by −0.4% in the spring.")[0]).toEqual(["−0.4%", -0.4, "percent"]);
    expect(brief("It was minus 12 degrees at the pass.")[0]).toEqual(["minus 12 degrees", -12, "degree"]);
    expect(quantities("Forecasts range from -3 to -8C.")[0]).toMatchObject({ low: -8, high: -3, unit: "degree Celsius" });
    // a dash glued to the number after a number is a range or a score, never a sign
    expect(quantities("The visitors won 4 -2 at home.").every((q) => (q.value ?? 0) >= 0)).toBe(true);
  });
  it("mixed numbers and fractions of a unit", () => {
    expect(brief("The trail is 6 1/2 miles long.")).toEqual([["6 1/2 miles", 6.5, "mile"]]);
    expect(brief("The notes pay 8 3/8 % a year.")[0]).toEqual(["8 3/8 % a year", 8.375, "percent per year"]);
    expect(brief("Stir in ½ teaspoon of salt.")).toEqual([["½ teaspoon", 0.5, "teaspoon"]]);
    expect(brief("The track is a quarter mile oval.")).toEqual([["a quarter mile", 0.25, "mile"]]);
    expect(brief("They walked for three and a half hours.")).toEqual([["three and a half hours", 3.5, "hour"]]);
    // a fraction without a unit of measure stays a proportion
    expect(quantities("Two-thirds of the members voted.")[0]).toMatchObject({ unit: "fraction" });
  });
  it("a bare count in a state of people counts people; a state word ends a counted noun", () => {
    expect(quantities("The floods left thousands homeless.").map((q) => q.counted)).toEqual(["person"]);
    expect(quantities("The fire left nearly two million without power.").map((q) => q.counted)).toEqual(["person"]);
    expect(quantities("The clash left one soldier dead.").map((q) => q.countedText)).toEqual(["soldier"]);
  });
  it("a count the words cannot reach counts the noun the parse reads it as the number of", () => {
    expect(quantities("The plan covers 12 African and Asian countries.").map((q) => [q.counted, q.countedText])).toEqual([["country", "African and Asian countries"]]);
  });
  it("a bare number in parentheses after a quantity restates it in its unit", () => {
    expect(brief("Turnout rose by almost two percentage points (1.8) on the last vote.")).toEqual([["two percentage points", 2, "percentage point"], ["1.8", 1.8, "percentage point"]]);
  });
  it("the parts of a count after a dash count its noun", () => {
    expect(quantities("Five climbers - three from Nepal and two from Chile - reached the summit.").map((q) => q.counted)).toEqual(["climber", "climber", "climber"]);
  });
  it("'twice' and 'thrice' count times", () => {
    expect(quantities("The mayor was twice re-elected.")[0]).toMatchObject({ value: 2, counted: "time" });
  });
  it("a currency symbol after its number, ISO codes glued or spaced, withdrawn currencies", () => {
    expect(brief("A ticket costs 12 € at the door.")[0]).toEqual(["12 €", 12, "EUR"]);
    expect(brief("The fee is GBP450 a month.")[0]).toEqual(["GBP450 a month", 450, "GBP per month"]);
    expect(brief("The bank lent 300 million Dutch guilders.")[0]).toEqual(["300 million Dutch guilders", 300000000, "NLG"]);
    expect(brief("The bank lent LAK 9,000 to each farmer.")[0]).toEqual(["LAK 9,000", 9000, "LAK"]);
    // a symbol that opens the next amount is not the suffix of this one
    const [three, twenty] = quantities("He held 3 $20 bills.");
    expect(three).toMatchObject({ value: 3, kind: "count" });
    expect(twenty).toMatchObject({ value: 20, kind: "money", unit: "USD" });
  });
  it("main units and hundredths are one amount; a number-word compound with a currency is money", () => {
    expect(brief("The stamp cost 2 dollars 40 cents.")[0]).toEqual(["2 dollars 40 cents", 2.4, "USD"]);
    expect(brief("Lunch was seven euros and twenty cents.")[0]).toEqual(["seven euros and twenty cents", 7.2, "EUR"]);
    // "and 20" followed by its own noun is another count
    expect(brief("He paid 15 dollars and 20 friends came.").map((q) => q[1])).toEqual([15, 20]);
    expect(brief("She found a ten-dollar bill.")[0]).toEqual(["ten-dollar", 10, "USD"]);
    expect(brief("It cost half million dollars.")[0]).toEqual(["half million dollars", 500000, "USD"]);
  });
  it("a glued m before a plural noun is a million; before anything else, and before a race, a metre", () => {
    expect(brief("About 4m people voted.")[0]).toEqual(["4m", 4000000, "person"]);
    expect(brief("The firm sold 20m barrels.")[0]).toEqual(["20m barrels", 20000000, "barrel"]);
    expect(brief("The wall is 4m high.")[0]).toEqual(["4m", 4, "metre"]);
    expect(brief("She won the 400m hurdles.")[0]).toEqual(["400m", 400, "metre"]);
  });
  it("a spaced one-letter unit before what cannot continue a phrase; not before a noun", () => {
    expect(brief("The slab is 2 m x 3 m.").map((q) => q[2])).toEqual(["metre", "metre"]);
    expect(brief("The fence is 2 m high.")[0]).toEqual(["2 m", 2, "metre"]);
    expect(quantities("He won the 200 m final.")[0]?.unit).toBeUndefined();
  });
  it("ages: an aged range with its unit, 'ages from A to B', 'the age of N'; 'one day after' is a length of time", () => {
    expect(quantities("Pupils aged 6–9 years took part.")[0]).toMatchObject({ low: 6, high: 9, unit: "year of age" });
    expect(quantities("The suspects, ranging in ages from 19 to 24, were held.").find((q) => q.low === 19)).toMatchObject({ unit: "year of age" });
    expect(quantities("Vaccines for children under the age of three.")[0]).toMatchObject({ value: 3, unit: "year of age" });
    expect(quantities("Shares fell, one day after the report.")[0]).toMatchObject({ value: 1, unit: "day" });
    expect(quantities("One day he left.")).toEqual([]);
  });
  it("counted nouns: a number word's hyphen compound, a word of addition before the noun, a tally's other side", () => {
    const counted = (text: string) => quantities(text).map((q) => [q.value, q.counted ?? null]);
    expect(counted("The party holds a four-seat lead.")).toEqual([[4, "seat"]]);
    expect(counted("It was a one-sided match.")).toEqual([]);
    expect(counted("Medics found three more victims.")).toEqual([[3, "victim"]]);
    expect(counted("The board rejected the bid by 9 votes to two.")).toEqual([[9, "vote"], [2, "vote"]]);
  });
  it("a rate after the of-phrase of a measure", () => {
    expect(quantities("The mine ships 3 million tonnes of iron ore a year.")[0]).toMatchObject({ text: "3 million tonnes", unit: "tonne per year" });
  });
  it("a unit and its rate in one hyphen word", () => {
    expect(brief("The board approved a 15-cent-a-share dividend.")[0]).toEqual(["15-cent-a-share", 15, "cent per share"]);
    expect(brief("Investors were offered a $42-a-share price.")[0]).toEqual(["$42-a-share", 42, "USD per share"]);
  });
  it("temperatures written with the degree sign and the scale's name", () => {
    expect(brief("The record was 41° Celsius.")[0]).toEqual(["41° Celsius", 41, "degree Celsius"]);
  });
  it("open bounds after the number win over the verb", () => {
    expect(quantities("The carmaker will cut 12,000 or more jobs.")[0]).toMatchObject({ text: "12,000 or more", change: ">=", counted: "job" });
    expect(quantities("Groups of six or fewer people may meet.")[0]).toMatchObject({ text: "six or fewer", change: "<=" });
  });
  it("rate adverbs, spaced dollar prefixes, the fraction of one unit", () => {
    expect(brief("Exports grew 7% annually for a decade.")[0]).toEqual(["7% annually", 7, "percent per year"]);
    expect(brief("The stadium will cost HK $ 40 million.")[0]).toEqual(["HK $ 40 million", 40000000, "HKD"]);
    expect(brief("The index slipped three-tenths of one percentage point.")[0]).toEqual(["three-tenths of one percentage point", 0.3, "percentage point"]);
  });
  it("parts of an earlier count count its noun: fronted partitives, 'N of which', 'N others', a colon's elaboration", () => {
    const counted = (text: string) => quantities(text).map((q) => [q.text, q.counted ?? null]);
    expect(counted("Among the 30 miners trapped in 2019, 25 were rescued.")).toEqual([["30", "miner"], ["25", "miner"]]);
    expect(counted("Police closed 90 shops, 12 of which sold fakes.")).toEqual([["90", "shop"], ["12", "shop"]]);
    expect(counted("Four climbers were found: 3 walked down and one was carried.")).toEqual([["Four", "climber"], ["3", "climber"], ["one", "climber"]]);
    expect(counted("Out of the 400 pupils tested and sent home, 31 had the virus.")).toEqual([["400", "pupil"], ["31", "pupil"]]);
  });
  it("a bare level or change of 'the number of X' counts X", () => {
    expect(quantities("The number of burglaries rose to 80 last year.")[0]).toMatchObject({ value: 80, counted: "burglary" });
  });
});

describe("ages set off after a person's name (the entities layer)", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "entities" }, { name: "quantities" }]);
  const first = (text: string) => runPipeline(pipeline, new Doc("t", text, {})).get("quantities")[0];
  it("'Name, 42,' and 'Name (42)' are ages; a count after a place is not", () => {
    expect(first("Police said Robert Kane, 47, was arrested on Monday.")).toMatchObject({ value: 47, unit: "year of age" });
    expect(first("The driver, Maria Lopez (29), was unhurt.")).toMatchObject({ value: 29, unit: "year of age" });
    expect(first("In Madrid, 30 were hurt.")?.unit).toBeUndefined();
  });
});
