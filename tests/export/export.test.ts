import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDocuments } from "../../src/export/export.js";
import { readDocuments, type ReadDocument } from "../../src/export/read-docs.js";
import { TABLES } from "../../src/export/tables.js";
import { csvField } from "../../src/export/writers.js";
import { run } from "../../src/cli/main.js";
import { collectIO } from "../helpers.js";
import { hostileDocument, withLayers } from "../render/hostile.js";

/** A strict RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF records). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"') (quoted = true), i++;
    else if (c === ",") row.push(field), (field = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), (i += 2);
    else (field += c), i++;
  }
  return rows;
}

describe("export", () => {
  let dir: string;
  const docs: ReadDocument[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "nf-export-"));
    writeFileSync(join(dir, "in.jsonl"), [hostileDocument(), withLayers(hostileDocument())].map((d) => JSON.stringify(d)).join("\n") + "\n");
    for await (const { doc } of readDocuments(["tests/golden", join(dir, "in.jsonl")])) docs.push(doc);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expected = (name: string) => docs.reduce((n, d) => n + [...TABLES.find((t) => t.name === name)!.rows(d)].length, 0);
  const inputs = () => ["tests/golden", join(dir, "in.jsonl")];

  it("csvField quotes per RFC 4180", () => {
    expect(csvField('a "b", c\nd')).toBe('"a ""b"", c\nd"');
    expect(csvField(null)).toBe("");
    expect(csvField(["x", "y"])).toBe('"[""x"",""y""]"');
  });

  it("parquet: every table reads back (hyparquet) with the JSON's row counts and values", async () => {
    const out = join(dir, "pq");
    const summary = await exportDocuments(readDocuments(inputs()), "parquet", out);
    expect(summary.documents).toBe(17);
    expect(Object.keys(summary.tables).sort()).toEqual(["checks", "dates", "documents", "entities", "events", "mentions", "quantities", "quotes", "references", "sentences", "tokens"]);
    for (const [name, t] of Object.entries(summary.tables)) {
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(t.file) });
      expect(rows.length, name).toBe(expected(name));
      expect(t.rows).toBe(rows.length);
    }
    const seed = docs.find((d) => d.id === "morocco-bcij-2016")!;
    const q = await parquetReadObjects({ file: await asyncBufferFromFile(join(out, "quantities.parquet")) });
    const q548 = seed.quantities.find((x) => x.value === 548)!;
    const row = q.find((r) => r.doc_id === seed.id && r.quantity_id === q548.id)!;
    expect([row.value, row.counted, row.start, row.text, row.unit]).toEqual([548, "person", q548.start, q548.text, null]);
    const ents = await parquetReadObjects({ file: await asyncBufferFromFile(join(out, "entities.parquet")) });
    const e = seed.entities.find((x) => x.aliases.length > 0)!;
    expect(ents.find((r) => r.doc_id === seed.id && r.entity_id === e.id)!.aliases).toEqual(e.aliases);
    const hostile = await parquetReadObjects({ file: await asyncBufferFromFile(join(out, "documents.parquet")) });
    expect(hostile.find((r) => r.doc_id === "hostile<script>")!.text).toBe(hostileDocument().text);
    const events = await parquetReadObjects({ file: await asyncBufferFromFile(join(out, "events.parquet")) });
    const mine = events.filter((r) => r.doc_id === "layers");
    expect(mine).toHaveLength(1);
    expect(events.filter((r) => r.doc_id === seed.id)).toHaveLength(seed.events.length);
    expect([mine[0]!.class, mine[0]!.count, mine[0]!.count_id, mine[0]!.place_ids, mine[0]!.time]).toEqual(["arrest", 3, "Q1", ["E1"], "2016-05-04"]);
  });

  it("csv: RFC 4180 with UTF-8 intact and an optional BOM; row counts and values match", async () => {
    const out = join(dir, "csv");
    const summary = await exportDocuments(readDocuments(inputs()), "csv", out, { bom: true });
    for (const [name, t] of Object.entries(summary.tables)) {
      const raw = readFileSync(t.file, "utf8");
      expect(raw.charCodeAt(0)).toBe(0xfeff);
      const rows = parseCsv(raw.slice(1));
      expect(rows[0], name).toEqual(TABLES.find((x) => x.name === name)!.columns.map((c) => c.name));
      expect(rows.length - 1, name).toBe(expected(name));
    }
    const docsCsv = parseCsv(readFileSync(join(out, "documents.csv"), "utf8").slice(1));
    const textCol = docsCsv[0]!.indexOf("text");
    expect(docsCsv.find((r) => r[0] === "hostile<script>")![textCol]).toBe(hostileDocument().text);
    const mentions = parseCsv(readFileSync(join(out, "mentions.csv"), "utf8").slice(1));
    const seed = docs.find((d) => d.id === "morocco-bcij-2016")!;
    const m = seed.entities[0]!.mentions[0]!;
    expect(mentions.find((r) => r[0] === seed.id && r[1] === seed.entities[0]!.id && r[2] === "0")!.slice(3, 7)).toEqual([seed.entities[0]!.type, String(m.start), String(m.end), m.text]);
  });

  it("jsonl and spacy-json through the CLI", async () => {
    const c = collectIO();
    expect(await run(["export", "--format", "jsonl", "--out", join(dir, "jl"), ...inputs()], c.io)).toBe(0);
    const lines = readFileSync(join(dir, "jl", "dates.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBe(expected("dates"));
    expect(lines[0]).toHaveProperty("date_id");
    expect(await run(["export", "--format", "spacy-json", "--out", join(dir, "sp"), "tests/golden/morocco-bcij-2016.json"], c.io)).toBe(0);
    const sp = JSON.parse(readFileSync(join(dir, "sp", "spacy.jsonl"), "utf8")) as { text: string; ents: Array<{ start: number; end: number; label: string }>; sents: unknown[] };
    const seed = docs.find((d) => d.id === "morocco-bcij-2016")!;
    expect(sp.text).toBe(seed.text);
    // name mentions only: nominal ones ("Moroccan security services") would overlap the names inside them
    expect(sp.ents.length).toBe(seed.entities.reduce((n, e) => n + e.mentions.filter((m) => m.kind !== "nominal").length, 0));
    expect(sp.sents.length).toBe(seed.sentences.length);
    for (const e of sp.ents.slice(0, 5)) expect(seed.entities.some((x) => x.type === e.label && x.mentions.some((m) => m.start === e.start && m.end === e.end))).toBe(true);
  });

  it("bad input and usage get clear errors", async () => {
    const c = collectIO();
    expect(await run(["export", "--format", "xlsx", "tests/golden"], c.io)).toBe(2);
    expect(c.stderr()).toContain("--format must be one of");
    writeFileSync(join(dir, "bad.jsonl"), '{"id":"x","text":"t","entities":[],"sentences":[],"quantities":[],"dates":[],"quotes":[]}\n{"id": 3}\n');
    expect(await run(["export", "--format", "csv", "--out", join(dir, "bad"), join(dir, "bad.jsonl")], c.io)).toBe(1);
    expect(c.stderr()).toContain("bad.jsonl:2: not a newsfacts document");
  });
});

describe("docs/export.md", () => {
  it("documents every table and column", () => {
    const md = readFileSync("docs/export.md", "utf8");
    for (const t of TABLES) {
      expect(md, t.name).toContain(`### ${t.name}`);
      for (const c of t.columns) expect(md, `${t.name}.${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
    }
  });
});
