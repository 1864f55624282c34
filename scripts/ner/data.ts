// Training and evaluation data for the NER model: GMB (public-domain VOA text) and GUM news (CC BY),
// read from ../shared/benchmarks, tokenised with our own tokenizer and mapped to BILOU labels.
import { readFileSync } from "node:fs";
import { tokenize } from "../../src/nlp/tokenize.js";
import { splitSentences } from "../../src/nlp/sentences.js";
import { labelOf, NER_TYPES, type NerType } from "../../src/ner/labels.js";

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
  text: string;
}
export interface GoldDoc {
  id: string;
  text: string;
  entities: GoldSpan[];
}
export interface TrainSentence {
  words: string[];
  labels: number[];
  /** a headline line (title-cased in training to teach headline handling) */
  headline?: boolean;
}
export interface TrainDoc {
  id: string;
  sentences: TrainSentence[];
}

export function readJsonl(path: string): GoldDoc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
}

export const GMB_MAP: Record<string, NerType | null> = {
  per: "PER", org: "ORG", geo: "GEO", gpe: "NORP", eve: "EVENT", art: "ART", tim: null, nat: null,
};
export const GUM_MAP: Record<string, NerType | null> = { person: "PER", organization: "ORG", place: "GEO", time: null };

/** Names GMB's annotators (partly a machine) tagged as places that are organisations. */
const GMB_GEO_IS_ORG = new Set(["u.n.", "un", "united nations", "nato", "african union", "european union", "eu", "e.u."]);
const CONNECTORS = new Set(["of", "and", "the", "de", "del", "la", "le", "for", "on", "al", "bin", "ibn", "von", "van", "der", "da", "du", "y", "el", "des", "di", "&", "-", "'s"]);

export interface Cleaner {
  titles: Set<string>;
  demonyms: Set<string>;
}

function startsLower(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toUpperCase();
}

/**
 * Token span [a, b) of one gold mention, cleaned to our conventions: no leading determiners, lower-case
 * words or titles (PERSON spans exclude "President", CoNLL style), no trailing possessive.
 */
function clean(words: string[], a: number, b: number, type: NerType, cl: Cleaner, strict: boolean): [number, number] | null {
  const title = (w: string): boolean => cl.titles.has(w.toLowerCase()) || cl.titles.has(w.toLowerCase().replace(/\.$/, ""));
  if (type === "PER") {
    // strip up to the last title word ("U.S. President Donald Trump" -> "Donald Trump")
    for (let i = b - 2; i >= a; i--) {
      if (title(words[i]!)) {
        a = i + 1;
        break;
      }
    }
  }
  while (a < b && ((startsLower(words[a]!) && !/\p{Lu}/u.test(words[a]!)) || /^(the|a|an)$/i.test(words[a]!) || !/[\p{L}\d]/u.test(words[a]!) || (type === "PER" && b - a > 1 && (title(words[a]!) || cl.demonyms.has(words[a]!.toLowerCase()))))) a++;
  while (b > a && (/^['’]s?$/.test(words[b - 1]!) || !/[\p{L}\d]/u.test(words[b - 1]!))) b--;
  if (a >= b) return null;
  if (strict) {
    for (let i = a; i < b; i++) if (startsLower(words[i]!) && !CONNECTORS.has(words[i]!.toLowerCase()) && !words[i]!.includes("-")) return null;
  }
  return [a, b];
}

/** Labels the tokens of a text from character-offset gold spans. */
function labelText(
  text: string,
  from: number,
  to: number,
  spans: Array<{ start: number; end: number; type: NerType }>,
  cl: Cleaner,
  strict: boolean,
): TrainSentence[] {
  const toks = tokenize(text, from, to);
  const words = toks.map((t) => t.text);
  const labels = new Array<number>(toks.length).fill(0);
  const taken = new Uint8Array(toks.length);
  // shorter spans first, so nested names win over the noun phrases around them
  const sorted = [...spans].sort((x, y) => x.end - x.start - (y.end - y.start));
  for (const sp of sorted) {
    let a = toks.findIndex((t) => t.end > sp.start);
    if (a < 0) continue;
    let b = a;
    while (b < toks.length && toks[b]!.start < sp.end) b++;
    const c = clean(words, a, b, sp.type, cl, strict);
    if (!c) continue;
    [a, b] = c;
    let free = true;
    for (let i = a; i < b; i++) if (taken[i]) free = false;
    if (!free) continue;
    const t = NER_TYPES.indexOf(sp.type);
    for (let i = a; i < b; i++) {
      taken[i] = 1;
      labels[i] = labelOf(t, b - a === 1 ? 3 : i === a ? 0 : i === b - 1 ? 2 : 1);
    }
  }
  // sentence split (GMB lines are one sentence already; GUM documents are not)
  const out: TrainSentence[] = [];
  for (const [a, b] of splitSentences(toks)) out.push({ words: words.slice(a, b), labels: labels.slice(a, b) });
  return out;
}

/** GMB sentences with our types; `raw` keeps GMB's own place/organisation choice (no GMB_GEO_IS_ORG fix). */
export function loadGmb(path: string, cl: Cleaner, raw = false): TrainSentence[] {
  const out: TrainSentence[] = [];
  for (const d of readJsonl(path)) {
    const spans: Array<{ start: number; end: number; type: NerType }> = [];
    for (const e of d.entities) {
      let type = GMB_MAP[e.type];
      if (!type) continue;
      if (!raw && type === "GEO" && GMB_GEO_IS_ORG.has(e.text.toLowerCase())) type = "ORG";
      spans.push({ start: e.start, end: e.end, type });
    }
    const sents = labelText(d.text, 0, d.text.length, spans, cl, false);
    // one line is one sentence in GMB: keep it whole
    const words = sents.flatMap((s) => s.words);
    const labels = sents.flatMap((s) => s.labels);
    out.push({ words, labels });
  }
  return out;
}

/** GUM news documents: names only, noun-phrase spans trimmed; demonyms outside names marked NORP. */
export function loadGum(path: string, cl: Cleaner): TrainDoc[] {
  const out: TrainDoc[] = [];
  for (const d of readJsonl(path)) {
    const spans: Array<{ start: number; end: number; type: NerType }> = [];
    for (const e of d.entities) {
      const type = GUM_MAP[e.type];
      if (type) spans.push({ start: e.start, end: e.end, type });
    }
    const sentences: TrainSentence[] = [];
    const re = /[^\n]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(d.text)) !== null) {
      const a = m.index;
      const b = a + m[0].length;
      const inLine = spans.filter((s) => s.start >= a && s.end <= b);
      sentences.push(...labelText(d.text, a, b, inLine, cl, true));
    }
    const norp = NER_TYPES.indexOf("NORP");
    for (const s of sentences) {
      for (let i = 0; i < s.words.length; i++) {
        if (s.labels[i] === 0 && !startsLower(s.words[i]!) && cl.demonyms.has(s.words[i]!.toLowerCase())) s.labels[i] = labelOf(norp, 3);
      }
    }
    out.push({ id: d.id, sentences });
  }
  return out;
}
