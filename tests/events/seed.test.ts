import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NewsDocument } from "../../src/schema/document.js";

/** Issue 14's acceptance on the seed article, read from its golden fixture (tests/golden checks the fixture is what the pipeline writes). */
const doc = JSON.parse(readFileSync("tests/golden/morocco-bcij-2016.json", "utf8")) as NewsDocument;
const q = (id: string | undefined) => doc.quantities.find((x) => x.id === id)?.text;
const d = (id: string | undefined) => doc.dates.find((x) => x.id === id)?.value;

describe("the seed's events and checks", () => {
  it("holds the four sums, all ok", () => {
    const sums = doc.checks.filter((c) => c.kind === "sum").map((c) => `${q(c.total)} = ${c.parts.map(q).join(" + ")} ${c.status}`);
    expect(sums).toEqual(expect.arrayContaining(["40 = Twenty-one + 19 ok", "548 = 275 + 273 ok", "47 = 39 + 8 ok", "3 = 2 + one ok"]));
    expect(doc.checks.every((c) => c.status === "ok")).toBe(true);
  });

  it("holds the headline events with count, time and agent", () => {
    const ev = doc.events.map((e) => `${e.class} ${q(e.count) ?? "-"} ${d(e.time) ?? "-"} ${e.agent?.text ?? "-"}`);
    expect(ev).toEqual(
      expect.arrayContaining([
        "dismantle 40 2015/.. Morocco",
        "arrest 548 2015/.. Morocco",
        "dismantle Twenty-one 2015 -",
        "dismantle 19 2016 -",
        "arrest 71 2015/2016 BCIJ",
        "arrest 47 2016 -",
        "foil 341 - Moroccan security services",
        "repatriate 27 - BCIJ",
      ]),
    );
  });
});
