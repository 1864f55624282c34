import type { EntityType } from "../../schema/index.js";
import type { TokenSpan } from "./span.js";
import type { NerRule } from "./rule.js";

/**
 * One name, one type per article: model mentions of the same string that disagree take the type most of
 * them have (at least two mentions and two thirds of them). Rule-made mentions keep their type.
 */
export function vote(out: TokenSpan[], lower: string[]): void {
  const byText = new Map<string, TokenSpan[]>();
  for (const sp of out) {
    const k = lower.slice(sp.start, sp.end).join(" ");
    const list = byText.get(k);
    if (list) list.push(sp);
    else byText.set(k, [sp]);
  }
  for (const list of byText.values()) {
    if (list.length < 3) continue;
    const counts = new Map<EntityType, number>();
    for (const sp of list) counts.set(sp.type, (counts.get(sp.type) ?? 0) + 1);
    if (counts.size < 2) continue;
    let best: EntityType = list[0]!.type;
    for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
    const n = counts.get(best)!;
    if (n < 2 || n * 3 < list.length * 2) continue;
    for (const sp of list) if (sp.type !== best && !sp.locked) sp.type = best;
  }
}

export const voteRule: NerRule = {
  name: "vote",
  pack: "default",
  description: "one name, one type per article: the model's unlocked mentions of a string take the type most of them have",
  run(c) {
    vote(c.spans.list, c.lower);
  },
};
