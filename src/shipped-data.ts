import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The `data/` folder next to a module that holds `file` (a model, a lexicon): beside the module
 * itself when it runs from src/ (tsx, tests), else beside its twin in src/ when it runs from dist/
 * (tsc does not copy data files). Null when neither has the file.
 */
export function shippedDataDir(moduleUrl: string, file: string): string | null {
  const twin = moduleUrl.replace(/\/dist\/(?!.*\/dist\/)/u, "/src/");
  for (const base of [moduleUrl, twin]) {
    const dir = fileURLToPath(new URL("./data/", base));
    if (existsSync(dir + file)) return dir;
  }
  return null;
}
