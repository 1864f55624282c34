import type { NominalHead } from "../resources/nominals.js";
import type { EntityType } from "../schema/entity.js";
import type { SyntaxLayer } from "../document/syntax-layer.js";
import { phraseOf, phraseTop, type CharSpan } from "./phrase.js";
import { startsUpper } from "../lexicon/casing.js";

/** A common-noun phrase that refers to one specific organisation, group or place. */
export interface NominalCandidate extends CharSpan {
  type: EntityType;
  /** the head token's span */
  head: CharSpan;
  /** the phrase without its determiner or possessor, lower case: repeated phrases are one entity */
  key: string;
  /** what made it specific: a definite determiner, a possessor, or a name among its modifiers */
  by: "determiner" | "possessive" | "name";
}

/** A name mention already found: its span, its type, and whether it heads its phrase ("the town of Dabiq" for Dabiq). */
export interface KnownMention extends CharSpan {
  type: EntityType;
  phrase?: CharSpan | undefined;
}

const SUPERLATIVES = new Set(["best", "worst", "most", "least"]);
/** Words that count or pick members, whatever their tag: "several Bosnian officials", "other Security Council members". */
const QUANTIFIERS = new Set(["several", "many", "few", "some", "other", "various", "numerous", "all", "both", "most", "any", "each", "every", "certain"]);
const DEFINITE = new Set(["the", "this", "that", "these", "those"]);
/** Names that can make a group or place specific: "Moroccan security services", "the Iraqi army", "NATO forces", "Syria's capital". */
const SPECIFYING_TYPES: ReadonlySet<EntityType> = new Set(["NORP", "GPE", "ORG", "LOC", "PERSON"]);
const HEAD_UPOS = new Set(["NOUN", "PROPN", "ADJ"]);
/** Relations by which a noun is a part of another phrase, not a phrase's head. */
const NOT_A_HEAD = new Set(["compound", "amod", "flat", "fixed", "det", "nummod", "nmod:desc", "goeswith", "advmod", "case", "mark", "cc", "punct", "aux", "cop"]);

/**
 * Common-noun phrases whose head is in the table and that a definite determiner, a possessor or a
 * name modifier makes specific. Left out: indefinite or counted phrases ("a court", "two towns"), bare
 * ones ("police said", "forces"), heads inside a name, phrases a name heads or names ("the town of
 * Dabiq"), phrases in apposition to a name ("the Syrian capital, Damascus"), and phrases whose head
 * `covered` says is already a reference (coref resolved "the group" to the entity it names).
 */
export function findNominals(
  syn: SyntaxLayer,
  heads: ReadonlyMap<string, NominalHead>,
  names: readonly KnownMention[],
  covered: (start: number, end: number) => boolean,
): NominalCandidate[] {
  const text = (i: number) => syn.tokens[i]!.text;
  const nameAt = (i: number): KnownMention | undefined => {
    const t = syn.tokens[i]!;
    return names.find((m) => m.start <= t.start && t.end <= m.end);
  };
  const out: NominalCandidate[] = [];
  for (let h = 0; h < syn.size; h++) {
    if (!HEAD_UPOS.has(syn.upos[h]!)) continue;
    const r = syn.deprel[h]!;
    if (NOT_A_HEAD.has(r) || NOT_A_HEAD.has(r.split(":")[0]!)) continue;
    const lemma = syn.lemma[h]!.toLowerCase();
    const lower = text(h).toLowerCase();
    const plural = syn.xpos[h] === "NNS" || syn.xpos[h] === "NNPS";
    // the lemma, else the word (the lemmatiser keeps some plurals: "troops"), else a plural without its -s
    const entry = heads.get(lemma) ?? heads.get(lower) ?? (plural && lower.endsWith("s") ? heads.get(lower.slice(0, -1)) : undefined);
    if (!entry) continue;
    if ((entry.number === "plural" && !plural) || (entry.number === "singular" && plural)) continue;
    if (syn.upos[h] === "ADJ" && !syn.children(h).some((c) => syn.deprel[c] === "det")) continue;
    const ht = syn.tokens[h]!;
    // a capitalised head is a name ("the Legislative Council", "LA Weekly"), the recogniser's business
    if (startsUpper(ht.text) && !(h === 0 || syn.tokens[h - 1]!.sentence !== ht.sentence)) continue;
    if (nameAt(h) !== undefined) continue;
    if (covered(ht.start, ht.end)) continue;
    // a phrase named by a name ("the Syrian town of Dabiq") or part of a larger one is the name's; a
    // possessor is a phrase of its own ("the government's plan")
    const possessor = syn.deprel[h] === "nmod:poss";
    if (!possessor && phraseTop(syn, h) !== h) continue;
    const p = phraseOf(syn, h);
    const start = syn.tokens[p.first]!.start;
    const end = syn.tokens[p.last]!.end;
    if (names.some((m) => m.phrase && m.end === m.phrase.end && m.phrase.start <= ht.start && ht.end <= m.phrase.end)) continue;
    // apposition to a name: a description of it, not a different entity
    if (syn.children(h).some((c) => syn.deprel[c] === "appos" && nameAt(c) !== undefined)) continue;
    if (syn.deprel[h] === "appos" && syn.head[h]! >= 0 && nameAt(syn.head[h]!) !== undefined) continue;
    let by: NominalCandidate["by"] | null = null;
    let blocked = false;
    const words: string[] = [];
    for (let k = p.first; k < h; k++) words.push(text(k).toLowerCase());
    for (let k = p.first; k <= p.last; k++) {
      if (k === h) continue;
      const kr = syn.deprel[k]!;
      const w = text(k).toLowerCase();
      if (kr === "det" || kr === "det:predet") {
        if (DEFINITE.has(w)) by ??= "determiner";
        else blocked = true; // a, an, some, any, no, every, each, all, many …
      } else if (kr === "nummod" && syn.head[k] === h) blocked = true;
      // "the best intelligence services": a superlative picks from a class, it names no one group
      else if (syn.xpos[k] === "JJS" || syn.xpos[k] === "RBS" || SUPERLATIVES.has(w) || QUANTIFIERS.has(w)) blocked = true;
      else if (kr === "nmod:poss" && syn.head[k] === h && by !== "name") by = "possessive";
      const m = nameAt(k);
      if (m && SPECIFYING_TYPES.has(m.type) && k < h) by = "name";
    }
    if (blocked || by === null) continue;
    if (entry.byName && by !== "name") continue;
    if (entry.modifiers && !entry.modifiers.some((w) => words.includes(w))) continue;
    let keyFirst = p.first;
    // "the", "their": not part of what the phrase says ("Iraq's" is)
    while (keyFirst < h && (syn.deprel[keyFirst] === "det" || (syn.deprel[keyFirst] === "nmod:poss" && syn.upos[keyFirst] === "PRON"))) keyFirst++;
    const key = syn.tokens
      .slice(keyFirst, p.last + 1)
      .map((t) => t.text.toLowerCase())
      .join(" ");
    out.push({ start, end, type: entry.type, head: { start: ht.start, end: ht.end }, key, by });
  }
  return out;
}
