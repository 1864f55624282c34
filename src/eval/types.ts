/** Normalised value of a gold date expression (gum_news_dates `norm`). */
export interface DateNorm {
  when?: string;
  from?: string;
  to?: string;
  notBefore?: string;
  notAfter?: string;
}

/** One labelled span in the corpus's label space. Offsets are UTF-16, end-exclusive. */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
  /** gold only: the normalised value of a date expression */
  norm?: DateNorm;
  /** prediction only: our normalised value (ISO 8601) for a date */
  value?: string | null;
}

/** One document as the scorer sees it: gold and predicted spans already in one label space. */
export interface ScoredDoc {
  id: string;
  text: string;
  gold: LabelledSpan[];
  pred: LabelledSpan[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with precision, recall and F1 in percent (0–100), conlleval convention. */
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ErrorEntry {
  text: string;
  label: string;
  count: number;
  /** why it is an error, judged against the other side: boundary, label, boundary+label, spurious, missed */
  kind: string;
  /** the label on the other side when the error is a label confusion */
  other?: string;
  /** one occurrence: document id and a snippet with the span in [brackets] */
  example: { id: string; start: number; end: number; context: string };
}

export interface DateAccuracy {
  /** gold spans that carry a normalised value */
  gold: number;
  exact: { matched: number; correct: number; accuracy: number };
  partial: { matched: number; correct: number; accuracy: number };
  /** correct values over all gold spans with a value (a missed span counts as wrong) */
  endToEnd: number;
  /** a few wrong values, for a developer to look at */
  wrong: { id: string; text: string; gold: string; predicted: string | null }[];
}

export interface ScoreReport {
  labels: string[];
  exact: { perLabel: Record<string, Prf>; micro: Prf };
  partial: { perLabel: Record<string, Prf>; micro: Prf };
  /** micro averages over named subsets of the labels (e.g. names: person, organisation, place) */
  groups: Record<string, { labels: string[]; exact: Prf; partial: Prf }>;
  docs: { gold: number; pred: number; missingPred: string[]; extraPred: string[] };
  spans: { gold: number; pred: number; goldDuplicates: number; predDuplicates: number; goldIgnored: number; predIgnored: number };
  dates?: DateAccuracy;
  errors?: { falsePositives: ErrorEntry[]; falseNegatives: ErrorEntry[] };
}
