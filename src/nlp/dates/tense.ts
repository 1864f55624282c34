import type { SyntaxLayer } from "../../document/syntax-layer.js";
import type { Tense } from "./resolve.js";

/**
 * The tense of the clause that governs a date, read from the parse: the nearest verb above the date's
 * first token (or the copula of a nominal predicate, "the vote was on Friday") and its auxiliaries.
 *
 *  - past:   a past-tense verb (VBD), a participle without an auxiliary ("the man arrested on Friday"),
 *            perfect "has/have/had" + participle, "did", a past auxiliary ("was arrested", "were meeting")
 *  - future: "will"/"shall"/"'ll", another modal (MD: "would", "could", "may"), an infinitive ("to meet
 *            on Friday", "going to"), a present progressive ("is meeting on Friday": a plan)
 *            and a simple present of an event verb ("the summit opens on Monday", "the deadline is Friday")
 *  - null:   a reporting or state verb in the present ("says", "believes"), or nothing decisive: the caller
 *            keeps its own reading of the sentence
 * A gerund or bare infinitive without an auxiliary takes the tense of the verb it depends on.
 */
export function clauseTense(syntax: SyntaxLayer, offset: number): Tense | null {
  let k = syntax.tokenAt(offset);
  if (k < 0) return null;
  const sentence = syntax.tokens[k]!.sentence;
  for (let guard = 0; k >= 0 && guard < 40; guard++) {
    const upos = syntax.upos[k]!;
    const aux = auxiliaries(syntax, k, sentence);
    if (upos === "VERB" || (upos === "AUX" && syntax.head[k]! < 0)) {
      // a gerund or bare infinitive with no auxiliary of its own ("after brushing the Keys on Tuesday, Rita
      // packed …", "anticipate submitting comments by Monday") takes the tense of the verb it depends on
      const x = syntax.xpos[k]!;
      if ((x === "VBG" || x === "VB") && aux.length === 0 && syntax.head[k]! >= 0) {
        k = syntax.head[k]!;
        continue;
      }
      return verbTense(syntax, k, aux);
    }
    // a nominal or adjectival predicate: "the vote was on Friday", "talks will be on Friday"
    if (aux.some((a) => syntax.deprel[a] === "cop")) return verbTense(syntax, k, aux);
    k = syntax.head[k]!;
  }
  return null;
}

/** The aux, aux:pass, cop and mark "to" dependents of token k, in its sentence. */
function auxiliaries(syntax: SyntaxLayer, k: number, sentence: number): number[] {
  const out: number[] = [];
  // dependents of k sit in its sentence: scan outwards from k
  for (let i = k - 1; i >= 0 && syntax.tokens[i]!.sentence === sentence; i--) if (syntax.head[i] === k && isAuxRel(syntax, i)) out.push(i);
  for (let i = k + 1; i < syntax.tokens.length && syntax.tokens[i]!.sentence === sentence; i++) if (syntax.head[i] === k && isAuxRel(syntax, i)) out.push(i);
  return out;
}

function isAuxRel(syntax: SyntaxLayer, i: number): boolean {
  const rel = syntax.deprel[i]!;
  return rel === "aux" || rel === "aux:pass" || rel === "cop" || (rel === "mark" && syntax.tokens[i]!.text.toLowerCase() === "to");
}

const FUTURE_AUX = new Set(["will", "shall", "'ll", "’ll", "wo", "won't", "won’t"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "has", "have", "'ve", "’ve", "'d", "’d", "been"]);
/** passive "was scheduled", "is expected", "is set", "is slated", and "due": a plan, whatever the auxiliary's tense */
const PROSPECTIVE = new Set(["schedule", "expect", "plan", "set", "due", "slate", "reschedule"]);
/** present-tense verbs that report or state rather than schedule: "says on Friday", "believes", "remains" */
const REPORTING = new Set([
  "say", "tell", "report", "announce", "claim", "state", "confirm", "add", "note", "write", "insist", "argue", "warn", "think", "believe",
  "know", "feel", "seem", "remain", "mean", "show", "suggest", "estimate", "expect", "hope", "want", "need", "like", "live", "work", "have",
]);
const PRESENT_MODALS = new Set(["may", "can", "must", "shall", "will"]);
const PRESENT_BE = new Set(["is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"]);

function verbTense(syntax: SyntaxLayer, k: number, aux: readonly number[]): Tense | null {
  const words = aux.map((a) => syntax.tokens[a]!.text.toLowerCase());
  const xposOf = aux.map((a) => syntax.xpos[a]!);
  if (words.some((w) => FUTURE_AUX.has(w))) return "future";
  // "was scheduled for October", "is expected on Friday", "were due to meet": a plan
  if (PROSPECTIVE.has(syntax.lemma[k]!.toLowerCase()) && (aux.some((a) => syntax.deprel[a] === "aux:pass") || syntax.lemma[k] === "due")) return "future";
  // "would", "could", an infinitive: future, unless seen from a past clause ("admitted she was willing
  // to skip class Thursday night", "said he would meet them on Friday"): then the sentence decides
  const md = xposOf.some((x) => x === "MD");
  if (md || aux.some((a) => syntax.deprel[a] === "mark")) {
    const presentModal = md && words.some((w) => PRESENT_MODALS.has(w));
    return presentModal || governorTense(syntax, k) !== "past" ? "future" : null;
  }
  // "has said", "had met", "was arrested", "did not meet"
  if (words.some((w) => PAST_AUX.has(w)) || xposOf.some((x) => x === "VBD")) return "past";
  const x = syntax.xpos[k]!;
  // "is meeting on Friday": present progressive, a plan
  if (x === "VBG" && words.some((w) => PRESENT_BE.has(w))) return "future";
  if (x === "VBD") return "past";
  if (x === "VBN" && aux.length === 0) return "past";
  // a simple present of an event verb: a timetable ("the summit opens on Monday", "the deadline is Friday");
  // a reporting or state verb ("says on Friday", "believes") keeps the sentence's reading
  const present = (x === "VBZ" || x === "VBP") && aux.length === 0 ? k : aux.length === 1 && syntax.deprel[aux[0]!] === "cop" && (xposOf[0] === "VBZ" || xposOf[0] === "VBP") ? aux[0]! : -1;
  if (present >= 0 && !REPORTING.has(syntax.lemma[k]!.toLowerCase())) return "future";
  return null;
}

/** The tense of the clause above the verb k (the verb its clause depends on), without looking further up. */
function governorTense(syntax: SyntaxLayer, k: number): Tense | null {
  const sentence = syntax.tokens[k]!.sentence;
  let h = syntax.head[k]!;
  for (let guard = 0; h >= 0 && guard < 40; guard++) {
    const aux = auxiliaries(syntax, h, sentence);
    if (syntax.upos[h] === "VERB" || aux.some((a) => syntax.deprel[a] === "cop")) {
      const words = aux.map((a) => syntax.tokens[a]!.text.toLowerCase());
      if (words.some((w) => PAST_AUX.has(w)) || aux.some((a) => syntax.xpos[a] === "VBD") || syntax.xpos[h] === "VBD") return "past";
      return null;
    }
    h = syntax.head[h]!;
  }
  return null;
}
