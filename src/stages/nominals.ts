import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { loadNominalHeads } from "../resources/nominals.js";
import type { Entity } from "../schema/entity.js";
import { findNominals, type KnownMention } from "../syntax/nominals.js";

const Options = z.strictObject({});

/**
 * Entities named only by a common-noun phrase that refers to a specific organisation, group or place
 * ("Moroccan security services", "their European counterparts", "the daily"): heads from
 * src/resources/nominal-heads.json, made specific by a definite determiner, a possessor or a name
 * modifier (src/syntax/nominals.ts). Runs after coref: a description coref resolved to a named entity
 * ("the group") stays a reference and is not made an entity. The same phrase repeated (without its
 * determiner) is one entity. Nominal entities follow the named ones (ids continue after them); their
 * mentions have `kind: "nominal"`, and the span and `phrase` are the phrase.
 */
export const nominalsStage = defineStage({
  name: "nominals",
  description: "entities named only by a specific common-noun phrase (kind 'nominal' mentions), after coref",
  needs: ["syntax", "entities"],
  reads: ["references"],
  produces: ["entities"],
  options: Options,
  create() {
    const heads = loadNominalHeads();
    return (doc) => {
      const syn = doc.get("syntax");
      const entities = doc.get("entities");
      const names: KnownMention[] = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, phrase: m.phrase })));
      const refs = doc.getOr("references");
      const covered = (s: number, e: number) => refs.some((r) => r.start <= s && e <= r.end);
      const found = findNominals(syn, heads, names, covered);
      if (found.length === 0) return;
      const byKey = new Map<string, Entity>();
      const added: Entity[] = [];
      for (const c of found) {
        const text = doc.text.slice(c.start, c.end);
        const mention = { start: c.start, end: c.end, text, source: `nominals:${c.by}`, kind: "nominal" as const, phrase: { start: c.start, end: c.end } };
        const k = `${c.type}\u0000${c.key}`;
        const e = byKey.get(k);
        if (e) {
          e.mentions.push(mention);
          if (text.length > e.name.length) e.name = text;
          continue;
        }
        const ent: Entity = { id: `E${entities.length + added.length + 1}`, type: c.type, name: text, aliases: [], mentions: [mention] };
        byKey.set(k, ent);
        added.push(ent);
      }
      for (const e of added) e.aliases = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name).sort();
      doc.append("entities", added);
    };
  },
});
