/**
 * Brown word clusters learned from open unlabelled news text (scripts/ner/clusters.ts): each word of the
 * vocabulary has the bit-string path of its cluster in the merge tree. Words with a common path prefix are
 * used alike; the tagger's features read prefixes of several lengths (src/ner/features.ts).
 */
import { dataDir, readGzJson } from "../resources/ner-data.js";
import { hashString } from "./hash.js";

export const CLUSTERS_FILE = "clusters.json.gz";

export interface ClusterData {
  meta: { algorithm: string; clusters: number; minCount: number; words: number; tokens: number; sources: string[] };
  /** bit-string path of each cluster, sorted */
  paths: string[];
  /** words of each cluster, joined by one space (tokens never hold a space) */
  words: string[];
}

/** Which path prefixes the tagger reads: lengths for the word itself and for the words at ±1 (0 = the whole path). */
export interface ClusterFeatureConfig {
  word: number[];
  context: number[];
  /** also the first context prefix of the word at -1 (and +1) joined with the word's shape */
  shape?: boolean;
}
export const DEFAULT_CLUSTER_FEATURES: ClusterFeatureConfig = { word: [4, 6, 10, 0], context: [] };

export class WordClusters {
  private readonly idOf = new Map<string, number>();
  readonly size: number;

  constructor(readonly data: ClusterData) {
    this.size = data.paths.length;
    data.words.forEach((ws, c) => {
      for (const w of ws.split(" ")) if (w) this.idOf.set(w, c);
    });
  }

  /** Cluster id of a word as written, -1 when the word is not in the vocabulary. */
  id(word: string): number {
    return this.idOf.get(word) ?? -1;
  }

  /** The path of a word's cluster, or null. */
  path(word: string): string | null {
    const c = this.idOf.get(word);
    return c === undefined ? null : this.data.paths[c]!;
  }

  /** Hashes of each cluster's path prefixes of the given lengths (0 = whole path): out[c * lengths.length + k]. */
  prefixHashes(lengths: readonly number[]): Int32Array {
    const K = lengths.length;
    const out = new Int32Array(this.size * K);
    this.data.paths.forEach((p, c) => {
      lengths.forEach((len, k) => {
        out[c * K + k] = len === 0 ? hashString("=" + p) : hashString(p.slice(0, len));
      });
    });
    return out;
  }
}

const loaded = new Map<string, WordClusters>();

/**
 * The Brown word clusters in `dir`, read once per thread: the entity model and the syntax model
 * (src/syntax/words.ts) both read them (15-17 ms each time).
 */
export function loadClusters(dir = dataDir()): WordClusters {
  let cl = loaded.get(dir);
  if (!cl) loaded.set(dir, (cl = new WordClusters(readGzJson<ClusterData>(dir + CLUSTERS_FILE))));
  return cl;
}
