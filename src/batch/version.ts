import { createHash } from "node:crypto";
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { extractorInputs, stampOf, versionCacheDir } from "../resources/code-files.js";

// the code and data files a version hashes, and their stamps, live in src/resources (the load images read them too)
export { extractorInputs, stampOf, versionCacheDir } from "../resources/code-files.js";

const cache = new Map<string, string>();

/** Forgets the versions this process computed (for tests of the file cache). */
export function forgetVersions(): void {
  cache.clear();
}

/**
 * The extractor's version: the package version, then '+' and 16 hex digits of a SHA-256 over the
 * running code (every module of dist/ or src/, and the JSON tables beside them: units, phrases, event classes), the shipped models, lexicons and gazetteers (every
 * file in a data/ folder under src/), and the resolved pipeline config. Any change to any of them
 * gives a new version, so an output written by another extractor is never taken as up to date.
 * Computed once per process and config. Hashing the files' contents (about 10 MB) takes 40-70 ms at
 * start-up, so the result is also kept in a small file in versionCacheDir(), keyed by the config and
 * a stamp of every input file's metadata (stampOf: size, mtime, ctime, inode; a few ms): a later process
 * whose files all have the same stamp takes the version from there, any change to a file's content
 * recomputes it. The version is the same either way (the cache only stores what the hash gave).
 */
export function extractorVersion(config: unknown, opts: { fileCache?: boolean } = {}): string {
  const configJson = JSON.stringify(config);
  const useFile = opts.fileCache ?? true;
  const hit = useFile ? cache.get(configJson) : undefined;
  if (hit) return hit;
  const { codeRoot, srcRoot, code, data } = extractorInputs();
  const pkgFile = join(dirname(codeRoot), "package.json");
  const pkgText = readFileSync(pkgFile, "utf8");
  const dir = useFile ? versionCacheDir() : null;
  let cacheFile: string | null = null;
  let stamp = "";
  if (dir !== null) {
    const key = createHash("sha256").update(`${codeRoot}\0${srcRoot}\0${configJson}`).digest("hex").slice(0, 24);
    cacheFile = join(dir, `newsfacts-version-${key}.json`);
    stamp = createHash("sha256")
      .update(`${pkgText}\0${stampOf(code, (f) => f.slice(codeRoot.length))}\0${stampOf(data, (f) => f.slice(srcRoot.length))}`)
      .digest("hex");
    try {
      // only a file of this user's (a shared temporary folder may hold anyone's)
      const mine = process.getuid === undefined || statSync(cacheFile).uid === process.getuid();
      const saved = mine ? (JSON.parse(readFileSync(cacheFile, "utf8")) as { stamp?: unknown; version?: unknown }) : {};
      if (saved.stamp === stamp && typeof saved.version === "string") {
        cache.set(configJson, saved.version);
        return saved.version;
      }
    } catch {
      // no cache yet, or unreadable: compute
    }
  }
  const pkg = JSON.parse(pkgText) as { version: string };
  const h = createHash("sha256");
  const add = (label: string, bytes: Buffer | string) => {
    h.update(`${label}\0${bytes.length}\0`);
    h.update(bytes);
  };
  add("package", pkg.version);
  for (const f of code) add(f.slice(codeRoot.length), readFileSync(f));
  for (const f of data) add(f.slice(srcRoot.length), readFileSync(f));
  add("config", configJson);
  const v = `${pkg.version}+${h.digest("hex").slice(0, 16)}`;
  cache.set(configJson, v);
  if (cacheFile !== null) {
    // best effort, written whole then renamed: a reader sees the old file or the new one, never half of one
    const part = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      writeFileSync(part, JSON.stringify({ stamp, version: v }));
      renameSync(part, cacheFile);
    } catch {
      // a read-only or full temporary folder: the version is still right, only not kept
    }
  }
  return v;
}
