import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ReadItem } from "./read-docs.js";
import { toSpacyJson } from "./spacy.js";
import { TABLES, type Table } from "./tables.js";
import { csvWriter, jsonlWriter, parquetWriter, type TableWriter } from "./writers.js";

export const EXPORT_FORMATS = ["csv", "parquet", "jsonl", "spacy-json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  documents: number;
  /** table name to file and rows written */
  tables: Record<string, { file: string; rows: number }>;
}

/**
 * Streams documents into one file per table (the optional tables only once a document has the
 * layer): each document's rows are written, then the document is dropped, so memory stays bounded.
 */
export async function exportDocuments(items: AsyncIterable<ReadItem>, format: ExportFormat, dir: string, options: { bom?: boolean } = {}): Promise<ExportSummary> {
  mkdirSync(dir, { recursive: true });
  let documents = 0;
  if (format === "spacy-json") {
    const file = join(dir, "spacy.jsonl");
    const fd = openSync(file, "w");
    try {
      for await (const { doc } of items) {
        writeSync(fd, `${JSON.stringify(toSpacyJson(doc))}\n`);
        documents++;
      }
    } finally {
      closeSync(fd);
    }
    return { documents, tables: { spacy: { file, rows: documents } } };
  }
  const open = (t: Table): TableWriter => (format === "csv" ? csvWriter(dir, t, options.bom ?? false) : format === "parquet" ? parquetWriter(dir, t) : jsonlWriter(dir, t));
  const writers = new Map<Table, TableWriter>();
  for (const t of TABLES) if (!t.optional) writers.set(t, open(t));
  try {
    for await (const { doc } of items) {
      for (const t of TABLES) {
        let w = writers.get(t);
        for (const row of t.rows(doc)) {
          if (!w) writers.set(t, (w = open(t)));
          w.add(row);
        }
      }
      documents++;
    }
  } finally {
    for (const w of writers.values()) w.close();
  }
  const tables: ExportSummary["tables"] = {};
  for (const [t, w] of writers) tables[t.name] = { file: w.file, rows: w.rows };
  return { documents, tables };
}
