import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { fileWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";
import type { Cell, Column, Table } from "./tables.js";

/** Rows go in one at a time; memory holds at most one batch per table. */
export interface TableWriter {
  add(row: Cell[]): void;
  close(): void;
  readonly file: string;
  rows: number;
}

/** Appends text to a file in ~1 MB chunks (synchronous: the export is a single sequential loop). */
function chunkedFile(file: string) {
  const fd = openSync(file, "w");
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) writeSync(fd, parts.join(""));
    parts = [];
    size = 0;
  };
  return {
    write(s: string) {
      parts.push(s);
      size += s.length;
      if (size > 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
    },
  };
}

/**
 * RFC 4180: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in CRLF.
 * Our own ten lines rather than csv-stringify: the cells are already flat scalars, there is no
 * parsing, and a stream Transform would add a dependency and a per-row async hop for nothing.
 */
export function csvField(v: Cell): string {
  if (v === null) return "";
  const s = Array.isArray(v) ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvWriter(dir: string, table: Table, bom: boolean): TableWriter {
  const file = join(dir, `${table.name}.csv`);
  const out = chunkedFile(file);
  out.write(`${bom ? "\ufeff" : ""}${table.columns.map((c) => csvField(c.name)).join(",")}\r\n`);
  const w = {
    file,
    rows: 0,
    add(row: Cell[]) {
      out.write(`${row.map(csvField).join(",")}\r\n`);
      w.rows++;
    },
    close: () => out.close(),
  };
  return w;
}

export function jsonlWriter(dir: string, table: Table): TableWriter {
  const file = join(dir, `${table.name}.jsonl`);
  const out = chunkedFile(file);
  const names = table.columns.map((c) => c.name);
  const w = {
    file,
    rows: 0,
    add(row: Cell[]) {
      const o: Record<string, Cell> = {};
      names.forEach((n, i) => (o[n] = row[i] ?? null));
      out.write(`${JSON.stringify(o)}\n`);
      w.rows++;
    },
    close: () => out.close(),
  };
  return w;
}

const PARQUET_TYPE = { STRING: "STRING", INT32: "INT32", DOUBLE: "DOUBLE", BOOLEAN: "BOOLEAN", LIST: "JSON" } as const;

/** Rows per row group: big enough for good compression and fast scans, small enough to bound memory. */
export const PARQUET_ROW_GROUP = 50_000;

/** Parquet via hyparquet-writer: columns buffered up to one row group, then written (snappy) and dropped. */
export function parquetWriter(dir: string, table: Table): TableWriter {
  const file = join(dir, `${table.name}.parquet`);
  const cols: Column[] = table.columns;
  const empty = () => cols.map(() => [] as unknown[]);
  let buffers = empty();
  const source = (data: unknown[][]) =>
    cols.map((c, i) => ({ name: c.name, type: PARQUET_TYPE[c.type], nullable: !c.key, data: data[i]! as never }));
  const writer = new ParquetWriter({ writer: fileWriter(file), schema: schemaFromColumnData({ columnData: source(empty()) }), createdBy: "newsfacts export (hyparquet-writer)" });
  const flush = () => {
    if (buffers[0]!.length === 0) return;
    writer.write({ columnData: source(buffers), rowGroupSize: PARQUET_ROW_GROUP });
    buffers = empty();
  };
  const w = {
    file,
    rows: 0,
    add(row: Cell[]) {
      for (let i = 0; i < cols.length; i++) buffers[i]!.push(row[i] ?? null);
      if (++w.rows % PARQUET_ROW_GROUP === 0) flush();
    },
    close() {
      flush();
      writer.finish();
    },
  };
  return w;
}
