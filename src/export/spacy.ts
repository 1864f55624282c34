import type { ReadDocument } from "./read-docs.js";

/**
 * spaCy counts characters in code points (Python str), we in UTF-16 code units: the same offsets
 * unless the text has characters outside the BMP (emoji). Returns the converter.
 */
function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\ud800-\udbff]/.test(text)) return (o) => o;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) cp++;
  }
  map[text.length] = cp;
  return (o) => map[o]!;
}

/**
 * One document in the shape of spaCy's `Doc.to_json()` (what displaCy's manual mode and Prodigy
 * read): text, ents (start, end, label; name mentions only, as spaCy's entities are names: nominal mentions
 * such as "Moroccan security services" would overlap the names inside them; non-overlapping, in order), sents, and tokens when the
 * syntax stage wrote them. The newsfacts id is kept in `user_data.doc_id`.
 */
export function toSpacyJson(doc: ReadDocument): Record<string, unknown> {
  const cp = codePointOffsets(doc.text);
  const ents = doc.entities
    .flatMap((e) => e.mentions.filter((m) => m.kind !== "nominal").map((m) => ({ start: cp(m.start), end: cp(m.end), label: e.type })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof ents = [];
  for (const e of ents) if (!kept.length || e.start >= kept[kept.length - 1]!.end) kept.push(e);
  const out: Record<string, unknown> = { text: doc.text, ents: kept, sents: doc.sentences.map((s) => ({ start: cp(s.start), end: cp(s.end) })) };
  if (doc.tokens?.length)
    out.tokens = doc.tokens.map((t, i) => {
      const start = typeof t.start === "number" ? t.start : 0;
      const end = typeof t.end === "number" ? t.end : start;
      // spaCy's Doc.to_json: the root's head is the token itself
      return { id: i, start: cp(start), end: cp(end), pos: t.upos, tag: t.xpos, lemma: t.lemma, dep: t.deprel === "root" ? "ROOT" : t.deprel, head: t.head < 0 ? i : t.head };
    });
  out.user_data = { doc_id: doc.id };
  return out;
}
