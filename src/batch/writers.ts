import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import type { Writable } from "node:stream";
import { join } from "node:path";
import type { NewsDocument } from "../schema/document.js";

/** Where documents go: one JSON file each in a folder, one JSONL file, or standard output. */
export interface DocumentSink {
  write(doc: NewsDocument): Promise<void>;
  close(): Promise<void>;
  /** human description for the summary line */
  readonly where: string;
}

/** Pretty JSON with a trailing newline: the golden and folder format. Key order is the schema's. */
export function serializePretty(doc: NewsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Ids become file names: anything outside [A-Za-z0-9._-] is replaced, so an id cannot escape the folder. */
export function fileNameForId(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return `${safe.slice(0, 200) || "_"}.json`;
}

/** `warn` hears of ids that occur more than once (the later documents get a ~N suffix, never overwrite). */
export function folderSink(dir: string, warn: (message: string) => void = () => {}): DocumentSink {
  mkdirSync(dir, { recursive: true });
  const used = new Map<string, number>();
  return {
    where: dir,
    async write(doc) {
      let name = fileNameForId(doc.id);
      const n = used.get(name) ?? 0;
      used.set(name, n + 1);
      if (n > 0) {
        name = name.replace(/\.json$/, `~${n + 1}.json`);
        warn(`id '${doc.id}' occurs more than once: written as ${join(dir, name)}`);
      }
      writeFileSync(join(dir, name), serializePretty(doc));
    },
    async close() {},
  };
}

function streamSink(stream: Writable, where: string, end: boolean): DocumentSink {
  // a write error (disk full, closed pipe) fails the next write instead of crashing the process
  let failed: Error | null = null;
  stream.on("error", (err) => (failed = err));
  return {
    where,
    write(doc) {
      if (failed) return Promise.reject(new Error(`cannot write to ${where}: ${failed.message}`));
      // respect backpressure so memory stays flat on big batches
      if (stream.write(`${JSON.stringify(doc)}\n`)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onDrain = () => {
          stream.off("error", onError);
          resolve();
        };
        const onError = (err: Error) => {
          stream.off("drain", onDrain);
          reject(err);
        };
        stream.once("drain", onDrain);
        stream.once("error", onError);
      });
    },
    close() {
      if (!end) return Promise.resolve();
      return new Promise((resolve, reject) => {
        stream.once("error", reject);
        stream.end(() => resolve());
      });
    },
  };
}

export function jsonlSink(file: string): DocumentSink {
  return streamSink(createWriteStream(file), file, true);
}

export function stdoutSink(stdout: Writable = process.stdout): DocumentSink {
  return streamSink(stdout, "stdout", false);
}

/** `--out` names a folder unless it is '-' (stdout) or ends in .jsonl. */
export function sinkFor(out: string, warn?: (message: string) => void): DocumentSink {
  if (out === "-") return stdoutSink();
  if (out.toLowerCase().endsWith(".jsonl")) return jsonlSink(out);
  return folderSink(out, warn);
}

