import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { packageRoot } from "../shipped-data.js";

/**
 * The files of the running code and of the shipped data, and stamps of their metadata: what the extractor's
 * version hashes (src/batch/version.ts) and what a load image is checked against (src/resources/image.ts).
 */

/** Every file below `dir` whose name passes `keep`, in a stable order (hidden entries skipped). */
function filesBelow(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) filesBelow(p, keep, out);
    else if (e.isFile() && keep(p)) out.push(p);
  }
  return out;
}

let inputs: { codeRoot: string; srcRoot: string; code: string[]; data: string[] } | null = null;

/**
 * The files the extractor's version hashes: the running code with its JSON tables (not tsc's .d.ts
 * declarations, which never run), and the data/ folders under src/. Listed once per process (the version
 * and the load images both read it; a file's change is seen by its stamp, stampOf).
 */
export function extractorInputs(): { codeRoot: string; srcRoot: string; code: string[]; data: string[] } {
  if (inputs !== null) return inputs;
  // dist/ when this runs from tsc's output or the CLI's bundle (dist/bundle/), src/ when from the sources (tsx, tests)
  const root = packageRoot();
  const fromDist = relative(root, fileURLToPath(import.meta.url)).split(/[/\\]/u)[0] === "dist";
  const codeRoot = join(root, fromDist ? "dist" : "src");
  const srcRoot = join(root, "src");
  return (inputs = {
    codeRoot,
    srcRoot,
    code: filesBelow(codeRoot, (p) => /\.(?:c?js|ts|json)$/.test(p) && !p.endsWith(".d.ts") && !/[/\\]data[/\\]/.test(p)),
    data: filesBelow(srcRoot, (p) => /[/\\]data[/\\]/.test(p)),
  });
}

/** Where extractorVersion keeps the versions it computed (see there); NEWSFACTS_VERSION_CACHE overrides, "off" disables. */
export function versionCacheDir(): string | null {
  const env = process.env["NEWSFACTS_VERSION_CACHE"];
  if (env === "off") return null;
  return env && env.length > 0 ? env : tmpdir();
}

/**
 * A stamp of the files a version hashes, from their metadata only: each file's path, size, mtime, ctime
 * and inode. Any write to a file changes its ctime (which no tool can set back), so a file whose content
 * changed never keeps its stamp, also when its size and mtime were restored (cp -p, tar).
 */
export function stampOf(files: readonly string[], root: (f: string) => string = (f) => f): string {
  const h = createHash("sha256");
  for (const f of files) {
    const s = statSync(f, { bigint: true });
    h.update(`${root(f)}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\n`);
  }
  return h.digest("hex");
}

