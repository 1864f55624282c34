import { describe, expect, it } from "vitest";
import { run } from "../helpers.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { processText } from "../../src/pipeline/run.js";

const TEXT = "Moroccan security services have arrested 548 people since 2015. The ministry said 40 terrorist cells were dismantled.";

describe("syntax", () => {
  it("tags, lemmatises and parses every token of the untouched text, one root per sentence", () => {
    const doc = run(TEXT, ["segment", { name: "syntax", options: { emit: true } }]);
    const tokens = doc.tokens!;
    expect(tokens.length).toBeGreaterThan(15);
    for (const t of tokens) expect(t.end).toBeGreaterThan(t.start);
    const at = (w: string) => tokens.findIndex((t) => TEXT.slice(t.start, t.end) === w);
    expect(tokens[at("arrested")]).toMatchObject({ upos: "VERB", lemma: "arrest" });
    // UD English keeps "people" as its own lemma (the quantities stage counts it as person)
    expect(tokens[at("people")]).toMatchObject({ upos: "NOUN", lemma: "people" });
    expect(tokens[at("cells")]).toMatchObject({ lemma: "cell" });
    expect(tokens[at("were")]).toMatchObject({ lemma: "be" });
    // 548 counts people: a number modifying its noun
    expect(tokens[at("548")]).toMatchObject({ head: at("people"), deprel: "nummod" });
    expect(tokens.filter((t) => t.head === -1)).toHaveLength(2);
    const np = doc.nounPhrases!.map((p) => TEXT.slice(p.start, p.end));
    expect(np).toContain("Moroccan security services");
    expect(np).toContain("548 people");
    expect(np).toContain("40 terrorist cells");
  });

  it("the layer answers headOf and nounPhraseAt; without emit the output has no tokens", () => {
    const pipeline = buildPipeline([{ name: "segment" }, { name: "syntax" }]);
    const d = processText(pipeline, "t", TEXT);
    const syn = d.get("syntax");
    const people = syn.tokenAt(TEXT.indexOf("people"));
    expect(syn.headOf(people)?.lemma).toBe("arrest");
    expect(syn.nounPhraseAt(TEXT.indexOf("terrorist"))).toMatchObject({ start: TEXT.indexOf("40 terrorist"), end: TEXT.indexOf(" were") });
    expect(syn.sentence(1).tokens[0]!.text).toBe("The");
    expect(run(TEXT, ["segment", "syntax"]).tokens).toBeUndefined();
  });
});
