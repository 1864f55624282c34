import { expect } from "vitest";
import { Doc } from "../../../src/document/document.js";
import type { EntityMention } from "../../../src/document/types.js";
import type { Entity, EntityType } from "../../../src/schema/index.js";
import { EntitySchema } from "../../../src/schema/index.js";
import { buildPipeline } from "../../../src/pipeline/build.js";
import { runPipeline } from "../../../src/pipeline/run.js";
import { linkStage } from "../../../src/stages/link.js";

export const segment = buildPipeline([{ name: "segment" }]);

/** A mention of the n-th occurrence (0-based) of `s` in `text`. */
export type Spec = [s: string, type: EntityType, n?: number];

export function mention(text: string, [s, type, n = 0]: Spec): EntityMention {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`occurrence ${n} of '${s}' not in text`);
  }
  return { start: at, end: at + s.length, text: s, type, source: "entities:model-spans" };
}

export function link(text: string, specs: Spec[], options: Record<string, unknown> = {}): Entity[] {
  const doc = new Doc("t", text);
  runPipeline(segment, doc);
  doc.set("mentions", specs.map((s) => mention(text, s)));
  linkStage.create(linkStage.options.parse(options))(doc);
  const entities = doc.get("entities");
  for (const e of entities) {
    EntitySchema.parse(e);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return entities;
}

/** Compact view: type, name, aliases, and mentions as "text@start:source". */
export function brief(entities: Entity[]): Array<[string, string, string, string[], string[]]> {
  return entities.map((e) => [e.id, e.type, e.name, e.aliases, e.mentions.map((m) => `${m.text}@${m.start}:${m.source}`)]);
}
