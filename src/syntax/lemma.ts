/**
 * Lemmas by edit scripts learned from a treebank: a script says whether to lower-case the form, how many
 * final characters to cut and what to add ("arrested" -> 0|2| -> "arrest", "women" -> 0|3|oman, "The" ->
 * 1|0|). The exception table keys a lower-cased form and its Penn tag to the script seen most often with them;
 * unseen words take the script of the longest known suffix for their tag.
 */
export interface LemmaTables {
  forms: Record<string, string>;
  suffixes: Record<string, string>;
  maxSuffix: number;
}

export function editScript(form: string, lemma: string): string {
  // of the two readings (as written, lower-cased) the one that keeps the longer prefix; on a tie the
  // lower-cased one, so "The" and "the" share the script that makes "the"
  let best: string | null = null;
  let bestKeep = -1;
  for (const low of [true, false]) {
    const f = low ? form.toLowerCase() : form;
    if (f.length !== form.length) continue;
    let p = 0;
    while (p < f.length && p < lemma.length && f[p] === lemma[p]) p++;
    // a script must keep some of the word; otherwise the lemma is stored whole
    if (!(p >= Math.min(1, f.length) && (p > 0 || lemma === ""))) continue;
    if (p > bestKeep) {
      bestKeep = p;
      best = `${low ? 1 : 0}|${f.length - p}|${lemma.slice(p)}`;
    }
  }
  return best ?? `=${lemma}`;
}

export function applyScript(form: string, script: string): string {
  if (script.startsWith("=")) return script.slice(1);
  const a = script.indexOf("|");
  const b = script.indexOf("|", a + 1);
  const f = script[0] === "1" ? form.toLowerCase() : form;
  const cut = Number(script.slice(a + 1, b));
  if (cut > f.length) return f;
  return f.slice(0, f.length - cut) + script.slice(b + 1);
}

export class Lemmatiser {
  constructor(readonly tables: LemmaTables) {}

  lemma(form: string, xpos: string, upos: string): string {
    const t = this.tables;
    const low = form.toLowerCase();
    const s = t.forms[low + "\t" + xpos];
    if (s !== undefined) return applyScript(form, s);
    for (let k = Math.min(t.maxSuffix, low.length); k >= 1; k--) {
      const x = t.suffixes[xpos + "\t" + low.slice(-k)];
      if (x !== undefined) return applyScript(form, x);
    }
    return upos === "PROPN" ? form : low;
  }

  /** Learns the tables from (form, lemma, xpos) triples; suffix scripts need `minSuffixCount` word types. */
  static train(items: Iterable<{ form: string; lemma: string; xpos: string }>, maxSuffix = 6, minSuffixCount = 2): Lemmatiser {
    const forms = new Map<string, Map<string, number>>();
    for (const { form, lemma, xpos } of items) {
      if (lemma === "_" && form !== "_") continue;
      const key = form.toLowerCase() + "\t" + xpos;
      const sc = editScript(form, lemma);
      let m = forms.get(key);
      if (!m) forms.set(key, (m = new Map()));
      m.set(sc, (m.get(sc) ?? 0) + 1);
    }
    const best = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const formTable: Record<string, string> = {};
    for (const [k, m] of [...forms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) formTable[k] = best(m);
    // suffix statistics over word types (each lower-cased form and tag once, with its best script)
    const suf = new Map<string, Map<string, number>>();
    for (const [key, m] of forms) {
      const [low, xpos] = key.split("\t") as [string, string];
      const sc = best(m);
      if (sc.startsWith("=")) continue;
      for (let k = 1; k <= Math.min(maxSuffix, low.length - 1); k++) {
        const sk = xpos + "\t" + low.slice(-k);
        let x = suf.get(sk);
        if (!x) suf.set(sk, (x = new Map()));
        x.set(sc, (x.get(sc) ?? 0) + 1);
      }
    }
    const suffixes: Record<string, string> = {};
    for (const [k, m] of [...suf].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      let total = 0;
      for (const v of m.values()) total += v;
      if (total >= minSuffixCount) suffixes[k] = best(m);
    }
    return new Lemmatiser({ forms: formTable, suffixes, maxSuffix });
  }
}
