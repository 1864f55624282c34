import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileNameForId } from "../batch/writers.js";
import type { ReadItem } from "../export/read-docs.js";
import { renderIndex, type IndexRow } from "./index-page.js";
import { renderPage } from "./page.js";

/** Writes one page per document and index.html into `dir`; returns the index rows (in input order). */
export async function renderAll(items: AsyncIterable<ReadItem>, dir: string, warn: (m: string) => void = () => {}): Promise<IndexRow[]> {
  mkdirSync(dir, { recursive: true });
  const rows: IndexRow[] = [];
  const used = new Map<string, number>();
  for await (const { doc, where } of items) {
    let file = fileNameForId(doc.id).replace(/\.json$/, ".html");
    if (file === "index.html") file = "index_.html";
    const n = used.get(file) ?? 0;
    used.set(file, n + 1);
    if (n > 0) {
      file = file.replace(/\.html$/, `~${n + 1}.html`);
      warn(`${where}: id '${doc.id}' occurs more than once: written as ${file}`);
    }
    writeFileSync(join(dir, file), renderPage(doc));
    rows.push({
      file,
      id: doc.id,
      title: doc.meta.title,
      published: doc.meta.published,
      counts: { entities: doc.entities.length, quantities: doc.quantities.length, dates: doc.dates.length, quotes: doc.quotes.length, events: doc.events?.length ?? 0 },
      names: doc.entities.map((e) => e.name),
    });
  }
  writeFileSync(join(dir, "index.html"), renderIndex(rows));
  return rows;
}
