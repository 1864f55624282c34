import { z } from "zod";
import type { ArticleMeta } from "../document/types.js";
import type { InputItem, Origin } from "./article.js";
import { firstInvalidUtf8, sniffBom, utf8 } from "./encoding.js";

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The longest article accepted, in UTF-16 code units (about 800,000 words). Anything longer is
 * not a news article (a dump, a concatenated file) and would hold up the batch; it is refused.
 */
export const MAX_ARTICLE_CHARS = 5_000_000;

/** One JSONL input line. Unknown keys are ignored, so annotated corpora can be fed directly. */
export const InputRecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  published: z
    .string()
    .regex(ISO_DATE, "published must be an ISO date YYYY-MM-DD")
    .refine(isRealDate, "published is not a calendar date")
    .nullish(),
  title: z.string().nullish(),
});

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

type Checked = { ok: true; text: string } | { ok: false; code: string; error: string };

/** Limits of the input policy; every input form (.txt, JSONL file, stdin) applies the same ones. */
export interface InputLimits {
  /** the longest article accepted, in UTF-16 code units */
  maxChars: number;
}
export const DEFAULT_LIMITS: InputLimits = { maxChars: MAX_ARTICLE_CHARS };

const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

/**
 * Decodes the bytes of one article. The policy, the same for every input form: UTF-8, strictly (a
 * byte sequence that is not UTF-8 refuses the article, nothing is replaced); a byte-order mark
 * selects UTF-8 or UTF-16 (LE/BE) and is dropped; then checkText().
 */
export function decodeArticle(bytes: Uint8Array, limits: InputLimits = DEFAULT_LIMITS): Checked {
  const { encoding, bom } = sniffBom(bytes);
  let text: string;
  if (encoding !== "utf-8") {
    try {
      text = (encoding === "utf-16le" ? utf16le : utf16be).decode(bytes.subarray(bom));
    } catch {
      return { ok: false, code: "input/invalid-utf16", error: `not valid ${encoding.toUpperCase()} (its byte-order mark says it is)` };
    }
    return checkText(text, limits);
  }
  try {
    text = utf8.decode(bytes.subarray(bom));
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, code: "input/invalid-utf8", error: `not valid UTF-8 (first bad byte at offset ${at})` };
  }
  return checkText(text, limits);
}

/** An HTML page rather than article text: refused (extract the article's text first). */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body)\b/i;

/**
 * The checks every article's text passes, whatever it was read from: not empty, not over the
 * size limit, no NUL or other C0 control characters (binary data), not an HTML page.
 */
export function checkText(text: string, limits: InputLimits = DEFAULT_LIMITS): Checked {
  if (text.trim().length === 0) return { ok: false, code: "input/empty", error: "article text is empty" };
  if (text.length > limits.maxChars)
    return { ok: false, code: "input/too-large", error: `article is ${text.length.toLocaleString("en")} characters; the limit is ${limits.maxChars.toLocaleString("en")}` };
  // C0 controls other than tab/newline/carriage return/form feed mean binary data
  const ctl = /[\u0000-\u0008\u000b\u000e-\u001f]/.exec(text);
  if (ctl) {
    const name = ctl[0] === "\u0000" ? "NUL" : `control character U+${ctl[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`;
    return { ok: false, code: "input/binary", error: `looks binary: ${name} at offset ${ctl.index}` };
  }
  const html = HTML_START.exec(text);
  if (html) return { ok: false, code: "input/html", error: `an HTML page, not article text (starts with ${JSON.stringify(html[0].trim())}): extract its text first` };
  return { ok: true, text };
}

export interface FrontMatter {
  meta: Partial<ArticleMeta> & { id?: string };
  /** the article text after the front matter */
  body: string;
  errors: string[];
}

/**
 * A text article may open with a YAML-style front matter block of `key: value` lines between
 * `---` fences (id, title, published; others are ignored). The text that follows is the article.
 */
export function parseFrontMatter(raw: string): FrontMatter {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (!m) {
    // an opening fence followed by 'key: value' but never closed: the metadata would silently become article text
    if (/^---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:/.test(raw))
      return { meta: {}, body: raw, errors: ["front matter opened on line 1 is never closed by a '---' line"] };
    return { meta: {}, body: raw, errors: [] };
  }
  const meta: FrontMatter["meta"] = {};
  const errors: string[] = [];
  for (const [i, line] of m[1]!.split(/\r?\n/).entries()) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) {
      errors.push(`front matter line ${i + 2}: expected 'key: value'`);
      continue;
    }
    const key = kv[1]!;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (key === "title") meta.title = value;
    else if (key === "id") meta.id = value;
    else if (key === "published") {
      if (ISO_DATE.test(value) && isRealDate(value)) meta.published = value;
      else errors.push(`front matter line ${i + 2}: published '${value}' is not an ISO date YYYY-MM-DD`);
    }
  }
  return { meta, body: raw.slice(m[0].length), errors };
}

/** Turns one JSONL line into an input item. */
export function parseJsonlLine(line: string, origin: Origin, fallbackId: string, limits: InputLimits = DEFAULT_LIMITS): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, id: fallbackId, origin, code: "input/malformed-json", error: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = InputRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const id = typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string" ? (value as { id: string }).id : fallbackId;
    return { ok: false, id, origin, code: "input/invalid-record", error: `invalid record: ${issue.path.join(".") || "(root)"}: ${issue.message}` };
  }
  const checked = checkText(parsed.data.text, limits);
  if (!checked.ok) return { ok: false, id: parsed.data.id, origin, code: checked.code, error: checked.error };
  return {
    ok: true,
    id: parsed.data.id,
    text: parsed.data.text,
    meta: { published: parsed.data.published ?? null, title: parsed.data.title ?? null },
    origin,
  };
}
