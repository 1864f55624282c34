import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { InputItem } from "../../src/batch/article.js";
import { discover, uniqueIds } from "../../src/batch/discover.js";
import { checkText, decodeArticle, parseFrontMatter } from "../../src/batch/read.js";
import { readLines } from "../../src/batch/lines.js";
import { run } from "../../src/cli/main.js";
import { collectIO } from "../helpers.js";

const tmp = () => mkdtempSync(join(tmpdir(), "newsfacts-policy-"));

async function collect(it: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const codes = (items: InputItem[]) => items.map((i) => (i.ok ? `ok:${i.id}` : `${i.code}:${i.id}`));

describe("input policy", () => {
  it("invalid UTF-8 is refused the same way in a .txt file, a JSONL line and on stdin, and the lines after it are read", async () => {
    const dir = tmp();
    const bad = Buffer.from([0x42, 0x61, 0xff, 0x64]);
    writeFileSync(join(dir, "a.txt"), bad);
    writeFileSync(join(dir, "b.jsonl"), Buffer.concat([Buffer.from('{"id":"b1","text":"'), bad, Buffer.from('"}\n{"id":"b2","text":"Fine."}\n')]));
    const stdin = Readable.from([Buffer.concat([Buffer.from('{"id":"s1","text":"'), bad, Buffer.from('"}\n')])]);
    const items = await collect(discover([dir, "-"], { stdin }));
    expect(codes(items)).toEqual(["input/invalid-utf8:a", "input/invalid-utf8:b-1", "ok:b2", "input/invalid-utf8:--1"]);
    expect(items[1]).toMatchObject({ origin: { line: 1 }, error: "line is not valid UTF-8 (first bad byte at column 22)" });
  });

  it("a UTF-8 byte-order mark opening a JSONL file loses nothing; UTF-16 with a byte-order mark is decoded", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.jsonl"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"first","text":"One."}\n')]));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café in Zürich.", "utf16le")]);
    writeFileSync(join(dir, "b.txt"), le);
    const be = Buffer.from("Ünïcode line.", "utf16le").swap16();
    writeFileSync(join(dir, "c.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(join(dir, "d.jsonl"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"d1","text":"Wide."}\r\n{"id":"d2","text":"Two."}\n', "utf16le")]));
    const items = await collect(discover([dir]));
    expect(codes(items)).toEqual(["ok:first", "ok:b", "ok:c", "ok:d1", "ok:d2"]);
    expect(items.map((i) => (i.ok ? i.text : ""))).toEqual(["One.", "Café in Zürich.", "Ünïcode line.", "Wide.", "Two."]);
  });

  it("NUL is refused in every form; an HTML page is refused with what it starts with", () => {
    expect(checkText("A\u0000B")).toEqual({ ok: false, code: "input/binary", error: "looks binary: NUL at offset 1" });
    expect(decodeArticle(Buffer.from("A\u0000B"))).toMatchObject({ ok: false, code: "input/binary" });
    expect(checkText("  <!DOCTYPE html><html><head><style>body{font-family:Georgia}</style>")).toMatchObject({ ok: false, code: "input/html" });
    expect(checkText("<HTML>\n<body>Text</body>")).toMatchObject({ ok: false, code: "input/html" });
    // a story that mentions a tag is still a story
    expect(checkText("The site's <html> tag was broken, engineers said.")).toMatchObject({ ok: true });
  });

  it("front matter without its closing fence is an error, not article text", () => {
    expect(parseFrontMatter("---\nid: x\ntitle: T\nThe article starts here.").errors).toEqual(["front matter opened on line 1 is never closed by a '---' line"]);
    // a rule line that opens an article is no front matter
    expect(parseFrontMatter("---\nThe article starts here: with a colon.").errors).toEqual([]);
  });

  it("a JSONL line without text, and a line over the size limit, are reported; memory stays bounded and the next line is read", async () => {
    const long = `{"id":"big","text":"${"a ".repeat(3000)}"}`;
    const stdin = Readable.from([`{"id":"x"}\n${long}\n{"id":"after","text":"After."}\n`]);
    const items = await collect(discover(["-"], { stdin, limits: { maxChars: 1000 } }));
    expect(codes(items)).toEqual(["input/invalid-record:x", "input/too-large:big", "ok:after"]);
    // a line too long to hold is skipped to its end without being buffered whole
    const lines = [];
    for await (const l of readLines(Readable.from([Buffer.from("short\n"), Buffer.alloc(50, 0x61), Buffer.alloc(50, 0x61), Buffer.from("\nnext\n")]), 64)) lines.push(l);
    expect(lines).toEqual([
      { line: 1, ok: true, text: "short" },
      { line: 2, ok: false, code: "input/too-large", error: "line is over 64 bytes (the article size limit)" },
      { line: 3, ok: true, text: "next" },
    ]);
  });

  it("duplicate ids: the second is reported with the place of the first", async () => {
    const stdin = Readable.from(['{"id":"a","text":"One."}\n{"id":"a","text":"Two."}\n']);
    const items = await collect(uniqueIds(discover(["-"], { stdin })));
    expect(items[1]).toMatchObject({ ok: false, code: "input/duplicate-id", error: "id 'a' was already used by the article at -:1: not processed" });
  });

  it("duplicate ids across many articles and files: each repeat names its first place, a text file without a line", async () => {
    async function* items(): AsyncGenerator<InputItem> {
      for (let i = 0; i < 3000; i++) yield { ok: true, id: `x${i}`, text: "t", meta: {}, origin: { file: "a.jsonl", line: i + 1 } };
      yield { ok: true, id: "doc", text: "t", meta: {}, origin: { file: "dir/doc.txt" } };
      yield { ok: true, id: "x2500", text: "t", meta: {}, origin: { file: "b.jsonl", line: 7 } };
      yield { ok: true, id: "doc", text: "t", meta: {}, origin: { file: "b.jsonl", line: 8 } };
    }
    const out = await collect(uniqueIds(items()));
    expect(out.filter((x) => x.ok).length).toBe(3001);
    expect(out.slice(-2)).toMatchObject([
      { ok: false, id: "x2500", code: "input/duplicate-id", error: "id 'x2500' was already used by the article at a.jsonl:2501: not processed" },
      { ok: false, id: "doc", code: "input/duplicate-id", error: "id 'doc' was already used by the article at dir/doc.txt: not processed" },
    ]);
  });
});

describe("discover links and unreadable entries", () => {
  it("follows links to files and folders; reports dangling links, loops and entries read twice", async () => {
    const dir = tmp();
    const real = join(dir, "real");
    const input = join(dir, "in");
    mkdirSync(real);
    mkdirSync(input);
    writeFileSync(join(real, "x.txt"), "Linked article.");
    symlinkSync(join(real, "x.txt"), join(input, "a-link.txt"));
    symlinkSync(real, join(input, "b-folder"));
    symlinkSync(join(dir, "missing.txt"), join(input, "c-dangling.txt"));
    symlinkSync(input, join(input, "d-loop"));
    const items = await collect(discover([input]));
    expect(codes(items)).toEqual(["ok:a-link", "input/already-read:x", "input/dangling-link:c-dangling", "input/symlink-loop:d-loop"]);
  });

  it("a folder and a file that cannot be read are one diagnostic each; the batch goes on (run as an unprivileged user)", () => {
    const dir = tmp();
    const input = join(dir, "in");
    mkdirSync(join(input, "b-locked"), { recursive: true });
    writeFileSync(join(input, "a.txt"), "First article.");
    writeFileSync(join(input, "b-locked", "hidden.txt"), "Unreachable.");
    writeFileSync(join(input, "c.txt"), "Unreadable.");
    writeFileSync(join(input, "d.txt"), "Last article.");
    chmodSync(join(input, "b-locked"), 0o000);
    chmodSync(join(input, "c.txt"), 0o000);
    const out = join(dir, "out");
    mkdirSync(out);
    chmodSync(dir, 0o777);
    chmodSync(out, 0o777);
    chmodSync(input, 0o755);
    const asNobody = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath] : [process.execPath];
    const res = spawnSync(asNobody[0]!, [...asNobody.slice(1), join(process.cwd(), "bin/newsfacts.js"), "extract", "--out", out, "--errors", join(out, "errors.jsonl"), input], { encoding: "utf8", cwd: dir });
    expect(res.status).toBe(1);
    expect(readdirSync(out).filter((f) => !f.startsWith(".")).sort()).toEqual(["a.json", "d.json", "errors.jsonl"]);
    expect(res.stderr).toContain(`${join(input, "b-locked")}: b-locked: input/unreadable: cannot read folder: EACCES`);
    expect(res.stderr).toContain(`${join(input, "c.txt")}: c: input/unreadable: cannot read: EACCES`);
    expect(res.stderr).toMatch(/2 of 4 articles written .* 2 failed/);
    expect(readFileSync(join(out, "errors.jsonl"), "utf8").trim().split("\n")).toHaveLength(2);
  });
});

describe("extract destinations", () => {
  it("usage and destination mistakes are exit 2 with one line, before any work", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "An article.");
    writeFileSync(join(dir, "file"), "");
    const cases: Array<[string[], RegExp]> = [
      [["--out", join(dir, "file")], /output folder .*file exists and is not a folder/],
      [["--out", join(dir, "a.txt"), "--shard", "4/4"], /--shard 4\/4: K must be from 0 to N-1/],
      [["--errors", join(dir, "file", "errors.jsonl")], /cannot write the error log/],
      [["--max-chars", "lots"], /--max-chars must be a whole number/],
    ];
    for (const [argv, message] of cases) {
      const c = collectIO();
      expect(await run(["extract", ...argv, join(dir, "a.txt")], c.io)).toBe(2);
      expect(c.stderr()).toMatch(message);
      expect(c.stderr().trim().split("\n")).toHaveLength(1);
    }
  });

  it("--errors and --out into missing folders create them", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "a.txt"), "An article.");
    const c = collectIO();
    expect(await run(["extract", "-q", "--out", join(dir, "new", "deeper", "out.jsonl"), "--errors", join(dir, "logs", "e.jsonl"), join(dir, "a.txt")], c.io)).toBe(0);
    expect(readFileSync(join(dir, "new", "deeper", "out.jsonl"), "utf8").split("\n")).toHaveLength(2);
    expect(readFileSync(join(dir, "logs", "e.jsonl"), "utf8")).toBe("");
  });
});
