import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import type { Entity, EntityType, Reference } from "../../src/schema/index.js";
import { ReferenceSchema } from "../../src/schema/index.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { quotesStage } from "../../src/stages/quotes.js";
import { corefStage } from "../../src/stages/coref.js";
import { personGender } from "../../src/nlp/coref/gender.js";
import { titleNoun } from "../../src/nlp/link/titles.js";
import { occurrence as at } from "../helpers.js";

describe("coref", () => {
  const segment = buildPipeline([{ name: "segment" }]);
  const quotes = quotesStage.create(quotesStage.options.parse({}));
  const coref = corefStage.create(corefStage.options.parse({}));

  /** An entity: its type and the strings it is mentioned as (n-th occurrence, 0-based), with an optional title written before. */
  type Occurrence = [text: string, n: number, title?: string];
  type EntitySpec = [type: EntityType, ...occurrences: Occurrence[]];

  function entitiesOf(text: string, specs: EntitySpec[]): Entity[] {
    return specs.map(([type, ...occ], i) => ({
      id: `E${i + 1}`,
      type,
      name: occ[0]![0],
      aliases: [...new Set(occ.map(([s]) => s))].filter((s) => s !== occ[0]![0]).sort(),
      mentions: occ
        .map(([s, n, title]) => {
          const start = at(text, s, n);
          const m = { start, end: start + s.length, text: s, source: "entities:model-spans" };
          if (title === undefined) return m;
          const ts = start - title.length - 1;
          expect(text.slice(ts, start - 1)).toBe(title);
          return { ...m, title: { start: ts, end: start - 1, text: title } };
        })
        .sort((a, b) => a.start - b.start),
    }));
  }

  /** The references the stage finds, as [text, entity name, source]. */
  function refs(text: string, specs: EntitySpec[]): [string, string, string][] {
    const doc = new Doc("t", text);
    runPipeline(segment, doc);
    const entities = entitiesOf(text, specs);
    doc.set("entities", entities);
    quotes(doc);
    coref(doc);
    const out: Reference[] = doc.get("references");
    for (const r of out) {
      expect(ReferenceSchema.parse(r)).toEqual(r);
      expect(text.slice(r.start, r.end)).toBe(r.text);
    }
    return out.map((r) => [r.text, entities.find((e) => e.id === r.entity)!.name, r.source]);
  }

  describe("third-person pronouns", () => {
    it("he and she agree in gender: given names, and relation nouns before a name", () => {
      const text = "Thomas Sam and his wife Manju Sam were charged on Friday. She told the court that he had refused.";
      expect(refs(text, [["PERSON", ["Thomas Sam", 0]], ["PERSON", ["Manju Sam", 0]]])).toEqual([
        ["his", "Thomas Sam", "coref:salience"],
        ["She", "Manju Sam", "coref:salience"],
        ["he", "Thomas Sam", "coref:salience"],
      ]);
    });

    it("the subject of the sentence before wins over an object; a subject in the pronoun's own sentence wins over both", () => {
      const text =
        "Peter Hall met John Smith on Monday. He said the talks went well. Later, Mark Jones said he would attend.";
      expect(refs(text, [["PERSON", ["Peter Hall", 0]], ["PERSON", ["John Smith", 0]], ["PERSON", ["Mark Jones", 0]]])).toEqual([
        ["He", "Peter Hall", "coref:salience"],
        ["he", "Mark Jones", "coref:salience"],
      ]);
    });

    it("a pronoun inside a quotation is not its speaker", () => {
      const text = 'John Smith praised Peter Hall on Monday. "He was a good colleague," John Smith said.';
      expect(refs(text, [["PERSON", ["John Smith", 0], ["John Smith", 1]], ["PERSON", ["Peter Hall", 0]]])).toEqual([
        ["He", "Peter Hall", "coref:salience"],
      ]);
    });

    it("nothing beyond the window, and no person for it/its", () => {
      const text = "Peter Hall resigned. The plant closed. Prices fell. Sales rose. Rain came. He left.";
      expect(refs(text, [["PERSON", ["Peter Hall", 0]]])).toEqual([]);
    });

    it("it: an organisation subject, not an expletive, not an object", () => {
      const text = "Acme Corp reported losses on Monday. It said sales fell. It is unclear why. Acme Corp sold the plant and closed it.";
      expect(refs(text, [["ORG", ["Acme Corp", 0], ["Acme Corp", 1]]])).toEqual([["It", "Acme Corp", "coref:salience"]]);
    });

    it("they: an organisation right before a verb, or a people; not a name that modifies a noun", () => {
      expect(refs("Hezbollah said they would respond.", [["ORG", ["Hezbollah", 0]]])).toEqual([["they", "Hezbollah", "coref:salience"]]);
      expect(refs("Scientology officials said they had no record.", [["ORG", ["Scientology", 0]]])).toEqual([]);
      expect(refs("Syrians fled the town. They reached Jordan on foot.", [["NORP", ["Syrians", 0]], ["GPE", ["Jordan", 0]]])).toEqual([
        ["They", "Syrians", "coref:salience"],
      ]);
    });

    it("a possessive determiner goes to its own clause's subject; they never to what it names", () => {
      const text = "The Bureau met officials in Spain. It said the Kingdom defends the security of its partners and has helped countries in their fight.";
      expect(refs(text, [["ORG", ["Bureau", 0]], ["GPE", ["Spain", 0]], ["ORG", ["Kingdom", 0]]])).toEqual([
        ["It", "Bureau", "coref:salience"],
        ["its", "Kingdom", "coref:salience"],
      ]);
      expect(refs("One Immortals player was caught with their headset off.", [["ORG", ["Immortals", 0]]])).toEqual([]);
    });

    it('"US" is a country, not a pronoun', () => {
      expect(refs("Peter Hall flew to the US on Monday.", [["PERSON", ["Peter Hall", 0]], ["GPE", ["US", 0]]])).toEqual([]);
    });
  });

  describe("first person", () => {
    it("I/my inside a quotation is its person speaker; we/our its organisation speaker; not we for a person", () => {
      const text = '"I will not resign over my decision," Maria Lopez said. "We will rebuild," the Ministry of Works said. "We are tired," Maria Lopez said.';
      expect(refs(text, [["PERSON", ["Maria Lopez", 0], ["Maria Lopez", 1]], ["ORG", ["Ministry of Works", 0]]])).toEqual([
        ["I", "Maria Lopez", "coref:speaker"],
        ["my", "Maria Lopez", "coref:speaker"],
        ["We", "Ministry of Works", "coref:speaker"],
      ]);
    });

    it('a statement introduced by "X said:" without quotation marks, to its paragraph\'s end', () => {
      const text = "Tobias Ellwood, Minister for the Middle East, said:\n\nI welcome the agreement. I hope it holds.\n\nI is a letter.";
      expect(refs(text, [["PERSON", ["Tobias Ellwood", 0]]])).toEqual([
        ["I", "Tobias Ellwood", "coref:speaker"],
        ["I", "Tobias Ellwood", "coref:speaker"],
      ]);
    });

    it('"we" said by a spokesperson is the body they speak for; a statement introduced by "the <title> said:" is that person\'s', () => {
      const text = 'Jeff Rathke, the State Department spokesperson, said, "We urge restraint." Secretary Ash Carter met them.\n\nThe Secretary said:\n\nI welcome the agreement.';
      expect(refs(text, [["PERSON", ["Jeff Rathke", 0]], ["ORG", ["State Department", 0]], ["PERSON", ["Ash Carter", 0, "Secretary"]]])).toEqual([
        ["We", "State Department", "coref:speaker"],
        ["The Secretary", "Ash Carter", "coref:title"],
        ["I", "Ash Carter", "coref:speaker"],
      ]);
    });

    it("outside any quotation or statement, I and we are the writer's and left alone", () => {
      expect(refs("We met Peter Hall. I asked him about it.", [["PERSON", ["Peter Hall", 0]]])).toEqual([["him", "Peter Hall", "coref:salience"]]);
    });
  });

  describe("definite descriptions", () => {
    it("a title's head names the person with that title", () => {
      const text = "Foreign Secretary Boris Johnson visited Baghdad. The Foreign Secretary said the visit went well.";
      expect(refs(text, [["PERSON", ["Boris Johnson", 0, "Foreign Secretary"]], ["GPE", ["Baghdad", 0]]])).toEqual([
        ["The Foreign Secretary", "Boris Johnson", "coref:title"],
      ]);
    });

    it("the noun of a title with a phrase after it is its head word ('Secretary of State' -> the Secretary), not the phrase's last word", () => {
      expect(["Foreign Secretary", "Prime Minister", "Secretary of State", "Minister for the Middle East", "Brig. Gen."].map(titleNoun)).toEqual([
        "secretary",
        "minister",
        "secretary",
        "minister",
        "gen",
      ]);
      const text = "Secretary of State John Kerry flew to Geneva. The Secretary said the state of talks was good.";
      expect(refs(text, [["PERSON", ["John Kerry", 0, "Secretary of State"]], ["GPE", ["Geneva", 0]]])).toEqual([
        ["The Secretary", "John Kerry", "coref:title"],
      ]);
    });

    it("a head in an organisation's name, or a generic head for the most salient organisation or place of its kind", () => {
      const text =
        "The Spanish Interior Ministry published figures. The ministry said arrests rose. Islamic State claimed the attack in Mosul. The group said the city was taken. Iraq condemned it and the country mourned.";
      expect(
        refs(text, [["ORG", ["Spanish Interior Ministry", 0]], ["ORG", ["Islamic State", 0]], ["GPE", ["Mosul", 0]], ["GPE", ["Iraq", 0]]]),
      ).toEqual([
        ["The ministry", "Spanish Interior Ministry", "coref:head"],
        ["The group", "Islamic State", "coref:head"],
        ["the city", "Mosul", "coref:head"],
        ["the country", "Iraq", "coref:head"],
      ]);
    });

    it('"the Kingdom" is the country, and a possessive in its clause follows it', () => {
      const text = "Morocco arrested 40 suspects. The Bureau said the Kingdom defends the security of its partners.";
      expect(refs(text, [["GPE", ["Morocco", 0]], ["ORG", ["Bureau", 0]]])).toEqual([
        ["the Kingdom", "Morocco", "coref:head"],
        ["its", "Morocco", "coref:salience"],
      ]);
    });

    it('a description of a name is not a reference: "the city of Mosul", "the group Hezbollah"; nor a plural head', () => {
      const text = "Hezbollah fought in Mosul. Later the city of Mosul fell and the group Hezbollah left. The groups met.";
      expect(refs(text, [["ORG", ["Hezbollah", 0], ["Hezbollah", 1]], ["GPE", ["Mosul", 0], ["Mosul", 1]]])).toEqual([]);
      const minister = "Foreign Office Minister Tobias Ellwood visited Amman. The Minister for Central Asia spoke later.";
      expect(refs(minister, [["PERSON", ["Tobias Ellwood", 0, "Minister"]]])).toEqual([]);
    });
  });

  describe("gender evidence", () => {
    const given = new Map([["maria", "f" as const], ["thomas", "m" as const], ["kim", "f" as const]]);
    const person = (name: string, title?: string): Entity => ({
      id: "E1",
      type: "PERSON",
      name,
      aliases: [],
      mentions: [{ start: 20, end: 20 + name.length, text: name, source: "entities:model-spans", ...(title ? { title: { start: 0, end: title.length, text: title } } : {}) }],
    });
    it("titles first, then the given name; East Asian surnames written first say nothing", () => {
      const pad = (name: string) => " ".repeat(20) + name;
      expect(personGender(person("Thomas Sam"), pad("Thomas Sam"), given)).toBe("m");
      expect(personGender(person("Maria"), pad("Maria"), given)).toBe("f");
      expect(personGender(person("Thomas Sam", "Mrs."), pad("Thomas Sam"), given)).toBe("f");
      expect(personGender(person("Kim Jong Un"), pad("Kim Jong Un"), given)).toBeNull();
      expect(personGender(person("Khiame"), pad("Khiame"), given)).toBeNull();
    });
  });

  describe("options", () => {
    it("pronouns and nominals can be turned off; the window bounds how far back a pronoun looks", () => {
      const text = "Peter Hall resigned. The ministry of works closed. Prices fell. He left. Islamic State claimed it. The group said so.";
      const specs: EntitySpec[] = [["PERSON", ["Peter Hall", 0]], ["ORG", ["Islamic State", 0]]];
      const run = (options: Record<string, unknown>) => {
        const doc = new Doc("t", text);
        runPipeline(segment, doc);
        doc.set("entities", entitiesOf(text, specs));
        quotes(doc);
        corefStage.create(corefStage.options.parse(options))(doc);
        return doc.get("references").map((r) => r.text);
      };
      expect(run({})).toEqual(["He", "The group"]);
      expect(run({ nominals: false })).toEqual(["He"]);
      expect(run({ pronouns: false })).toEqual(["The group"]);
      expect(run({ window: 2 })).toEqual(["The group"]);
      expect(() => corefStage.options.parse({ window: -1 })).toThrow();
      expect(() => corefStage.options.parse({ speakers: true })).toThrow();
    });
  });
});
