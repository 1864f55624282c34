import type { ReadDocument } from "../../src/export/read-docs.js";
import { SCHEMA_VERSION } from "../../src/schema/document.js";

/** Pieces of text that break naive HTML building: each must render as text and run nothing. */
export const HOSTILE_PIECES = [
  "<script>window.__pwned=1</script>",
  "</textarea><img src=x onerror=\"window.__pwned=2\">",
  '"onmouseover="window.__pwned=3" x="',
  "</script><script>window.__pwned=4</script>",
  "<!-- <script>",
  "line\u2028separator\u2029paragraph",
  "&amp; &lt;b&gt;",
];

/** A schema-shaped document whose text, names, ids, sources and title are all hostile; spans point at the pieces. */
export function hostileDocument(): ReadDocument {
  const text = `Evil Corp said ${HOSTILE_PIECES.join(" and ")} on 4 May 2016 when 3 people "wrote <b>bold</b> ${HOSTILE_PIECES[0]}" there.`;
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`no ${s}`);
    return { start, end: start + s.length, text: s };
  };
  const quoteSpan = at(`wrote <b>bold</b> ${HOSTILE_PIECES[0]}`);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: "hostile<script>",
    text,
    meta: { title: "</title><script>window.__pwned=5</script>", published: "2016-05-04", sha256: "0".repeat(64) },
    sections: [],
    paragraphs: [],
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        id: "E1",
        type: "ORG",
        name: 'Evil Corp"><script>window.__pwned=6</script>',
        aliases: ["<img src=x onerror=window.__pwned=7>"],
        mentions: [
          { ...at("Evil Corp"), source: "rule:<script>window.__pwned=8</script>" },
          { ...at(HOSTILE_PIECES[0]!), source: "entities:model-spans" },
          { ...at(HOSTILE_PIECES[2]!), source: "entities:model-spans" },
        ],
      },
    ],
    references: [],
    quantities: [{ id: "Q1", ...at("3 people"), kind: "count", value: 3, unit: undefined, counted: "person</script>", change: "=", sentence: 0, source: "quantities:count" }],
    dates: [{ id: "D1", ...at("4 May 2016"), kind: "date", value: "2016-05-04", source: "dates:dmy" }],
    quotes: [{ id: "C1", start: quoteSpan.start, end: quoteSpan.end, text: quoteSpan.text, speaker: "E1", cue: null, source: "quotes:<x>" }],
    events: [],
    checks: [],
    diagnostics: [],
  } as ReadDocument;
}

/** Extra layers: syntax tokens, and events and checks whose texts are hostile too, to show they are exported and escaped. */
export function withLayers(doc: ReadDocument): ReadDocument {
  const said = doc.text.indexOf("said");
  const people = doc.text.indexOf("people");
  return {
    ...doc,
    id: "layers",
    tokens: [{ start: 0, end: 4, upos: "PROPN", xpos: "NNP", lemma: "evil", head: 1, deprel: "compound" }],
    events: [
      {
        id: "EV1",
        class: "arrest",
        trigger: { start: said, end: said + 4, text: "said", lemma: "<script>window.__pwned=9</script>" },
        sentence: 0,
        modality: "asserted",
        count: "Q1",
        agent: { start: 0, end: 9, text: "Evil Corp", lemma: "corp", head: { start: 5, end: 9 }, entity: "E1" },
        object: { start: people - 2, end: people + 6, text: "3 people", lemma: "person", head: { start: people, end: people + 6 } },
        time: "D1",
        places: ["E1"],
        attribution: { speaker: "E1", quote: "C1" },
        source: "events:verbal",
      },
    ],
    checks: [{ id: "K1", kind: "subset", total: "Q1", parts: ["Q1"], status: "ok", sentence: 0, source: "checks:of-these" }],
  };
}
