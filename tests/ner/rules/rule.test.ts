import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NER_RULES, RULE_PACKS, selectRules } from "../../../src/ner/rules/index.js";
import { runRules, SpanSet, type NerContext, type NerRule } from "../../../src/ner/rules/rule.js";
import { ruleSpan, type TokenSpan } from "../../../src/ner/rules/span.js";

/** A context over one sentence of words with no resources: enough for rules that only edit spans. */
function context(words: string[], spans: TokenSpan[], explain = false): NerContext {
  const set = new SpanSet(words.length, explain);
  set.replace(spans);
  return {
    gaz: null as never,
    aliasTable: null as never,
    doc: [words],
    forms: [words],
    words,
    lower: words.map((w) => w.toLowerCase()),
    cap: words.map((w) => /^\p{Lu}/u.test(w)),
    sentOf: words.map(() => 0),
    sentStart: [0],
    capsLine: [false],
    headlines: undefined,
    model: [],
    spans: set,
  };
}
const rule = (name: string, run: NerRule["run"], keepsOwner = false): NerRule => ({ name, pack: "default", description: name, run, ...(keepsOwner ? { keepsOwner } : {}) });

describe("NerRule contract (src/ner/rules/rule.ts)", () => {
  it("every registered rule has a unique name, a known pack and a description", () => {
    const names = NER_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of NER_RULES) {
      expect(r.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
    expect([...RULE_PACKS].sort()).toEqual(["default", "wire-1996"]);
  });

  it("the default selection leaves out the wire-1996 pack; packs, enable and disable pick rules by name", () => {
    const def = selectRules().map((r) => r.name);
    expect(def).not.toContain("cricket");
    expect(def).not.toContain("datelines");
    expect(def).toContain("acronyms");
    const wire = selectRules({ packs: ["default", "wire-1996"] }).map((r) => r.name);
    expect(wire).toEqual(NER_RULES.map((r) => r.name));
    expect(selectRules({ enable: ["datelines"], disable: ["vote"] }).map((r) => r.name)).toEqual(def.filter((n) => n !== "vote").concat("datelines").sort((a, b) => wire.indexOf(a) - wire.indexOf(b)));
  });

  it("an unknown pack or rule name is an error that names it", () => {
    expect(() => selectRules({ packs: ["wire-1997"] })).toThrow(/unknown entity rule pack 'wire-1997'/);
    expect(() => selectRules({ disable: ["crickets"] })).toThrow(/unknown entity rule 'crickets'/);
  });

  it("the runner writes provenance: a made span gets the rule's source, a changed one keeps its origin", () => {
    const words = ["Mr.", "Vanta", "Moro", "visited", "Tessin", "."];
    const model: TokenSpan = { start: 1, end: 3, type: "ORG" };
    const ctx = context(words, [model]);
    const out = runRules(
      [
        rule("first", (c) => c.spans.replace(c.spans.list.map((s) => ({ ...s })))),
        rule("second", (c) => c.spans.add(4, 5, "GPE")),
        rule("third", (c) => c.spans.retype(c.spans.list[0]!, "PERSON")),
      ],
      ctx,
    );
    expect(out.map((s) => [s.start, s.type, s.source, s.origin, s.locked])).toEqual([
      [1, "PERSON", "entities:third", "entities:first", true],
      [4, "GPE", "entities:second", undefined, true],
    ]);
  });

  it("a rule that touches nothing changes no source; an unlocked span stays unlocked", () => {
    const ctx = context(["Tessin", "grew"], [{ start: 0, end: 1, type: "GPE", source: "entities:model-spans" }]);
    const out = runRules([rule("reader", (c) => void c.spans.list.length)], ctx);
    expect(out[0]).toEqual({ start: 0, end: 1, type: "GPE", source: "entities:model-spans" });
  });

  it("explain mode: every edit is in the span's trail, and dropped spans are listed with the rule that dropped them", () => {
    const ctx = context(["Ruvala", "and", "Tessin"], [{ start: 0, end: 1, type: "ORG", source: "entities:model-spans" }, { start: 2, end: 3, type: "GPE", source: "entities:model-spans" }], true);
    const out = runRules(
      [
        rule("retyper", (c) => c.spans.retype(c.spans.list[0]!, "GPE")),
        rule("dropper", (c) => c.spans.replace(c.spans.list.filter((s) => s.start !== 2))),
      ],
      ctx,
    );
    expect(out.map((s) => s.trail)).toEqual([["entities:retyper type ORG -> GPE, locked"]]);
    expect(ctx.spans.dropped).toEqual([{ start: 2, end: 3, type: "GPE", source: "entities:model-spans", by: "entities:dropper", trail: [] }]);
  });

  it("rules that keep the owner index share it; spans they drop stay empty until a rule that does not follows", () => {
    const words = ["the", "Kestrel", "Group", "said"];
    const ctx = context(words, [ruleSpan(2, 3, "ORG"), ruleSpan(1, 2, "ORG")]);
    const seen: number[][] = [];
    runRules(
      [
        rule("merge", (c) => {
          const owner = c.spans.ownerIndex();
          seen.push([...owner]);
          const [a, b] = c.spans.list;
          c.spans.trim(a!, 1, 3);
          c.spans.drop(b!);
        }, true),
        rule("look", (c) => {
          seen.push([...c.spans.ownerIndex()]);
          expect(c.spans.list.some((s) => s.end <= s.start)).toBe(true);
        }, true),
        rule("after", (c) => expect(c.spans.list.map((s) => [s.start, s.end])).toEqual([[1, 3]])),
      ],
      ctx,
    );
    // the index is built over the list sorted by start, and follows the trim
    expect(seen).toEqual([
      [-1, 0, 1, -1],
      [-1, 0, 0, -1],
    ]);
  });
});

describe("rule tests", () => {
  const dir = new URL(".", import.meta.url);
  it("every registered rule has its test file, tests/ner/rules/<name>.test.ts, with a testRule block", () => {
    const missing = NER_RULES.filter((r) => !existsSync(new URL(`${r.name}.test.ts`, dir))).map((r) => r.name);
    expect(missing).toEqual([]);
    for (const r of NER_RULES) expect(readFileSync(new URL(`${r.name}.test.ts`, dir), "utf8"), r.name).toMatch(/\btestRule\(\w+Rule, \{/);
  });
  it("every rule file in src/ner/rules has its test file", () => {
    const src = new URL("../../../src/ner/rules/", dir);
    const missing = readdirSync(src)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""))
      .filter((f) => !existsSync(new URL(`${f}.test.ts`, dir)));
    expect(missing).toEqual([]);
  });
});

