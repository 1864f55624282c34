import { describe, expect, it } from "vitest";
import { hashString, key1, key2 } from "../../src/ner/hash.js";

describe("hash", () => {
  it("is deterministic and never gives the empty key 0", () => {
    expect(hashString("Paris")).toBe(hashString("Paris"));
    expect(hashString("Paris")).not.toBe(hashString("paris"));
    expect(key1(3, 7)).not.toBe(key1(4, 7));
    expect(key2(3, 7, 8)).not.toBe(key2(3, 8, 7));
    for (let i = 0; i < 1000; i++) expect(key1(i, i * 31)).not.toBe(0);
  });
});
