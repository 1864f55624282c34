import { describe, expect, it } from "vitest";
import { loadSyntaxModel } from "../../src/syntax/model.js";
import { parseInput, parserKeys, ParseState, PARSER_FEATURES, TransitionScorer, TRANSITIONS } from "../../src/syntax/parser.js";
import { FastTagger, tagWith } from "../../src/syntax/tagger.js";
import { wordHashes } from "../../src/syntax/words.js";

const SENTENCES = [
  "Moroccan security services have arrested 548 people since 2015 .".split(" "),
  "The ministry said 40 terrorist cells , some linked to the Islamic State , were dismantled in Rabat and Fez .".split(" "),
  ["Yes"],
  // words outside the cluster vocabulary (invented, an address, odd casing) beside words in it, at both edges
  "Qzxvbnmw blorked the frimbles at http://example.org/x?y=1 , said ZORPTRONIC 's Vlindermeyer .".split(" "),
  "i dunno lol , gonna frobnicate teh wugs 2morrow !!".split(" "),
  ["Frimbles", "blorked"],
];

describe("the fast syntax paths give the plain paths' scores bit for bit", () => {
  const m = loadSyntaxModel();
  it("FastTagger = tagWith", () => {
    for (const s of SENTENCES) expect(Array.from(m.tagWords(s))).toEqual(Array.from(tagWith(m.tagger, s)));
  });
  it("FastTagger = tagWith when its form cache starts over within a text and a sentence outgrows it", () => {
    // capacity 8: every sentence but the last two has more distinct forms than that
    const small = new FastTagger(m.tagger, 8);
    for (const round of [0, 1]) {
      for (const s of SENTENCES) expect(Array.from(small.tag(s)), `round ${round}: ${s.join(" ")}`).toEqual(Array.from(tagWith(m.tagger, s)));
    }
  });
  it("TransitionScorer = parserKeys + score in every configuration of the parse", () => {
    const ts = new TransitionScorer(m.parser);
    const keys = new Int32Array(PARSER_FEATURES);
    const plain = new Float32Array(TRANSITIONS);
    for (const s of SENTENCES) {
      const h = wordHashes(s);
      const t = m.tagWords(s, h);
      const x = parseInput(h, Array.from(t, (c) => m.tagHash[c]!));
      ts.begin(x.n);
      const st = new ParseState(x.n);
      const { heads, labels } = m.parseWords(h, t);
      while (!st.done) {
        ts.score(x, st);
        m.parser.score(keys, 0, parserKeys(x, st, keys), plain);
        expect(Array.from(ts.sc)).toEqual(Array.from(plain));
        // follow the model's own parse
        let tr = 0;
        for (let c = 0; c < TRANSITIONS; c++) if (st.valid(c) && st.cost(c, heads) === 0) { tr = c; break; }
        const arc = st.arc(tr);
        st.apply(tr, arc ? labels[arc[1]]! : -1);
      }
      expect(Array.from(st.heads)).toEqual(Array.from(heads));
    }
  });
});
