import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { shippedDataDir } from "../shipped-data.js";
import { Gazetteer, type GazetteerData } from "./gazetteer.js";

/**
 * The shipped recogniser data (src/ner/data: the model, gazetteers, word clusters) and the
 * loaders that more than one stage uses. Stages and the scorer read the gazetteer from here, never
 * from the entities stage's tagger.
 */
export const MODEL_FILE = "ner-model.bin.gz";
export const GAZETTEER_FILE = "gazetteers.json.gz";

/** The folder holding the shipped model: src/ner/data, also when running from dist/. */
export function dataDir(): string {
  const nerModule = new URL("../ner/tagger.js", import.meta.url).href;
  const dir = shippedDataDir(nerModule, MODEL_FILE);
  if (dir === null) throw new Error(`NER model ${MODEL_FILE} not found in ${fileURLToPath(new URL("./data/", nerModule))} (run npm run train)`);
  return dir;
}

/** Parses a gzipped JSON file of the data folder. */
export function readGzJson<T>(path: string): T {
  return JSON.parse(gunzipSync(readFileSync(path)).toString("utf8")) as T;
}

const gazetteers = new Map<string, Gazetteer>();
/** The gazetteer in `dir`, read once per process and shared (the entities and coref stages and the scorer all use it; it is read-only). */
export function loadGazetteer(dir = dataDir()): Gazetteer {
  let gaz = gazetteers.get(dir);
  if (!gaz) gazetteers.set(dir, (gaz = new Gazetteer(readGzJson<GazetteerData>(dir + GAZETTEER_FILE))));
  return gaz;
}
