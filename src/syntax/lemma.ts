import { StringTable, type StringTableData } from "../resources/string-table.js";
/**
 * Lemmas by edit scripts learned from a treebank. A script says how to case the form, how many final
 * characters to cut and what to add ("arrested" -> 0|2| -> "arrest", "women" -> 0|3|oman, "The" -> 1|0|);
 * the case operations are 0 keep, 1 lower-case, 2 title case (first letter upper, the rest lower), 3 first
 * letter upper; a script "=lemma" gives the lemma whole. The exception table keys a lower-cased form and its
 * Penn tag to the script that gives the treebank's lemma for most of their tokens ("i" and "I" -> "=I" when
 * the treebank writes the pronoun's lemma "I"). Unseen words take the edit of the longest known suffix for
 * their tag (learnt on lower-cased forms and lemmas) and the case operation that the tag and the form's
 * casing (lower, Title, UPPER, mIxed, none) take most often in the treebank.
 */
export interface LemmaTables {
  /** lower-cased form + "\t" + Penn tag -> script */
  forms: Record<string, string>;
  /** Penn tag + "\t" + lower-cased suffix -> "cut|add" */
  suffixes: Record<string, string>;
  /** Penn tag + "\t" + casing class of the form -> case operation ("0".."3") */
  cases: Record<string, string>;
  maxSuffix: number;
}

const OPS = ["0", "1", "2", "3"] as const;

/** The form with case operation op applied (see LemmaTables). */
export function caseOp(form: string, op: string): string {
  if (op === "1") return form.toLowerCase();
  if (op === "2" || op === "3") {
    const first = String.fromCodePoint(form.codePointAt(0) ?? 0);
    if (!form) return form;
    const rest = form.slice(first.length);
    return first.toUpperCase() + (op === "2" ? rest.toLowerCase() : rest);
  }
  return form;
}

/** Casing class of a form: "l" lower, "t" Title, "u" UPPER (two or more letters), "m" mixed, "n" no cased letter. */
export function casingOf(form: string): string {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (const ch of form) {
    const u = ch !== ch.toLowerCase();
    const l = ch !== ch.toUpperCase();
    if (u) {
      if (upper + lower === 0) firstUpper = true;
      upper++;
    } else if (l) lower++;
  }
  if (upper + lower === 0) return "n";
  if (upper === 0) return "l";
  if (lower === 0) return upper >= 2 ? "u" : "t";
  return firstUpper && upper === 1 ? "t" : "m";
}

/** "cut|add" turning `from` into `to` with the longest common prefix kept, or null when none is kept. */
function edit(from: string, to: string): string | null {
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  if (!(p >= Math.min(1, from.length) && (p > 0 || to === ""))) return null;
  return `${from.length - p}|${to.slice(p)}`;
}

/** Every script that turns form into lemma (one per case operation that keeps the form's length, and "=lemma"). */
export function scriptsOf(form: string, lemma: string): string[] {
  const out: string[] = [];
  for (const op of OPS) {
    const f = caseOp(form, op);
    if (f.length !== form.length) continue;
    const e = edit(f, lemma);
    if (e !== null && !out.includes(`${op}|${e}`)) out.push(`${op}|${e}`);
  }
  out.push(`=${lemma}`);
  return out;
}

/** The preferred script of form -> lemma: lower-casing first, then as written, then whole, then title cases. */
export function editScript(form: string, lemma: string): string {
  return scriptsOf(form, lemma).sort((a, b) => scriptRank(a) - scriptRank(b))[0]!;
}

/** Preference among scripts that give the same lemmas: 1 (lower), 0 (keep), whole, 2, 3. */
function scriptRank(s: string): number {
  return s[0] === "1" ? 0 : s[0] === "0" ? 1 : s[0] === "=" ? 2 : s[0] === "2" ? 3 : 4;
}

export function applyScript(form: string, script: string): string {
  if (script.startsWith("=")) return script.slice(1);
  const a = script.indexOf("|");
  return applyEdit(caseOp(form, script.slice(0, a)), script.slice(a + 1));
}

/** Applies "cut|add" to a form. */
function applyEdit(f: string, e: string): string {
  const b = e.indexOf("|");
  const cut = Number(e.slice(0, b));
  if (cut > f.length) return f;
  return f.slice(0, f.length - cut) + e.slice(b + 1);
}

/** The entry of m with the highest count; ties to the lower rank, then to the smaller string. */
function bestOf(m: Map<string, number>, rank: (s: string) => number = () => 0): string {
  return [...m].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function count(m: Map<string, Map<string, number>>, key: string, value: string): void {
  let x = m.get(key);
  if (!x) m.set(key, (x = new Map()));
  x.set(value, (x.get(value) ?? 0) + 1);
}

/**
 * The lookup form of LemmaTables: the form and suffix tables as StringTables whose values index the distinct
 * scripts, so a load image holds them raw (src/resources/image.ts) and worker threads share them; 36,000
 * object keys cost 50-70 ms to read back at every start.
 */
export interface CompiledLemmas {
  forms: StringTableData;
  suffixes: StringTableData;
  /** the scripts and edits the tables' values index */
  scripts: string[];
  cases: Record<string, string>;
  maxSuffix: number;
}

function compileLemmas(t: LemmaTables): CompiledLemmas {
  const scripts: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (x: string): number => {
    let i = ids.get(x);
    if (i === undefined) ids.set(x, (i = scripts.push(x) - 1));
    return i;
  };
  return {
    forms: StringTable.build(Object.entries(t.forms).map(([k, v]) => [k, idOf(v)] as const)).data,
    suffixes: StringTable.build(Object.entries(t.suffixes).map(([k, v]) => [k, idOf(v)] as const)).data,
    scripts,
    cases: t.cases,
    maxSuffix: t.maxSuffix,
  };
}

export class Lemmatiser {
  /** the tables as learnt (null for a lemmatiser read from its compiled form: it lemmatises, it is not serialised) */
  readonly tables: LemmaTables | null;
  readonly compiled: CompiledLemmas;
  private readonly forms: StringTable;
  private readonly suffixes: StringTable;

  constructor(tables: LemmaTables | CompiledLemmas) {
    const compiled = "scripts" in tables;
    this.tables = compiled ? null : tables;
    this.compiled = compiled ? tables : compileLemmas(tables);
    this.forms = new StringTable(this.compiled.forms);
    this.suffixes = new StringTable(this.compiled.suffixes);
  }

  lemma(form: string, xpos: string, upos: string): string {
    const t = this.compiled;
    const low = form.toLowerCase();
    const s = this.forms.get(low + "\t" + xpos);
    if (s >= 0) return applyScript(form, t.scripts[s]!);
    const op = t.cases[xpos + "\t" + casingOf(form)] ?? (upos === "PROPN" ? "0" : "1");
    const f = caseOp(form, op);
    if (f.length === form.length) {
      for (let k = Math.min(t.maxSuffix, low.length); k >= 1; k--) {
        const x = this.suffixes.get(xpos + "\t" + low.slice(-k));
        if (x >= 0) return applyEdit(f, t.scripts[x]!);
      }
    }
    return f;
  }

  /**
   * Learns the tables from (form, lemma, xpos) triples: the exception script of each lower-cased form and tag
   * (the one right for most of its tokens), suffix edits over word types (a suffix needs `minSuffixCount`
   * types), the case operation of each tag and casing class over tokens.
   */
  static train(items: Iterable<{ form: string; lemma: string; xpos: string }>, maxSuffix = 6, minSuffixCount = 2): Lemmatiser {
    const forms = new Map<string, Map<string, number>>();
    const lowEdits = new Map<string, Map<string, number>>();
    const cases = new Map<string, Map<string, number>>();
    for (const { form, lemma, xpos } of items) {
      if (lemma === "_" && form !== "_") continue;
      const low = form.toLowerCase();
      const key = low + "\t" + xpos;
      for (const sc of scriptsOf(form, lemma)) count(forms, key, sc);
      if (low.length !== form.length) continue;
      const e = edit(low, lemma.toLowerCase());
      if (e === null) continue;
      count(lowEdits, key, e);
      const ck = xpos + "\t" + casingOf(form);
      for (const op of OPS) if (applyEdit(caseOp(form, op), e) === lemma) count(cases, ck, op);
    }
    const sorted = <V>(m: Map<string, V>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const formTable: Record<string, string> = {};
    for (const [k, m] of sorted(forms)) formTable[k] = bestOf(m, scriptRank);
    const caseTable: Record<string, string> = {};
    for (const [k, m] of sorted(cases)) caseTable[k] = bestOf(m, Number);
    // suffix statistics over word types (each lower-cased form and tag once, with its most frequent edit)
    const suf = new Map<string, Map<string, number>>();
    for (const [key, m] of lowEdits) {
      const [low, xpos] = key.split("\t") as [string, string];
      const e = bestOf(m);
      for (let k = 1; k <= Math.min(maxSuffix, low.length - 1); k++) count(suf, xpos + "\t" + low.slice(-k), e);
    }
    const suffixes: Record<string, string> = {};
    for (const [k, m] of sorted(suf)) {
      let total = 0;
      for (const v of m.values()) total += v;
      if (total >= minSuffixCount) suffixes[k] = bestOf(m);
    }
    return new Lemmatiser({ forms: formTable, suffixes, cases: caseTable, maxSuffix });
  }
}
