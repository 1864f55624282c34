import { describe, expect, it } from "vitest";
import { brief, link } from "./helpers.js";

describe("acronyms", () => {
  it("an acronym the text defines in brackets, letters matching", () => {
    const text = "The National Seed Agency (NSA) opened. NSA staff were pleased. The NSA grew.";
    const es = link(text, [["National Seed Agency", "ORG"], ["NSA", "ORG", 1]]);
    expect(brief(es)).toEqual([
      [
        "E1",
        "ORG",
        "National Seed Agency",
        ["NSA"],
        ["National Seed Agency@4:entities:model-spans", "NSA@26:link:acronym", "NSA@39:entities:model-spans", "NSA@67:link:acronym"],
      ],
    ]);
  });

  it("a French acronym whose letters do not match the English name", () => {
    const text = "Head of the Office for Coastal Protection (French acronym DPL), Marc Aubry, said. DPL agents were deployed.";
    const es = link(text, [["Office for Coastal Protection", "ORG"], ["Marc Aubry", "PERSON"]]);
    expect(brief(es)).toEqual([
      ["E1", "ORG", "Office for Coastal Protection", ["DPL"], ["Office for Coastal Protection@12:entities:model-spans", "DPL@58:link:acronym", "DPL@82:link:acronym"]],
      ["E2", "PERSON", "Marc Aubry", [], ["Marc Aubry@64:entities:model-spans"]],
    ]);
  });

  it("a lower-case long form the tagger missed: the acronym stays the name", () => {
    const text = "He heads the regional water board (ORE) and the port police (PPM). ORE said so.";
    const es = link(text, [["ORE", "ORG", 1]]);
    expect(brief(es)).toEqual([
      ["E1", "ORG", "ORE", ["regional water board"], ["regional water board@13:link:acronym", "ORE@35:link:acronym", "ORE@67:entities:model-spans"]],
      ["E2", "ORG", "PPM", ["port police"], ["port police@48:link:acronym", "PPM@61:link:acronym"]],
    ]);
  });

  it("a lower-case phrase without an institution's head noun is not a long form", () => {
    const text = "The bourse released its consolidated half-year figures (IFRS) today.";
    expect(link(text, [])).toEqual([]);
  });

  it("an acronym before its name in brackets links when the initials match", () => {
    const text = "The WFA (World Fencing Association) met. WFA members voted.";
    const es = link(text, [["WFA", "ORG"], ["World Fencing Association", "ORG"]]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe("World Fencing Association");
    expect(es[0]!.mentions.map((m) => m.text)).toEqual(["WFA", "World Fencing Association", "WFA"]);
  });

  it("brackets that are not definitions: wire credits, a person's affiliation", () => {
    const text = "OSLO (AFP) - Senator Ann Kell (DFL) spoke. AFP reported it.";
    const es = link(text, [["OSLO", "GPE"], ["Ann Kell", "PERSON"], ["DFL", "ORG"]]);
    expect(es.map((e) => [e.name, e.aliases])).toEqual([
      ["OSLO", []],
      ["Ann Kell", []],
      ["DFL", []],
    ]);
  });

  it("an acronym whose letters are the initials of a name in the document", () => {
    const text = "The Patriotic Front won. Critics of the PF were silent.";
    const es = link(text, [["Patriotic Front", "ORG"], ["PF", "ORG"]]);
    expect(brief(es)).toEqual([["E1", "ORG", "Patriotic Front", ["PF"], ["Patriotic Front@4:entities:model-spans", "PF@40:entities:model-spans"]]]);
  });

  it("well-known variants from the curated list", () => {
    const text = "ISIS claimed it. The Islamic State, also called Daesh, lost ground. The U.S. and the United States Navy.";
    const es = link(text, [["ISIS", "ORG"], ["Islamic State", "ORG"], ["U.S.", "GPE"], ["United States Navy", "ORG"]]);
    expect(brief(es)).toEqual([
      ["E1", "ORG", "Islamic State", ["Daesh", "ISIS"], ["ISIS@0:entities:model-spans", "Islamic State@21:entities:model-spans", "Daesh@48:link:propagate"]],
      ["E2", "GPE", "U.S.", [], ["U.S.@72:entities:model-spans"]],
      ["E3", "ORG", "United States Navy", [], ["United States Navy@85:entities:model-spans"]],
    ]);
  });

  it("links a company's first word alone to its name with designators", () => {
    const text = "Magna International Inc bought it. Magna rose. Douglas fell.";
    const es = link(text, [["Magna International Inc", "ORG"], ["Magna", "ORG", 1], ["Douglas", "GPE"]]);
    expect(es.map((e) => e.name)).toEqual(["Magna International Inc", "Douglas"]);
  });

  it("links Da’esh and Da'esh (straight and curly apostrophe) to the Islamic State", () => {
    const text = "Da’esh claimed it. The Islamic State, which Da'esh also names, lost ground.";
    const es = link(text, [["Da’esh", "ORG"], ["Islamic State", "ORG"], ["Da'esh", "ORG"]]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe("Islamic State");
  });

  it("the curated list can be switched off", () => {
    const text = "ISIS claimed it. The Islamic State denied it.";
    expect(link(text, [["ISIS", "ORG"], ["Islamic State", "ORG"]], { wellKnownAliases: false })).toHaveLength(2);
  });
});
