import { readFileSync } from "node:fs";
import { z } from "zod";
import { QuantitySchema, type Quantity } from "../../schema/quantity.js";
import { parseOutputLines } from "../jsonl.js";

/**
 * The CQE JSON format (Almasian et al., EMNLP 2023): a list of sentences, each with its quantities.
 * Values are strings, a range "low-high"; NewsQuant-style sets add unit (as written), change and
 * referred_concepts. Our own dev set adds start/end (the quantity's span in the sentence).
 */

export const CQE_CHANGES = ["=", "~", "up", "down", ">", "<"] as const;
export type CqeChange = (typeof CQE_CHANGES)[number];

/** A number as JSON writes it, optionally negative, optionally with an exponent. */
const NUMBER = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const SINGLE = new RegExp(`^${NUMBER}$`);
const RANGE = new RegExp(`^(${NUMBER})\\s*-\\s*(${NUMBER})$`);

export type CqeValue = number | readonly [number, number];

/** Reads a CQE value string: "12.5", "-5", "1e6", or a range "5-10" (ends in text order). Null if malformed. */
export function parseCqeValue(raw: string): CqeValue | null {
  const s = raw.trim();
  if (SINGLE.test(s)) return Number(s);
  const m = RANGE.exec(s);
  if (m) return [Number(m[1]), Number(m[2])];
  return null;
}

const GoldQuantitySchema = z
  .object({
    value: z.string().refine((v) => parseCqeValue(v) !== null, { message: "expected a number or a range 'low-high' as a string" }),
    unit: z.string().optional(),
    normalized_unit: z.string().optional(),
    change: z.enum(CQE_CHANGES).optional(),
    referred_concepts: z.union([z.string(), z.array(z.string())]).optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
    kind: z.string().optional(),
  })
  .refine((q) => (q.start === undefined) === (q.end === undefined) && (q.start === undefined || q.start < q.end!), {
    message: "start and end go together, start < end",
  });

const GoldSentenceSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  quantities: z.array(GoldQuantitySchema),
});

export const CqeGoldFileSchema = z.array(GoldSentenceSchema);

/** One quantity on either side, in the terms the CQE protocol compares. */
export interface CqeQuantity {
  value: CqeValue;
  /** normalised unit name, folded (see units.ts); "" for none */
  unit: string;
  /** null when the gold file does not annotate change */
  change: CqeChange | null;
  /** concept tokens, lower-cased, stop words out; null when the gold file does not annotate concepts */
  concepts: string[] | null;
}

export interface CqeGoldQuantity extends CqeQuantity {
  /** as written in the file, for error listings */
  raw: string;
  start?: number;
  end?: number;
}

export interface CqeGoldSentence {
  id: string;
  text: string;
  quantities: CqeGoldQuantity[];
}

export class CqeFormatError extends Error {
  override name = "CqeFormatError";
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
}

function readText(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8").replace(/^\uFEFF/, "");
  } catch (err) {
    throw new CqeFormatError(`${path}: cannot read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function readJsonFile(path: string): unknown {
  const raw = readText(path);
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new CqeFormatError(`${path}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Validates a parsed CQE gold file; `fold` turns a gold unit name and concept string into the compared form.
 * Errors name the file, the sentence index and the field ("gold.json: [3].quantities[1].value: …").
 */
export function parseCqeGold(
  path: string,
  data: unknown,
  fold: { unit: (name: string) => string; concepts: (c: string | readonly string[]) => string[] },
): CqeGoldSentence[] {
  const parsed = CqeGoldFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const extra = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : "";
    throw new CqeFormatError(`${path}: ${issuePath(issue.path) || "top level"}: ${issue.message}${extra}`);
  }
  return parsed.data.map((s, i) => ({
    id: s.id ?? String(i + 1),
    text: s.text,
    quantities: s.quantities.map((q, j) => {
      if (q.end !== undefined && q.end > s.text.length)
        throw new CqeFormatError(`${path}: [${i}].quantities[${j}]: end ${q.end} beyond the sentence (${s.text.length} characters)`);
      const out: CqeGoldQuantity = {
        value: parseCqeValue(q.value)!,
        unit: fold.unit(q.normalized_unit ?? ""),
        change: q.change ?? null,
        concepts: q.referred_concepts === undefined ? null : fold.concepts(q.referred_concepts),
        raw: `${q.value}${q.normalized_unit ? ` ${q.normalized_unit}` : ""}`,
      };
      if (q.start !== undefined) {
        out.start = q.start;
        out.end = q.end!;
      }
      return out;
    }),
  }));
}

const PredDocSchema = z.object({
  id: z.string(),
  text: z.string(),
  quantities: z.array(QuantitySchema),
});

export interface PredDoc {
  id: string;
  text: string;
  quantities: Quantity[];
}

/** Reads our JSONL output (`newsfacts extract --out x.jsonl`): id, text and quantities of each document. */
export function readPredDocs(path: string): PredDoc[] {
  return parseOutputLines(readText(path), path, PredDocSchema, (m) => new CqeFormatError(m), issuePath);
}
