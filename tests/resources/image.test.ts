import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedImage, decodeImage, encodeImage } from "../../src/resources/image.js";

let dir: string;
let source: string;
const saved = process.env["NEWSFACTS_MODEL_CACHE"];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsfacts-image-test-"));
  source = join(dir, "model.json");
  writeFileSync(source, JSON.stringify({ weights: [1, 2, 3] }));
  // the cache folder is made by the test that wants one (useCache)
  process.env["NEWSFACTS_MODEL_CACHE"] = join(dir, "cache");
});
afterEach(() => {
  if (saved === undefined) delete process.env["NEWSFACTS_MODEL_CACHE"];
  else process.env["NEWSFACTS_MODEL_CACHE"] = saved;
  rmSync(dir, { recursive: true, force: true });
});

interface Toy {
  name: string;
  parts: [{ keys: Int32Array; w: Float32Array; n: number }, { lab: Uint16Array }];
  words: Map<string, number>;
  odd: Uint8Array;
  after: Float64Array;
}

function value(): Toy {
  const w = JSON.parse(readFileSync(source, "utf8")) as { weights: number[] };
  return {
    name: "toy",
    parts: [{ keys: Int32Array.from(w.weights), w: Float32Array.from(w.weights, (x) => x / 2), n: 3 }, { lab: new Uint16Array([7]) }],
    words: new Map([["rabat", 1], ["fez", 2]]),
    odd: new Uint8Array([1, 2, 3]),
    after: new Float64Array([Math.PI]),
  };
}

function useCache(): string {
  const c = join(dir, "cache");
  mkdirSync(c);
  return c;
}

describe("load images", () => {
  it("encode and decode give the value back, its typed arrays as views of one shared buffer", () => {
    const stamp = Buffer.alloc(32, 9);
    const parts = encodeImage(value(), stamp);
    const bytes = new Uint8Array(new SharedArrayBuffer(parts.reduce((a, p) => a + p.length, 0)));
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    const back = decodeImage(bytes, stamp) as Toy;
    expect(back).toEqual(value());
    expect(back.parts[0].keys.buffer).toBe(bytes.buffer);
    expect(back.after.byteOffset % 8).toBe(0);
    // another stamp, or bytes cut short: not an image of this value
    expect(decodeImage(bytes, Buffer.alloc(32, 1))).toBeNull();
    expect(decodeImage(bytes.subarray(0, bytes.length - 8), stamp)).toBeNull();
  });

  it("builds once, then reads the image; a changed source is built again", () => {
    const cache = useCache();
    let builds = 0;
    const build = () => (builds++, value());
    const first = cachedImage("toy", [source], build);
    expect(builds).toBe(1);
    expect(readdirSync(cache).filter((f) => f.startsWith("newsfacts-image-toy-"))).toHaveLength(1);
    const second = cachedImage("toy", [source], build);
    expect(builds).toBe(1);
    expect(second).toEqual(first);
    expect(second.parts[0].keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    writeFileSync(source, JSON.stringify({ weights: [4, 5, 6] }));
    const third = cachedImage("toy", [source], build);
    expect(builds).toBe(2);
    expect(Array.from(third.parts[0].keys)).toEqual([4, 5, 6]);
    // the file was replaced, not joined by a second one
    expect(readdirSync(cache).filter((f) => f.startsWith("newsfacts-image-toy-"))).toHaveLength(1);
  });

  it("a cut-short or others-writable image file is built again, never read", () => {
    const cache = useCache();
    let builds = 0;
    const build = () => (builds++, value());
    cachedImage("toy", [source], build);
    const file = join(cache, readdirSync(cache).find((f) => f.startsWith("newsfacts-image-toy-"))!);
    truncateSync(file, 100);
    expect(cachedImage("toy", [source], build)).toEqual(value());
    expect(builds).toBe(2);
    chmodSync(file, 0o666);
    expect(cachedImage("toy", [source], build)).toEqual(value());
    expect(builds).toBe(3);
  });

  it("off, or a folder it cannot write: the value is built every time and the load does not fail", () => {
    let builds = 0;
    const build = () => (builds++, value());
    process.env["NEWSFACTS_MODEL_CACHE"] = "off";
    cachedImage("toy", [source], build);
    cachedImage("toy", [source], build);
    expect(builds).toBe(2);
    process.env["NEWSFACTS_MODEL_CACHE"] = join(dir, "missing", "folder");
    expect(cachedImage("toy", [source], build)).toEqual(value());
    expect(cachedImage("toy", [source], build)).toEqual(value());
    expect(builds).toBe(4);
  });

  it("a source that does not exist fails as the build fails", () => {
    useCache();
    expect(() => cachedImage("toy", [join(dir, "nope.bin")], () => readFileSync(join(dir, "nope.bin")))).toThrow(/ENOENT/);
  });
});
