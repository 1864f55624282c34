import type { SentenceSyntax } from "./model.js";
import type { TreeSentence } from "./conllu.js";

/** Scores of the CoNLL 2018 shared task on gold tokenisation: every syntactic word counted, punctuation included. */
export interface SyntaxScores {
  words: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
}

const universal = (rel: string) => rel.split(":")[0]!;

/** Accumulates word-level accuracy of predicted against gold sentences (percentages on read). */
export class SyntaxScorer {
  private n = 0;
  private c = { upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0 };
  /** relation (universal part) -> [gold count, head+relation right] */
  readonly byRelation = new Map<string, [number, number]>();

  add(gold: TreeSentence, pred: SentenceSyntax): void {
    for (let i = 0; i < gold.forms.length; i++) {
      this.n++;
      if (pred.upos[i] === gold.upos[i]) this.c.upos++;
      if (pred.xpos[i] === gold.xpos[i]) this.c.xpos++;
      if (pred.lemma[i] === gold.lemmas[i]) this.c.lemma++;
      const headOk = pred.head[i] === gold.heads[i];
      const relOk = universal(pred.deprel[i]!) === universal(gold.deprels[i]!);
      if (headOk) this.c.uas++;
      if (headOk && relOk) this.c.las++;
      const r = this.byRelation.get(universal(gold.deprels[i]!)) ?? [0, 0];
      r[0]++;
      if (headOk && relOk) r[1]++;
      this.byRelation.set(universal(gold.deprels[i]!), r);
    }
  }

  scores(): SyntaxScores {
    const p = (x: number) => (this.n ? (100 * x) / this.n : 0);
    return { words: this.n, upos: p(this.c.upos), xpos: p(this.c.xpos), lemma: p(this.c.lemma), uas: p(this.c.uas), las: p(this.c.las) };
  }
}
