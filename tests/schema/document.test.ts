import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemas, serializeJsonSchema } from "../../src/config/json-schema.js";
import { DocumentSchema, offsetErrors, ValidDocumentSchema } from "../../src/schema/document.js";
import { run } from "../helpers.js";

describe("schema/document", () => {
  describe("output contract", () => {
    it("schema/*.json are generated from the Zod schemas (run `npm run schema` after a change)", () => {
      for (const [file, value] of Object.entries(jsonSchemas())) {
        expect(readFileSync(`schema/${file}`, "utf8"), `schema/${file} is stale`).toBe(serializeJsonSchema(value));
      }
    });

    it("a fresh document validates, and offset errors are caught", () => {
      const doc = run("Hello world. Bye.", ["segment"], { published: "2020-01-01" });
      expect(ValidDocumentSchema.safeParse(doc).success).toBe(true);
      const broken = { ...doc, sentences: [{ start: 5, end: 99 }], quotes: [{ id: "C1", start: 0, end: 5, text: "Hellx", speaker: "E9", cue: null, source: "quotes:test" }] };
      expect(DocumentSchema.safeParse(broken).success).toBe(true);
      expect(offsetErrors(broken)).toEqual([
        "sentences[0]: [5,99) is outside the text (length 17)",
        'quotes[0]: text "Hellx" != slice "Hello"',
        "quotes[0].speaker: no entity E9",
      ]);
      expect(ValidDocumentSchema.safeParse(broken).success).toBe(false);
    });
  });

  describe("documents of an earlier minor version", () => {
    it("a 1.0.0 document (no references) validates after upgradeDocument; another major does not", async () => {
      const { upgradeDocument, DocumentSchema, SCHEMA_VERSION } = await import("../../src/schema/document.js");
      const text = "Khiame spoke.";
      const old = {
        schemaVersion: "1.0.0",
        id: "d",
        text,
        meta: { title: null, published: null, sha256: "0".repeat(64) },
        sections: [],
        paragraphs: [],
        sentences: [],
        entities: [],
        quantities: [],
        dates: [],
        quotes: [],
        diagnostics: [],
      };
      expect(DocumentSchema.safeParse(old).success).toBe(false);
      const up = upgradeDocument(old) as Record<string, unknown>;
      expect(DocumentSchema.safeParse(up).success).toBe(true);
      expect(up.references).toEqual([]);
      expect(up.writtenAs).toBe("1.0.0");
      expect(up.schemaVersion).toBe(SCHEMA_VERSION);
      expect(upgradeDocument({ ...old, schemaVersion: "2.0.0" })).toEqual({ ...old, schemaVersion: "2.0.0" });
    });

    it("a 1.1.0 document's bare sources are written \"<stage>:<rule>\" and its holidays flagged", async () => {
      const { upgradeDocument, ValidDocumentSchema } = await import("../../src/schema/document.js");
      const text = "On Christmas 12 people said \"no\".";
      const old = {
        schemaVersion: "1.1.0",
        id: "d",
        text,
        meta: { title: null, published: null, sha256: "0".repeat(64) },
        sections: [],
        paragraphs: [],
        sentences: [{ start: 0, end: text.length }],
        entities: [],
        references: [],
        quantities: [{ id: "Q1", start: 13, end: 15, text: "12", kind: "count", value: 12, change: "=", sentence: 0, source: "count:noun" }],
        dates: [{ id: "D1", start: 3, end: 12, text: "Christmas", kind: "date", value: null, source: "holiday" }],
        quotes: [{ id: "C1", start: 29, end: 31, text: "no", speaker: null, cue: null, source: "quote:unattributed" }],
        diagnostics: [],
      };
      const up = ValidDocumentSchema.parse(upgradeDocument(old));
      expect(up.quantities[0]!.source).toBe("quantities:count-noun");
      expect([up.dates[0]!.source, up.dates[0]!.holiday]).toEqual(["dates:holiday", true]);
      expect(up.quotes[0]!.source).toBe("quotes:unattributed");
    });
  });
});
