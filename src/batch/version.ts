import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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

const cache = new Map<string, string>();

/** The files the extractor's version hashes: the running code with its JSON tables, and the data/ folders under src/. */
export function extractorInputs(): { codeRoot: string; srcRoot: string; code: string[]; data: string[] } {
  const here = dirname(fileURLToPath(import.meta.url)); // <root>/batch
  const codeRoot = dirname(here);
  const srcRoot = codeRoot.replace(/[/\\]dist$/, `${codeRoot.endsWith("dist") ? "/src" : ""}`).replace(/\/src\/src$/, "/src");
  return {
    codeRoot,
    srcRoot,
    code: filesBelow(codeRoot, (p) => /\.(?:js|ts|json)$/.test(p) && !/[/\\]data[/\\]/.test(p)),
    data: filesBelow(srcRoot, (p) => /[/\\]data[/\\]/.test(p)),
  };
}

/**
 * The extractor's version: the package version, then '+' and 16 hex digits of a SHA-256 over the
 * running code (every module of dist/ or src/, and the JSON tables beside them: units, phrases, event classes), the shipped models, lexicons and gazetteers (every
 * file in a data/ folder under src/), and the resolved pipeline config. Any change to any of them
 * gives a new version, so an output written by another extractor is never taken as up to date.
 * Computed once per process and config (about 20 ms).
 */
export function extractorVersion(config: unknown): string {
  const configJson = JSON.stringify(config);
  const hit = cache.get(configJson);
  if (hit) return hit;
  const { codeRoot, srcRoot, code, data } = extractorInputs();
  const pkgFile = join(dirname(codeRoot), "package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { version: string };
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
  return v;
}
