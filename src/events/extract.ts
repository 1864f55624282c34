import type { EventArgument, EventRecord } from "../schema/index.js";
import type { ParseGraph } from "./graph.js";
import type { EventLexicon, TriggerSense } from "./lexicon.js";

type Modality = EventRecord["modality"];

/** An event while it is being built: token indices, resolved to records at the end. */
interface Draft {
  cls: string;
  /** the trigger token */
  trigger: number;
  /** the token the event's own modifiers hang on: the trigger, or the conjunct of an elided event ("19" in "and 19 in 2016") */
  anchor: number;
  /** a nominal event's support verb ("committed" of "attacks that were about to be committed"), or -1 */
  support: number;
  sentence: number;
  nominal: boolean;
  passive: boolean;
  agent: number;
  object: number;
  /** the token whose number is the count, or -1 */
  countFrom: number;
  modality: Modality;
  time: number;
  places: string[];
  rule: string;
  /** for an elided or coordinated event: the draft it copies its trigger from */
  antecedent: Draft | null;
}

const RELATIVE = new Set(["which", "who", "whom", "that", "whose"]);
/** relations that open another clause: a walk for the event's own modifiers stops there */
const CLAUSE = new Set(["ccomp", "csubj", "parataxis", "advcl", "acl", "xcomp", "conj", "list", "dep", "vocative", "discourse", "reparandum"]);
/** relations by which a place name belongs to a locative phrase ("the city of Mosul", "Verviers (southern Belgium)") */
const PLACE_PARTS = new Set(["flat", "compound", "appos", "conj", "nmod", "amod"]);
const NUMERIC = new Set(["NUM"]);
const TIME_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "year of age"]);
/** prepositions of an example or a part, not of an elided clause: "four others, including a U.S. soldier" */
const EXAMPLE = new Set(["including", "like", "such", "among", "besides"]);

/**
 * Events of one document from its parse (src/events/graph.ts joins it with the quantities, dates,
 * entities and quotations): verbal triggers with their subject and object (active, passive, reduced
 * relatives, coordination, control), nominal ones ("the arrest of two accomplices"), elided ones
 * ("21 cells were dismantled in 2015 and 19 in 2016" is two events), with count, time, places,
 * modality and attribution. Every decision reads the parse; docs/events.md states the rules.
 */
export function extractEvents(g: ParseGraph, lex: EventLexicon, speech: ReadonlySet<string>): EventRecord[] {
  const syn = g.syn;
  const out: EventRecord[] = [];
  for (let s = 0; s < syn.sentences.length; s++) {
    const [a, b] = syn.sentenceTokens(s);
    if (a >= b) continue;
    const drafts: Draft[] = [];
    const byTrigger = new Map<number, Draft>();
    for (let t = a; t < b; t++) {
      if (g.dateOf[t]! >= 0) continue;
      const d = verbal(g, lex, t, s, b) ?? nominal(g, lex, t, s);
      if (d) {
        drafts.push(d);
        byTrigger.set(t, d);
      }
    }
    if (drafts.length === 0) continue;
    for (const d of drafts) if (!d.nominal) inheritArguments(g, d, byTrigger);
    // "Several attacks ... have been foiled": the object of a foiling clause is not a second event (a
    // noun phrase "foiled attacks" is: attack, planned)
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!;
      if (d.nominal && drafts.some((f) => f.cls === "foil" && !f.nominal && f.object === d.trigger)) {
        drafts.splice(i, 1);
        byTrigger.delete(d.trigger);
      }
    }
    for (const d of drafts)
      if (d.nominal) {
        d.support = supportVerb(g, lex, d.trigger, byTrigger);
        // "the U.S. military says it has carried out a series of raids": the support verb's subject does it
        // ("the attack was launched by a user": a passive support verb's by-phrase)
        if (d.support >= 0 && d.agent < 0)
          d.agent = g.syn.child(d.support, "nsubj:pass") >= 0 ? byAgent(g, d.support) : relative(g, subjectRepair(g, d.support, firstChild(g, d.support, ["nsubj:outer", "nsubj"])), d.support);
      }
    const all = [...drafts];
    for (const d of drafts) all.push(...conjuncts(g, d, byTrigger));
    const anchors = new Set(all.flatMap((d) => (d.support >= 0 ? [d.anchor, d.support] : [d.anchor])));
    for (const d of all) {
      if (d.antecedent === null) d.modality = modality(g, lex, d);
      else d.modality = d.antecedent.modality;
      d.places = places(g, lex, d, anchors);
    }
    assignTimes(g, all, anchors, a, b);
    share(g, lex, all);
    all.sort((x, y) => x.trigger - y.trigger || x.anchor - y.anchor);
    for (const d of all) out.push(toRecord(g, lex, d, speech, out.length + 1));
  }
  return out;
}

/** The sense a verb token has in its clause, or null: a phrase sense needs its word ("brought to justice"). */
function senseOf(g: ParseGraph, lex: EventLexicon, t: number, end: number): TriggerSense | null {
  const syn = g.syn;
  const senses = lex.verbs.get(g.word(t)) ?? lex.verbs.get(syn.lemma[t]!.toLowerCase());
  if (!senses) return null;
  for (const sense of senses) {
    if (sense.with === null) return sense;
    if (clauseHas(g, t, sense.with, end)) return sense;
  }
  return null;
}

/** Whether the clause of verb t holds the word w (as written or as lemma), or one of the next three tokens is it ("round up"). */
function clauseHas(g: ParseGraph, t: number, w: string, end: number): boolean {
  const syn = g.syn;
  for (let k = t + 1; k < Math.min(end, t + 4); k++) if (g.word(k) === w || syn.lemma[k] === w) return true;
  const stack = syn.children(t);
  while (stack.length) {
    const c = stack.pop()!;
    if (g.word(c) === w || syn.lemma[c] === w) return true;
    if (syn.upos[c] === "VERB" && CLAUSE.has(syn.rel(c))) continue;
    stack.push(...syn.children(c));
  }
  return false;
}

/** The verb that carries a nominal event: it takes the noun as object or passive subject, or modifies it as a (relative) clause. */
function supportVerb(g: ParseGraph, lex: EventLexicon, n: number, byTrigger: ReadonlyMap<number, Draft>): number {
  const syn = g.syn;
  const h = syn.head[n]!;
  const r = syn.deprel[n]!;
  if (h >= 0 && !byTrigger.has(h) && (r === "obj" || r === "nsubj:pass") && lex.support.has(syn.lemma[h]!.toLowerCase())) return h;
  for (const c of syn.children(n)) if (syn.rel(c) === "acl" && !byTrigger.has(c) && lex.support.has(syn.lemma[c]!.toLowerCase())) return c;
  return -1;
}

function draft(cls: string, t: number, s: number, nominal: boolean, rule: string): Draft {
  return { cls, trigger: t, anchor: t, support: -1, sentence: s, nominal, passive: false, agent: -1, object: -1, countFrom: -1, modality: "asserted", time: -1, places: [], rule, antecedent: null };
}

/** A verbal event on token t: its class, voice, subject and object. */
function verbal(g: ParseGraph, lex: EventLexicon, t: number, s: number, end: number): Draft | null {
  const syn = g.syn;
  const xpos = syn.xpos[t]!;
  if (!(syn.upos[t] === "VERB" || (xpos.startsWith("VB") && syn.upos[t] !== "AUX"))) return null;
  // an attributive participle is no event ("the abducted man"), except a gerund the parse read as one
  // because its object lost its "of": "the dismantling a terror cell" (a determiner of its own between)
  const gerund = syn.rel(t) === "amod" && xpos === "VBG" && syn.head[t]! > t && syn.children(syn.head[t]!).some((c) => c > t && syn.rel(c) === "det");
  if ((syn.rel(t) === "amod" && !gerund) || syn.rel(t) === "compound") return null;
  const sense = senseOf(g, lex, t, end);
  if (sense === null) return null;
  // a reporting use is not an event: "announced that ..." (announce is an event only with a nominal object)
  if (syn.child(t, "ccomp") >= 0 && syn.child(t, "obj") < 0 && sense.cls === "announce") return null;
  const rel = syn.deprel[t]!;
  let passive =
    syn.child(t, "nsubj:pass") >= 0 ||
    syn.child(t, "aux:pass") >= 0 ||
    // a participle modifying a noun is passive ("the 47 people arrested in 2016") unless it has an object:
    // a passive participle has none ("The army dismantled 5 camps", misparsed as a noun and its participle)
    (syn.rel(t) === "acl" && rel !== "acl:relcl" && (xpos === "VBN" || xpos === "VBD") && syn.child(t, "obj") < 0) ||
    (rel === "root" && xpos === "VBN" && syn.child(t, "aux") < 0 && syn.child(t, "nsubj") < 0);
  let subj = subjectRepair(g, t, firstChild(g, t, passive ? ["nsubj:pass", "nsubj", "csubj:pass"] : ["nsubj", "csubj"]));
  // a phrase with a preposition is no subject: "out of the 2,963 individuals arrested and ..." is a reduced relative the parse misread
  if (!passive && subj >= 0 && subj < t && syn.child(subj, "case") >= 0 && (xpos === "VBD" || xpos === "VBN")) passive = true;
  // a motion verb with an object, or passive, is another sense: "returned the hard drives" is no journey
  if (lex.classes.get(sense.cls)?.motion) {
    if (passive) return null;
    const o = syn.child(t, "obj");
    if (o >= 0 && !g.entityPlace(o) && !(g.quantityOf[o]! >= 0 || (syn.child(o, "nummod") >= 0 && g.quantities[g.quantityOf[syn.child(o, "nummod")]!]?.kind === "measure"))) return null;
  }
  const d = draft(sense.cls, t, s, false, passive ? "passive" : "verbal");
  d.passive = passive;
  subj = subjectRepair(g, t, firstChild(g, t, passive ? ["nsubj:pass", "nsubj", "csubj:pass"] : ["nsubj", "csubj"]));
  if (passive) {
    d.object = subj;
    d.agent = byAgent(g, t);
  } else if (sense.patientSubject) {
    d.object = subj;
  } else {
    d.agent = subj;
    d.object = firstChild(g, t, ["obj", "iobj"]);
    if (d.object < 0) d.object = objectRepair(g, t);
  }
  if (gerund) d.object = syn.head[t]!;
  d.agent = relative(g, d.agent, t);
  d.object = relative(g, d.object, t);
  if (d.object >= 0 && lex.classes.get(d.cls)!.notObjects.includes(syn.lemma[d.object]!.toLowerCase())) return null;
  return d;
}

/**
 * Repairs of two parse errors that cost an event its participant: a bare number right before a verb
 * without a subject is its subject ("...: 2 attempted to travel", parsed as an oblique of the verb
 * before), and a noun phrase in apposition to the verb's date is its object ("dismantled, on
 * Wednesday, a terror cell": a date has no appositive).
 */
function subjectRepair(g: ParseGraph, t: number, subj: number): number {
  if (subj >= 0) return subj;
  const syn = g.syn;
  const k = t - 1;
  if (k >= 0 && g.tokens[k]!.sentence === g.tokens[t]!.sentence && NUMERIC.has(syn.upos[k]!) && g.quantityOf[k]! >= 0 && syn.rel(k) !== "nummod" && g.dateOf[k]! < 0) return k;
  return -1;
}

function objectRepair(g: ParseGraph, t: number): number {
  const syn = g.syn;
  for (const c of syn.children(t)) {
    if (syn.rel(c) !== "obl" || g.dateOf[c]! < 0 || c < t) continue;
    const a = syn.child(c, "appos");
    if (a >= 0 && (syn.upos[a] === "NOUN" || syn.upos[a] === "PROPN")) return a;
  }
  return -1;
}

function firstChild(g: ParseGraph, t: number, rels: readonly string[]): number {
  for (const r of rels) {
    const c = g.syn.child(t, r);
    if (c >= 0) return c;
  }
  return -1;
}

/** The "by" phrase of a passive: obl:agent, or an obl whose case is "by". */
function byAgent(g: ParseGraph, t: number): number {
  const a = g.syn.child(t, "obl:agent");
  if (a >= 0) return a;
  for (const c of g.syn.children(t)) if (g.syn.rel(c) === "obl" && g.caseOf(c) === "by") return c;
  return -1;
}

/**
 * A relative pronoun stands for its antecedent: the noun the relative clause modifies, or, when the
 * parse did not attach the clause ("BCIJ, which handled five cases, presented ..."), the nearest noun to
 * the pronoun's left.
 */
function relative(g: ParseGraph, x: number, verb: number): number {
  const syn = g.syn;
  if (x < 0 || syn.upos[x] !== "PRON" || !RELATIVE.has(g.word(x))) return x;
  if (syn.deprel[verb] === "acl:relcl" && syn.head[verb]! >= 0) return syn.head[verb]!;
  const [a] = syn.sentenceTokens(g.tokens[x]!.sentence);
  for (let k = x - 1; k >= a; k--) if (syn.upos[k] === "NOUN" || syn.upos[k] === "PROPN") return syn.phraseIndexOf(k) >= 0 ? syn.nounPhrases[syn.phraseIndexOf(k)]!.head : k;
  return -1;
}

/** A nominal event on noun t ("the arrest of", "the dismantling of", "attacks in Europe"). */
function nominal(g: ParseGraph, lex: EventLexicon, t: number, s: number): Draft | null {
  const syn = g.syn;
  if (syn.upos[t] !== "NOUN" || syn.rel(t) === "compound") return null;
  const lemma = syn.lemma[t]!.toLowerCase();
  const prev = syn.child(t, "compound");
  const two = prev >= 0 && prev === t - 1 ? lex.nouns.get(`${g.word(prev)} ${lemma}`) : undefined;
  const cls = two ?? lex.nouns.get(g.word(t)) ?? lex.nouns.get(lemma);
  if (cls === undefined) return null;
  // "votes", "sales": the plural of some event nouns counts things, not events
  if (two === undefined && (syn.xpos[t] === "NNS" || syn.xpos[t] === "NNPS") && lex.singularOnly.has(lemma)) return null;
  const d = draft(cls, t, s, true, "nominal");
  for (const c of syn.children(t)) {
    const r = syn.deprel[c]!;
    const prep = g.caseOf(c);
    // "Kyrgyzstan's elections": a possessive place is where, not who
    if (r === "nmod:poss" && g.entityPlace(c)) continue;
    if (r === "nmod:poss" && lex.classes.get(cls)!.possessorIsObject) {
      if (d.object < 0) d.object = c;
    } else if (r === "nmod:poss" || (syn.rel(c) === "nmod" && prep === "by")) d.agent = c;
    else if (syn.rel(c) === "nmod" && (prep === "of" || prep === "on" || prep === "against") && d.object < 0 && !g.entityPlace(c)) d.object = c;
  }
  if (d.object >= 0 && lex.classes.get(cls)!.notObjects.includes(syn.lemma[d.object]!.toLowerCase())) return null;
  // "a rebel attack", "the NATO meeting", "Israeli air strikes": a name or an agent noun modifying the event noun
  if (d.agent < 0)
    for (const c of syn.children(t)) {
      const r = syn.rel(c);
      if ((r !== "compound" && r !== "amod") || g.dateOf[c]! >= 0 || g.entityPlace(c)) continue;
      const e = g.entityOf[c]!;
      if ((e >= 0 && r === "compound") || (e >= 0 && g.entities[e]!.type === "NORP") || lex.agentNouns.has(syn.lemma[c]!.toLowerCase())) {
        d.agent = c;
        break;
      }
    }
  // "two attacks": the event noun's own number
  const num = syn.child(t, "nummod");
  if (num >= 0 && g.quantityOf[num]! >= 0) d.countFrom = num;
  return d;
}

/**
 * Arguments the parse leaves to another verb: a conjunct shares its first conjunct's subject ("Morocco
 * has dismantled 40 cells and arrested 548 people") or, passive, its subject ("arrested and brought to
 * justice"); a controlled infinitive its controller's ("2 attempted to travel"); a participle modifying a
 * noun takes the noun ("the 47 people arrested in 2016" as object, "individuals attempting to join" as agent).
 */
function inheritArguments(g: ParseGraph, d: Draft, byTrigger: ReadonlyMap<number, Draft>): void {
  const syn = g.syn;
  const t = d.trigger;
  // "to recruit and send volunteers": an object after the last conjunct is every conjunct's
  if (!d.passive && d.object < 0 && syn.child(t, "obj") < 0)
    for (const c of syn.children(t)) {
      if (syn.rel(c) !== "conj" || syn.upos[c] !== "VERB" || c < t) continue;
      const o = syn.child(c, "obj");
      // only when nothing of the first verb's own stands between ("wanted to meet with his son and express their support" is no shared object)
      const between = syn.children(t).some((k) => k > t && k < c && syn.rel(k) !== "cc" && syn.rel(k) !== "punct" && syn.rel(k) !== "advmod");
      if (o > c && syn.child(c, "nsubj") < 0 && !between) {
        d.object = o;
        break;
      }
    }
  const rel = syn.rel(t);
  const h = syn.head[t]!;
  if (h < 0) return;
  if (rel === "acl" && syn.deprel[t] !== "acl:relcl" && !commaParticiple(g, t)) {
    // a participle modifies its noun; an infinitive ("coordination to recruit") says nothing of who does it
    if (!syn.xpos[t]!.startsWith("VB") || syn.xpos[t] === "VB") return;
    if (d.passive && d.object < 0) d.object = h;
    else if (!d.passive && d.agent < 0) d.agent = h;
    return;
  }
  if (syn.deprel[t] === "acl:relcl") {
    if (d.passive && d.object < 0) d.object = h;
    else if (!d.passive && d.agent < 0) d.agent = h;
    return;
  }
  // "militants attacked a patrol ..., killing four officers": the participle's doer is the clause's (also
  // when the parse hung the participle on the last noun: "blew up a truck near a station in Anbar province, killing ...")
  const comma = commaParticiple(g, t);
  if ((rel === "advcl" || comma) && syn.xpos[t] === "VBG" && d.agent < 0 && syn.child(t, "mark") < 0) {
    const v = comma ? clauseVerb(g, t) : h;
    if (v < 0) return;
    const head = byTrigger.get(v);
    const [agent, , passive] = head ? [head.agent, head.object, head.passive] : subjectOf(g, v);
    if (!passive && agent >= 0) d.agent = agent;
    return;
  }
  if (rel === "conj" || rel === "xcomp") {
    const first = byTrigger.get(h);
    const [agent, object, passive] = first ? [first.agent, first.object, first.passive] : subjectOf(g, h);
    const xpos = syn.xpos[t]!;
    if (rel === "conj" && passive && d.object < 0 && d.agent < 0 && syn.child(t, "aux") < 0 && (xpos === "VBN" || xpos === "VBD")) {
      d.passive = true;
      d.rule = "passive";
      d.object = object;
      d.agent = byAgent(g, t) >= 0 ? byAgent(g, t) : agent;
    } else if (!d.passive && d.agent < 0) {
      d.agent = rel === "xcomp" && passive ? object : agent;
    }
  }
}

/** A participle after a comma that the parse attached to a noun ("..., killing seven people"): a free adjunct of the clause. */
function commaParticiple(g: ParseGraph, t: number): boolean {
  const syn = g.syn;
  return syn.xpos[t] === "VBG" && syn.deprel[t] === "acl" && t > 0 && g.tokens[t - 1]!.text === "," && syn.head[t]! < t;
}

/** The nearest verb above a token. */
function clauseVerb(g: ParseGraph, t: number): number {
  for (let x = g.syn.head[t]!, guard = 0; x >= 0 && guard < 50; x = g.syn.head[x]!, guard++) if (g.syn.upos[x] === "VERB") return x;
  return -1;
}

/** The subject of a verb that is not itself an event (the controller of "attempted to travel"), resolved the same way. */
function subjectOf(g: ParseGraph, v: number): [number, number, boolean] {
  const syn = g.syn;
  const pass = syn.child(v, "nsubj:pass");
  if (pass >= 0) return [-1, relative(g, pass, v), true];
  const subj = subjectRepair(g, v, firstChild(g, v, ["nsubj", "csubj"]));
  if (subj >= 0) return [relative(g, subj, v), -1, false];
  const rel = syn.rel(v);
  const h = syn.head[v]!;
  if (h >= 0 && rel === "acl" && syn.deprel[v] !== "acl:relcl") return syn.xpos[v] === "VBN" && syn.child(v, "obj") < 0 ? [-1, h, true] : [h, -1, false];
  if (h >= 0 && (rel === "conj" || rel === "xcomp")) return subjectOf(g, h);
  return [-1, -1, false];
}

/**
 * Events the coordination adds: "21 cells were dismantled in 2015 and 19 in 2016" (a conjunct with its
 * own date or place is an elided event), "presented 22 former prisoners, 14 women and 20 minors" (each
 * counted conjunct of a counted argument is an event of its own: one count per event).
 */
function conjuncts(g: ParseGraph, d: Draft, triggers: ReadonlyMap<number, Draft>): Draft[] {
  const syn = g.syn;
  const out: Draft[] = [];
  const role: "object" | "agent" = d.object >= 0 || d.passive ? "object" : "agent";
  const arg = d[role];
  const candidates: number[] = [];
  /** conjuncts that can only be elided clauses: of the verb itself, or counted ones of an uncounted oblique */
  const orphans = new Set<number>();
  // a conjunct of the argument (an elided clause when it has its own date or place)
  if (arg >= 0) for (const c of syn.children(arg)) if (syn.rel(c) === "conj") candidates.push(c);
  if (!d.nominal)
    for (const c of syn.children(d.trigger)) {
      const u = syn.upos[c]!;
      // a nominal conjunct of the verb itself: the parse's reading of ellipsis ("... and one to the area")
      if (syn.rel(c) === "conj" && (u === "NUM" || u === "NOUN" || u === "PRON") && countToken(g, c) >= 0) {
        candidates.push(c);
        orphans.add(c);
      }
      // "in 2019 and 3 in 2020", "came from the zone and 8 others from Libya": the parse may coordinate the
      // number with the first clause's oblique
      if (syn.rel(c) === "obl" && countToken(g, c) < 0)
        for (const k of syn.children(c))
          if (syn.rel(k) === "conj" && g.dateOf[k]! < 0 && countToken(g, k) >= 0) {
            candidates.push(k);
            orphans.add(k);
          }
    }
  for (const c of candidates) {
    const counted = countToken(g, c) >= 0;
    // a conjunct with an event of its own ("four others ... wounded") is that event's, not an elided one
    if (syn.children(c).some((k) => triggers.has(k))) continue;
    const own = orphans.has(c) || ownModifier(g, c, counted);
    // coordinated arguments without their own date or place are one event, on the first conjunct
    // ("presented 22 former prisoners, 14 women and 20 minors to justice"; bench/events/GUIDE.md §3)
    if (!own) continue;
    const e = draft(d.cls, d.trigger, d.sentence, d.nominal, "ellipsis");
    e.anchor = c;
    e.passive = d.passive;
    e.antecedent = d;
    if (role === "object") {
      e.object = c;
      e.agent = d.agent;
    } else e.agent = c;
    out.push(e);
    // "and 8 others from Libya, and 3 from Tunisia": a conjunct's own conjuncts
    for (const cc of syn.children(c)) if (syn.rel(cc) === "conj" && ownModifier(g, cc, countToken(g, cc) >= 0)) {
      const f = { ...e, anchor: cc, [role]: cc, places: [] } as Draft;
      out.push(f);
    }
  }
  return out;
}

/**
 * Whether a conjunct is an elided clause: it carries a date of its own ("and 19 in 2016"), or, counted, a
 * phrase that is not an "of" ("and 8 others from Libya"); "Director of the Bureau" is an apposition the
 * parse took for a conjunct.
 */
function ownModifier(g: ParseGraph, c: number, counted: boolean): boolean {
  for (const k of g.syn.children(c)) {
    const r = g.syn.rel(k);
    if (r !== "obl" && r !== "nmod" && r !== "orphan" && r !== "advmod") continue;
    if (g.dateOf[k]! >= 0) return true;
    const p = g.caseOf(k);
    if (counted && p !== "" && p !== "of" && !EXAMPLE.has(p)) return true;
  }
  return false;
}

/** The token of a phrase whose number counts it: the head itself when it is a number, else its nummod. */
function countToken(g: ParseGraph, h: number): number {
  const syn = g.syn;
  if (g.quantityOf[h]! >= 0 && NUMERIC.has(syn.upos[h]!)) return h;
  const n = syn.child(h, "nummod");
  if (n >= 0 && g.quantityOf[n]! >= 0) return n;
  if (g.quantityOf[h]! >= 0) return h;
  // "Twenty-one cells" is sometimes an adjective to the parse
  for (const c of syn.children(h)) if (c < h && g.quantityOf[c]! >= 0 && syn.rel(c) === "amod") return c;
  return -1;
}

/** negated, attempted, planned, possible or asserted, from the trigger's own words and the verbs that govern it. */
function modality(g: ParseGraph, lex: EventLexicon, d: Draft): Modality {
  const own = modalityAt(g, lex, d);
  if (own !== "asserted" || d.support < 0) return own;
  return modalityAt(g, lex, { ...d, trigger: d.support, nominal: false, support: -1 });
}

function modalityAt(g: ParseGraph, lex: EventLexicon, d: Draft): Modality {
  const syn = g.syn;
  const t = d.trigger;
  for (const c of syn.children(t)) {
    const r = syn.rel(c);
    const w = g.word(c);
    if (r === "advmod" && lex.negated.has(w)) return "negated";
    if (r === "det" && w === "no") return "negated";
  }
  if (d.nominal && g.caseOf(t) === "without") return "negated";
  const mark = syn.child(t, "mark");
  if (mark >= 0 && lex.possible.has(g.word(mark))) return "possible";
  // a purpose: "coordination to recruit", "traveled to Iraq to visit troops"; "Mr. Putin is to travel"
  if (mark >= 0 && g.word(mark) === "to" && (syn.rel(t) === "acl" || syn.rel(t) === "advcl")) return "planned";
  if (mark >= 0 && g.word(mark) === "to" && syn.children(t).some((c) => syn.rel(c) === "aux" && syn.lemma[c] === "be")) return "planned";
  for (const c of syn.children(t)) {
    if (syn.rel(c) !== "aux") continue;
    const w = g.word(c);
    if (lex.planned.has(w)) return "planned";
    if (lex.possible.has(w)) return "possible";
  }
  for (const c of syn.children(t)) if (syn.rel(c) === "amod" || syn.rel(c) === "acl") {
    const w = syn.lemma[c]!.toLowerCase();
    if (lex.attempted.has(w)) return "attempted";
    if (lex.planned.has(w) || lex.foiling.has(w)) return "planned";
    if (lex.possible.has(g.word(c))) return "possible";
  }
  // governing verbs: "attempted to travel", "plans to sign", "foiled attacks", "were about to"
  let x = t;
  for (let guard = 0; guard < 4; guard++) {
    const h = syn.head[x]!;
    if (h < 0) break;
    const r = syn.rel(x);
    const w = syn.lemma[h]!.toLowerCase();
    if (r === "xcomp" || (r === "ccomp" && syn.upos[h] === "ADJ") || (r === "acl" && d.nominal === false)) {
      if (lex.negating.has(w)) return "negated";
      if (lex.attempted.has(w) || lex.attempted.has(g.word(h))) return "attempted";
      if (lex.planned.has(w)) return "planned";
      if (lex.possible.has(w)) return "possible";
    } else if (r === "ccomp" && lex.possible.has(w)) {
      // "a militant group claimed she ... killed", "alleged that"
      return "possible";
    } else if (d.nominal && x === t && (r === "obj" || r === "obl" || r === "nsubj:pass")) {
      // "escaped injury", "calling for the release", "foiled attacks"
      if (lex.negating.has(w)) return "negated";
      if (lex.foiling.has(w)) return "planned";
      if (lex.planned.has(w)) return "planned";
      break;
    } else break;
    x = h;
  }
  return "asserted";
}

/**
 * Places: entities of place types named in a locative phrase ("in", "at"; for motion also "to", "from")
 * on the event's own clause (its trigger or anchor and their participants, not other events' clauses),
 * with the names the phrase holds ("the northern cities of Tetouan and Fnideq", "Verviers (southern Belgium)");
 * for a nominal event also a place name modifying it ("the Paris attacks").
 */
function places(g: ParseGraph, lex: EventLexicon, d: Draft, anchors: ReadonlySet<number>): string[] {
  const syn = g.syn;
  const motion = lex.classes.get(d.cls)?.motion ?? false;
  const found: string[] = [];
  const add = (t: number) => {
    // places are names ("in the capital" is no place name; bench/events/GUIDE.md §3)
    const id = g.placeAt(t);
    if (id !== undefined && !found.includes(id)) found.push(id);
  };
  const collect = (l: number) => {
    const stack = [l];
    while (stack.length) {
      const x = stack.pop()!;
      add(x);
      for (const c of syn.children(x)) if (PLACE_PARTS.has(syn.rel(c)) && !anchors.has(c) && (syn.rel(c) !== "nmod" || g.caseOf(c) === "of" || g.caseOf(c) === "" || lex.locative.has(g.caseOf(c)))) stack.push(c);
    }
  };
  const roots = [d.anchor];
  if (d.support >= 0) roots.push(d.support);
  for (const x of [d.object, d.agent]) if (x >= 0 && !roots.includes(x) && !anchors.has(x)) roots.push(x);
  const stack = [...roots];
  const seen = new Set<number>();
  while (stack.length) {
    const x = stack.pop()!;
    if (seen.has(x)) continue;
    seen.add(x);
    for (const c of syn.children(x)) {
      if (anchors.has(c) && !roots.includes(c)) continue;
      if (g.dateOf[c]! >= 0) continue;
      const r = syn.rel(c);
      if (d.nominal && x === d.trigger && (r === "compound" || r === "amod" || syn.deprel[c] === "nmod:poss")) {
        add(c);
        continue;
      }
      if (r === "obl" || r === "nmod" || r === "advmod") {
        const p = g.caseOf(c);
        if (lex.locative.has(p) || (motion && lex.motion.has(p))) {
          collect(c);
          continue;
        }
      }
      // a participle of a participant ("a cell composed of ... in the cities of") is still this clause
      if (CLAUSE.has(r) && syn.upos[c] === "VERB" && !(r === "acl" && syn.deprel[c] !== "acl:relcl" && x !== d.trigger)) continue;
      if (r === "nmod" && g.caseOf(c) === "of") continue;
      if (r === "obj" || r === "nsubj" || r === "obl" || r === "nmod" || r === "acl" || r === "appos" || r === "iobj") stack.push(c);
    }
  }
  if (found.length === 0) deepPlaces(g, lex, d, anchors, found);
  return found;
}

/**
 * A last resort for an event whose own phrases name no place: a place name in a locative phrase
 * anywhere in its clause, however deep the parse put it ("a bomb exploded near a convoy traveling along a
 * highway in southern Kandahar province"), except inside other events and residence participles
 * ("accomplices residing in Spain").
 */
function deepPlaces(g: ParseGraph, lex: EventLexicon, d: Draft, anchors: ReadonlySet<number>, found: string[]): void {
  const syn = g.syn;
  const motion = lex.classes.get(d.cls)?.motion ?? false;
  const stack: Array<[number, boolean]> = [[d.anchor, false]];
  while (stack.length) {
    const [x, located] = stack.pop()!;
    const id = located ? g.placeAt(x) : undefined;
    if (id !== undefined && !found.includes(id)) found.push(id);
    for (const c of syn.children(x)) {
      if (anchors.has(c) || g.dateOf[c]! >= 0) continue;
      if (syn.upos[c] === "VERB" && (lex.residence.has(syn.lemma[c]!.toLowerCase()) || syn.rel(c) === "ccomp" || syn.rel(c) === "parataxis")) continue;
      const p = g.caseOf(c);
      const here = lex.locative.has(p) || (motion && lex.motion.has(p));
      stack.push([c, located || here || (located && PLACE_PARTS.has(syn.rel(c)))]);
    }
  }
}

/**
 * Times: each date of the sentence belongs to the first event anchor above it in the parse, unless a
 * number stands between ("548 people (275 in 2015 and 273 in 2016)": the years date the parts, not the
 * arrest); an event without a date of its own takes the nearest date that governs its clause ("since
 * 2002, he recalled that 167 cells have been dismantled"), and coordinated events share a date written
 * outside all of them.
 */
function assignTimes(g: ParseGraph, drafts: Draft[], anchors: ReadonlySet<number>, a: number, b: number): void {
  const syn = g.syn;
  const byAnchor = new Map<number, Draft>();
  for (const d of drafts) {
    byAnchor.set(d.anchor, d);
    if (d.support >= 0 && !byAnchor.has(d.support)) byAnchor.set(d.support, d);
  }
  const owned = new Map<number, number[]>();
  const claimed = new Set<number>();
  const free: number[] = [];
  for (const di of g.datesBySentence[g.tokens[a]!.sentence]!) {
    const top = g.dateTop[di]!;
    // a duration or a recurrence ("a 10-year sentence", "one day after", "every week") dates no event
    const kind = g.dates[di]!.kind;
    if (kind === "duration" || kind === "set") continue;
    let x = syn.head[top]!;
    if (x < 0) free.push(di);
    for (let guard = 0; x >= 0 && guard < 100; guard++) {
      if (anchors.has(x)) {
        const list = owned.get(x) ?? [];
        list.push(di);
        owned.set(x, list);
        claimed.add(di);
        break;
      }
      if (g.quantityOf[x]! >= 0 && NUMERIC.has(syn.upos[x]!)) break;
      if (syn.head[x]! < 0) free.push(di);
      x = syn.head[x]!;
    }
  }
  for (const [anchor, list] of owned) {
    const d = byAnchor.get(anchor)!;
    // an antecedent that holds the dates of its elided conjuncts too gives them the ones after each conjunct
    const elided = drafts.filter((e) => e.antecedent === d && e.anchor > d.anchor).sort((x, y) => x.anchor - y.anchor);
    const mine = list.filter((di) => elided.length === 0 || g.dateTop[di]! < elided[0]!.anchor);
    d.time = mine.length ? mine[0]! : list[0]!;
    for (const e of elided) {
      if (owned.has(e.anchor)) continue;
      const after = list.find((di) => g.dateTop[di]! > e.anchor);
      if (after !== undefined) e.time = after;
    }
  }
  for (const d of drafts) {
    if (d.time >= 0) continue;
    if (d.antecedent && d.antecedent.time >= 0 && d.rule === "coordination") {
      d.time = d.antecedent.time;
      continue;
    }
    // a coordinated event shares a date written outside the coordination
    const h = syn.head[d.trigger]!;
    const partner = syn.rel(d.trigger) === "conj" && h >= 0 ? byAnchor.get(h) : drafts.find((e) => syn.rel(e.trigger) === "conj" && syn.head[e.trigger] === d.trigger && e.antecedent === null);
    if (partner && partner.time >= 0) {
      const top = g.dateTop[partner.time]!;
      if (top > Math.max(d.trigger, partner.trigger) || top < Math.min(d.trigger, partner.trigger)) {
        d.time = partner.time;
        continue;
      }
    }
    // the nearest governing date: a date no event owns that hangs (through no event and no number) on
    // an ancestor of the trigger, the lowest such ancestor first ("Regarding efforts since 2002, he
    // recalled that 167 cells have been dismantled")
    // (up through clauses only: an event inside a noun's modifier, "a group ... detained during the
    // protests", is not dated by the verb above the noun)
    const depth = new Map<number, number>();
    for (let y = d.anchor, x = syn.head[y]!, k = 0; x >= 0 && k < 100; y = x, x = syn.head[x]!, k++) {
      if (syn.rel(y) === "acl" || syn.rel(y) === "nmod" || syn.rel(y) === "obj" || syn.rel(y) === "nsubj") break;
      depth.set(x, k);
    }
    let best = -1;
    let bestDepth = Infinity;
    for (const di of free) {
      for (let x = syn.head[g.dateTop[di]!]!, guard = 0; x >= 0 && guard < 100; x = syn.head[x]!, guard++) {
        const k = depth.get(x);
        if (k !== undefined) {
          if (k < bestDepth) [best, bestDepth] = [di, k];
          break;
        }
      }
    }
    if (best >= 0) d.time = best;
  }
}

/** Relations by which an event's clause belongs to another event: "attacked a patrol ..., killing four" */
const SHARING = new Set(["advcl", "conj", "xcomp", "acl", "obl", "nmod", "parataxis"]);

/**
 * Events that belong together share what one of them states: a participle or conjunct takes its head
 * event's time and places ("attacked a patrol in Helmand overnight Saturday, killing four officers"), an
 * event named by a noun takes the verb's it attaches to ("wounded early Saturday in an attack"), a relative
 * clause of an event noun the noun's ("the 2002 Bali bombings that killed 202 people"); a first conjunct
 * takes a place written after its last ("killed four policemen and wounded nine in Baquba").
 */
function share(g: ParseGraph, lex: EventLexicon, drafts: Draft[]): void {
  const lexLocative = lex.locative;
  const syn = g.syn;
  const byTrigger = new Map<number, Draft>();
  for (const d of drafts) if (d.antecedent === null) byTrigger.set(d.trigger, d);
  for (let pass = 0; pass < 2; pass++)
    for (const d of drafts) {
      if (d.antecedent !== null) continue;
      const comma = commaParticiple(g, d.trigger);
      const h = comma ? clauseVerb(g, d.trigger) : syn.head[d.trigger]!;
      const r = comma ? "advcl" : syn.rel(d.trigger);
      const e = h >= 0 ? byTrigger.get(h) : undefined;
      if (!e || !SHARING.has(r)) continue;
      // a noun's modifier shares only with an event noun; an oblique only when the dependent is an event noun
      if ((r === "acl" || r === "nmod") && !e.nominal) continue;
      if (r === "obl" && !d.nominal) continue;
      if (d.time < 0 && e.time >= 0) d.time = e.time;
      if (d.places.length === 0 && e.places.length > 0) d.places = [...e.places];
      if (r === "conj") {
        if (e.time < 0 && d.time >= 0 && g.dateTop[d.time]! > d.trigger) e.time = d.time;
        if (e.places.length === 0 && d.places.length > 0) e.places = [...d.places];
      }
      // "wounded ... in an attack in the city of X": the verb happened where the event it names did
      if (r === "obl" && e.places.length === 0 && d.places.length > 0) e.places = [...d.places];
    }
  // "In Baghdad, police said a bomber attacked ...": a place on the reporting clause above
  for (const d of drafts) {
    if (d.places.length > 0 || d.nominal) continue;
    for (let y = d.trigger, x = syn.head[y]!, guard = 0; x >= 0 && guard < 20; y = x, x = syn.head[x]!, guard++) {
      const r = syn.rel(y);
      if (r !== "ccomp" && r !== "parataxis" && r !== "advcl" && r !== "conj" && r !== "xcomp") break;
      if (byTrigger.has(x)) break;
      for (const c of syn.children(x)) {
        if (c === y || syn.rel(c) !== "obl" || !lexLocative.has(g.caseOf(c))) continue;
        const id = g.placeAt(c);
        if (id !== undefined && !d.places.includes(id)) d.places.push(id);
      }
      if (d.places.length > 0) break;
    }
  }
}

/** The record: spans from token indices, ids from the graph, attribution from quotes and reporting verbs. */
function toRecord(g: ParseGraph, lex: EventLexicon, d: Draft, speech: ReadonlySet<string>, n: number): EventRecord {
  const syn = g.syn;
  const T = g.tokens;
  const trig = T[d.trigger]!;
  const rec: EventRecord = {
    id: `EV${n}`,
    class: d.cls,
    trigger: { start: trig.start, end: trig.end, text: trig.text, lemma: syn.lemma[d.trigger]! },
    sentence: d.sentence,
    modality: d.modality,
    places: d.places,
    source: `events:${d.rule}`,
  };
  // a partitive heads on what it counts: "three of his sons" is sons, counted by three
  const [object, objectCount] = partitive(g, d.object);
  const [agent, agentCount] = partitive(g, d.agent);
  d.object = object;
  d.agent = agent;
  const countTok = d.countFrom >= 0 ? d.countFrom : objectCount >= 0 ? objectCount : d.object >= 0 ? countToken(g, d.object) : -1;
  // the agents' number is the count only of an intransitive event ("3,000 workers went on strike"), not of a transitive one
  const countsAgent = lex.classes.get(d.cls)?.countsAgent ?? false;
  const countTok2 = countTok >= 0 ? countTok : d.agent >= 0 && countsAgent ? (agentCount >= 0 ? agentCount : countToken(g, d.agent)) : -1;
  if (countTok2 >= 0) {
    const q = g.quantities[g.quantityOf[countTok2]!]!;
    // a duration or an age says how long or how old, not how many ("a 10-year sentence", "a 14-year-old")
    if (q.kind === "count" || (q.kind === "measure" && !TIME_UNITS.has(q.unit ?? ""))) rec.count = q.id;
  }
  if (d.agent >= 0) rec.agent = argument(g, d.agent);
  if (d.object >= 0) rec.object = argument(g, d.object);
  if (d.time >= 0) {
    rec.time = g.dates[d.time]!.id;
    // an event dated after the article's publication is still to come ("the October elections")
    const v = g.dates[d.time]!.value;
    if (rec.modality === "asserted" && v !== null && g.published !== null && v.slice(0, 10) > g.published && /^\d{4}/.test(v) && !v.includes("/")) rec.modality = "planned";
  }
  const attribution = attribute(g, d.trigger, speech);
  if (attribution) rec.attribution = attribution;
  return rec;
}

/**
 * A title heads on the name it premodifies ("terrorist leader Abu Musab al-Zarqawi", "Photographer
 * Gabriele Torsello": the name, as a reader would say who): a common noun followed at once by a name part
 * (flat, compound or appos) of a person.
 */
function nameHead(g: ParseGraph, h: number): number {
  const syn = g.syn;
  if (syn.upos[h] !== "NOUN") return h;
  for (const c of syn.children(h)) {
    const r = syn.rel(c);
    if (c === h + 1 && (r === "flat" || r === "compound" || r === "appos") && g.nameOf[c]! >= 0 && g.entities[g.nameOf[c]!]!.type === "PERSON") return c;
  }
  return h;
}

/** [head, number]: a number with an "of" phrase ("three of his sons", "36 of these cells") heads on the noun, counted by the number. */
function partitive(g: ParseGraph, x: number): [number, number] {
  const syn = g.syn;
  if (x < 0 || (!NUMERIC.has(syn.upos[x]!) && g.quantityOf[x]! < 0 && !(syn.upos[x] === "PRON" && g.word(x) === "one"))) return [x, -1];
  for (const c of syn.children(x))
    if (syn.rel(c) === "nmod" && g.caseOf(c) === "of" && (syn.upos[c] === "NOUN" || syn.upos[c] === "PROPN")) return [c, g.quantityOf[x]! >= 0 ? x : -1];
  return [x, -1];
}

/** A participant: its base noun phrase (trimmed of a leading conjunction or punctuation), head lemma and entity. */
function argument(g: ParseGraph, h0: number): EventArgument {
  const syn = g.syn;
  const T = g.tokens;
  const h = nameHead(g, h0);
  // the phrase is the written one's (h0: the title's phrase holds the name), the head the name
  const p = syn.phraseIndexOf(h0);
  let first = h0;
  let last = Math.max(h0, h);
  if (p >= 0 && syn.nounPhrases[p]!.head === h0) {
    first = syn.nounPhrases[p]!.first;
    last = Math.max(syn.nounPhrases[p]!.last, h);
  }
  while (first < h && (syn.upos[first] === "CCONJ" || syn.upos[first] === "PUNCT")) first++;
  const q = g.quantityOf[h]! >= 0 ? g.quantities[g.quantityOf[h]!] : undefined;
  // an elided head noun ("and 19 in 2016") has the lemma of what its number counts
  const lemma = NUMERIC.has(syn.upos[h]!) && q?.counted ? q.counted : syn.lemma[h]!;
  const entity = g.entityIdAt(h);
  return {
    start: T[first]!.start,
    end: T[last]!.end,
    text: g.text.slice(T[first]!.start, T[last]!.end),
    lemma,
    head: { start: T[h]!.start, end: T[h]!.end },
    ...(entity ? { entity } : {}),
  };
}

/** Who says so: the quotation that holds the trigger, else the subject of a reporting verb above it ("Khiame said", "according to"). */
function attribute(g: ParseGraph, t: number, speech: ReadonlySet<string>): EventRecord["attribution"] {
  const qi = g.quoteOf[t]!;
  if (qi >= 0) {
    const q = g.quotes[qi]!;
    return { ...(q.speaker ? { speaker: q.speaker } : {}), quote: q.id };
  }
  const syn = g.syn;
  for (let x = syn.head[t]!, guard = 0; x >= 0 && guard < 50; x = syn.head[x]!, guard++) {
    for (const c of syn.children(x))
      if (syn.rel(c) === "obl" && g.caseOf(c) === "according to") {
        const e = g.entityIdAt(c);
        if (e) return { speaker: e };
      }
    if (speech.has(g.word(x)) || speech.has(syn.lemma[x]!.toLowerCase())) {
      const subj = firstChild(g, x, ["nsubj"]);
      const e = subj >= 0 ? g.entityIdAt(subj) : undefined;
      if (e) return { speaker: e };
    }
  }
  return undefined;
}
