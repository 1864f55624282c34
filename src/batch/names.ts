import { createHash } from "node:crypto";

/** Names Windows reserves for devices, with or without an extension (CON.json is still CON). */
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
/** An id used as its own file name: lower-case letters, digits, '-', '_' and inner dots, at most 120 characters. */
const PLAIN = /^[a-z0-9](?:[a-z0-9._-]{0,118}[a-z0-9_-])?$/;

/** The id as a short readable stem: ASCII letters and digits kept (lower-cased), runs of anything else one '-'. */
function slug(id: string): string {
  return id
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/**
 * The file name of an article's output in a folder. Documented, stable and injective:
 * - an id that is already a safe name (lower-case ASCII letters, digits, '.', '-', '_'; starting and
 *   ending with a letter or digit or '_'; at most 120 characters; not a Windows device name) is used as
 *   it is: `morocco-bcij-2016` -> `morocco-bcij-2016.json`;
 * - any other id becomes a readable slug, '~', and the first 16 hex digits of the SHA-256 of the id:
 *   `../../etc/passwd` -> `etc-passwd~<hash>.json`, `Reuters/1996` -> `reuters-1996~<hash>.json`.
 * The '~' never occurs in a plain name, so a plain name never meets a hashed one; two hashed names
 * meet only if 64-bit hashes collide. Names differ in more than letter case, so case-insensitive file
 * systems keep them apart too, and no name can leave the folder.
 */
export function fileNameForId(id: string): string {
  if (PLAIN.test(id) && !RESERVED.test(id)) return `${id}.json`;
  const hash = createHash("sha256").update(id, "utf8").digest("hex").slice(0, 16);
  return `${slug(id) || "id"}~${hash}.json`;
}
