import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import type { Quantity } from "../../src/schema/quantity.js";

/** The quantities stage reading the parse (syntax stage before it, as in the default config). Invented sentences. */
describe("quantities with the parse", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  function quantities(text: string): Quantity[] {
    const doc = runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" }));
    expect(doc.diagnostics.filter((d) => d.fatal)).toEqual([]);
    return doc.get("quantities");
  }
  const concept = (text: string, q: string) => quantities(text).find((r) => r.text === q)?.concept;

  it("the concept of a change is the subject of its verb", () => {
    expect(concept("The unemployment rate rose 0.2 points in May.", "0.2 points")).toBe("unemployment rate");
    expect(concept("Exports fell 19% last year.", "19%")).toBe("Exports");
  });
  it("the noun a quantity is an of-phrase or modifier of", () => {
    expect(concept("Apple's revenue of $90 billion beat forecasts.", "$90 billion")).toBe("Apple's revenue");
    expect(concept("The council approved a $5 million grant for the school.", "$5 million")).toBe("grant");
  });
  it("a count's concept is its counted noun phrase, an elided count shares it", () => {
    expect(concept("Police arrested 14 people on Friday.", "14")).toBe("people");
    const qs = quantities("Storms killed 40 people in Ohio and 12 in Iowa.");
    expect(qs.map((q) => q.concept)).toEqual(["people", "people"]);
  });
  it("a level after a change keeps the change's concept", () => {
    expect(concept("Wheat output climbed 12 percent to 40 million tonnes.", "40 million tonnes")).toBe("Wheat output");
  });
});

describe("durations, ages and vague magnitudes", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities" }]);
  const off = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities", options: { durations: false } }]);
  function quantities(text: string, p = pipeline): Quantity[] {
    return runPipeline(p, new Doc("t", text, { published: "2017-03-01" })).get("quantities");
  }
  const brief = (q: Quantity) => ({ text: q.text, value: q.value, low: q.low, high: q.high, unit: q.unit, change: q.change });

  it("durations are quantities of a time unit, also inside relative dates", () => {
    expect(quantities("The miner worked there for 15 years.").map(brief)).toEqual([{ text: "15 years", value: 15, low: undefined, high: undefined, unit: "year", change: "=" }]);
    expect(quantities("The strike ended two weeks ago.").map((q) => [q.text, q.unit])).toEqual([["two weeks", "week"]]);
    expect(quantities("Sales doubled over the past three months.").map((q) => [q.text, q.unit])).toEqual([["three months", "month"]]);
    expect(quantities("The sentence was 10 to 12 years.").map((q) => [q.low, q.high, q.unit])).toEqual([[10, 12, "year"]]);
    expect(quantities("The miner worked there for 15 years.", off)).toEqual([]);
  });
  it("ages are in 'year of age'", () => {
    expect(quantities("A 52-year-old baker was hurt.").map((q) => [q.text, q.value, q.unit])).toEqual([["52-year-old", 52, "year of age"]]);
    expect(quantities("The baker, aged 61, was hurt.").map((q) => [q.text, q.unit])).toEqual([["61", "year of age"]]);
    expect(quantities("The twins, 4 years old, were hurt.").map((q) => [q.text, q.unit])).toEqual([["4 years old", "year of age"]]);
  });
  it("vague magnitudes follow the power-of-ten convention", () => {
    expect(quantities("Thousands of bakers marched.").map((q) => [q.low, q.high])).toEqual([[1000, 10000]]);
    expect(quantities("Dozens of bakers marched.").map((q) => [q.low, q.high])).toEqual([[24, 144]]);
  });
});

describe("change", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  const changes = (text: string) => runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" })).get("quantities").map((q) => [q.text, q.change]);

  it("a bound wins over a change verb, an approximation does not", () => {
    expect(changes("Bakery sales rose more than 8 percent.")).toEqual([["8 percent", ">"]]);
    expect(changes("Bakery sales fell nearly 8 percent.")).toEqual([["8 percent", "down"]]);
  });
  it("coordinated quantities share the change and a unit written once", () => {
    expect(changes("Bread and cake prices are up 3 and 4 percent.")).toEqual([["3", "up"], ["4 percent", "up"]]);
    expect(changes("The drought cut harvests by 2% in 2015 and 7% in 2016.")).toEqual([["2%", "down"], ["7%", "down"]]);
  });
  it("cutting counted things is a change; an 'or' range is no approximation; a length takes no direction", () => {
    expect(changes("The bakery cut 40 jobs.")).toEqual([["40", "down"]]);
    expect(changes("The oven needs two or three hours.")).toEqual([["two or three hours", "="]]);
    expect(changes("Sales are rising three years after the fire.")).toEqual([["three years", "="]]);
  });
});

describe("counted nouns from the parse", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }, { name: "dates" }, { name: "quantities" }]);
  it("a counted noun keeps the nouns compounded with it", () => {
    const qs = runPipeline(pipeline, new Doc("t", "Rescuers found two tour buses near the border.", { published: "2017-03-01" })).get("quantities");
    expect(qs.map((q) => q.counted)).toEqual(["tour bus"]);
  });
});

describe("ages written with 'of age', 'yo' and after a range", () => {
  const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }, { name: "quantities" }]);
  const ages = (text: string) => runPipeline(pipeline, new Doc("t", text, { published: "2017-03-01" })).get("quantities").map((q) => [q.text, q.unit]);
  it("reads the age unit", () => {
    expect(ages("Pupils under seven years of age ride free.")).toEqual([["seven years of age", "year of age"]]);
    expect(ages("The patient is a 71 yo farmer.")).toEqual([["71 yo", "year of age"]]);
    expect(ages("The bakers are 30 - 40 years old.").map((q) => q[1])).toEqual(["year of age"]);
  });
});
