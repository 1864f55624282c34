import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { WELL_KNOWN_ALIASES } from "../nlp/link/aliases.js";
import { compileLinkResources, linkMentions } from "../nlp/link/group.js";
import { addPersonTitles } from "../nlp/link/titles.js";
import type { Entity } from "../schema/entity.js";
import type { SyntaxLayer } from "../document/syntax-layer.js";
import { mentionPhrase } from "../syntax/phrase.js";

const Options = z.strictObject({
  /** copy each entity's names to their other occurrences the recogniser missed */
  propagate: z.boolean().default(true),
  /** shortest name, in characters, that propagation copies (single capital letters never are) */
  minPropagateChars: z.number().int().min(2).default(2),
  /** link well-known variants from the curated list (src/nlp/link/aliases.ts): ISIS = Islamic State, U.S. = United States */
  wellKnownAliases: z.boolean().default(true),
});

/**
 * Groups the recogniser's mentions into document entities. Rules, in order (each record's
 * `source` says which rule added a mention; grouping rules are not recorded per mention):
 * acronym definitions in brackets, person-name subsets (surname -> full name), exact repeats,
 * curated well-known variants, near variants (case, plural, stop words, "Judicial"/"Judiciary"),
 * shorter organisation names, acronyms matching a name's initials, then propagation of every
 * name to its untagged occurrences. Type = majority of the recogniser's mentions. A person's
 * mention records the title written before it ("President", "Mr.") in `title`. With the syntax stage
 * before it, every mention records the noun phrase it heads or names in `phrase`.
 */
export const linkStage = defineStage({
  name: "link",
  description: "mentions grouped into document entities (aliases, acronyms, surnames), names propagated to missed occurrences",
  needs: ["mentions", "tokens", "sentences"],
  reads: ["syntax"],
  produces: ["entities"],
  options: Options,
  create(options) {
    const res = compileLinkResources(options.wellKnownAliases ? WELL_KNOWN_ALIASES : [], options.propagate, options.minPropagateChars);
    return (doc) => {
      const tokens = doc.get("tokens");
      const entities = addPersonTitles(doc.text, tokens, linkMentions(doc.text, tokens, doc.get("sentences"), doc.get("mentions"), res));
      doc.set("entities", doc.has("syntax") ? withPhrases(entities, doc.get("syntax")) : entities);
    };
  },
});

/**
 * Each mention's `phrase`: the noun phrase it heads or names, from the parse (src/syntax/phrase.ts), and
 * at least from the title recorded before a person's name ("U.S. President Donald Trump").
 */
function withPhrases(entities: Entity[], syn: SyntaxLayer): Entity[] {
  // names and titles: a phrase climbs into them, never into a capitalised word outside them, and never cuts one
  const names = entities.flatMap((e) => e.mentions.flatMap((m) => [{ start: m.start, end: m.end }, ...(m.title ? [{ start: m.title.start, end: m.title.end }] : [])]));
  return entities.map((e) => ({
    ...e,
    mentions: e.mentions.map((m) => {
      const p = mentionPhrase(syn, m.start, m.end, names);
      if (p === null) return m;
      if (m.title && m.title.start < p.start) p.start = m.title.start;
      return { ...m, phrase: p };
    }),
  }));
}
