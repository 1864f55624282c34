/**
 * Argument errors of the events stage on the events dev set, role by role: for each class-correct pair,
 * the gold argument and what the stage gave, in context. A reading aid for development, not a score
 * (`npm run bench:events` is the score).
 *   npx tsx scripts/events/arg-errors.ts [--role agent|object|count|time|place] [--limit N]
 */
import { loadConfig, processText, toOutput } from "../../src/index.js";
import { argumentHits, matchTriggers, PredEventDocSchema } from "../../src/eval/events.js";
import { readEventGold, type GoldSpan } from "../../src/eval/events-format.js";

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const role = opt("--role") ?? "place";
const limit = Number(opt("--limit") ?? 60);
const loaded = loadConfig();
if (!loaded.ok) throw new Error(loaded.error);
const gold = readEventGold("bench/events/dev.json");
let shown = 0;
const show = (text: string, s: GoldSpan | undefined) => (s ? JSON.stringify(text.slice(s.start, s.end)) : "-");
for (const d of gold) {
  const out = PredEventDocSchema.parse(JSON.parse(JSON.stringify(toOutput(processText(loaded.pipeline, d.id, d.text, d.published ? { published: d.published } : {})))));
  const full = toOutput(processText(loaded.pipeline, d.id, d.text, d.published ? { published: d.published } : {}));
  const predEvents = out.events ?? [];
  const pairs = matchTriggers(d.events, predEvents, (g, p) => d.events[g]!.class === predEvents[p]!.class);
  for (const [gi, pi] of pairs) {
    const ge = d.events[gi]!;
    const pe = full.events[pi]!;
    const hits = argumentHits(ge, predEvents[pi]!, out) as Record<string, number>;
    const goldN = role === "place" ? ge.places.length : (ge as Record<string, unknown>)[role] ? 1 : 0;
    const predN = role === "place" ? pe.places.length : (pe as Record<string, unknown>)[role] !== undefined ? 1 : 0;
    if (hits[role] === goldN && goldN === predN) continue;
    const predText =
      role === "place" ? pe.places.map((p) => full.entities.find((e) => e.id === p)?.name).join("|")
      : role === "count" ? full.quantities.find((q) => q.id === pe.count)?.text
      : role === "time" ? full.dates.find((q) => q.id === pe.time)?.text
      : role === "agent" ? pe.agent?.text : pe.object?.text;
    const goldText = role === "place" ? ge.places.map((p) => show(d.text, p)).join("|") : show(d.text, (ge as unknown as Record<string, GoldSpan>)[role]);
    const s = full.sentences[pe.sentence]!;
    console.log(`${d.id} ${ge.class} "${pe.trigger.text}": gold ${goldText}  pred ${predText ?? "-"}\n    ${d.text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 220)}`);
    if (++shown >= limit) process.exit(0);
  }
}
