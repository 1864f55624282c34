import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fileNameForId } from "../../src/batch/names.js";

describe("fileNameForId", () => {
  it("a safe id is its own file name", () => {
    expect(fileNameForId("morocco-bcij-2016")).toBe("morocco-bcij-2016.json");
    expect(fileNameForId("a_b.c")).toBe("a_b.c.json");
  });

  it("ids that would leave the folder, device names, long ids and case variants get a slug and a hash", () => {
    for (const id of ["../../etc/passwd", "/abs/path", "con", "CON", "nul.txt", "x".repeat(300), "A", "Reuters/1996", "北京新闻", ".hidden", "a/b", "a_b/"]) {
      const name = fileNameForId(id);
      expect(name).toMatch(/^[a-z0-9-]+~[0-9a-f]{16}\.json$|^[a-z0-9][a-z0-9._-]*\.json$/);
      expect(name.length).toBeLessThanOrEqual(130);
      expect(name).not.toContain("/");
      expect(name).not.toMatch(/^(con|nul)\.json$/i);
    }
    expect(fileNameForId("a/b")).not.toBe(fileNameForId("a_b"));
    expect(fileNameForId("北京新闻")).not.toBe(fileNameForId("上海新闻"));
    expect(fileNameForId("../../etc/passwd")).toMatch(/^etc-passwd~/);
  });

  it("is injective and case-insensitively distinct over arbitrary ids", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 40 }), (a, b) => {
        if (a === b) return;
        expect(fileNameForId(a).toLowerCase()).not.toBe(fileNameForId(b).toLowerCase());
      }),
      { numRuns: 2000 },
    );
  });
});
