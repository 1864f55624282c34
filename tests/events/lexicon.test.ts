import { describe, expect, it } from "vitest";
import { compileEventLexicon, loadClassesFile } from "../../src/events/lexicon.js";
import { inflect } from "../../src/lexicon/speech.js";

const file = loadClassesFile();
const lex = compileEventLexicon(file);

describe("events/lexicon: the class table is data, and every entry loads", () => {
  it("validates and holds the inventory issue 14 asks for", () => {
    for (const c of ["arrest", "detain", "release", "charge", "convict", "sentence", "dismantle", "foil", "attack", "bomb", "kill", "injure", "kidnap", "seize", "raid", "repatriate", "deport", "travel", "join", "recruit", "fund", "protest", "strike", "vote", "elect", "appoint", "resign", "sign", "meet", "announce", "invest", "buy", "sell"])
      expect(lex.classes.has(c), c).toBe(true);
  });

  it("every class has a trigger word, and every verb, phrase and noun is found under its forms", () => {
    for (const [name, c] of Object.entries(file.classes)) {
      expect(c.verbs.length + c.nouns.length + c.phrases.length + c.patientSubject.length, name).toBeGreaterThan(0);
      for (const v of [...c.verbs, ...c.patientSubject]) {
        const lemma = v.split(" ")[0]!;
        for (const form of inflect(lemma)) expect(lex.verbs.get(form)?.some((s) => s.cls === name), `${name}: ${form}`).toBe(true);
      }
      for (const p of c.phrases) expect(lex.verbs.get(p.verb)?.some((s) => s.cls === name && s.with === p.obl), `${name}: ${p.verb} ... ${p.obl}`).toBe(true);
      for (const n of c.nouns) expect(lex.nouns.has(n), `${name}: ${n}`).toBe(true);
    }
  });

  it("irregular forms are found ('brought' of bring to justice, 'sold', 'met')", () => {
    expect(lex.verbs.get("brought")?.[0]).toMatchObject({ cls: "charge", with: "justice" });
    expect(lex.verbs.get("sold")?.[0]?.cls).toBe("sell");
    expect(lex.verbs.get("met")?.[0]?.cls).toBe("meet");
    for (const [lemma, forms] of Object.entries(file.irregular)) for (const f of forms) expect(f.length, lemma).toBeGreaterThan(0);
  });

  it("a phrase sense is tried before a bare verb of the same form, and multi-word verbs need their word", () => {
    const round = lex.verbs.get("rounded")!;
    expect(round[0]).toMatchObject({ cls: "arrest", with: "up" });
    expect(lex.verbs.get("died")?.[0]).toMatchObject({ cls: "kill", patientSubject: true });
  });

  it("a config adds a class, and a bad entry is refused with the field named", () => {
    const more = compileEventLexicon(file, { evacuate: { verbs: ["evacuate"], nouns: ["evacuation"] } });
    expect(more.verbs.get("evacuated")?.[0]?.cls).toBe("evacuate");
    expect(more.nouns.get("evacuations")).toBe("evacuate");
    expect(() => compileEventLexicon(file, { bad: { verbs: "evacuate" } as never })).toThrow(/verbs/);
  });
});
