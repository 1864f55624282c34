import { describe, expect, it } from "vitest";
import { withRoom } from "../../src/batch/room.js";

describe("withRoom", () => {
  it("keeps an array with room, else copies it into one at least twice as long, of the same type", () => {
    const a = Int32Array.from([1, 2, 3]);
    expect(withRoom(a, 3)).toBe(a);
    const b = withRoom(a, 4);
    expect(b).toBeInstanceOf(Int32Array);
    expect(Array.from(b)).toEqual([1, 2, 3, 0, 0, 0]);
    const c = withRoom(Float64Array.from([0.5]), 10);
    expect(c).toBeInstanceOf(Float64Array);
    expect(c.length).toBe(10);
    expect(c[0]).toBe(0.5);
  });
});
