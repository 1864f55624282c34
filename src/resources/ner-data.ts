import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { shippedDataDir, srcDataDir } from "../shipped-data.js";
import { Gazetteer, type GazetteerData } from "./gazetteer.js";
import { cachedImage } from "./image.js";

/**
 * The shipped recogniser data (src/ner/data: the model, gazetteers, word clusters) and the
 * loaders that more than one stage uses. Stages and the scorer read the gazetteer from here, never
 * from the entities stage's tagger.
 */
export const MODEL_FILE = "ner-model.bin.gz";
export const GAZETTEER_FILE = "gazetteers.json.gz";

/** The folder holding the shipped model: src/ner/data, also when running from dist/. */
export function dataDir(): string {
  const dir = shippedDataDir("ner", MODEL_FILE);
  if (dir === null) throw new Error(`NER model ${MODEL_FILE} not found in ${srcDataDir("ner")} (run npm run train)`);
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
  if (!gaz) {
    // its tables from the load image of an earlier process when there is one (src/resources/image.ts)
    const file = dir + GAZETTEER_FILE;
    gaz = new Gazetteer(cachedImage("gazetteer", [file], () => new Gazetteer(readGzJson<GazetteerData>(file)).tables()));
    gazetteers.set(dir, gaz);
  }
  return gaz;
}
