import { describe, expect, it } from "vitest";
import { titleHeadOffset } from "../../../src/nlp/link/titles.js";
import { Doc } from "../../../src/document/document.js";
import type { EntityMention } from "../../../src/document/types.js";
import type { EntityType } from "../../../src/schema/index.js";
import { runPipeline } from "../../../src/pipeline/run.js";
import { linkStage } from "../../../src/stages/link.js";
import { brief, link, mention, segment } from "./helpers.js";

describe("group", () => {
  it("groups exact repeats and orders entities by first mention", () => {
    const text = "Ruvala exports copper. Tessin buys copper from Ruvala.";
    expect(brief(link(text, [["Ruvala", "GPE"], ["Tessin", "GPE"], ["Ruvala", "GPE", 1]]))).toEqual([
      ["E1", "GPE", "Ruvala", [], ["Ruvala@0:entities:model-spans", "Ruvala@47:entities:model-spans"]],
      ["E2", "GPE", "Tessin", [], ["Tessin@23:entities:model-spans"]],
    ]);
  });

  it("links a surname, before or after the full name, and strips a possessive", () => {
    const text = "Okonkwo arrived first. Later Adaeze Okonkwo spoke. Okonkwo's office agreed.";
    const es = link(text, [["Okonkwo", "PERSON"], ["Adaeze Okonkwo", "PERSON"], ["Okonkwo's", "PERSON"]]);
    expect(brief(es)).toEqual([
      ["E1", "PERSON", "Adaeze Okonkwo", ["Okonkwo"], ["Okonkwo@0:entities:model-spans", "Adaeze Okonkwo@29:entities:model-spans", "Okonkwo's@51:entities:model-spans"]],
    ]);
  });

  it("links a first+last subset and drops titles from the canonical name", () => {
    const text = "Mr. Tomas Elio Varga met reporters. Tomas Varga said little. Varga left.";
    const es = link(text, [["Mr. Tomas Elio Varga", "PERSON"], ["Tomas Varga", "PERSON"], ["Varga", "PERSON", 2]]);
    expect(es).toHaveLength(1);
    expect(es[0]!.name).toBe("Tomas Elio Varga");
    expect(es[0]!.aliases).toEqual(["Mr. Tomas Elio Varga", "Tomas Varga", "Varga"]);
  });

  it("a surname two people share goes to the nearest full name before it", () => {
    const text = "Lena Brandt met Oskar Brandt. Brandt, the elder, spoke. Then Oskar Brandt left and Brandt stayed.";
    const es = link(text, [
      ["Lena Brandt", "PERSON"],
      ["Oskar Brandt", "PERSON"],
      ["Brandt", "PERSON", 2],
      ["Oskar Brandt", "PERSON", 1],
      ["Brandt", "PERSON", 4],
    ]);
    expect(brief(es)).toEqual([
      ["E1", "PERSON", "Lena Brandt", [], ["Lena Brandt@0:entities:model-spans"]],
      ["E2", "PERSON", "Oskar Brandt", ["Brandt"], ["Oskar Brandt@16:entities:model-spans", "Brandt@30:entities:model-spans", "Oskar Brandt@61:entities:model-spans", "Brandt@83:entities:model-spans"]],
    ]);
  });

  it("a place is not linked to a person who shares the word", () => {
    const text = "Paulo Lisboa was born in Lisboa.";
    const es = link(text, [["Paulo Lisboa", "PERSON"], ["Lisboa", "GPE", 1]]);
    expect(es.map((e) => [e.type, e.name])).toEqual([["PERSON", "Paulo Lisboa"], ["GPE", "Lisboa"]]);
  });

  it("a lone surname the tagger mistyped still links to the person", () => {
    const text = "Ingrid Solberg won. Solberg thanked fans.";
    const es = link(text, [["Ingrid Solberg", "PERSON"], ["Solberg", "ORG", 1]]);
    expect(brief(es)).toEqual([["E1", "PERSON", "Ingrid Solberg", ["Solberg"], ["Ingrid Solberg@0:entities:model-spans", "Solberg@20:entities:model-spans"]]]);
  });

  it("near variants: case, plural s, stop words, Judicial/Judiciary", () => {
    const text =
      "The Supreme Judicial Council met. The Supreme Judiciary Council replied. The Office of Port Inspections and the Office for Port Inspection agreed.";
    const es = link(text, [
      ["Supreme Judicial Council", "ORG"],
      ["Supreme Judiciary Council", "ORG"],
      ["Office of Port Inspections", "ORG"],
      ["Office for Port Inspection", "ORG"],
    ]);
    expect(es.map((e) => [e.name, e.aliases])).toEqual([
      // equally frequent forms: the earliest names the entity
      ["Supreme Judicial Council", ["Supreme Judiciary Council"]],
      ["Office of Port Inspections", ["Office for Port Inspection"]],
    ]);
  });

  it("an organisation is named by its most frequent full form", () => {
    const text = "The Supreme Judicial Council met. The Supreme Judiciary Council replied. The Supreme Judiciary Council ruled.";
    const es = link(text, [["Supreme Judicial Council", "ORG"], ["Supreme Judiciary Council", "ORG"], ["Supreme Judiciary Council", "ORG"]]);
    expect(es.map((e) => [e.name, e.aliases])).toEqual([["Supreme Judiciary Council", ["Supreme Judicial Council"]]]);
  });

  it("a person's mentions record the title written before them, outside the span", () => {
    const text = "Deputy Prime Minister Jan Nowak met Mr. Kowalczyk. Later Nowak left. The Foreign Office and Foreign Nowak are no titles.";
    const es = link(text, [["Jan Nowak", "PERSON"], ["Kowalczyk", "PERSON"], ["Nowak", "PERSON", 1], ["Foreign Office", "ORG"], ["Nowak", "PERSON", 2]]);
    const titles = es.flatMap((e) => e.mentions.map((m) => [m.text, m.title?.text ?? null]));
    expect(titles).toEqual([
      ["Jan Nowak", "Deputy Prime Minister"],
      ["Nowak", null],
      ["Nowak", null],
      ["Kowalczyk", "Mr."],
      ["Foreign Office", null],
    ]);
    const first = es[0]!.mentions[0]!;
    expect(text.slice(first.title!.start, first.title!.end)).toBe("Deputy Prime Minister");
  });

  it("titles with of/for phrases and military ranks; a title must open the phrase", () => {
    const text =
      "Minister for the Middle East Tobias Ellwood met Secretary of State John Kerry. Brig. Gen. Richard Coe and Bank of England Governor Mark Carney spoke. Energy Minister Ivan Plachkov left.";
    const es = link(text, [["Tobias Ellwood", "PERSON"], ["John Kerry", "PERSON"], ["Richard Coe", "PERSON"], ["Mark Carney", "PERSON"], ["Ivan Plachkov", "PERSON"]]);
    expect(es.flatMap((e) => e.mentions.map((m) => [m.text, m.title?.text ?? null]))).toEqual([
      ["Tobias Ellwood", "Minister for the Middle East"],
      ["John Kerry", "Secretary of State"],
      ["Richard Coe", "Brig. Gen."],
      ["Mark Carney", "Governor"],
      ["Ivan Plachkov", "Energy Minister"],
    ]);
  });

  it("a surname written with and without its joined Arabic article is the same person", () => {
    const text = "President Bashar al-Asad spoke. Later Asad left, and al-Asad returned. Ahmad Salem met Alsalem.";
    const es = link(text, [["Bashar al-Asad", "PERSON"], ["Asad", "PERSON", 1], ["al-Asad", "PERSON", 1], ["Ahmad Salem", "PERSON"], ["Alsalem", "PERSON"]]);
    expect(es.map((e) => [e.name, e.mentions.length])).toEqual([
      ["Bashar al-Asad", 3],
      ["Ahmad Salem", 1],
      ["Alsalem", 1],
    ]);
  });

  it("a well-known or place acronym is not linked to a local organisation with the same initials", () => {
    const text = "The University of Sheffield and the US agree. The US said so.";
    const es = link(text, [["University of Sheffield", "ORG"], ["US", "GPE"], ["US", "GPE", 1]]);
    expect(es.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["ORG", "University of Sheffield", 1],
      ["GPE", "US", 2],
    ]);
  });

  it("the head of a title comes after its modifiers", () => {
    expect(titleHeadOffset("Energy Minister")).toBe("Energy ".length);
    expect(titleHeadOffset("Deputy Secretary of State")).toBe("Deputy ".length);
    expect(titleHeadOffset("Prime Minister")).toBe(0);
    expect(titleHeadOffset("Lt. Gen.")).toBe(0);
    expect(titleHeadOffset("Staff Sgt.")).toBe("Staff ".length);
  });

  it("different organisations with similar words stay apart", () => {
    const text = "The Northern Rail Union and the Southern Rail Union disagree.";
    expect(link(text, [["Northern Rail Union", "ORG"], ["Southern Rail Union", "ORG"]])).toHaveLength(2);
  });

  it("a shorter organisation name that ends a longer one links to it", () => {
    const text = "The Danish Fisheries Ministry issued quotas. The Fisheries Ministry said stocks grew.";
    const es = link(text, [["Danish Fisheries Ministry", "ORG"], ["Fisheries Ministry", "ORG", 1]]);
    expect(brief(es)).toEqual([
      ["E1", "ORG", "Danish Fisheries Ministry", ["Fisheries Ministry"], ["Danish Fisheries Ministry@4:entities:model-spans", "Fisheries Ministry@49:entities:model-spans"]],
    ]);
  });

  it("a lone head word refers back to the organisation named before it, never forward", () => {
    const text = "The Ministry opened. The Interior Ministry of Ruvala sent police. The Ministry said so.";
    const es = link(text, [["Ministry", "ORG"], ["Interior Ministry", "ORG"], ["Ministry", "ORG", 2]], { propagate: false });
    // all "Ministry" mentions are one key: they follow the earliest one, which nothing precedes
    expect(es.map((e) => e.name)).toEqual(["Ministry", "Interior Ministry"]);
    const later = link("The Interior Ministry sent police. The Ministry said so.", [["Interior Ministry", "ORG"], ["Ministry", "ORG", 1]]);
    expect(brief(later)).toEqual([
      ["E1", "ORG", "Interior Ministry", ["Ministry"], ["Interior Ministry@4:entities:model-spans", "Ministry@39:entities:model-spans"]],
    ]);
  });

  it("a name plus a legal or media designator is the same organisation", () => {
    const text = "Harbor Light Weekly named him. Harbor Light wrote that Acme Tools Holdings and Acme Tools merged.";
    const es = link(text, [["Harbor Light Weekly", "ORG"], ["Harbor Light", "ORG", 1], ["Acme Tools Holdings", "ORG"], ["Acme Tools", "ORG", 1]]);
    expect(es.map((e) => [e.name, e.aliases])).toEqual([
      ["Harbor Light Weekly", ["Harbor Light"]],
      ["Acme Tools Holdings", ["Acme Tools"]],
    ]);
  });

  it("a nationality and its country stay two entities", () => {
    const text = "North Varan troops crossed. North Varanian officials said North Varan would withdraw.";
    const es = link(text, [["North Varan", "GPE"], ["North Varanian", "NORP"], ["North Varan", "GPE", 1]]);
    expect(es.map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["GPE", "North Varan", 2],
      ["NORP", "North Varanian", 1],
    ]);
  });

  it("a team and its town are two entities: the recogniser made the name a team and left it a town elsewhere", () => {
    const text = "SEATTLE 70 63 .526 5\nNEW YORK 74 59 .556\nBALTIMORE AT SEATTLE\nNEW YORK 1996-08-30";
    const doc = new Doc("t", text);
    runPipeline(segment, doc);
    const m = (s: string, n: number, type: EntityType, source: string, sense?: "team" | "town"): EntityMention => ({ ...mention(text, [s, type, n]), source, ...(sense ? { sense } : {}) });
    doc.set("mentions", [
      m("SEATTLE", 0, "ORG", "entities:teams", "team"),
      m("NEW YORK", 0, "ORG", "entities:teams", "team"),
      m("BALTIMORE", 0, "ORG", "entities:teams", "team"),
      m("SEATTLE", 1, "GPE", "entities:teams", "town"),
      m("NEW YORK", 1, "GPE", "entities:datelines"),
    ]);
    linkStage.create(linkStage.options.parse({}))(doc);
    expect(doc.get("entities").map((e) => [e.type, e.name, e.mentions.length])).toEqual([
      ["ORG", "SEATTLE", 1],
      ["ORG", "NEW YORK", 1],
      ["ORG", "BALTIMORE", 1],
      ["GPE", "SEATTLE", 1],
      ["GPE", "NEW YORK", 1],
    ]);
    // without a team reading, the same name is one entity whatever the types
    expect(link("Kestrel won. Kestrel lost.", [["Kestrel", "ORG"], ["Kestrel", "GPE", 1]]).length).toBe(1);
  });

  it("majority type wins; a tie goes to the longest mention's type", () => {
    const majority = link("Kestrel won. Kestrel lost. Kestrel drew.", [["Kestrel", "ORG"], ["Kestrel", "ORG", 1], ["Kestrel", "PERSON", 2]]);
    expect(majority.map((e) => e.type)).toEqual(["ORG"]);
    // one ORG and one FAC vote: the longer mention ("Meridian Group's") decides
    const tie = link("Meridian Group sued. Meridian Group's lawyers won.", [["Meridian Group", "ORG"], ["Meridian Group's", "FAC"]]);
    expect(tie.map((e) => [e.type, e.name, e.aliases])).toEqual([["FAC", "Meridian Group", []]]);
  });

  it("overlapping mentions: the longest is kept", () => {
    const text = "The Banco Central de Ruvala cut rates.";
    const es = link(text, [["Banco Central de Ruvala", "ORG"], ["Ruvala", "GPE"], ["Banco Central", "ORG"]]);
    expect(brief(es)).toEqual([["E1", "ORG", "Banco Central de Ruvala", [], ["Banco Central de Ruvala@4:entities:model-spans"]]]);
  });
});

describe("group: propagation", () => {
  it("recovers missed occurrences of names, aliases and surnames", () => {
    const text = "Valdoria signed with Petra Lunde. Lunde said Valdoria would pay. Valdoria Airlines was not involved.";
    const es = link(text, [["Valdoria", "GPE"], ["Petra Lunde", "PERSON"], ["Valdoria Airlines", "ORG"]]);
    expect(brief(es)).toEqual([
      ["E1", "GPE", "Valdoria", [], ["Valdoria@0:entities:model-spans", "Valdoria@45:link:propagate"]],
      ["E2", "PERSON", "Petra Lunde", ["Lunde"], ["Petra Lunde@21:entities:model-spans", "Lunde@34:link:propagate"]],
      ["E3", "ORG", "Valdoria Airlines", [], ["Valdoria Airlines@65:entities:model-spans"]],
    ]);
  });

  it("never propagates lower-case words, months, single letters or acronyms inside capitals lines", () => {
    const text = "Theresa May visited in May. Apex builds apex towers. A said. WHAT IS NEXT FOR IS? IS fighters left.";
    const es = link(text, [["Theresa May", "PERSON"], ["Apex", "ORG"], ["A", "PERSON", 1], ["IS", "ORG", 2]]);
    expect(brief(es)).toEqual([
      ["E1", "PERSON", "Theresa May", [], ["Theresa May@0:entities:model-spans"]],
      ["E2", "ORG", "Apex", [], ["Apex@28:entities:model-spans"]],
      ["E3", "PERSON", "A", [], ["A@53:entities:model-spans"]],
      ["E4", "ORG", "IS", [], ["IS@82:entities:model-spans"]],
    ]);
  });

  it("a derived surname next to another capitalised word is not propagated", () => {
    const text = "Maya White spoke. The White House declined. White agreed.";
    const es = link(text, [["Maya White", "PERSON"]]);
    expect(brief(es)).toEqual([["E1", "PERSON", "Maya White", ["White"], ["Maya White@0:entities:model-spans", "White@44:link:propagate"]]]);
  });

  it("a name two entities share is not propagated", () => {
    const text = "Jordan beat Chile. Michael Jordan watched. Jordan smiled.";
    const es = link(text, [["Jordan", "GPE"], ["Chile", "GPE"], ["Michael Jordan", "PERSON"]]);
    // "Jordan" is the country's form and the person's surname: the third occurrence stays untagged
    expect(es.flatMap((e) => e.mentions.map((m) => m.start))).not.toContain(43);
  });

  it("propagation can be switched off", () => {
    const text = "Valdoria signed. Valdoria paid.";
    expect(link(text, [["Valdoria", "GPE"]], { propagate: false })[0]!.mentions).toHaveLength(1);
  });

  it("an empty mention list gives no entities", () => {
    expect(link("Nothing here.", [])).toEqual([]);
  });
});
