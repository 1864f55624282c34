/** The coarse types the statistical tagger learns; rules refine them into OntoNotes types. */
export const NER_TYPES = ["PER", "ORG", "GEO", "NORP", "EVENT", "ART"] as const;
export type NerType = (typeof NER_TYPES)[number];

/** BILOU tags: 0 is O; type t has B=1+4t, I=2+4t, L=3+4t, U=4+4t. */
export const NUM_LABELS = 1 + 4 * NER_TYPES.length;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export function labelOf(type: number, part: number): number {
  return 1 + 4 * type + part;
}
export function typeOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}
export function partOf(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

/** May `next` follow `prev` in a BILOU sequence? (-1 = sentence start) */
export function allowed(prev: number, next: number): boolean {
  const pOpen = prev > 0 && (partOf(prev) === B || partOf(prev) === I);
  const nCont = next > 0 && (partOf(next) === I || partOf(next) === L);
  if (pOpen) return nCont && typeOf(prev) === typeOf(next);
  return !nCont;
}
/** May a sentence end after `label`? */
export function allowedEnd(label: number): boolean {
  return label === 0 || partOf(label) === L || partOf(label) === U;
}

export function labelName(label: number): string {
  if (label === 0) return "O";
  return "BILU"[partOf(label)]! + "-" + NER_TYPES[typeOf(label)]!;
}

/** Token spans [start, end) with a type index, read off a label sequence. */
export function spansOf(labels: ArrayLike<number>, from: number, to: number): Array<{ start: number; end: number; type: number }> {
  const out: Array<{ start: number; end: number; type: number }> = [];
  let open = -1;
  let openType = -1;
  for (let i = from; i < to; i++) {
    const lab = labels[i]!;
    const t = typeOf(lab);
    const p = partOf(lab);
    if (lab === 0) {
      open = -1;
      continue;
    }
    if (p === U) {
      out.push({ start: i - from, end: i - from + 1, type: t });
      open = -1;
    } else if (p === B) {
      open = i;
      openType = t;
    } else if (p === L) {
      if (open >= 0 && openType === t) out.push({ start: open - from, end: i - from + 1, type: t });
      open = -1;
    } else if (open < 0 || openType !== t) open = -1;
  }
  return out;
}
