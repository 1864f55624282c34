import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractorInputs, extractorVersion, forgetVersions, stampOf } from "../../src/batch/version.js";

describe("batch: extractor version", () => {
  it("hashes the code and every table the stages load: JSON beside the modules and the data/ folders", () => {
    const { code, data } = extractorInputs();
    const has = (list: string[], end: string) => list.some((f) => f.replace(/\\/g, "/").endsWith(end));
    expect(has(code, "nlp/quantities/units.json")).toBe(true);
    expect(has(code, "nlp/quantities/phrases.json")).toBe(true);
    expect(has(code, "stages/entities.ts") || has(code, "stages/entities.js")).toBe(true);
    expect(has(data, "events/data/classes.json")).toBe(true);
  });

  it("depends on the config", () => {
    const a = extractorVersion({ stages: ["segment"] });
    expect(a).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{16}$/);
    expect(extractorVersion({ stages: ["segment", "dates"] })).not.toBe(a);
    expect(extractorVersion({ stages: ["segment"] })).toBe(a);
  });
});

describe("batch: extractor version cache", () => {
  const withCacheDir = <T>(fn: (dir: string) => T): T => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-vcache-"));
    const saved = process.env["NEWSFACTS_VERSION_CACHE"];
    process.env["NEWSFACTS_VERSION_CACHE"] = dir;
    forgetVersions();
    try {
      return fn(dir);
    } finally {
      if (saved === undefined) delete process.env["NEWSFACTS_VERSION_CACHE"];
      else process.env["NEWSFACTS_VERSION_CACHE"] = saved;
      forgetVersions();
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("keeps the version the hash gave, and a later process takes it from the file", () => {
    withCacheDir((dir) => {
      const config = { stages: ["segment", "dates"] };
      const hashed = extractorVersion(config, { fileCache: false });
      forgetVersions();
      expect(extractorVersion(config)).toBe(hashed);
      const files = readdirSync(dir).filter((f) => f.startsWith("newsfacts-version-"));
      expect(files).toHaveLength(1);
      const file = join(dir, files[0]!);
      const saved = JSON.parse(readFileSync(file, "utf8")) as { stamp: string; version: string };
      expect(saved.version).toBe(hashed);
      // the file is what a new process reads: a stored version with the same stamp is taken as it is
      writeFileSync(file, JSON.stringify({ stamp: saved.stamp, version: "9.9.9+from-the-file" }));
      forgetVersions();
      expect(extractorVersion(config)).toBe("9.9.9+from-the-file");
      // a stale stamp is not: the version is hashed again and the file rewritten
      writeFileSync(file, JSON.stringify({ stamp: "0".repeat(64), version: "9.9.9+stale" }));
      forgetVersions();
      expect(extractorVersion(config)).toBe(hashed);
      expect((JSON.parse(readFileSync(file, "utf8")) as { version: string }).version).toBe(hashed);
    });
  });

  it("NEWSFACTS_VERSION_CACHE=off writes no file", () => {
    withCacheDir((dir) => {
      process.env["NEWSFACTS_VERSION_CACHE"] = "off";
      const v = extractorVersion({ stages: ["segment"] });
      expect(v).toBe(extractorVersion({ stages: ["segment"] }, { fileCache: false }));
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  it("a file rewritten with the same size and its old mtime gets a new stamp (its ctime moved)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-stamp-"));
    try {
      const f = join(dir, "model.bin");
      writeFileSync(f, "aaaa");
      const before = stampOf([f]);
      const { atime, mtime } = statSync(f);
      await new Promise((r) => setTimeout(r, 20));
      writeFileSync(f, "bbbb");
      utimesSync(f, atime, mtime);
      expect(statSync(f).size).toBe(4);
      expect(stampOf([f])).not.toBe(before);
      expect(stampOf([f])).toBe(stampOf([f]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
