import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { discover } from "../../src/batch/discover.js";
import { decodeArticle, MAX_ARTICLE_CHARS, parseFrontMatter, parseJsonlLine } from "../../src/batch/read.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { configFromValue, loadConfig } from "../../src/config/load.js";
import type { NewsDocument } from "../../src/schema/document.js";

const tmp = () => mkdtempSync(join(tmpdir(), "newsfacts-"));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe("batch/read", () => {
  it("refuses empty, binary and invalid UTF-8 input with a code and a place", () => {
    expect(decodeArticle(Buffer.from("  \n\t "))).toMatchObject({ ok: false, code: "input/empty" });
    expect(decodeArticle(Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, code: "input/binary" });
    expect(decodeArticle(Buffer.from([0x41, 0x42, 0xc3, 0x28, 0x41]))).toEqual({
      ok: false,
      code: "input/invalid-utf8",
      error: "not valid UTF-8 (first bad byte at offset 2)",
    });
    expect(decodeArticle(Buffer.from("A\u0007B"))).toMatchObject({ ok: false, code: "input/binary" });
    expect(decodeArticle(Buffer.from("a ".repeat(MAX_ARTICLE_CHARS / 2 + 1)))).toEqual({
      ok: false,
      code: "input/too-large",
      error: "article is 5,000,002 characters; the limit is 5,000,000",
    });
  });

  it("drops a BOM and keeps the rest of the text unchanged", () => {
    expect(decodeArticle(Buffer.from("\ufeffHello\r\nworld"))).toEqual({ ok: true, text: "Hello\r\nworld" });
  });

  it("parses front matter and leaves the body untouched", () => {
    const fm = parseFrontMatter("---\nid: a-1\ntitle: \"A title\"\npublished: 2016-05-04\nsource: x\n---\nBody  text\n");
    expect(fm).toEqual({ meta: { id: "a-1", title: "A title", published: "2016-05-04" }, body: "Body  text\n", errors: [] });
    expect(parseFrontMatter("---\npublished: 2016-13-40\n---\nBody").errors).toEqual([
      "front matter line 2: published '2016-13-40' is not an ISO date YYYY-MM-DD",
    ]);
    expect(parseFrontMatter("No front matter\n---\n").body).toBe("No front matter\n---\n");
  });

  it("explains what is wrong with a JSONL line and where", () => {
    const origin = { file: "in.jsonl", line: 7 };
    expect(parseJsonlLine("{not json", origin, "in-7")).toMatchObject({ ok: false, id: "in-7", code: "input/malformed-json", origin });
    expect(parseJsonlLine('{"id":"x"}', origin, "in-7")).toMatchObject({ ok: false, id: "x", code: "input/invalid-record", error: "invalid record: text: Invalid input: expected string, received undefined" });
    expect(parseJsonlLine('{"id":"x","text":"Hi.","published":"May 5"}', origin, "in-7")).toMatchObject({ ok: false, code: "input/invalid-record" });
    expect(parseJsonlLine('{"id":"x","text":"  "}', origin, "in-7")).toMatchObject({ ok: false, id: "x", code: "input/empty" });
    expect(parseJsonlLine('{"id":3,"text":"Hi.","published":"2020-02-29","entities":[]}', origin, "in-7")).toMatchObject({
      ok: true,
      id: "3",
      meta: { published: "2020-02-29", title: null },
    });
  });
});

describe("batch/discover", () => {
  it("walks folders in name order, reads .txt and .jsonl, skips other files", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "b.txt"), "Second article.");
    writeFileSync(join(dir, "a.txt"), "---\npublished: 2020-01-02\n---\nFirst article.");
    writeFileSync(join(dir, "c.jsonl"), '{"id":"c1","text":"Third."}\n\n{"id":"c2","text":"Fourth."}\n');
    writeFileSync(join(dir, "README.md"), "not an article");
    const items = await collect(discover([dir]));
    expect(items.map((i) => (i.ok ? i.id : `!${i.id}`))).toEqual(["a", "b", "c1", "c2"]);
    expect(items[0]).toMatchObject({ ok: true, text: "First article.", meta: { published: "2020-01-02" } });
    expect(items[3]).toMatchObject({ origin: { line: 3 } });
  });

  it("refuses a file too large to be an article without reading it, and goes on", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a-huge.txt"), Buffer.alloc(3 * MAX_ARTICLE_CHARS + 1, 0x61));
    writeFileSync(join(dir, "b.txt"), "Fine.");
    const items = await collect(discover([dir]));
    expect(items[0]).toMatchObject({ ok: false, id: "a-huge", code: "input/too-large" });
    expect(items[1]).toMatchObject({ ok: true, id: "b" });
  });

  it("reports a missing path and reads JSONL from stdin", async () => {
    const stdin = Readable.from(['{"id":"s","text":"From stdin."}\n']);
    const items = await collect(discover(["/no/such/path", "-"], stdin));
    expect(items[0]).toMatchObject({ ok: false, code: "input/not-found" });
    expect(items[1]).toMatchObject({ ok: true, id: "s", origin: { file: "-", line: 1 } });
  });
});

describe("batch/run-batch", () => {
  const loaded = configFromValue({ stages: ["segment"] }, null);
  if (!loaded.ok) throw new Error(loaded.error);

  it("a malformed line in the middle loses nothing else, and output keeps input order", async () => {
    const lines = ['{"id":"a","text":"Alpha."}', "{broken", '{"id":"b","text":"Beta."}', '{"id":"c","text":""}', '{"id":"d","text":"Delta."}'];
    const written: NewsDocument[] = [];
    const summary = await runBatch(discover(["-"], Readable.from([lines.join("\n")])), {
      pipeline: loaded.pipeline,
      concurrency: 2,
      format: "line",
      extractor: "test",
      write: async (d) => void written.push(JSON.parse(d.body)),
    });
    expect(written.map((d) => d.id)).toEqual(["a", "b", "d"]);
    expect(summary.read).toBe(5);
    expect(summary.written).toBe(3);
    expect(summary.failed.map((f) => [f.where, f.code])).toEqual([
      ["-:2", "input/malformed-json"],
      ["-:4", "input/empty"],
    ]);
  });

  it("an article's output does not depend on the batch around it (full pipeline)", async () => {
    const full = loadConfig();
    if (!full.ok) throw new Error(full.error);
    const pipeline = full.pipeline;
    const texts = [
      "China's exports rose 5% in May, Mr. Li Wei said on Monday. \"We are pleased,\" Li said.",
      "Xyzzy's plugh rose 5%. China's exports fell. Beijing's Ministry of Commerce (MOFCOM) disagreed.",
      "The U.S. said it. China's view differs, according to Li Wei, who met 40 officials in 2016.",
    ];
    const alone = async (i: number) => {
      const out: NewsDocument[] = [];
      await runBatch(discover(["-"], Readable.from([JSON.stringify({ id: `d${i}`, text: texts[i] })])), { pipeline, concurrency: 1, format: "line", extractor: "test", write: async (d) => void out.push(JSON.parse(d.body)) });
      return out[0];
    };
    const together: NewsDocument[] = [];
    const reversed = [2, 1, 0].map((i) => JSON.stringify({ id: `d${i}`, text: texts[i] })).join("\n");
    await runBatch(discover(["-"], Readable.from([reversed])), { pipeline, concurrency: 3, format: "line", extractor: "test", write: async (d) => void together.push(JSON.parse(d.body)) });
    for (const i of [0, 1, 2]) expect(together.find((d) => d.id === `d${i}`)).toEqual(await alone(i));
    expect(together.every((d) => d.entities.length > 0 && d.quantities.length > 0)).toBe(true);
  });
});
