import { buildPipeline, type StageConfig } from "../src/pipeline/build.js";
import { processText } from "../src/pipeline/run.js";
import { toOutput } from "../src/output/to-output.js";
import type { ArticleMeta } from "../src/document/types.js";
import { expect } from "vitest";
import { Doc } from "../src/document/document.js";
import { entitiesStage } from "../src/stages/entities.js";
import { segmentStage } from "../src/stages/segment.js";

/** Runs the named stages over one text and returns the output document. */
export function run(text: string, stages: Array<string | StageConfig> = ["segment"], meta: Partial<ArticleMeta> = {}) {
  const pipeline = buildPipeline(stages.map((s) => (typeof s === "string" ? { name: s } : s)));
  return toOutput(processText(pipeline, "t", text, meta));
}

export const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

/** Collects what a CLI command prints. */
export function collectIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) }, out, err, stdout: () => out.join(""), stderr: () => err.join("") };
}

let segmentAndTag: { seg: (doc: Doc) => void; ent: Map<string, (doc: Doc) => void> } | null = null;

/** The entity stage's mentions of a text (segment + entities, the shipped model), each checked against the text. */
export function mentions(text: string, packs: readonly string[] = ["default"]): Array<{ text: string; type: string; source: string }> {
  segmentAndTag ??= { seg: segmentStage.create(segmentStage.options.parse({})), ent: new Map() };
  const key = packs.join(",");
  let ent = segmentAndTag.ent.get(key);
  if (!ent) segmentAndTag.ent.set(key, (ent = entitiesStage.create(entitiesStage.options.parse({ packs: [...packs] }))));
  const doc = new Doc("t", text);
  segmentAndTag.seg(doc);
  ent(doc);
  const ms = doc.get("mentions");
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ms.map((m) => ({ text: m.text, type: m.type, source: m.source }));
}

/** The wire-1996 rule pack on top of the default one (src/ner/rules/index.ts). */
export const WIRE_1996 = ["default", "wire-1996"] as const;

/** Offset of the n-th (0-based) occurrence of `s` in `text`; throws when there is none. */
export function occurrence(text: string, s: string, n: number): number {
  let p = -1;
  for (let i = 0; i <= n; i++) {
    p = text.indexOf(s, p + 1);
    if (p < 0) throw new Error(`occurrence ${n} of '${s}' not in text`);
  }
  return p;
}
