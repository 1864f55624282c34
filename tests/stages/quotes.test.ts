import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import type { Entity, EntityType, Quote } from "../../src/schema/index.js";
import { QuoteSchema } from "../../src/schema/index.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { quotesStage } from "../../src/stages/quotes.js";
import { corefStage } from "../../src/stages/coref.js";
import { speakersStage } from "../../src/stages/speakers.js";
import { findQuoteMarks } from "../../src/nlp/quotes/marks.js";
import { inflect } from "../../src/lexicon/speech.js";
import { occurrence as at } from "../helpers.js";

describe("quotes", () => {
  const segment = buildPipeline([{ name: "segment" }]);

  /** An entity of `type` mentioned at the given occurrences of strings (n-th, 0-based); its name is the first string. */
  type EntitySpec = [type: EntityType, ...occurrences: Array<[string, number]>];

  function quotes(text: string, specs: EntitySpec[] = [], options: Record<string, unknown> = {}): Quote[] {
    const doc = new Doc("t", text);
    runPipeline(segment, doc);
    const entities: Entity[] = specs.map(([type, ...occ], i) => ({
      id: `E${i + 1}`,
      type,
      name: occ[0]![0],
      aliases: [...new Set(occ.slice(1).map(([s]) => s))].filter((s) => s !== occ[0]![0]).sort(),
      mentions: occ
        .map(([s, n]) => ({ start: at(text, s, n), end: at(text, s, n) + s.length, text: s, source: "entities:model-spans" }))
        .sort((a, b) => a.start - b.start),
    }));
    doc.set("entities", entities);
    // the quotes stage finds the quotations and who speaks; pronouns and descriptions are resolved by coref,
    // and the speakers stage writes the quotes layer
    quotesStage.create(quotesStage.options.parse(options))(doc);
    corefStage.create(corefStage.options.parse({}))(doc);
    speakersStage.create({})(doc);
    const out = doc.get("quotes");
    for (const q of out) {
      QuoteSchema.parse(q);
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
    return out;
  }

  /** Compact view: [text, speaker, cue text, source]. */
  function brief(qs: Quote[]): Array<[string, string | null, string | null, string]> {
    return qs.map((q) => [q.text, q.speaker, q.cue?.text ?? null, q.source]);
  }

  describe("attribution patterns", () => {
    it('"…", X said — exact record', () => {
      const text = '"We will open the bridge in May", Ilse Marten said.';
      expect(quotes(text, [["PERSON", ["Ilse Marten", 0]]])).toEqual([
        {
          id: "C1",
          start: 1,
          end: 31,
          text: "We will open the bridge in May",
          speaker: "E1",
          cue: { start: 46, end: 50, text: "said" },
          source: "quotes:speaker-verb",
        },
      ]);
    });

    it('"…," X, title of Y, said: the person is preferred over the organisation', () => {
      const text = '"Exports rose for the third year," the head of the Harbour Authority (HA), Rui Kosta, told reporters.';
      const qs = quotes(text, [["ORG", ["Harbour Authority", 0], ["HA", 0]], ["PERSON", ["Rui Kosta", 0]]]);
      expect(brief(qs)).toEqual([["Exports rose for the third year", "E2", "told", "quotes:speaker-verb"]]);
    });

    it('"…", said X — and the Ministry by head noun', () => {
      const text =
        'The Norwegian Health Ministry opened an inquiry. "The inquiry will take six months", said the Ministry in a statement. "We expect answers soon", said Aino Berg.';
      const qs = quotes(text, [["ORG", ["Norwegian Health Ministry", 0]], ["PERSON", ["Aino Berg", 0]]]);
      expect(brief(qs)).toEqual([
        ["The inquiry will take six months", "E1", "said", "quotes:verb-speaker"],
        ["We expect answers soon", "E2", "said", "quotes:verb-speaker"],
      ]);
    });

    it('X said: "…", X said that "…", X told reporters "…"', () => {
      const text =
        'Farah Osei said: "The dam is safe." Later Osei said that "no village is at risk today". Jon Alm told reporters on Friday "we are leaving for good".';
      const qs = quotes(text, [["PERSON", ["Farah Osei", 0], ["Osei", 1]], ["PERSON", ["Jon Alm", 0]]]);
      expect(brief(qs)).toEqual([
        ["The dam is safe.", "E1", "said", "quotes:before"],
        ["no village is at risk today", "E1", "said", "quotes:before"],
        ["we are leaving for good", "E2", "told", "quotes:before"],
      ]);
    });

    it('"…", he added: a pronoun is resolved by coref (salience and gender), the quotation takes its entity', () => {
      const text =
        'Marta Quist met Leo Brun. "Prices will fall this winter", Quist said. Brun did not comment. "Supply has doubled since June", she added. Leo Brun visited the plant. "It runs at full capacity now," he said.';
      const qs = quotes(text, [
        ["PERSON", ["Marta Quist", 0], ["Quist", 1]],
        ["PERSON", ["Leo Brun", 0], ["Brun", 1], ["Leo Brun", 1]],
      ]);
      expect(brief(qs)).toEqual([
        ["Prices will fall this winter", "E1", "said", "quotes:speaker-verb"],
        // "she": Marta Quist, the one woman (Brun, the later subject, is Leo)
        ["Supply has doubled since June", "E1", "added", "quotes:speaker-verb"],
        ["It runs at full capacity now", "E2", "said", "quotes:speaker-verb"],
      ]);
    });

    it('a pronoun with no person before it has no speaker', () => {
      const qs = quotes('"The ferry will not sail tomorrow," he warned.');
      expect(brief(qs)).toEqual([["The ferry will not sail tomorrow", null, "warned", "quotes:speaker-verb"]]);
    });

    it("according to X, before or after the quote", () => {
      const text =
        'According to the Red Dune Institute, "the drought is the worst in forty years". "Wells have run dry in six districts", according to Sami Orr.';
      const qs = quotes(text, [["ORG", ["Red Dune Institute", 0]], ["PERSON", ["Sami Orr", 0]]]);
      expect(brief(qs)).toEqual([
        ["the drought is the worst in forty years", "E1", "According to", "quotes:before"],
        ["Wells have run dry in six districts", "E2", "according to", "quotes:verb-speaker"],
      ]);
    });

    it("multi-word speech verbs: pointed out", () => {
      const text = 'Edda Lind pointed out: "The budget was cut twice last year."';
      expect(brief(quotes(text, [["PERSON", ["Edda Lind", 0]]]))).toEqual([
        ["The budget was cut twice last year.", "E1", "pointed out", "quotes:before"],
      ]);
    });
  });

  describe("marks and spans", () => {
    it("curly, straight and mixed quotation marks", () => {
      const text = '“We are ready", Tor Ek said. "We start on Monday” Tor Ek said. “Nothing is decided yet” Tor Ek said.';
      const qs = quotes(text, [["PERSON", ["Tor Ek", 0], ["Tor Ek", 1], ["Tor Ek", 2]]]);
      expect(qs.map((q) => [q.start, q.end, q.text, q.speaker])).toEqual([
        [1, 13, "We are ready", "E1"],
        [30, 48, "We start on Monday", "E1"],
        [64, 86, "Nothing is decided yet", "E1"],
      ]);
    });

    it("a quote spanning several sentences is one quote", () => {
      const text = '"Rain came early. Crops were lost. We need help now," Ana Ruiz said.';
      expect(brief(quotes(text, [["PERSON", ["Ana Ruiz", 0]]]))).toEqual([
        ["Rain came early. Crops were lost. We need help now", "E1", "said", "quotes:speaker-verb"],
      ]);
    });

    it('a quote split by its attribution: "…", X said. "…" and "…," X said, "…"', () => {
      const text =
        '"The school reopens on Monday", Ivo Petrak said. "Teachers are back from leave." "Classes are small," Petrak said, "and the buses run again."';
      const qs = quotes(text, [["PERSON", ["Ivo Petrak", 0], ["Petrak", 1]]]);
      expect(brief(qs)).toEqual([
        ["The school reopens on Monday", "E1", "said", "quotes:speaker-verb"],
        ["Teachers are back from leave.", "E1", "said", "quotes:continuation"],
        ["Classes are small", "E1", "said", "quotes:speaker-verb"],
        ["and the buses run again.", "E1", "said", "quotes:before"],
      ]);
    });

    it("a quotation running over two paragraphs (first left open)", () => {
      const text = '"The river rose two metres overnight, Nils Aas said.\n"We moved everyone to the school."';
      // the first paragraph's quote is open to its end; the second continues it
      const qs = quotes(text, [["PERSON", ["Nils Aas", 0]]]);
      expect(brief(qs)).toEqual([
        ["The river rose two metres overnight, Nils Aas said.", null, null, "quotes:unattributed"],
        ["We moved everyone to the school.", null, null, "quotes:unattributed"],
      ]);
    });

    it("single quotes: attributed quotations count, apostrophes never open one", () => {
      const text = "'We will rebuild the market,' Mayor Kofi Mensah said. The workers' union and Mensah's office agreed.";
      expect(brief(quotes(text, [["PERSON", ["Kofi Mensah", 0], ["Mensah", 1]]]))).toEqual([
        ["We will rebuild the market", "E1", "said", "quotes:speaker-verb"],
      ]);
    });

    it("mark scanner: German quotes, guillemets, a stray closer", () => {
      const text = "„Wir bleiben“ and «nous restons» then x\" y";
      expect(findQuoteMarks(text).map((m) => text.slice(m.start, m.end))).toEqual(["Wir bleiben", "nous restons"]);
    });

    it("text exported from CSV, with doubled quotation marks: a run of them is one mark", () => {
      const text = '"""I do planting on the farm,"" says Manal. ""It\'s the same work we did in Homs."" "\n"""We feel the difference,"" says Mohammed."';
      expect(findQuoteMarks(text).map((m) => text.slice(m.start, m.end))).toEqual(["I do planting on the farm,", "It's the same work we did in Homs.", "We feel the difference,"]);
      // the closing mark is the run's last quote, so the attribution after it starts after the run
      const first = findQuoteMarks(text)[0]!;
      expect(text.slice(first.close + 1, first.close + 12)).toBe(" says Manal");
      const qs = quotes(text, [["PERSON", ["Manal", 0]], ["PERSON", ["Mohammed", 0]]]);
      expect(brief(qs).map(([t, sp, , src]) => [t.slice(0, 13), sp, src])).toEqual([
        ["I do planting", "E1", "quotes:verb-speaker"],
        ["It's the same", "E1", "quotes:continuation"],
        ["We feel the d", "E2", "quotes:verb-speaker"],
      ]);
      // an empty quotation ("") between spaces is two marks, as before: the next quotation is read as usual
      const plain = 'He said "" and then "we will go," she said.';
      expect(findQuoteMarks(plain).map((m) => plain.slice(m.start, m.end))).toEqual(["we will go,"]);
    });
  });

  describe("scare quotes and other negatives", () => {
    it("short or title-cased quoted phrases without attribution are not quotations", () => {
      const text =
        'The firm has "close ties" with the "Blue Harbour" group. She was named \'Woman of The Year 2019\' and "Mrs. Fix-It" by the paper.';
      expect(quotes(text)).toEqual([]);
    });

    it('a quoted name before a noun is not attributed by a later participle: the "X" group, noting', () => {
      const text = 'Ten cells are linked to the "Red Hand Front" group, noting that arrests rose.';
      expect(quotes(text)).toEqual([]);
    });

    it("a long unattributed quotation is kept with no speaker", () => {
      const text = 'The weekly paid tribute "to the woman who rebuilt the port after the storm".';
      expect(brief(quotes(text))).toEqual([["to the woman who rebuilt the port after the storm", null, null, "quotes:unattributed"]]);
    });

    it("a clause with an auxiliary verb between the quote and a later verb is not an attribution", () => {
      const text = 'Ali Noor is "Mr. Reliable", he has under his command the port police and the coast guard, said the weekly.';
      expect(quotes(text, [["PERSON", ["Ali Noor", 0]]])).toEqual([]);
    });

    it("a short quote with a speech verb is a quotation", () => {
      expect(brief(quotes('"No," Lea Holm said.', [["PERSON", ["Lea Holm", 0]]]))).toEqual([["No", "E1", "said", "quotes:speaker-verb"]]);
    });

    it("the unattributed-word threshold is an option", () => {
      const text = 'He called it "a very bad idea".';
      expect(quotes(text)).toHaveLength(1);
      expect(quotes(text, [], { minUnattributedWords: 5 })).toEqual([]);
    });

    it("no quotation marks, no quotes", () => {
      expect(quotes("Farah Osei said the dam is safe.", [["PERSON", ["Farah Osei", 0]]])).toEqual([]);
    });
  });

  describe("speech verb forms", () => {
    it("inflects regular and irregular verbs", () => {
      expect(inflect("say")).toEqual(["say", "says", "said", "saying"]);
      expect(inflect("note")).toEqual(["note", "notes", "noted", "noting"]);
      expect(inflect("reply")).toEqual(["reply", "replies", "replied", "replying"]);
      expect(inflect("stress")).toEqual(["stress", "stresses", "stressed", "stressing"]);
      expect(inflect("warn")).toEqual(["warn", "warns", "warned", "warning"]);
    });
  });

  describe("attribution from the sentence before, and titles", () => {
    it("a quotation opening its paragraph after a sentence whose named subject speaks", () => {
      const text = "Also today, Ash Carter commented on the bombings in Istanbul.\n“We stand with our ally against this attack.”";
      expect(brief(quotes(text, [["PERSON", ["Ash Carter", 0]]]))).toEqual([
        ["We stand with our ally against this attack.", "E1", "commented", "quotes:introduced"],
      ]);
    });

    it("not when that sentence is itself inside a quotation, nor when its subject is no name", () => {
      const text = "Officials commented on the bombings in Istanbul.\n“We stand with our ally against this attack.”";
      expect(brief(quotes(text, [["GPE", ["Istanbul", 0]]]))).toEqual([["We stand with our ally against this attack.", null, null, "quotes:unattributed"]]);
    });

    it('"the secretary" names the person whose title ends in it', () => {
      const text = 'Defense Secretary Ash Carter flew to Iraq. "This attack only redoubles our resolve," the secretary said.';
      const doc = new Doc("t", text);
      runPipeline(segment, doc);
      const start = text.indexOf("Ash Carter");
      doc.set("entities", [
        {
          id: "E1",
          type: "PERSON",
          name: "Ash Carter",
          aliases: [],
          mentions: [{ start, end: start + 10, text: "Ash Carter", source: "entities:model-spans", title: { start: 0, end: 17, text: "Defense Secretary" } }],
        },
      ]);
      quotesStage.create(quotesStage.options.parse({}))(doc);
      // the quotes stage leaves the description as the speaker phrase; coref resolves it by the title's noun
      expect(doc.get("quoteCues").map((q) => [q.speaker, q.subject && text.slice(q.subject.start, q.subject.end)])).toEqual([[null, "the secretary"]]);
      corefStage.create(corefStage.options.parse({}))(doc);
      speakersStage.create({})(doc);
      expect(brief(doc.get("quotes"))).toEqual([["This attack only redoubles our resolve", "E1", "said", "quotes:speaker-verb"]]);
    });
  });
});
