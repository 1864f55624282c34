/**
 * Prints what the pipeline finds in one article, sentence by sentence: the parse (with --parse), the
 * quantities, dates and entities, and the events and checks. A tool for reading, not a benchmark.
 *   npx tsx scripts/events/show.ts FILE [--config pipeline.config.json] [--published YYYY-MM-DD] [--parse]
 */
import { readFileSync } from "node:fs";
import { loadConfig, processText, toOutput } from "../../src/index.js";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const configPath = opt("--config") ?? "pipeline.config.json";
const published = opt("--published") ?? null;
const parse = args.includes("--parse");
const file = args.filter((a) => !a.startsWith("--"))[0];
if (file === undefined) throw new Error("usage: show.ts FILE [--config F] [--published D] [--parse]");
const text = readFileSync(file, "utf8");
const loaded = loadConfig(configPath);
if (!loaded.ok) throw new Error(loaded.error);
const pipeline = loaded.pipeline;
const doc = processText(pipeline, "show", text, { published });
const out = toOutput(doc) as unknown as Record<string, any>;
const syn = doc.has("syntax") ? doc.get("syntax") : null;
const toks = doc.get("tokens");
const qs = new Map<string, any>(out.quantities.map((q: any) => [q.id, q]));
const ds = new Map<string, any>(out.dates.map((d: any) => [d.id, d]));
const es = new Map<string, any>(out.entities.map((e: any) => [e.id, e]));
for (const [si, s] of (out.sentences as any[]).entries()) {
  console.log(`\n[${si}] ${text.slice(s.start, s.end).replace(/\s+/g, " ")}`);
  if (parse && syn)
    for (let k = 0; k < toks.length; k++)
      if (toks[k]!.sentence === si) console.log(`   ${k} ${toks[k]!.text} ${syn.xpos[k]} ${syn.lemma[k]} ${syn.deprel[k]} ->${syn.head[k]}`);
  for (const q of out.quantities as any[]) if (q.sentence === si) console.log(`   ${q.id} ${q.text} ${q.kind} ${q.value ?? `${q.low}-${q.high}`} ${q.unit ?? ""} counted=${q.counted ?? ""}`);
  for (const d of out.dates as any[]) if (d.start >= s.start && d.end <= s.end) console.log(`   ${d.id} ${d.text} ${d.value}`);
  for (const ev of (out.events ?? []) as any[]) {
    if (ev.sentence !== si) continue;
    const parts = [
      `${ev.id} ${ev.class}${ev.modality === "asserted" ? "" : `(${ev.modality})`} "${ev.trigger.text}"`,
      ev.count ? `count=${qs.get(ev.count)?.text}` : "",
      ev.agent ? `agent="${ev.agent.text}"${ev.agent.entity ? `[${es.get(ev.agent.entity)?.name}]` : ""}` : "",
      ev.object ? `object="${ev.object.text}"${ev.object.entity ? `[${es.get(ev.object.entity)?.name}]` : ""}` : "",
      ev.time ? `time=${ds.get(ev.time)?.text}:${ds.get(ev.time)?.value}` : "",
      ev.places.length ? `places=${ev.places.map((p: string) => es.get(p)?.name).join("|")}` : "",
      ev.attribution ? `says=${ev.attribution.speaker ? es.get(ev.attribution.speaker)?.name : "?"}${ev.attribution.quote ? `/${ev.attribution.quote}` : ""}` : "",
    ];
    console.log("   " + parts.filter(Boolean).join("  "));
  }
  for (const c of (out.checks ?? []) as any[])
    if (c.sentence === si) console.log(`   ${c.id} ${c.kind} ${qs.get(c.total)?.text} = ${c.parts.map((p: string) => qs.get(p)?.text).join(" + ")} ${c.status}`);
}
for (const d of out.diagnostics as any[]) console.log(`! ${d.code ?? ""} ${d.message}`);
