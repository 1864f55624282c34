import { z } from "zod";
import type { ArticleMeta } from "../document/types.js";
import type { InputItem, Origin } from "./article.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

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

/** Decodes bytes as strict UTF-8 and refuses binary or empty input. A leading BOM is dropped. */
export function decodeArticle(bytes: Uint8Array): Checked {
  if (bytes.includes(0)) return { ok: false, code: "input/binary", error: "looks binary (contains NUL bytes)" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, code: "input/invalid-utf8", error: `not valid UTF-8 (first bad byte at offset ${at})` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return checkText(text);
}

export function checkText(text: string): Checked {
  if (text.trim().length === 0) return { ok: false, code: "input/empty", error: "article text is empty" };
  if (text.length > MAX_ARTICLE_CHARS)
    return { ok: false, code: "input/too-large", error: `article is ${text.length.toLocaleString("en")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en")}` };
  // U+FFFD in decoded text means the producer already lost bytes; C0 controls other than tab/newline mean binary.
  const ctl = /[\u0001-\u0008\u000b\u000e-\u001f]/.exec(text);
  if (ctl) return { ok: false, code: "input/binary", error: `control character U+${ctl[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()} at offset ${ctl.index}` };
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8 (linear scan, for the error message only). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return bytes.length;
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
  if (!m) return { meta: {}, body: raw, errors: [] };
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
export function parseJsonlLine(line: string, origin: Origin, fallbackId: string): InputItem {
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
  const checked = checkText(parsed.data.text);
  if (!checked.ok) return { ok: false, id: parsed.data.id, origin, code: checked.code, error: checked.error };
  return {
    ok: true,
    id: parsed.data.id,
    text: parsed.data.text,
    meta: { published: parsed.data.published ?? null, title: parsed.data.title ?? null },
    origin,
  };
}
