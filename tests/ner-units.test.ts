import { describe, expect, it } from "vitest";
import { numberedUnits } from "../src/ner/rules/units.js";
import { orgNouns } from "../src/ner/rules/org-nouns.js";
import { events } from "../src/ner/rules/events.js";
import { stateOrgs } from "../src/ner/rules/state-orgs.js";
import { leaders } from "../src/ner/rules/leaders.js";
import { commonAcronyms } from "../src/ner/rules/acronyms.js";
import { commonWords } from "../src/ner/rules/common-words.js";
import { works } from "../src/ner/rules/works.js";
import { theBody } from "../src/ner/rules/the-body.js";
import { titleOrgs } from "../src/ner/rules/title-orgs.js";
import { bracketedNationality } from "../src/ner/rules/bracketed-nationality.js";
import { datelines } from "../src/ner/rules/datelines.js";
import { theState } from "../src/ner/rules/the-state.js";
import { possessiveNames } from "../src/ner/rules/possessive-names.js";
import { teams } from "../src/ner/rules/teams.js";
import { capsVerbs } from "../src/ner/rules/caps-verbs.js";
import { demonyms } from "../src/ner/rules/demonyms.js";
import { cricket } from "../src/ner/rules/cricket.js";
import { Gazetteer, type GazetteerData } from "../src/ner/gazetteer.js";
import type { TokenSpan } from "../src/ner/rules/span.js";

/** Who decided a span, as these direct calls of the rule functions see it (the rule runner writes `source`): a rule (locked, with its sense) or the model. */
const by = (s: TokenSpan): string => (s.locked ? (s.sense ? `rule(${s.sense})` : "rule") : "model");

const words = (s: string) => s.split(" ");

/** A gazetteer of just these lists (and words usually written in lower case). */
const testGaz = (lists: Record<string, string[]>, lower: string[] = []): Gazetteer =>
  new Gazetteer({ lists, casing: { lower, title: [], upper: [], mixed: [] } } as unknown as GazetteerData);

/** First word of each sentence, given as word lists. */
function startsOf(sentences: readonly (readonly string[])[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const x of sentences) {
    out.push(at);
    at += x.length;
  }
  return out;
}

/** Sentence of each word and first word of each sentence, a sentence ending at each ".". */
function sentencesOf(w: readonly string[]): { sentOf: number[]; sentStart: number[] } {
  const sentOf: number[] = [];
  const sentStart: number[] = [];
  let s = 0;
  w.forEach((x, i) => {
    if (i === 0 || w[i - 1] === ".") sentStart.push(i);
    sentOf.push(s);
    if (x === ".") s++;
  });
  return { sentOf, sentStart };
}

describe("numbered units", () => {
  it("an organisation after an ordinal starts at the ordinal, written as one token or two", () => {
    const w = words("the 2 nd Battalion and 134th Fighter Squadron met");
    const out: TokenSpan[] = [
      { start: 3, end: 4, type: "ORG", source: "entities:model-spans" },
      { start: 6, end: 8, type: "ORG", source: "entities:model-spans" },
    ];
    numberedUnits(out, w, w.map(() => 0));
    expect(out.map((s) => w.slice(s.start, s.end).join(" "))).toEqual(["2 nd Battalion", "134th Fighter Squadron"]);
    expect(out.map((s) => by(s))).toEqual(["rule", "rule"]);
  });
  it("not across a sentence, not for other types, not over another span, not after a plain number", () => {
    const w = words("in 2nd Avenue . 3rd Division left 5 Marines");
    const out: TokenSpan[] = [
      { start: 2, end: 3, type: "FAC", source: "entities:model-spans" },
      { start: 5, end: 6, type: "ORG", source: "entities:model-spans" },
      { start: 8, end: 9, type: "ORG", source: "entities:model-spans" },
    ];
    numberedUnits(out, w, [0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(out.map((s) => [s.start, s.end])).toEqual([
      [2, 3],
      [4, 6],
      [8, 9],
    ]);
    // the ordinal ends the previous sentence: no change
    const o2: TokenSpan[] = [{ start: 1, end: 2, type: "ORG", source: "entities:model-spans" }];
    numberedUnits(o2, words("3rd Division"), [0, 1]);
    expect(o2[0]!.start).toBe(1);
  });
});

describe("organisation nouns", () => {
  const gaz = testGaz({ first: ["Bill"], city: ["Moscow"], country: [], title: [], demonym: [] });
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    orgNouns(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type, by(s)]);
  };
  it("a name after a lower-case organisation noun is that organisation", () => {
    expect(run("the airline El Al said", [[2, 4, "PERSON"]])).toEqual([["El Al", "ORG", "rule"]]);
    expect(run("serie A club Atalanta", [[3, 4, "GPE"]])).toEqual([["Atalanta", "ORG", "rule"]]);
  });
  it("not a known place, not a person with a given name, not a capitalised noun, not a nationality", () => {
    expect(run("a firm Moscow", [[2, 3, "GPE"]])).toEqual([["Moscow", "GPE", "model"]]);
    expect(run("the company Bill Gates founded", [[2, 4, "PERSON"]])).toEqual([["Bill Gates", "PERSON", "model"]]);
    expect(run("the Club Atalanta", [[2, 3, "GPE"]])).toEqual([["Atalanta", "GPE", "model"]]);
    expect(run("the party Moroccan", [[2, 3, "NORP"]])).toEqual([["Moroccan", "NORP", "model"]]);
  });
  it("a place-typed name before a noun for a group's members is the group, unless a known place", () => {
    expect(run("Hizbollah guerrillas attacked", [[0, 1, "LOC"]])).toEqual([["Hizbollah", "ORG", "rule"]]);
    expect(run("Moscow militants attacked", [[0, 1, "GPE"]])).toEqual([["Moscow", "GPE", "model"]]);
    expect(run("Darfur rebels attacked", [[0, 1, "GPE"]])).toEqual([["Darfur", "GPE", "model"]]);
  });
});

describe("operations and state bodies of a place", () => {
  const prep = (sentence: string) => {
    const w = words(sentence);
    return { w, lower: w.map((x) => x.toLowerCase()), cap: w.map((x) => /^\p{Lu}/u.test(x)) };
  };
  it("'Operation' + capitalised words is an event, or an organisation after an organisation noun", () => {
    const { w, lower, cap } = prep("Coalition aircraft flew for Operation Inherent Resolve while the site Operation Clambake stayed up");
    const out = events([], w, lower, cap, [w], [0]);
    expect(out.map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Operation Inherent Resolve", "EVENT"],
      ["Operation Clambake", "ORG"],
    ]);
    const lowerCase = prep("the operation Desert Fox");
    expect(events([], lowerCase.w, lowerCase.lower, lowerCase.cap, [lowerCase.w], [0])).toEqual([]);
  });
  it("a capitalised state body + of (the) + a place is one organisation; a lower-case one is not", () => {
    const { w, lower } = prep("the Government of Iraq and the Embassy of the United States and the government of Iraq");
    const out: TokenSpan[] = [
      { start: 1, end: 2, type: "ORG", source: "entities:model-spans" },
      { start: 3, end: 4, type: "GPE", source: "entities:model-spans" },
      { start: 9, end: 11, type: "GPE", source: "entities:model-spans" },
      { start: 15, end: 16, type: "GPE", source: "entities:model-spans" },
    ];
    const res = stateOrgs(testGaz({ orgkey: ["Embassy", "Journal"] }), out, w, lower, w.map(() => 0));
    expect(res.map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Government of Iraq", "ORG"],
      ["Embassy of the United States", "ORG"],
      ["Iraq", "GPE"],
    ]);
  });
});

describe("organisation words + of + place", () => {
  const gaz = testGaz({ orgkey: ["Journal", "Corp", "University"] });
  it("an organisation word + of + place is one name; a company designator or 'of the' after a non-state body is a qualifier", () => {
    const w = words("the Medical Journal of Australia and Kia Motor Corp of South Korea and Colorado State University of the US");
    const lower = w.map((x) => x.toLowerCase());
    const out: TokenSpan[] = [
      { start: 1, end: 3, type: "ORG", source: "entities:model-spans" },
      { start: 4, end: 5, type: "GPE", source: "entities:model-spans" },
      { start: 6, end: 9, type: "ORG", source: "entities:model-spans" },
      { start: 10, end: 12, type: "GPE", source: "entities:model-spans" },
      { start: 13, end: 16, type: "ORG", source: "entities:model-spans" },
      { start: 18, end: 19, type: "GPE", source: "entities:model-spans" },
    ];
    expect(stateOrgs(gaz, out, w, lower, w.map(() => 0)).map((s) => [w.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["Medical Journal of Australia", "ORG"],
      ["Kia Motor Corp", "ORG"],
      ["South Korea", "GPE"],
      ["Colorado State University", "ORG"],
      ["US", "GPE"],
    ]);
  });
});

describe("leaders", () => {
  const gaz = testGaz({ first: ["Asad"], city: ["Kabul"], country: [], title: [], demonym: [] });
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    leaders(gaz, out, w, w.map((x) => x.toLowerCase()));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("a one-word non-place before 'regime'/'government' is the leader, and so are its other place-typed mentions", () => {
    expect(run("the Asad regime and Asad forces and the Maduro government", [[1, 2, "GPE"], [4, 5, "GPE"], [8, 9, "LOC"]])).toEqual([
      ["Asad", "PERSON"],
      ["Asad", "PERSON"],
      ["Maduro", "PERSON"],
    ]);
  });
  it("known places, organisations and creed adjectives stay", () => {
    expect(run("the Kabul government the Hamas government the Baathist regime", [[1, 2, "GPE"], [4, 5, "ORG"], [7, 8, "GPE"]])).toEqual([
      ["Kabul", "GPE"],
      ["Hamas", "ORG"],
      ["Baathist", "GPE"],
    ]);
  });
});

describe("terms that look like names", () => {
  const gaz = testGaz({ first: [], city: [], country: [], title: [], demonym: [], orgkey: ["Bureau"] });
  it("an acronym defined by a common noun phrase is dropped with its other mentions; one headed by an organisation word stays", () => {
    const w = words("children with iodine deficiency disorders ( IDD ) and IDD cases ; improvised explosive devices ( IEDs ) ; the national investigation bureau ( NIB )");
    const lower = w.map((x) => x.toLowerCase());
    const at = (t: string, n = 0) => w.indexOf(t, n);
    const out: TokenSpan[] = [at("IDD"), at("IDD", at("IDD") + 1), at("IEDs"), at("NIB")].map((i) => ({ start: i, end: i + 1, type: "ORG" as const, source: "entities:model-spans" }));
    expect(commonAcronyms(gaz, out, w, lower).map((s) => w[s.start])).toEqual(["NIB"]);
  });
  it("without brackets, an acronym after a lower-case phrase whose initials spell it is a term; before the phrase, or of an organisation phrase, it stays", () => {
    const w = words("children with iodine deficiency disorders suffer . the effects of IDD are known . the CPJ and the committee to protect journalists met . the national investigation bureau and NIB");
    const lower = w.map((x) => x.toLowerCase());
    const at = (t: string) => w.indexOf(t);
    const out: TokenSpan[] = [at("IDD"), at("CPJ"), at("NIB")].map((i) => ({ start: i, end: i + 1, type: "ORG" as const, source: "entities:model-spans" }));
    expect(commonAcronyms(gaz, out, w, lower).map((s) => w[s.start])).toEqual(["CPJ", "NIB"]);
  });
  it("a sentence-initial word the article writes in lower case is dropped unless it is often capitalised alone inside sentences; term acronyms are never names", () => {
    const w = words("Iodine is needed . We need iodine and more iodine and iodine . The Control of Iodine Disorders met . HIV spread");
    const lower = w.map((x) => x.toLowerCase());
    const { sentOf, sentStart } = sentencesOf(w);
    const out: TokenSpan[] = [
      { start: 0, end: 1, type: "ORG", source: "entities:model-spans" },
      { start: w.indexOf("Control"), end: w.indexOf("Disorders") + 1, type: "ORG", source: "entities:model-spans" },
      { start: w.indexOf("HIV"), end: w.indexOf("HIV") + 1, type: "ORG", source: "entities:model-spans" },
    ];
    expect(commonWords(out, w, lower, sentOf, sentStart).map((x) => w.slice(x.start, x.end).join(" "))).toEqual(["Control of Iodine Disorders"]);
  });
  it("a word written in lower case four times as often as capitalised alone is no name mid-sentence either, unless a person", () => {
    const w = words("WHO say Iodine matters . iodine iodine iodine iodine . He met Rice on rice rice rice rice");
    const lower = w.map((x) => x.toLowerCase());
    const sentOf = w.map((_, i) => (i < 5 ? 0 : i < 10 ? 1 : 2));
    const out: TokenSpan[] = [
      { start: 2, end: 3, type: "ORG", source: "entities:model-spans" },
      { start: 12, end: 13, type: "PERSON", source: "entities:model-spans" },
    ];
    expect(commonWords(out, w, lower, sentOf, [0, 5, 10]).map((x) => w[x.start])).toEqual(["Rice"]);
  });
});

describe("works of art", () => {
  const run = (sentence: string, spans: Array<[number, number, TokenSpan["type"]]> = []) => {
    const w = words(sentence);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    return works(out, w, w.map((x) => x.toLowerCase()), w.map(() => 0)).map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("a quoted title after a noun for a work, or before a year in brackets, is a work of art and replaces spans inside it", () => {
    expect(run('his novel " Sleeping Bread " was banned', [[3, 4, "GPE"]])).toEqual([["Sleeping Bread", "WORK_OF_ART"]]);
    expect(run('and " A World of Things " ( 1982 ) followed')).toEqual([["A World of Things", "WORK_OF_ART"]]);
  });
  it("quotes without such a cue, or not in title case, are not titles", () => {
    expect(run('he said " We Will Win " today')).toEqual([]);
    expect(run('the film " was a disaster " he said')).toEqual([]);
  });
});

describe("countries in all-caps headlines", () => {
  it("a country the model leaves out of an all-caps line is a GPE; a country that is also a given name is not forced", async () => {
    const { EntityTagger } = await import("../src/ner/tagger.js");
    const t = EntityTagger.load();
    const doc = [
      ["SOCCER", "-", "AUSTRIA", "DOMINATE", "SCOTLAND", "IN", "QUALIFIER", "."],
      ["Austria", "beat", "Scotland", "2-0", "on", "Saturday", "."],
    ];
    const spans = t.tag(doc).filter((s) => s.start < 8);
    const words = doc.flat();
    expect(spans.map((s) => [words.slice(s.start, s.end).join(" "), s.type])).toEqual([
      ["AUSTRIA", "GPE"],
      ["SCOTLAND", "GPE"],
    ]);
  });
});

describe("a person with the country in brackets", () => {
  const gaz = testGaz({ first: [], city: [], country: ["Finland", "U.S."], title: [], demonym: [], orgkey: [] }, ["red", "star"]);
  const run = (sentence: string) => {
    const w = words(sentence);
    const out: TokenSpan[] = [];
    bracketedNationality(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.map((s) => [w.slice(s.start, s.end).join(" "), s.type]);
  };
  it("two or three name-like words before ( country ) are a person", () => {
    expect(run("4. Annemari Sandell ( Finland ) 15:06.33")).toEqual([["Annemari Sandell", "PERSON"]]);
    expect(run("beat Christian Arrue ( U.S. ) 2-0")).toEqual([["Christian Arrue", "PERSON"]]);
  });
  it("not a common-word name (a club), not one word, not a bracket without a country", () => {
    expect(run("Third place : Red Star ( Finland ) 75")).toEqual([]);
    expect(run("beat Sandell ( Finland ) 2-0")).toEqual([]);
    expect(run("Annemari Sandell ( captain ) scored")).toEqual([]);
  });
  it("in a list of persons, a name the model typed otherwise in the same position is a person; a club list keeps its type", () => {
    const lines = ["Annemari Sandell ( Finland ) 15:06.33", "Gete Wami ( Finland ) 15:05.21", "Rose Cheruiyot ( U.S. ) 15:05.41", "Klas Eriksson ( Finland ) 71"];
    const w = words(lines.join(" "));
    const lower = w.map((x) => x.toLowerCase());
    const at = (name: string): number => w.join(" ").split(" ").indexOf(name.split(" ")[0]!);
    const org: TokenSpan = { start: at("Klas"), end: at("Klas") + 2, type: "ORG", source: "entities:model-spans" };
    const out: TokenSpan[] = [org];
    bracketedNationality(gaz, out, w, lower, w.map(() => 0));
    expect(org.type).toBe("PERSON");
    const clubs: TokenSpan[] = [{ start: 0, end: 2, type: "ORG", source: "entities:model-spans" }, { start: 6, end: 8, type: "ORG", source: "entities:model-spans" }, { start: 12, end: 14, type: "ORG", source: "entities:model-spans" }, { ...org, type: "ORG" }];
    bracketedNationality(gaz, clubs, w, lower, w.map(() => 0));
    expect(clubs.map((s) => s.type)).toEqual(["ORG", "ORG", "ORG", "ORG"]);
  });
});

describe("named studies", () => {
  it("an organisation-looking name of a study or survey is a work", async () => {
    const { refine } = await import("../src/ner/rules/refine.js");
    const gaz = testGaz({});
    const lower = "the national iodine nutrition study found that the national iodine nutrition study and the world health organization".split(" ");
    expect(refine(gaz, "ORG", lower, 1, 5)).toBe("WORK_OF_ART");
    expect(refine(gaz, "ORG", lower, 8, 11)).toBe("WORK_OF_ART");
    expect(refine(gaz, "ORG", lower, 14, 17)).toBe("ORG");
  });
});

describe("the body", () => {
  const gaz = testGaz({ orgkey: ["Coalition", "Commission", "Council"] });
  const run = (sentence: string) => {
    const w = words(sentence);
    const { sentOf, sentStart } = sentencesOf(w);
    const out: TokenSpan[] = [];
    theBody(gaz, out, w, w.map((x) => x.toLowerCase()), sentOf, sentStart);
    return out.map((x) => w[x.start]);
  };
  it("a capitalised organisation word after 'the' mid-sentence is the body the article means", () => {
    expect(run("Strikes by the Coalition hit Mosul .")).toEqual(["Coalition"]);
  });
  it("not at a sentence start, not inside a longer name, not when the article writes it in lower case", () => {
    expect(run("The Coalition struck .")).toEqual([]);
    expect(run("Officials of the Coalition Provisional Authority met .")).toEqual([]);
    expect(run("He asked the Council . The council refused .")).toEqual([]);
    expect(run("He asked the Commission of Inquiry .")).toEqual([]);
  });
});

describe("the organisation in a title", () => {
  const gaz = testGaz({ title: ["Minister", "President", "Secretary-General"], orgkey: ["Office"], country: ["US"] });
  const run = (sentence: string, person: [number, number]) => {
    const w = words(sentence);
    const out: TokenSpan[] = [{ start: person[0], end: person[1], type: "PERSON", source: "entities:model-spans" }];
    titleOrgs(gaz, out, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.filter((s) => s.type === "ORG").map((s) => w.slice(s.start, s.end).join(" "));
  };
  it("capitalised words ending in an organisation word, or an acronym, before the title are an organisation", () => {
    expect(run("Foreign Office Minister Tobias Ellwood spoke", [3, 5])).toEqual(["Foreign Office"]);
    expect(run("said FCO Minister Tobias Ellwood", [3, 5])).toEqual(["FCO"]);
  });
  it("a country acronym, words without an organisation word, or no title, are left alone", () => {
    expect(run("said US President Barack Obama", [3, 5])).toEqual([]);
    expect(run("Green Party Minister Jan Kowal", [3, 5])).toEqual([]);
    expect(run("Foreign Office Tobias Ellwood", [2, 4])).toEqual([]);
  });
});

describe("person shapes", () => {
  it("a person span with no word of two letters or more with a vowel is dropped", async () => {
    const { personShapes } = await import("../src/ner/rules/person-shapes.js");
    const gaz = testGaz({});
    const w = words("W L PCT GB and Li Na and Ng Ka");
    const out: TokenSpan[] = [
      { start: 0, end: 4, type: "PERSON", source: "entities:model-spans" },
      { start: 5, end: 7, type: "PERSON", source: "entities:model-spans" },
      { start: 8, end: 10, type: "PERSON", source: "entities:model-spans" },
    ];
    expect(personShapes(gaz, out, w, w.map((x) => x.toLowerCase())).map((s) => w.slice(s.start, s.end).join(" "))).toEqual(["Li Na", "Ng Ka"]);
  });
});

describe("datelines", () => {
  const run = (sentences: string[][], gaz = testGaz({ org: ["nato"] }), out: TokenSpan[] = []) => {
    const w = sentences.flat();
    const sentStart = startsOf(sentences);
    const res = datelines(gaz, out, w, w.map((x) => x.toLowerCase()), sentStart, sentences.map((x) => x.length));
    return res.map((x) => [w.slice(x.start, x.end).join(" "), x.type, by(x)]);
  };
  it("the all-caps place before a date or an agency is a place, replacing what the model made of it; THE opening a longer name stays", () => {
    expect(run([["MONTE", "CARLO", "1996", "-", "08", "-", "30"]], testGaz({}), [{ start: 0, end: 2, type: "PERSON", source: "entities:model-spans" }])).toEqual([
      ["MONTE CARLO", "GPE", "rule"],
    ]);
    expect(run([["THE", "HAGUE", "1996", "-", "08", "-", "30"]])).toEqual([["THE HAGUE", "GPE", "rule"]]);
    expect(run([["WASHINGTON", "(", "Reuters", ")", "-", "The", "Senate", "voted", "."]])).toEqual([["WASHINGTON", "GPE", "rule"]]);
    expect(run([["PHNOM", "PENH", ",", "May", "3", "(", "AFP", ")", "-", "Rain", "fell", "."]])).toEqual([["PHNOM PENH", "GPE", "rule"]]);
  });
  it("not an organisation the gazetteer knows, not a headline without a date, not a lower-case start", () => {
    expect(run([["NATO", "1996", "-", "08", "-", "30"]])).toEqual([]);
    expect(run([["MITCHELL", "DEFEATS", "BAILEY", "."]])).toEqual([]);
    expect(run([["Paris", "(", "Reuters", ")", "-", "Rain", "fell", "."]])).toEqual([]);
  });
});

describe("the state", () => {
  it('"the Kingdom" alone is no name; "the Kingdom of Morocco", "the Republic Day" and "the Commonwealth" are left to the model', () => {
    const w = words("the Kingdom defends its partners . the Kingdom of Morocco and the Republic Day . the Commonwealth met .");
    const { sentOf } = sentencesOf(w);
    const at = (i: number, n = 1): TokenSpan => ({ start: i, end: i + n, type: "ORG", source: "entities:model-spans" });
    const kept = theState([at(1), at(7), at(12, 2), at(16)], w, w.map((x) => x.toLowerCase()), sentOf);
    expect(kept.map((x) => w.slice(x.start, x.end).join(" "))).toEqual(["Kingdom", "Republic Day", "Commonwealth"]);
  });
});

describe("names after a possessive", () => {
  const gaz = testGaz({ orgkey: ["Ministry", "Authority", "News"] });
  const run = (text: string, owners: Array<[number, number, TokenSpan["type"]]>) => {
    const w = words(text);
    const out: TokenSpan[] = owners.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    possessiveNames(gaz, out, w, w.map((x) => x.toLowerCase()), sentencesOf(w).sentOf);
    return out.filter((x) => x.locked).map((x) => [w.slice(x.start, x.end).join(" "), x.type]);
  };
  it("a place's or an organisation's possessive before a run ending in a facility or organisation word", () => {
    expect(run("a crane fell into Mecca 's Grand Mosque in 2008 .", [[4, 5, "GPE"]])).toEqual([["Grand Mosque", "FAC"]]);
    expect(run("according to Iraq 's Interior Ministry .", [[2, 3, "GPE"]])).toEqual([["Interior Ministry", "ORG"]]);
  });
  it("not a title, not a name going on with 'of', not after a person", () => {
    expect(run("Iraq 's Human Rights Minister Ali spoke .", [[0, 1, "GPE"]])).toEqual([]);
    expect(run("Britain 's News of the World paper .", [[0, 1, "GPE"]])).toEqual([]);
    expect(run("in Saint Peter 's Square .", [[1, 3, "PERSON"]])).toEqual([]);
  });
});

describe("a team and its town", () => {
  const gaz = testGaz({ city: ["Seattle", "Baltimore", "Toronto"], country: [] });
  /** one sentence per line; spans given as [line, first word, end word, type] */
  function run(lines: string[], spans: Array<[number, number, number, string]>): string[] {
    const forms = lines.map((l) => words(l));
    const w = forms.flat();
    const sentStart = startsOf(forms);
    const out: TokenSpan[] = spans.map(([l, a, b, type]) => ({ start: sentStart[l]! + a, end: sentStart[l]! + b, type: type as TokenSpan["type"], source: "entities:model-spans" }));
    const res = teams(gaz, out, w, w.map((x) => x.toLowerCase()), w.map((x) => /^\p{Lu}/u.test(x)), forms, sentStart);
    return res.sort((x, y) => x.start - y.start).map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  }
  it("a fixture line's second name is the venue, a town, even where the model made it a team", () => {
    expect(run(["Seattle 70 63 .526 5", "Baltimore at Seattle"], [[0, 0, 1, "GPE"], [1, 0, 1, "GPE"], [1, 2, 3, "ORG"]])).toEqual([
      "Seattle:ORG:rule(team)",
      "Baltimore:GPE:model",
      "Seattle:GPE:rule(town)",
    ]);
  });
  it("after 'at', 'in' or 'near' a team's town stays a town, and the one-type vote leaves it alone", () => {
    expect(run(["Toronto 62 72 .463 14", "Toronto lost 3-2 at Toronto ."], [[0, 0, 1, "GPE"], [1, 0, 1, "GPE"], [1, 4, 5, "GPE"]])).toEqual([
      "Toronto:ORG:rule(team)",
      "Toronto:ORG:rule(team)",
      "Toronto:GPE:rule(town)",
    ]);
  });
});

describe("verbs in all-caps headlines", () => {
  const gaz = new Gazetteer({
    lists: { country: ["Pakistan", "England", "United States"], org: ["WBA"], first: [], surname: [] },
    casing: { lower: ["defeat", "lower", "defend", "state", "bank"], title: [], upper: [], mixed: [] },
  } as unknown as GazetteerData);
  const run = (line: string, spans: Array<[number, number, TokenSpan["type"]]>, caps = true): string[] => {
    const w = words(line);
    const lower = w.map((x) => x.toLowerCase());
    const phrase = gaz.phraseTokens(lower);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    return capsVerbs(gaz, out, lower, () => caps, (i) => phrase[i] === 1).map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  };
  it("a name is cut at an inflected verb or 'V'; a piece the gazetteer knows as an organisation is one", () => {
    expect(run("MITCHELL DEFEATS BAILEY IN FRONT", [[0, 3, "PERSON"]])).toEqual(["MITCHELL:PERSON:rule", "BAILEY:PERSON:rule"]);
    expect(run("MILLER DEFENDS WBA TITLE", [[0, 3, "PERSON"]])).toEqual(["MILLER:PERSON:rule", "WBA:ORG:rule"]);
    expect(run("ENGLAND V PAKISTAN SCOREBOARD", [[0, 2, "ORG"], [2, 3, "GPE"]])).toEqual(["ENGLAND:ORG:rule", "PAKISTAN:GPE:model"]);
  });
  it("names of the gazetteer, a first word, and mixed-case lines are left alone", () => {
    expect(run("UNITED STATES BANKS RALLY", [[0, 2, "GPE"]])).toEqual(["UNITED STATES:GPE:model"]);
    expect(run("LOWERS GROUP PROFIT", [[0, 2, "ORG"]])).toEqual(["LOWERS GROUP:ORG:model"]);
    expect(run("Mitchell Defeats Bailey", [[0, 3, "PERSON"]], false)).toEqual(["Mitchell Defeats Bailey:PERSON:model"]);
  });
});

describe("nationality phrases", () => {
  const gaz = testGaz({ demonym: ["Iraqi", "Kurds", "Kurdish", "Africans", "Asian"] });
  const run = (line: string, spans: Array<[number, number, TokenSpan["type"]]>): string[] => {
    const w = words(line);
    const out: TokenSpan[] = spans.map(([start, end, type]) => ({ start, end, type, source: "entities:model-spans" }));
    const owner = new Int32Array(w.length).fill(-1);
    out.forEach((x, k) => owner.fill(k, x.start, x.end));
    demonyms(gaz, out, owner, w, w.map((x) => x.toLowerCase()), w.map(() => 0));
    return out.filter((x) => x.end > x.start).map((x) => `${w.slice(x.start, x.end).join(" ")}:${x.type}`);
  };
  it("two nationality words in a row, or a direction and one, are one group", () => {
    expect(run("to protect Iraqi Kurds from attack", [[2, 3, "NORP"]])).toEqual(["Iraqi Kurds:NORP"]);
    expect(run("the North Africans drew", [[2, 3, "NORP"]])).toEqual(["North Africans:NORP"]);
    expect(run("Iraqi Kurdish rebel groups", [])).toEqual(["Iraqi Kurdish:NORP"]);
  });
  it("a nationality next to a name of another type stays apart", () => {
    expect(run("Iraqi Baghdad officials", [[0, 1, "NORP"], [1, 2, "GPE"]])).toEqual(["Iraqi:NORP", "Baghdad:GPE"]);
  });
});

describe("cricket scorecards", () => {
  const gaz = testGaz({ country: ["England"], city: [] });
  /** one line per sentence; model spans as [line, first word, end word, type] */
  const run = (lines: string[], spans: Array<[number, number, number, TokenSpan["type"]]>): string[] => {
    const forms = lines.map((l) => words(l));
    const w = forms.flat();
    const starts = startsOf(forms);
    const sentOf = forms.flatMap((f, k) => f.map(() => k));
    const out: TokenSpan[] = spans.map(([l, a, b, type]) => ({ start: starts[l]! + a, end: starts[l]! + b, type, source: "entities:model-spans" }));
    return cricket(gaz, out, w, w.map((x) => x.toLowerCase()), sentOf)
      .sort((x, y) => x.start - y.start)
      .map((sp) => `${w.slice(sp.start, sp.end).join(" ")}:${sp.type}:${by(sp)}`);
  };
  it("the batsman, fielder and bowler of a batting line and the bowler before the figures are people", () => {
    expect(run(["S. Law c Tillekeratne b Dharmasena 13", "Bowling : Vass 7 - 0 - 29 - 0 , de Silva 4 - 0 - 25 - 0"], [[0, 5, 6, "GPE"], [1, 12, 13, "PERSON"]])).toEqual([
      "S. Law:PERSON:rule",
      "Tillekeratne:PERSON:rule",
      "Dharmasena:PERSON:rule",
      "Vass:PERSON:rule",
      "de Silva:PERSON:rule",
    ]);
  });
  it("not outside a scorecard line, and a place stays a place", () => {
    expect(run(["Plan B Holdings said on Monday c Smith was wrong ."], [[0, 1, 2, "ORG"]])).toEqual(["B:ORG:model"]);
    expect(run(["England b Smith 12"], [[0, 0, 1, "GPE"]])).toEqual(["England:GPE:model", "Smith:PERSON:rule"]);
  });
});
