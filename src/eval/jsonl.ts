import type { z } from "zod";

/**
 * Our JSONL output (`newsfacts extract --out x.jsonl`), one document a line, each validated with the
 * scorer's view of a document. Blank lines are skipped; a line that is not JSON or not such a document
 * is an error naming the file and line (`fail` makes the caller's error type; `where` writes an issue's path).
 */
export function parseOutputLines<T>(
  raw: string,
  path: string,
  schema: z.ZodType<T>,
  fail: (message: string) => Error,
  where: (issuePath: readonly PropertyKey[]) => string,
): T[] {
  const docs: T[] = [];
  raw.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw fail(`${path}:${i + 1}: not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw fail(`${path}:${i + 1}: not a newsfacts output document (${where(issue.path) || "top level"}: ${issue.message})`);
    }
    docs.push(parsed.data);
  });
  return docs;
}
