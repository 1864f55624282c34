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
  it("a unit and its rate in one hyphen word", () => {
    expect(brief("The board approved a 15-cent-a-share dividend.")[0]).toEqual(["15-cent-a-share", 15, "cent per share"]);
    expect(brief("Investors were offered a $42-a-share price.")[0]).toEqual(["$42-a-share", 42, "USD per share"]);
  });
  it("temperatures written with the degree sign and the scale's name", () => {
    expect(brief("The record was 41° Celsius.")[0]).toEqual(["41° Celsius", 41, "degree Celsius"]);
  });
});
