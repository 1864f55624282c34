import { describe, expect, it } from "vitest";
import { diffDocuments, formatChanges } from "../../src/golden/diff.js";
import { SCHEMA_VERSION, type NewsDocument } from "../../src/schema/document.js";

const text = "Abdelhak Khiame said 40 cells fell.";
const base: NewsDocument = {
  schemaVersion: SCHEMA_VERSION,
  id: "d",
  text,
  meta: { title: null, published: null, sha256: "0".repeat(64) },
  sections: [{ start: 0, end: text.length, heading: null }],
  paragraphs: [{ start: 0, end: text.length }],
  sentences: [{ start: 0, end: text.length }],
  entities: [{ id: "E1", type: "PERSON", name: "Abdelhak Khiame", aliases: [], mentions: [{ start: 0, end: 15, text: "Abdelhak Khiame", source: "entities:model-spans" }] }],
  quantities: [{ id: "Q1", start: 21, end: 29, text: "40 cells", kind: "count", value: 40, counted: "cell", change: "=", sentence: 0, source: "r" }],
  dates: [],
  references: [],
  quotes: [],
  events: [],
  checks: [],
  diagnostics: [],
};

describe("golden/diff", () => {
  it("is empty for equal documents", () => {
    expect(diffDocuments(base, structuredClone(base))).toEqual([]);
  });

  it("names retyped entities, changed values and added records", () => {
    const fresh = structuredClone(base);
    fresh.entities[0]!.type = "ORG";
    fresh.quantities[0]!.value = 41;
    fresh.entities.push({ id: "E2", type: "GPE", name: "Khiame", aliases: [], mentions: [{ start: 9, end: 15, text: "Khiame", source: "entities:model-spans" }] });
    expect(formatChanges("d", diffDocuments(base, fresh))).toBe(
      [
        "d: 3 differences",
        "  entities:",
        '    + GPE "Khiame"',
        '    ~ ORG "Abdelhak Khiame": retyped PERSON -> ORG',
        "  quantities:",
        '    ~ quantity "40 cells"@21: value 40 -> 41',
        "",
      ].join("\n"),
    );
  });

  it("names references added, removed and linked to another entity", () => {
    const before = structuredClone(base);
    before.references = [
      { start: 16, end: 20, text: "said", kind: "pronoun", entity: "E1", source: "coref:salience" },
      { start: 21, end: 23, text: "40", kind: "pronoun", entity: "E1", source: "coref:salience" },
    ];
    const fresh = structuredClone(before);
    fresh.entities.push({ id: "E2", type: "ORG", name: "Cells", aliases: [], mentions: [{ start: 24, end: 29, text: "cells", source: "entities:model-spans" }] });
    fresh.references = [
      { start: 21, end: 23, text: "40", kind: "pronoun", entity: "E2", source: "coref:salience" },
      { start: 30, end: 34, text: "fell", kind: "nominal", entity: "E2", source: "coref:head" },
    ];
    expect(diffDocuments(before, fresh).filter((c) => c.field === "references").map((c) => c.message)).toEqual([
      '- pronoun "said"@16 -> "Abdelhak Khiame"',
      '+ nominal "fell"@30 -> "Cells"',
      '~ pronoun "40"@21: entity "Abdelhak Khiame" -> "Cells"',
    ]);
  });

  it("names an event whose count, modality and places changed, reading ids as what they name", () => {
    const before = structuredClone(base);
    before.quantities.push({ id: "Q2", start: 21, end: 23, text: "40", kind: "count", value: 40, change: "=", sentence: 0, source: "r" });
    const event = {
      id: "EV1",
      class: "dismantle",
      trigger: { start: 30, end: 34, text: "fell", lemma: "fall" },
      sentence: 0,
      modality: "asserted" as const,
      count: "Q1",
      object: { start: 21, end: 29, text: "40 cells", lemma: "cell", head: { start: 24, end: 29 } },
      places: [],
      source: "events:verbal",
    };
    before.events = [event];
    const fresh = structuredClone(before);
    fresh.events[0] = { ...event, count: "Q2", modality: "negated", places: ["E1"] };
    expect(diffDocuments(before, fresh).map((c) => c.message)).toEqual([
      '~ dismantle "fell"@30 object "40 cells": modality "asserted" -> "negated"',
      '~ dismantle "fell"@30 object "40 cells": count "40 cells"@21 -> "40"@21',
      '~ dismantle "fell"@30 object "40 cells": places [] -> ["Abdelhak Khiame"]',
    ]);
  });

  it("names a mention whose source changed", () => {
    const fresh = structuredClone(base);
    fresh.entities[0]!.mentions[0]!.source = "link:propagate";
    expect(diffDocuments(base, fresh)).toEqual([
      { field: "entities", kind: "changed", message: '~ PERSON "Abdelhak Khiame": mention "Abdelhak Khiame"@0 source "entities:model-spans" -> "link:propagate"' },
    ]);
  });

  it("names a mention whose title changed", () => {
    const fresh = structuredClone(base);
    fresh.entities[0]!.mentions[0]!.title = { start: 0, end: 0, text: "Mr." };
    expect(diffDocuments(base, fresh).map((c) => c.message)).toEqual(['~ PERSON "Abdelhak Khiame": mention "Abdelhak Khiame"@0 title (none) -> "Mr."']);
  });

  it("reports removed records and a changed text", () => {
    const fresh = structuredClone(base);
    fresh.quantities = [];
    expect(diffDocuments(base, fresh)).toEqual([{ field: "quantities", kind: "removed", message: '- quantity "40 cells"@21' }]);
    expect(diffDocuments(base, { ...base, text: "other" })[0]).toMatchObject({ field: "text", kind: "changed" });
  });
});
