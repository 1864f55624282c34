import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { packModel } from "../../src/learn/sparse.js";
import type { TreeSentence } from "../../src/syntax/conllu.js";
import { parseInput, ParseState, projectivise, TRANSITIONS } from "../../src/syntax/parser.js";
import { compressSyntaxModel, parseCompression, SyntaxModel } from "../../src/syntax/model.js";
import { parserHeads, trainSyntax } from "../../src/syntax/train.js";
import { wordHashes } from "../../src/syntax/words.js";

// Invented sentences with hand-made UD trees (heads: 0 = root, i + 1 = word i).
const S = (text: string, upos: string, heads: number[], deprels: string): TreeSentence => {
  const forms = text.split(" ");
  const u = upos.split(" ");
  return { forms, lemmas: forms.map((f) => f.toLowerCase()), upos: u, xpos: u, heads, deprels: deprels.split(" ") };
};
const SENTENCES: TreeSentence[] = [
  S("Police arrested three men .", "NOUN VERB NUM NOUN PUNCT", [2, 0, 4, 2, 2], "nsubj root nummod obj punct"),
  S("The ministry said the cell was dismantled .", "DET NOUN VERB DET NOUN AUX VERB PUNCT", [2, 3, 0, 5, 7, 7, 3, 3], "det nsubj root det nsubj:pass aux:pass ccomp punct"),
  S("Officers seized weapons in Rabat on Monday .", "NOUN VERB NOUN ADP PROPN ADP PROPN PUNCT", [2, 0, 2, 5, 2, 7, 2, 2], "nsubj root obj case obl case obl punct"),
  S("Two suspects fled and one was caught .", "NUM NOUN VERB CCONJ NUM AUX VERB PUNCT", [2, 3, 0, 7, 7, 7, 3, 3], "nummod nsubj root cc nsubj:pass aux:pass conj punct"),
  S("She was released .", "PRON AUX VERB PUNCT", [3, 3, 0, 3], "nsubj:pass aux:pass root punct"),
];

/** Every training sentence tagged, lemmatised and parsed as its gold tree. */
function expectTrainingSentencesRight(model: SyntaxModel): void {
  for (const s of SENTENCES) {
    const a = model.annotate(s.forms);
    expect(a.upos).toEqual(s.upos);
    expect(a.head).toEqual(s.heads);
    expect(a.deprel).toEqual(s.deprels);
    expect(a.lemma).toEqual(s.lemmas);
  }
}

/** Follows the first zero-cost transition from the start: the static oracle the costs imply. */
function oracleParse(s: TreeSentence): number[] {
  const n = s.forms.length;
  const gold = projectivise(parserHeads(s));
  const st = new ParseState(n);
  while (!st.done) {
    let t = 0;
    while (t < TRANSITIONS && st.cost(t, gold) !== 0) t++;
    if (t === TRANSITIONS) throw new Error("no zero-cost transition");
    st.apply(t, 0);
  }
  return Array.from(st.heads.slice(0, n), (h) => (h === n ? 0 : h + 1));
}

describe("parser", () => {
  it("the oracle reproduces every projective training tree exactly", () => {
    for (const s of SENTENCES) expect(oracleParse(s)).toEqual(s.heads);
  });

  it("a non-projective tree is lifted to a projective one that the oracle then reproduces", () => {
    // "A hearing is scheduled on the issue today": 'on the issue' hangs from 'hearing' across 'is scheduled'
    const s = S("A hearing is scheduled on the issue today .", "DET NOUN AUX VERB ADP DET NOUN NOUN PUNCT", [2, 4, 4, 0, 7, 7, 2, 4, 4], "det nsubj:pass aux:pass root case det nmod obl:tmod punct");
    const lifted = projectivise(parserHeads(s));
    expect(Array.from(lifted.slice(0, 9))).not.toEqual(Array.from(parserHeads(s).slice(0, 9)));
    const projective = { ...s, heads: Array.from(lifted.slice(0, 9), (h) => (h === 9 ? 0 : h + 1)) };
    expect(oracleParse(projective)).toEqual(projective.heads);
  });

  it("the arc-hybrid system gives every word one head and the sentence one root", () => {
    const st = new ParseState(4);
    const x = parseInput(wordHashes(["a", "b", "c", "d"]), [1, 2, 3, 4]);
    expect(x.n).toBe(4);
    while (!st.done) st.apply(st.valid(0) ? 0 : st.valid(2) ? 2 : 1, 0);
    expect(Array.from(st.heads.slice(0, 4)).filter((h) => h === 4)).toHaveLength(1);
    expect(Array.from(st.heads.slice(0, 4)).every((h) => h >= 0)).toBe(true);
  });

  it("a tiny model trained here on invented sentences tags, lemmatises and parses them right", () => {
    const model = trainSyntax(SENTENCES, { epochs: 15, tagEpochs: 10, prune: 0, seed: 1 });
    expectTrainingSentencesRight(model);
    // and serialises to the same model
    const back = (model.constructor as typeof import("../../src/syntax/model.js").SyntaxModel).deserialize(model.serialize());
    expect(back.annotate(SENTENCES[1]!.forms)).toEqual(model.annotate(SENTENCES[1]!.forms));
    // loaded on shared memory and handed to another thread as data (what worker threads get): the same analyses
    const Model = model.constructor as typeof import("../../src/syntax/model.js").SyntaxModel;
    const shared = Model.deserialize(model.serialize(), { shared: true });
    expect(shared.isShared).toBe(true);
    const adopted = Model.fromShared(structuredClone(shared.share()));
    expect(adopted.isShared).toBe(true);
    for (const s of SENTENCES) expect(adopted.annotate(s.forms)).toEqual(model.annotate(s.forms));
    // a model read from a file serialises to that file's bytes
    const bytes = model.serialize();
    expect(gunzipSync(bytes).subarray(0, 6).toString("latin1")).toBe("NFSYN2");
    expect(Buffer.compare(Model.deserialize(bytes).serialize(), bytes)).toBe(0);
    expect(Buffer.compare(shared.serialize(), bytes)).toBe(0);
  });

  it("a compressed tiny model (rows pruned, weights rounded to steps) still analyses the training sentences right and round-trips through its file", () => {
    const model = trainSyntax(SENTENCES, { epochs: 15, tagEpochs: 10, prune: 0, seed: 1 });
    const c = parseCompression("0.05:0.9,0.9,0.9")!;
    expect(c.parser).toEqual({ step: 0.05, minRow: 0.9 });
    expect(parseCompression("none")).toBeNull();
    expect(() => parseCompression("0.05:1,2")).toThrow(/STEP:TAGGER,PARSER,LABELLER/);
    // as train:syntax does: the model as its file holds it, compressed
    const small = compressSyntaxModel(SyntaxModel.deserialize(model.serialize()), c);
    for (const [a, b] of [[model.tagger, small.tagger], [model.parser, small.parser], [model.labeler, small.labeler]] as const) expect(b.rowCount).toBeLessThan(a.rowCount);
    expect(small.info.compress).toEqual(c);
    const bytes = small.serialize();
    expect(bytes.length).toBeLessThan(model.serialize().length);
    const back = SyntaxModel.deserialize(bytes);
    expect(Buffer.compare(back.serialize(), bytes)).toBe(0);
    expectTrainingSentencesRight(small);
    expectTrainingSentencesRight(back);
    // the file's weights are whole steps
    for (const p of [back.tagger, back.parser, back.labeler].map((m) => m.packSlots())) expect(p.scale).toBe(0.05);
  });

  it("a model file in the old format (v1: rows, tables built at load) still loads, to the same analyses and the v2 bytes", () => {
    const model = trainSyntax(SENTENCES, { epochs: 3, tagEpochs: 3, prune: 0, seed: 1 });
    const Model = model.constructor as typeof import("../../src/syntax/model.js").SyntaxModel;
    const v2 = gunzipSync(model.serialize());
    const header = JSON.parse(v2.subarray(10, 10 + v2.readUInt32LE(6)).toString("utf8")) as { parts: unknown[] };
    const parts = [model.tagger, model.parser, model.labeler].map((m) => m.pack());
    header.parts = parts.map((p, i) => ({ rows: p.keys.length, nnz: p.q.length, scale: p.scale, L: [model.tagger, model.parser, model.labeler][i]!.L }));
    const v1 = packModel("NFSYN1", header, parts.flatMap((p) => [p.keys, p.q, p.counts, p.lab, new Uint8Array((4 - ((p.q.byteLength + p.counts.byteLength + p.lab.byteLength) % 4)) % 4)]));
    const old = Model.deserialize(v1);
    for (const s of SENTENCES) expect(old.annotate(s.forms)).toEqual(model.annotate(s.forms));
    expect(Buffer.compare(old.serialize(), model.serialize())).toBe(0);
    expect(() => Model.deserialize(gzipSync(Buffer.from("NFSYN9...")))).toThrow(/not a newsfacts syntax model/);
  });

  it("empty and 500-word sentences parse without error", () => {
    const model = trainSyntax(SENTENCES, { epochs: 2, tagEpochs: 2, prune: 0, seed: 1 });
    expect(model.annotate([])).toEqual({ upos: [], xpos: [], lemma: [], head: [], deprel: [] });
    const long = Array.from({ length: 500 }, (_, i) => ["Police", "arrested", "three", "men", "and"][i % 5]!);
    const a = model.annotate(long);
    expect(a.head.filter((h) => h === 0)).toHaveLength(1);
    expect(a.head.every((h, i) => h >= 0 && h <= 500 && h !== i + 1)).toBe(true);
  });
});
