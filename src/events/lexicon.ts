import { readFileSync } from "node:fs";
import { z } from "zod";
import { inflect } from "../lexicon/speech.js";
import { shippedDataDir } from "../shipped-data.js";

const CLASSES_FILE = "classes.json";

const Words = z.array(z.string().min(1));

/** One event class: the words that trigger it and its counterpart in ACLED and GTD. */
export const EventClassSchema = z.strictObject({
  /** verb lemmas; "round up" is a verb with a word that must follow in its clause */
  verbs: Words,
  /** noun lemmas of nominal events ("the arrest of", "the dismantling of") */
  nouns: Words.default([]),
  /** verb + a word in its clause: {verb: "bring", obl: "justice"} is "brought (them) to justice" */
  phrases: z.array(z.strictObject({ verb: z.string().min(1), obl: z.string().min(1) })).default([]),
  /** verbs whose subject is the patient ("48 people died" is a kill event with object "people") */
  patientSubject: Words.default([]),
  /** a motion class: "to X" and "from X" are its places */
  motion: z.boolean().default(false),
  /** intransitive senses: the number of the agents is the event's count ("3,000 workers went on strike") */
  countsAgent: z.boolean().default(false),
  /** an event noun's possessor is its patient: "his arrest", "Aung San Suu Kyi's release" (else its agent: "Israel's attack") */
  possessorIsObject: z.boolean().default(false),
  /** object lemmas that make the verb another sense ("released a statement", "met the deadline") */
  notObjects: Words.default([]),
  acled: z.string().nullable().default(null),
  gtd: z.string().nullable().default(null),
});
export type EventClass = z.output<typeof EventClassSchema>;

export const ClassesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  classes: z.record(z.string().regex(/^[a-z][a-z_-]*$/), EventClassSchema),
  /** past forms and participles that the regular rules of src/lexicon/speech.ts inflect() do not make */
  irregular: z.record(z.string(), Words).default({}),
  /** verbs that carry a nominal event ("carried out an attack", "attacks that were about to be committed"): its time, place and modality are theirs */
  support: Words.default([]),
  /** nouns that, modifying an event noun, name its agent ("a rebel attack", "police raids") */
  agentNouns: Words.default([]),
  /** event nouns whose plural is not an event ("sales", "returns", "sentences") */
  singularOnly: Words.default([]),
  modality: z.strictObject({ negated: Words, negating: Words, attempted: Words, planned: Words, possible: Words, foiling: Words }),
  /** residence: participles whose place is where a participant lives, not where the event happened ("accomplices residing in Spain") */
  places: z.strictObject({ locative: Words, motion: Words, residence: Words.default([]) }),
});
export type ClassesFile = z.output<typeof ClassesFileSchema>;

/** What a trigger word means: its class, and the word its phrase needs in the clause (if any). */
export interface TriggerSense {
  cls: string;
  /** the verb lemma the entry was written with */
  lemma: string;
  /** a word that must appear in the verb's clause ("justice", "up"), or null */
  with: string | null;
  /** the subject is the patient */
  patientSubject: boolean;
}

/** A compiled event lexicon: word forms and lemmas to senses, built once per pipeline. */
export interface EventLexicon {
  readonly verbs: ReadonlyMap<string, readonly TriggerSense[]>;
  readonly nouns: ReadonlyMap<string, string>;
  readonly classes: ReadonlyMap<string, EventClass>;
  readonly support: ReadonlySet<string>;
  readonly agentNouns: ReadonlySet<string>;
  readonly singularOnly: ReadonlySet<string>;
  readonly negated: ReadonlySet<string>;
  /** verbs that negate what they govern ("failed to", "escaped injury", "refusing to step down") */
  readonly negating: ReadonlySet<string>;
  readonly attempted: ReadonlySet<string>;
  readonly planned: ReadonlySet<string>;
  readonly possible: ReadonlySet<string>;
  readonly foiling: ReadonlySet<string>;
  readonly locative: ReadonlySet<string>;
  readonly motion: ReadonlySet<string>;
  readonly residence: ReadonlySet<string>;
}

/** Reads and validates the shipped class table (src/events/data/classes.json). */
export function loadClassesFile(): ClassesFile {
  const dir = shippedDataDir("events", CLASSES_FILE);
  if (dir === null) throw new Error(`events: ${CLASSES_FILE} not found beside src/events`);
  const path = dir + CLASSES_FILE;
  const parsed = ClassesFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")), { jitless: true });
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Compiles the class table (and classes a config adds) into lookup maps: every verb entry under each
 * of its inflected forms and its lemma (the lemmatiser is not always right: "dismantled" must be found
 * whatever lemma the parse gives it), every noun under its singular and plural.
 */
export function compileEventLexicon(file: ClassesFile, extra: Record<string, z.input<typeof EventClassSchema>> = {}): EventLexicon {
  const classes = new Map<string, EventClass>(Object.entries(file.classes));
  for (const [name, c] of Object.entries(extra)) classes.set(name, EventClassSchema.parse(c));
  const verbs = new Map<string, TriggerSense[]>();
  const nouns = new Map<string, string>();
  const addVerb = (entry: string, sense: Omit<TriggerSense, "lemma" | "with">, withWord: string | null) => {
    const [lemma, ...rest] = entry.split(" ");
    const w = withWord ?? (rest.length ? rest[rest.length - 1]! : null);
    const forms = new Set([...inflect(lemma!), ...(file.irregular[lemma!] ?? [])]);
    for (const f of forms) {
      const list = verbs.get(f) ?? [];
      if (!list.some((s) => s.cls === sense.cls && s.with === w)) list.push({ ...sense, lemma: lemma!, with: w });
      verbs.set(f, list);
    }
  };
  for (const [cls, c] of classes) {
    for (const v of c.verbs) addVerb(v, { cls, patientSubject: false }, null);
    for (const v of c.patientSubject) addVerb(v, { cls, patientSubject: true }, null);
    for (const p of c.phrases) addVerb(p.verb, { cls, patientSubject: false }, p.obl);
    for (const n of c.nouns) {
      if (!nouns.has(n)) nouns.set(n, cls);
      const plural = /(?:s|sh|ch|x|z)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`;
      if (!nouns.has(plural) && !file.singularOnly.includes(n)) nouns.set(plural, cls);
    }
  }
  // phrase senses (with a word) are tried before the bare verb: "brought to justice" is charge, not bring
  for (const list of verbs.values()) list.sort((a, b) => Number(b.with !== null) - Number(a.with !== null));
  const m = file.modality;
  return {
    verbs,
    nouns,
    classes,
    support: new Set(file.support),
    agentNouns: new Set(file.agentNouns),
    singularOnly: new Set(file.singularOnly),
    negated: new Set(m.negated),
    negating: new Set(m.negating),
    attempted: new Set(m.attempted),
    planned: new Set(m.planned),
    possible: new Set(m.possible),
    foiling: new Set(m.foiling),
    locative: new Set(file.places.locative),
    motion: new Set(file.places.motion),
    residence: new Set(file.places.residence),
  };
}
