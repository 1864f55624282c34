import type { Quantity } from "../../schema/quantity.js";
import type { DateSpan } from "./types.js";

/**
 * Links a quantity to the date of its sentence that scopes it: the first date after it with no
 * other quantity in between ("275 in 2015"), else the nearest date before it ("In 2016, ... 47").
 */
export function linkTimes(qs: Quantity[], dates: readonly DateSpan[], sentences: readonly { start: number; end: number }[]): void {
  const sorted = dates.filter((d) => d.kind !== "duration").sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k]!;
    const sent = sentences[q.sentence];
    if (!sent) continue;
    const nextQ = qs[k + 1];
    const prevQ = qs[k - 1];
    let best: DateSpan | null = null;
    for (const d of sorted) {
      if (d.start < q.end || d.start >= sent.end) continue;
      if ((!nextQ || nextQ.sentence !== q.sentence || d.end <= nextQ.start) && d.start - q.end <= 40) best = d;
      break;
    }
    if (!best) {
      for (let j = sorted.length - 1; j >= 0; j--) {
        const d = sorted[j]!;
        if (d.end > q.start || d.start < sent.start) continue;
        if (!prevQ || prevQ.sentence !== q.sentence || d.start >= prevQ.end) best = d;
        break;
      }
    }
    if (best) q.time = best.id;
  }
}
