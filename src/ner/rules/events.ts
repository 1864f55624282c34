import { EVENT_HEADS, ORG_NOUNS } from "../words.js";
import { type TokenSpan, ruleSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/** Events named by their head word: "World Cup", "U.S. Open", "Asian Games", "World War II", "Euro 96". */
export function events(out: TokenSpan[], words: readonly string[], lower: readonly string[], cap: readonly boolean[], forms: readonly string[][], sentStart: readonly number[]): TokenSpan[] {
  for (let s = 0; s < forms.length; s++) {
    const a = sentStart[s]!;
    const b = a + forms[s]!.length;
    for (let h = a; h < b; h++) {
      const lw = lower[h]!;
      let start = -1;
      let end = h + 1;
      if (lw === "euro" && cap[h] && /^(\d{2}|\d{4})$/.test(words[h + 1] ?? "")) {
        start = h;
        end = h + 2;
      } else if (lw === "operation" && words[h] === "Operation" && h + 1 < b && cap[h + 1] && /^\p{L}/u.test(words[h + 1]!)) {
        // military and police operations are events (OntoNotes): "Operation Inherent Resolve", "Operation Steel Curtain"
        start = h;
        end = h + 1;
        while (end < b && end - h <= 4 && cap[end] && /^\p{L}/u.test(words[end]!)) end++;
      } else if (EVENT_HEADS.has(lw) && cap[h]) {
        start = h;
        while (start - 1 >= a && cap[start - 1]! && /\p{L}/u.test(words[start - 1]!) && !(start - 1 === a && lower[start - 1] === "the")) start--;
        if (lw === "war" && h + 1 < b && /^(I{1,3}|IV|V|One|Two)$/.test(words[h + 1]!)) end = h + 2;
        if (start === h && !(lw === "olympics" || lw === "olympic")) continue;
        if (start === h && out.some((x) => x.start <= h && h < x.end)) continue;
      } else continue;
      const over = out.filter((x) => x.start < end && start < x.end);
      if (over.some((x) => x.start < start || x.end > end)) continue;
      out = out.filter((x) => !over.includes(x));
      // "the Scientology-critic site Operation Clambake": named after an operation, an organisation
      if (lw === "operation" && start > a && ORG_NOUNS.has(words[start - 1]!)) out.push(ruleSpan(start, end, "ORG"));
      else out.push(ruleSpan(start, end, "EVENT"));
      h = end - 1;
    }
  }
  return out;
}

export const eventsRule: NerRule = {
  name: "events",
  pack: "default",
  description: "events named by their head word: 'World Cup', 'Asian Games', 'World War II'",
  run(c) {
    c.spans.replace(events(c.spans.list, c.words, c.lower, c.cap, c.forms, c.sentStart));
  },
};
