import type { Readable } from "node:stream";
import { firstInvalidUtf8, sniffBom, utf8 } from "./encoding.js";

/** One line of a JSONL source: its text, or why it could not be decoded. Line numbers are 1-based. */
export type SourceLine =
  | { line: number; ok: true; text: string }
  | { line: number; ok: false; code: string; error: string };

/**
 * The lines of a JSONL stream, decoded one by one with the same policy as a text article: strict
 * UTF-8 (a line that is not UTF-8 is reported, with the column of its first bad byte, and the lines
 * after it are still read), a byte-order mark at the start dropped, UTF-16 with a byte-order mark
 * decoded. A line longer than `maxBytes` is not held in memory: it is skipped to its end and
 * reported. Memory is bounded by the longest accepted line, not by the stream.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<SourceLine> {
  let first = true;
  let utf16: InstanceType<typeof TextDecoder> | null = null;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let line = 0;
  let text16 = "";

  const finish = (bytes: Buffer): SourceLine => {
    line++;
    if (tooLong) {
      tooLong = false;
      return { line, ok: false, code: "input/too-large", error: `line is over ${maxBytes.toLocaleString("en")} bytes (the article size limit)` };
    }
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    const body = bytes.subarray(0, end);
    try {
      return { line, ok: true, text: utf8.decode(body) };
    } catch {
      return { line, ok: false, code: "input/invalid-utf8", error: `line is not valid UTF-8 (first bad byte at column ${firstInvalidUtf8(body) + 1})` };
    }
  };

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (first) {
      first = false;
      const { encoding, bom } = sniffBom(buf);
      buf = buf.subarray(bom);
      if (encoding !== "utf-8") utf16 = new TextDecoder(encoding, { fatal: true });
    }
    if (utf16) {
      // UTF-16 sources: decode the stream, then split the text (a rare form; lines are not size-checked byte-wise)
      try {
        text16 += utf16.decode(buf, { stream: true });
      } catch {
        yield { line: line + 1, ok: false, code: "input/invalid-utf16", error: "not valid UTF-16: the rest of the source is not read" };
        return;
      }
      let nl: number;
      while ((nl = text16.indexOf("\n")) >= 0) {
        line++;
        yield { line, ok: true, text: text16.slice(0, nl).replace(/\r$/, "") };
        text16 = text16.slice(nl + 1);
      }
      continue;
    }
    let from = 0;
    let nl: number;
    while ((nl = buf.indexOf(0x0a, from)) >= 0) {
      const piece = buf.subarray(from, nl);
      let whole: Buffer;
      if (pending.length > 0) {
        if (!tooLong) pending.push(piece);
        whole = tooLong ? Buffer.alloc(0) : Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
      } else whole = piece;
      if (!tooLong && whole.length > maxBytes) tooLong = true;
      yield finish(whole);
      from = nl + 1;
    }
    if (from < buf.length && !tooLong) {
      const rest = buf.subarray(from);
      pendingBytes += rest.length;
      if (pendingBytes > maxBytes) {
        tooLong = true;
        pending = [];
        pendingBytes = 0;
      } else pending.push(Buffer.from(rest));
    }
  }
  if (utf16) {
    try {
      text16 += utf16.decode();
    } catch {
      yield { line: line + 1, ok: false, code: "input/invalid-utf16", error: "not valid UTF-16 at the end of the source" };
      return;
    }
    if (text16.length > 0) yield { line: line + 1, ok: true, text: text16.replace(/\r$/, "") };
    return;
  }
  if (pending.length > 0 || tooLong) yield finish(Buffer.concat(pending));
}
