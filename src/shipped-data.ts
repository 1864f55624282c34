import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/**
 * The package's folder (the one holding its package.json): found from this module upwards, so it is the same
 * whether the code runs from src/ (tsx, tests), from dist/ (tsc's output) or from dist/bundle/ (the CLI's
 * bundle, where every module's import.meta.url is the bundle's).
 */
export function packageRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`newsfacts: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/**
 * The `data/` folder of a source folder (`folder` relative to src/: "ner", "nlp/coref", "syntax"), with a
 * trailing slash: the data files stay in src/ (tsc does not copy them) and every layout of the code reads
 * (and the training scripts write) them there.
 */
export function srcDataDir(folder: string): string {
  return join(packageRoot(), "src", folder, "data") + "/";
}

/** srcDataDir(folder) when it holds `file` (a model, a lexicon), else null. */
export function shippedDataDir(folder: string, file: string): string | null {
  const dir = srcDataDir(folder);
  return existsSync(dir + file) ? dir : null;
}
