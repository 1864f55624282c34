import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compileCached, launch, loadCli, readAhead, readList, warmFiles, workerHandler } from "../../src/cli/launch.js";
import { cachedImage, forgetPrefetchedImages, imageFilesUsed, usePrefetchedImages } from "../../src/resources/image.js";

let dir: string;
const saved = process.env["NEWSFACTS_MODEL_CACHE"];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "newsfacts-launch-test-"));
  mkdirSync(join(dir, "cache"));
  process.env["NEWSFACTS_MODEL_CACHE"] = join(dir, "cache");
});
afterEach(() => {
  if (saved === undefined) delete process.env["NEWSFACTS_MODEL_CACHE"];
  else process.env["NEWSFACTS_MODEL_CACHE"] = saved;
  rmSync(dir, { recursive: true, force: true });
});

/** An installation with a CommonJS "bundle" whose run() records its argv and reports the images it "used". */
function install(body = "return 7;"): string {
  const root = join(dir, "pkg");
  mkdirSync(join(root, "dist", "bundle"), { recursive: true });
  mkdirSync(join(root, "dist", "cli"), { recursive: true });
  writeFileSync(join(root, "dist", "cli", "main.js"), "export async function run() { return 5; }\n");
  // tsc's output older than the bundle, as npm run build leaves them
  utimesSync(join(root, "dist", "cli", "main.js"), new Date(2020, 0, 1), new Date(2020, 0, 1));
  writeFileSync(
    join(root, "dist", "bundle", "main.cjs"),
    `let seen = new Map();
exports.usePrefetchedImages = (m) => { seen = m; globalThis.__launchTestSeen = m; };
exports.imageFilesUsed = () => globalThis.__launchTestUsed ?? [];
exports.run = async (argv) => { globalThis.__launchTestArgv = argv; ${body} };
exports.where = __filename;\n`,
  );
  return root;
}

const g = globalThis as unknown as { __launchTestSeen?: Map<string, { bytes: Uint8Array }>; __launchTestUsed?: string[]; __launchTestArgv?: string[] };

describe("launcher: code cache", () => {
  it("compiles the bundle without a cache, writes one after the run, and takes it the next time", async () => {
    const root = install();
    const warm = warmFiles(root)!;
    const first = await loadCli(root, warm);
    expect(first.code).toBe("compiled");
    expect(await first.cli.run(["x"])).toBe(7);
    expect((first.cli as unknown as { where: string }).where).toBe(join(root, "dist", "bundle", "main.cjs"));
    first.saveCode(0);
    expect(statSync(warm.code).size).toBeGreaterThan(41);
    const second = await loadCli(root, warm);
    expect(second.code).toBe("cached");
    // a cache of level 0 is written again by a run that loaded models (1), not by another of level 0
    const before = statSync(warm.code).mtimeMs;
    second.saveCode(0);
    expect(statSync(warm.code).mtimeMs).toBe(before);
  });

  it("a changed bundle, a cache of someone else's mode or a damaged cache is never taken", async () => {
    const root = install();
    const warm = warmFiles(root)!;
    (await loadCli(root, warm)).saveCode(1);
    writeFileSync(join(root, "dist", "bundle", "main.cjs"), readFileSync(join(root, "dist", "bundle", "main.cjs"), "utf8").replace("return 7", "return 8"));
    const changed = await loadCli(root, warm);
    expect(changed.code).toBe("compiled");
    expect(await changed.cli.run([])).toBe(8);
    changed.saveCode(1);
    expect((await loadCli(root, warm)).code).toBe("cached");
    chmodSync(warm.code, 0o666);
    expect((await loadCli(root, warm)).code).toBe("compiled");
    chmodSync(warm.code, 0o644);
    const bytes = readFileSync(warm.code);
    bytes[bytes.length - 20] = bytes[bytes.length - 20]! ^ 0xff;
    writeFileSync(warm.code, bytes);
    const damaged = await loadCli(root, warm);
    expect(damaged.code).toBe("compiled");
    expect(await damaged.cli.run([])).toBe(8);
  });

  it("runs tsc's output when it is newer than the bundle, and without a cache folder still runs", async () => {
    const root = install();
    utimesSync(join(root, "dist", "cli", "main.js"), new Date(), new Date(Date.now() + 60_000));
    const loaded = await loadCli(root, warmFiles(root));
    expect(loaded.code).toBe("unbundled");
    expect(await loaded.cli.run([])).toBe(5);
    process.env["NEWSFACTS_MODEL_CACHE"] = "off";
    expect(warmFiles(root)).toBeNull();
    expect(await launch(install(), ["extract"])).toBe(7);
    expect(readdirSync(join(dir, "cache"))).toEqual([]);
  });
});

describe("launcher: the worker thread's bundle", () => {
  it("runs worker.cjs's task function and writes its code cache after the first task", async () => {
    const root = install();
    const bundleDir = join(root, "dist", "bundle");
    writeFileSync(join(bundleDir, "worker.cjs"), "exports.start = async () => (task) => ({ twice: task * 2 });\n");
    const warm = warmFiles(root)!;
    const handler = await workerHandler(bundleDir);
    expect(existsSync(warm.worker)).toBe(false);
    expect(await handler(21)).toEqual({ twice: 42 });
    expect(existsSync(warm.worker)).toBe(true);
    expect(compileCached(join(bundleDir, "worker.cjs"), warm.worker).code).toBe("cached");
    // its cache is its own: the CLI's is not taken for it, nor the other way round
    expect(compileCached(join(bundleDir, "main.cjs"), warm.worker).code).toBe("compiled");
  });
});

describe("launcher: images read ahead", () => {
  it("reads the listed files on the thread pool and hands them to the CLI; the list follows the images used", async () => {
    const root = install();
    const a = join(dir, "a.bin");
    const b = join(dir, "b.bin");
    writeFileSync(a, "AAAA");
    writeFileSync(b, "BBBBBB");
    g.__launchTestUsed = [a, b];
    expect(await launch(root, ["extract", "in.txt"])).toBe(7);
    expect(g.__launchTestArgv).toEqual(["extract", "in.txt"]);
    const warm = warmFiles(root)!;
    expect(JSON.parse(readFileSync(warm.images, "utf8"))).toEqual({ images: [a, b] });
    // the next run of a command that loads models gets both, read whole
    g.__launchTestSeen = undefined;
    await launch(root, ["extract", "in.txt"]);
    expect([...g.__launchTestSeen!.keys()]).toEqual([a, b]);
    expect(Buffer.from(g.__launchTestSeen!.get(b)!.bytes).toString()).toBe("BBBBBB");
    expect(g.__launchTestSeen!.get(a)!.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    // help reads nothing ahead; a run that used only one image keeps the other on the list while it exists
    g.__launchTestSeen = undefined;
    await launch(root, ["--help"]);
    expect(g.__launchTestSeen).toBeUndefined();
    g.__launchTestUsed = [b];
    await launch(root, ["parse", "x"]);
    expect(JSON.parse(readFileSync(warm.images, "utf8"))).toEqual({ images: [b, a] });
    unlinkSync(a);
    await launch(root, ["parse", "x"]);
    expect(JSON.parse(readFileSync(warm.images, "utf8"))).toEqual({ images: [b] });
    g.__launchTestUsed = undefined;
  });

  it("skips missing files, and ignores a list that others may write or that is not JSON", async () => {
    const list = join(dir, "list.json");
    const a = join(dir, "a.bin");
    writeFileSync(a, "xyz");
    writeFileSync(list, JSON.stringify({ images: [join(dir, "missing.bin"), a, a] }));
    const got = readAhead(readList(list));
    expect([...got.keys()]).toEqual([a]);
    expect(Buffer.from((await got.get(a))!.bytes).toString()).toBe("xyz");
    chmodSync(list, 0o666);
    expect(readList(list)).toEqual([]);
    chmodSync(list, 0o644);
    writeFileSync(list, "{not json");
    expect(readList(list)).toEqual([]);
    expect(readList(join(dir, "none.json"))).toEqual([]);
  });

  it("cachedImage takes a read-ahead image instead of its file, with the same checks", async () => {
    const source = join(dir, "model.json");
    writeFileSync(source, "{}");
    let builds = 0;
    const build = () => (builds++, { w: new Int32Array([1, 2, 3]) });
    cachedImage("ahead", [source], build);
    expect(builds).toBe(1);
    const file = imageFilesUsed().find((f) => f.includes("newsfacts-image-ahead-"))!;
    const image = (await readAhead([file]).get(file))!;
    // the file is gone: only the bytes read ahead can give the value
    unlinkSync(file);
    usePrefetchedImages(new Map([[file, image]]));
    expect(Array.from(cachedImage("ahead", [source], build).w)).toEqual([1, 2, 3]);
    expect(builds).toBe(1);
    // taken once: the next load reads the file (gone), so it builds
    cachedImage("ahead", [source], build);
    expect(builds).toBe(2);
    // images no load took are dropped when a command has loaded its models
    usePrefetchedImages(new Map([[file, image]]));
    forgetPrefetchedImages();
    unlinkSync(file);
    cachedImage("ahead", [source], build);
    expect(builds).toBe(3);
    // bytes read from a file others may write are refused, as such a file is
    usePrefetchedImages(new Map([[file, { ...image, mode: 0o100666 }]]));
    unlinkSync(file);
    cachedImage("ahead", [source], build);
    expect(builds).toBe(4);
  });
});
