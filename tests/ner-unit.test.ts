import { describe, expect, it } from "vitest";
import { hashString, key1, key2 } from "../src/ner/hash.js";
import { allowed, allowedEnd, labelName, labelOf, NUM_LABELS, spansOf, typeOf, partOf, B, I, L, U } from "../src/ner/labels.js";
import { GAZ, Gazetteer } from "../src/ner/gazetteer.js";
import { isCapsSentence, isForcedOutside, NerFeatures } from "../src/ner/features.js";
import { NerModel } from "../src/ner/model.js";
import { EntityTagger } from "../src/ner/tagger.js";
import { NER_TYPES } from "../src/ner/labels.js";

const gazData = {
  lists: { first: ["John", "Abdelhak"], country: ["Morocco", "United States"], city: ["New York", "Paris"], title: ["President", "Mr."], demonym: ["Moroccan"] },
  casing: { lower: ["the", "said", "take", "over"], title: ["Paris", "London"], upper: ["NATO"], mixed: ["McDonald"] },
};

describe("labels", () => {
  it("numbers BILOU labels per type and names them", () => {
    expect(NUM_LABELS).toBe(25);
    expect(labelName(0)).toBe("O");
    expect(labelName(labelOf(0, B))).toBe("B-PER");
    expect(typeOf(labelOf(2, L))).toBe(2);
    expect(partOf(labelOf(2, L))).toBe(L);
  });
  it("allows only valid BILOU transitions", () => {
    expect(allowed(-1, labelOf(0, B))).toBe(true);
    expect(allowed(-1, labelOf(0, I))).toBe(false);
    expect(allowed(labelOf(0, B), labelOf(0, L))).toBe(true);
    expect(allowed(labelOf(0, B), labelOf(1, L))).toBe(false);
    expect(allowed(labelOf(0, B), 0)).toBe(false);
    expect(allowed(labelOf(0, U), labelOf(1, U))).toBe(true);
    expect(allowedEnd(labelOf(0, I))).toBe(false);
    expect(allowedEnd(labelOf(0, L))).toBe(true);
  });
  it("reads spans off label sequences", () => {
    const seq = [0, labelOf(0, B), labelOf(0, L), labelOf(2, U), 0, labelOf(1, B), labelOf(1, I), labelOf(1, L)];
    expect(spansOf(seq, 0, seq.length)).toEqual([
      { start: 1, end: 3, type: 0 },
      { start: 3, end: 4, type: 2 },
      { start: 5, end: 8, type: 1 },
    ]);
  });
});

describe("hash", () => {
  it("is deterministic and never gives the empty key 0", () => {
    expect(hashString("Paris")).toBe(hashString("Paris"));
    expect(hashString("Paris")).not.toBe(hashString("paris"));
    expect(key1(3, 7)).not.toBe(key1(4, 7));
    expect(key2(3, 7, 8)).not.toBe(key2(3, 8, 7));
    for (let i = 0; i < 1000; i++) expect(key1(i, i * 31)).not.toBe(0);
  });
});

describe("entities:gazetteer-names", () => {
  const gaz = new Gazetteer(gazData);
  it("matches the longest phrase with BILOU positions, and single words only when capitalised", () => {
    const words = ["flights", "from", "New", "York", "to", "Paris", "and", "paris"];
    const lower = words.map((w) => w.toLowerCase());
    const cap = words.map((w) => /^[A-Z]/.test(w));
    const C = 14;
    const out = new Uint8Array(words.length * C);
    gaz.match(lower, cap, out);
    expect(out[2 * C + GAZ.city]).toBe(1); // B
    expect(out[3 * C + GAZ.city]).toBe(3); // L
    expect(out[5 * C + GAZ.city]).toBe(4); // U
    expect(out[7 * C + GAZ.city]).toBe(0); // lower-case "paris" is not a match
  });
  it("knows usual casing", () => {
    expect(gaz.usualForm("nato")).toBe("NATO");
    expect(gaz.usualForm("mcdonald")).toBe("McDonald");
    expect(gaz.usualForm("take")).toBe("take");
    expect(gaz.usualForm("zzzz")).toBeNull();
  });
});

describe("features", () => {
  const fx = new NerFeatures(new Gazetteer(gazData));
  it("detects all-caps lines", () => {
    expect(isCapsSentence(["SOCCER", "-", "LEICESTERSHIRE", "TAKE", "OVER"])).toBe(true);
    expect(isCapsSentence(["LONDON", "1996-08-30"])).toBe(true);
    expect(isCapsSentence(["The", "U.S.", "said"])).toBe(false);
    expect(isCapsSentence(["NATO"])).toBe(true);
  });
  it("truecases all-caps lines from the article, then from the casing dictionary", () => {
    const { forms } = fx.forms([["LEICESTERSHIRE", "TAKE", "OVER", "IN", "PARIS", "NATO"], ["Yesterday", "Leicestershire", "won", "in"]]);
    expect(forms[0]).toEqual(["Leicestershire", "take", "over", "in", "Paris", "NATO"]);
  });
  it("marks lower-case words outside names but keeps connectors", () => {
    expect(isForcedOutside("said")).toBe(true);
    expect(isForcedOutside("of")).toBe(false);
    expect(isForcedOutside("al")).toBe(false);
    expect(isForcedOutside("Paris")).toBe(false);
    expect(isForcedOutside("iPod")).toBe(false);
    expect(isForcedOutside(",")).toBe(false);
  });
  it("gives the same keys for the same words, and none for forced-outside tokens", () => {
    const a = fx.extract([["John", "said", "Paris", "."]]);
    const keysA = Array.from(a.keys);
    const b = fx.extract([["John", "said", "Paris", "."]]);
    expect(Array.from(b.keys)).toEqual(keysA);
    expect(a.offs[2]! - a.offs[1]!).toBe(0);
    expect(a.offs[1]! - a.offs[0]!).toBeGreaterThan(10);
    expect(Array.from(a.sentStarts)).toEqual([0, 4]);
  });
});

describe("entities:model-spans", () => {
  // a tiny hand-made model: the word-identity feature of "Paris" votes U-GEO, of "John" B-PER, of "Smith" L-PER
  const fx = new NerFeatures(new Gazetteer(gazData));
  const Lb = NUM_LABELS;
  const wordKey = (w: string): number => key1(1, hashString(w));
  const entries: Array<[string, number]> = [["Paris", labelOf(2, U)], ["John", labelOf(0, B)], ["Smith", labelOf(0, L)]];
  const keys = Int32Array.from(entries.map(([w]) => wordKey(w)));
  const weights = new Float32Array(keys.length * Lb);
  entries.forEach(([, lab], r) => (weights[r * Lb + lab] = 5));
  const model = new NerModel({ featureVersion: 0, types: [], labels: Lb, rows: keys.length, scale: 1, info: {} }, keys, weights, new Float32Array(Lb * Lb), new Float32Array(Lb), new Float32Array(Lb));

  it("decodes valid BILOU with Viterbi", () => {
    const ex = fx.extract([["John", "Smith", "visited", "Paris", "."]]);
    const labels = model.tag(ex);
    expect(Array.from(labels)).toEqual([labelOf(0, B), labelOf(0, L), 0, labelOf(2, U), 0]);
  });
  it("never produces an invalid sequence even when emissions ask for one", () => {
    const ex = fx.extract([["Smith", "John"]]);
    const labels = Array.from(model.tag(ex));
    for (let i = 0; i < labels.length; i++) expect(allowed(i === 0 ? -1 : labels[i - 1]!, labels[i]!)).toBe(true);
    expect(allowedEnd(labels[labels.length - 1]!)).toBe(true);
  });
  it("round-trips through its binary form", () => {
    const back = NerModel.deserialize(model.serialize());
    expect(back.keys.length).toBe(3);
    expect(back.rowOf(wordKey("Paris"))).toBe(0);
    expect(back.rowOf(wordKey("nowhere"))).toBe(-1);
    const ex = fx.extract([["John", "Smith", "visited", "Paris", "."]]);
    expect(Array.from(back.tag(ex))).toEqual(Array.from(model.tag(ex)));
  });
});

describe("rules after the model (fixed model output)", () => {
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
