import type { GoldInput, PredInput } from "./score.js";
import type { LabelledSpan } from "./types.js";

/**
 * Writes gold and predicted spans as conlleval input: one "token gold-tag predicted-tag" line per
 * whitespace token (IOB2 tags), an empty line at each line break of the text. This lets anyone
 * check `newsfacts eval` against the original conlleval script on whitespace-tokenised corpora
 * (CoNLL-2003 as stored in ../shared/benchmarks).
 *
 * Tags cannot hold everything spans can: a span whose ends fall inside a token is widened to the
 * tokens it overlaps (and one across a line break is split by it), and a span overlapping one already tagged on the same side is left out.
 * Both are counted; when both counts are zero the conlleval figures must equal ours exactly.
 */
export interface ConllExport {
  lines: string[];
  unaligned: number;
  overlapping: number;
}

interface Tok {
  start: number;
  end: number;
  text: string;
  lineBreakBefore: boolean;
}

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let last = 0;
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lineBreakBefore: text.slice(last, m.index).includes("\n") });
    last = m.index + m[0].length;
  }
  return out;
}

function tag(text: string, toks: Tok[], spans: readonly LabelledSpan[], labels: ReadonlySet<string>, stats: { unaligned: number; overlapping: number }): string[] {
  const tags = toks.map(() => "O");
  const kept = [...new Map(spans.filter((s) => labels.has(s.label)).map((s) => [`${s.start}:${s.end}:${s.label}`, s])).values()];
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of kept) {
    const idx = toks.flatMap((t, i) => (t.start < s.end && s.start < t.end ? [i] : []));
    if (idx.length === 0) continue;
    // ends inside a token, or across a line break (which conlleval reads as a sentence boundary)
    if (!toks.some((t) => t.start === s.start) || !toks.some((t) => t.end === s.end) || text.slice(s.start, s.end).includes("\n")) stats.unaligned += 1;
    if (idx.some((i) => tags[i] !== "O")) {
      stats.overlapping += 1;
      continue;
    }
    idx.forEach((i, k) => (tags[i] = `${k === 0 ? "B" : "I"}-${s.label}`));
  }
  return tags;
}

export function toConllLines(gold: readonly GoldInput[], pred: readonly PredInput[], labels: readonly string[]): ConllExport {
  const labelSet = new Set(labels);
  const predById = new Map(pred.map((p) => [p.id, p]));
  const stats = { unaligned: 0, overlapping: 0 };
  const lines: string[] = [];
  for (const g of gold) {
    const toks = tokenize(g.text);
    const gt = tag(g.text, toks, g.spans, labelSet, stats);
    const pt = tag(g.text, toks, predById.get(g.id)?.spans ?? [], labelSet, stats);
    toks.forEach((t, i) => {
      if (t.lineBreakBefore && lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
      lines.push(`${t.text} ${gt[i]} ${pt[i]}`);
    });
    if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
  }
  return { lines, ...stats };
}
