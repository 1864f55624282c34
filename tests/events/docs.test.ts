import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadClassesFile } from "../../src/events/lexicon.js";

describe("docs/events.md", () => {
  it("lists every class of the shipped table with its ACLED and GTD columns", () => {
    const doc = readFileSync("docs/events.md", "utf8");
    for (const [name, c] of Object.entries(loadClassesFile().classes)) {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      expect(row).toContain(c.acled ?? "–");
      expect(row).toContain(c.gtd ?? "–");
    }
  });
});
