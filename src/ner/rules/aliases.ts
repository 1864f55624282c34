import type { EntityType } from "../../schema/index.js";
import { GAZ, type Gazetteer } from "../gazetteer.js";
import { isCapsSentence } from "../features.js";
import { WELL_KNOWN_ALIASES } from "../../nlp/link/aliases.js";
import { tokenize } from "../../nlp/tokenize.js";
import { type TokenSpan, lockSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Well-known names by their tokens joined with spaces, with the type of their group, and the longest name's length in tokens. */
export interface AliasTable {
  readonly types: Map<string, EntityType>;
  maxLen: number;
}

/**
 * Well-known names and their variants (src/nlp/link/aliases.ts) are evidence of their type: a group whose
 * usual name is a country names a GPE ("U.S.", "America"), any other an organisation ("ISIS", "NATO").
 */
export function aliasTable(gaz: Gazetteer): AliasTable {
  const table: AliasTable = { types: new Map<string, EntityType>(), maxLen: 0 };
  for (const forms of WELL_KNOWN_ALIASES) {
    const type: EntityType = gaz.nameMask(forms[0]!) & (1 << GAZ.country) ? "GPE" : "ORG";
    for (const f of forms) {
      const toks = tokenize(f).map((t) => t.text);
      table.types.set(toks.join(" "), type);
      table.maxLen = Math.max(table.maxLen, toks.length);
    }
  }
  return table;
}

/**
 * Well-known names (src/nlp/link/aliases.ts) take their group's type wherever the model found them, and
 * unclaimed occurrences of their longer forms (four letters or more, outside all-caps lines) become mentions.
 */
export function aliases(table: AliasTable, out: TokenSpan[], words: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[]): TokenSpan[] {
  const covered = new Uint8Array(words.length);
  for (const sp of out) {
    covered.fill(1, sp.start, sp.end);
    if (sp.end - sp.start > table.maxLen) continue;
    const t = table.types.get(words.slice(sp.start, sp.end).join(" "));
    // "U.S.-led": an adjectival use keeps its NORP type
    if (t === undefined || t === sp.type || sp.type === "NORP") continue;
    sp.type = t;
    lockSpan(sp);
  }
  for (let s = 0; s < forms.length; s++) {
    if (isCapsSentence(forms[s]!)) continue;
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let i = a; i < b; i++) {
      if (covered[i] || !cap[i]) continue;
      for (let n = Math.min(table.maxLen, b - i); n >= 1; n--) {
        const text = words.slice(i, i + n).join(" ");
        const t = table.types.get(text);
        if (t === undefined || text.length < 4 || covered.subarray(i, i + n).some((c) => c === 1)) continue;
        if (i + n < b && cap[i + n] && /\p{L}/u.test(words[i + n]!)) continue; // part of a longer name
        if (words[i + n] === "-" || words[i - 1] === "-") continue; // a compound modifier: "U.S.-led"
        out.push(ruleSpan(i, i + n, t));
        covered.fill(1, i, i + n);
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

export const aliasesRule: NerRule = {
  name: "aliases",
  pack: "default",
  description: "well-known names and their variants are evidence of their type ('U.S.' GPE, 'NATO' ORG)",
  run(c) {
    c.spans.replace(aliases(c.aliasTable, c.spans.list, c.words, c.cap, c.forms, c.sentStart));
  },
};
