import { describe, expect, it } from "vitest";
import { Gazetteer } from "../../src/ner/gazetteer.js";
import { EntityTagger } from "../../src/ner/tagger.js";
import { NER_TYPES } from "../../src/ner/labels.js";

describe("tagger", () => {
  const gaz = new Gazetteer({
    lists: { first: ["Mirela", "Abdelkrim", "Mahala", "Manal", "Mohammed"], country: ["Portugal"], demonym: ["Portuguese"], title: ["Director", "Mr."], orgkey: ["Ministry"] },
    casing: { lower: ["the", "said", "selenium", "reliable", "student"], title: [], upper: [], mixed: [] },
  });
  /** A tagger whose model says exactly `said`: [first word index, end, coarse type] per sentence-flattened words. */
  function tagWith(sentences: string[][], said: Array<[number, number, string]>, headlines?: boolean[]): Array<[string, string, string]> {
    class Fixed extends EntityTagger {
      override tagModel(doc: readonly (readonly string[])[]): { spans: Array<{ start: number; end: number; type: number }>; forms: string[][] } {
        return { spans: said.map(([start, end, t]) => ({ start, end, type: NER_TYPES.indexOf(t as never) })), forms: doc.map((s) => [...s]) };
      }
    }
    const words = sentences.flat();
    return new Fixed(null as never, gaz).tag(sentences, headlines).map((s) => [words.slice(s.start, s.end).join(" "), s.type, s.source ?? ""]);
  }

  it("a given name the model took for a place is a person when the article uses it like one", () => {
    const s = [["Their", "daughter", ",", "Mirela", ",", "was", "ill", "."], ["Mirela", "said", "nothing", "."]];
    expect(tagWith(s, [[3, 4, "GEO"], [8, 9, "GEO"]]).map((x) => x[1])).toEqual(["PERSON", "PERSON"]);
    // used like a place: stays a place
    const p = [["They", "walked", "to", "the", "village", "of", "Mahala", "."], ["Mahala", "said", "nothing", "."]];
    expect(tagWith(p, [[6, 7, "GEO"], [8, 9, "GEO"]]).map((x) => x[1])).toEqual(["GPE", "GPE"]);
  });

  it("the speaker named after a quotation ('\"…,\" says Manal') is a person: typed a place by the model, or untagged", () => {
    const s = [['"', "We", "work", ",", '"', "says", "Manal", ",", "as", "she", "leaves", "."], ['"', "It", "helps", ",", '"', "says", "Mohammed", "Alzoubi", "."]];
    expect(tagWith(s, [[6, 7, "GEO"]])).toEqual([
      ["Manal", "PERSON", "entities:given-names"],
      ["Mohammed Alzoubi", "PERSON", "entities:given-names"],
    ]);
    // not after a quotation: the place stays, nothing is added
    expect(tagWith([["Troops", "says", "Manal", "."], ["He", "said", "Mohammed", "."]], [[2, 3, "GEO"]]).map((x) => x.slice(0, 2))).toEqual([["Manal", "GPE"]]);
  });

  it("a given name and an unknown word typed ORG is a person", () => {
    expect(tagWith([["Abdelkrim", "Zoubairi", "arrived", "."]], [[0, 2, "ORG"]])).toEqual([["Abdelkrim Zoubairi", "PERSON", "entities:model-spans"]]);
  });

  it("trailing titles leave organisations; a demonym joins a state organisation", () => {
    expect(tagWith([["NIA", "Director", "spoke", "."]], [[0, 2, "ORG"]])).toEqual([["NIA", "ORG", "entities:model-spans"]]);
    expect(tagWith([["The", "Portuguese", "Interior", "Ministry", "spoke", "."]], [[1, 2, "NORP"], [2, 4, "ORG"]])).toEqual([["Portuguese Interior Ministry", "ORG", "entities:state-orgs"]]);
  });

  it("drops sentence-initial common words and honours after a name", () => {
    const s = [["Kids", "need", "selenium", "."], ["Selenium", "is", "rare", "but", "selenium", "helps", "."], ["Abdelkrim", "Zoubairi", ",", "QC", ",", "spoke", "."]];
    expect(tagWith(s, [[4, 5, "ORG"], [11, 13, "PER"], [14, 15, "ORG"]])).toEqual([["Abdelkrim Zoubairi", "PERSON", "entities:model-spans"]]);
  });

  it("a Title Case headline takes the body's type and boundaries for a name the body has", () => {
    const s = [["Award", "Goes", "To", "Vanta", "Moro", "Again"], ["The", "Vanta", "Moro", "Group", "won", "the", "award", "."]];
    const out = tagWith(s, [[3, 5, "PER"], [7, 10, "ORG"]], [true, false]);
    expect(out).toEqual([["Vanta Moro", "ORG", "entities:headlines"], ["Vanta Moro Group", "ORG", "entities:model-spans"]]);
  });

  it("a lone person word usually written in lower case is dropped, unless titled or part of a longer name", () => {
    expect(tagWith([["The", "Student", "left", "."]], [[1, 2, "PER"]])).toEqual([]);
    expect(tagWith([["Director", "Student", "left", "."]], [[1, 2, "PER"]])).toEqual([["Student", "PERSON", "entities:model-spans"]]);
    expect(tagWith([["Mahala", "Student", "came", "."], ["Student", "left", "."]], [[0, 2, "PER"], [4, 5, "PER"]])).toEqual([
      ["Mahala Student", "PERSON", "entities:model-spans"],
      ["Student", "PERSON", "entities:model-spans"],
    ]);
  });

  it("a lone nationality word typed ORG is NORP", () => {
    expect(tagWith([["The", "Portuguese", "won", "."]], [[1, 2, "ORG"]])).toEqual([["Portuguese", "NORP", "entities:demonyms"]]);
  });

  it("a title before a common noun in quotes is a nickname, not a person", () => {
    expect(tagWith([["He", "is", '"', "Mr.", "Reliable", '"', "."]], [])).toEqual([]);
    expect(tagWith([["Mr.", "Reliable", "spoke", "."]], [])).toEqual([["Reliable", "PERSON", "entities:name-titles"]]);
  });
});
