import { z } from "zod";
import type { LayerSpec } from "../schema/layer-spec.js";
import { OUTPUT_LAYERS } from "../schema/layers.js";
import type { EntityMention, QuoteCue, Token } from "./types.js";
import type { SyntaxLayer } from "./syntax-layer.js";

/** Working layers: produced and read by stages, not written to the output. */
export const WORKING_LAYERS = [
  { name: "tokens", record: z.custom<Token>(), output: false },
  { name: "mentions", record: z.custom<EntityMention>(), output: false },
  // the quotes stage's quotations, speakers not yet resolved through coref (the speakers stage writes `quotes`)
  { name: "quoteCues", record: z.custom<QuoteCue>(), output: false },
  // one value per document, not a list: the syntax stage's parse with its accessors
  { name: "syntax", record: z.custom<SyntaxLayer>(), output: false, single: true },
] as const satisfies readonly LayerSpec[];

/** Every layer a stage can need, read or produce: the output layers (src/schema/layers.ts) and the working ones. */
export const LAYERS: readonly LayerSpec[] = [...OUTPUT_LAYERS, ...WORKING_LAYERS] as readonly LayerSpec[];

type AnySpec = (typeof OUTPUT_LAYERS)[number] | (typeof WORKING_LAYERS)[number];
type RecordOf<S> = S extends { record: z.ZodType<infer T> } ? T : never;
/** Layer name -> its records (or its one value, for a `single` layer), derived from the specs. */
export type Layers = { [S in AnySpec as S["name"]]: S extends { single: true } ? RecordOf<S> : RecordOf<S>[] };
export type LayerName = keyof Layers;
export const LAYER_NAMES = LAYERS.map((l) => l.name) as readonly LayerName[];

const BY_NAME = new Map(LAYERS.map((l) => [l.name, l]));
/** The spec of a layer, or undefined for a name no spec declares. */
export function layerSpec(name: string): LayerSpec | undefined {
  return BY_NAME.get(name);
}
