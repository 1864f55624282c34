import { esc } from "./escape.js";
import type { Highlight } from "./records.js";

/** Outer layers first when two spans start together and have the same length. */
const LAYER_ORDER: Record<string, number> = { quote: 0, event: 1, entity: 2, date: 3, quantity: 4 };

/**
 * The text as HTML with every highlight as a `<mark>`, properly nested. Spans that cross (one
 * starts inside another and ends after it) are split: the inner one is closed and reopened after
 * the outer one ends, each fragment carrying the same `data-k`; only the first fragment is a tab
 * stop, and the last one has the class `last` (where the type label is drawn). Text is escaped.
 */
export function markup(text: string, highlights: Highlight[]): string {
  const spans = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end || (LAYER_ORDER[a.layer] ?? 9) - (LAYER_ORDER[b.layer] ?? 9));
  const bounds = new Set<number>([0, text.length]);
  for (const s of spans) bounds.add(s.start).add(s.end);
  const points = [...bounds].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Array<{ span: Highlight; at: number }> = [];
  const started = new Set<Highlight>();
  let next = 0;
  const open = (span: Highlight) => {
    const first = !started.has(span);
    started.add(span);
    stack.push({ span, at: out.length });
    out.push(
      `<mark class="nf L-${esc(span.layer)} T-${esc(span.label)}" data-k="${esc(span.key)}" data-layer="${esc(span.layer)}" data-l="${esc(span.label)}"${first ? ' tabindex="0"' : ' data-cont=""'}>`,
    );
  };
  for (let p = 0; p < points.length; p++) {
    const at = points[p]!;
    // close every span ending here; spans above it on the stack that go on are reopened after
    if (stack.some((o) => o.span.end <= at)) {
      const reopen: Highlight[] = [];
      while (stack.some((o) => o.span.end <= at)) {
        const top = stack.pop()!;
        if (top.span.end <= at) out[top.at] = out[top.at]!.replace('class="nf ', 'class="nf last ');
        else reopen.unshift(top.span);
        out.push("</mark>");
      }
      reopen.forEach(open);
    }
    while (next < spans.length && spans[next]!.start === at) open(spans[next++]!);
    const to = points[p + 1];
    if (to !== undefined) out.push(esc(text.slice(at, to)));
  }
  while (stack.length) {
    stack.pop();
    out.push("</mark>");
  }
  return out.join("");
}
