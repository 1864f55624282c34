import { readFileSync } from "node:fs";
import { hashString } from "../learn/hash.js";
import { type CompressOptions, DENSE_MAX, packModel, SparseLinear, unpackModel, type SparseTables, type TableOptions } from "../learn/sparse.js";
import { cachedImage } from "../resources/image.js";
import { srcDataDir } from "../shipped-data.js";
import { Lemmatiser, type CompiledLemmas, type LemmaTables } from "./lemma.js";
import { LABEL_FEATURES, labelKeys, PARSER_FEATURES, parserKeys, parseInput, ParseState, SCORER_MAX_WORDS, SHIFT, TransitionScorer, TRANSITIONS } from "./parser.js";
import { FastTagger } from "./tagger.js";
import { wordHashes, type WordHashes } from "./words.js";

/** the model file's format: v2 stores each linear model's hash table in slot order (SparseLinear.packSlots) */
const MAGIC = "NFSYN2";
/** format v1 stored rows in training order, and the loader built the hash tables (about 0.4-0.7 s); still read */
const MAGIC_V1 = "NFSYN1";
export const SYNTAX_FEATURE_VERSION = 2;
export const SYNTAX_MODEL_FILE = "syntax-model.bin.gz";

export interface SyntaxHeader {
  featureVersion: number;
  /** tagger classes: "UPOS\tXPOS" */
  tags: string[];
  /** relations, "root" among them */
  labels: string[];
  lemmas: LemmaTables;
  info: Record<string, unknown>;
  /** v2: each model's table size, empty slot the keys start after, key count, weight count (SlotPacked); v1: rows and weights */
  parts: Array<{ rows: number; nnz: number; scale: number; L: number; cap?: number; start?: number }>;
}

/** Annotation of one sentence: heads as in CoNLL-U (0 = root, i + 1 = word i). */
export interface SentenceSyntax {
  upos: string[];
  xpos: string[];
  lemma: string[];
  head: number[];
  deprel: string[];
}

/** A loaded model as structured-clonable data: its tables are shared memory when it was loaded `shared`. */
export interface SharedSyntaxModel {
  tags: string[];
  labels: string[];
  lemmas: CompiledLemmas;
  info: Record<string, unknown>;
  parts: SparseTables[];
}

/** The tagger, lemmatiser and parser of the syntax layer as one model. */
export class SyntaxModel {
  readonly upos: string[];
  readonly xpos: string[];
  readonly tagHash: Int32Array;
  readonly lemmatiser: Lemmatiser;
  readonly rootLabel: number;
  private readonly fastTagger: FastTagger;

  constructor(
    readonly tags: string[],
    readonly labels: string[],
    lemmas: LemmaTables | CompiledLemmas,
    readonly tagger: SparseLinear,
    readonly parser: SparseLinear,
    readonly labeler: SparseLinear,
    readonly info: Record<string, unknown> = {},
  ) {
    this.upos = tags.map((t) => t.split("\t")[0]!);
    this.xpos = tags.map((t) => t.split("\t")[1]!);
    this.tagHash = Int32Array.from(tags, (t) => hashString(t));
    this.lemmatiser = new Lemmatiser(lemmas);
    this.rootLabel = labels.indexOf("root");
    if (this.rootLabel < 0) throw new Error("syntax model: no 'root' relation");
    this.fastTagger = new FastTagger(tagger);
  }

  /** are the model's tables shared memory (loaded for worker threads)? */
  get isShared(): boolean {
    return this.parser.denseKeys.buffer instanceof SharedArrayBuffer;
  }

  /** lemmas already found, per tag class and form (bounded) */
  private lemmaCache: Array<Map<string, string>> = [];
  private lemmaCached = 0;

  /** The lemmatiser's lemma of a form with tag class c, kept per class and form. */
  lemmaOf(form: string, c: number): string {
    let m = this.lemmaCache[c];
    if (!m) this.lemmaCache[c] = m = new Map();
    let l = m.get(form);
    if (l === undefined) {
      l = this.lemmatiser.lemma(form, this.xpos[c]!, this.upos[c]!);
      // as the word caches: 20,000 forms hold 94% of the lookups (scripts/cache-hits.ts)
      if (++this.lemmaCached > 20_000) {
        this.lemmaCache = [];
        this.lemmaCached = 1;
        this.lemmaCache[c] = m = new Map();
      }
      m.set(form, l);
    }
    return l;
  }

  /** Tag classes of a sentence (indices into tags). */
  tagWords(forms: readonly string[], h: WordHashes = wordHashes(forms)): Uint16Array {
    return this.fastTagger.tag(forms, h);
  }

  /** Parse of a tagged sentence: heads 0-based with n = ROOT, relation ids. */
  parseWords(h: WordHashes, t: ArrayLike<number>): { heads: Int32Array; labels: Int32Array } {
    const tagHashes = new Int32Array(t.length);
    for (let i = 0; i < t.length; i++) tagHashes[i] = this.tagHash[t[i]!]!;
    return parseWith(this.parser, this.labeler, this.rootLabel, parseInput(h, tagHashes));
  }

  /** Tags, lemmatises and parses one sentence of words. */
  annotate(forms: readonly string[]): SentenceSyntax {
    const n = forms.length;
    const h = wordHashes(forms);
    const t = this.tagWords(forms, h);
    const upos = Array.from(t, (c) => this.upos[c]!);
    const xpos = Array.from(t, (c) => this.xpos[c]!);
    const lemma = forms.map((f, i) => this.lemmaOf(f, t[i]!));
    const { heads, labels } = this.parseWords(h, t);
    const head: number[] = [];
    const deprel: string[] = [];
    for (let i = 0; i < n; i++) {
      head.push(heads[i] === n ? 0 : heads[i]! + 1);
      deprel.push(this.labels[labels[i]!]!);
    }
    return { upos, xpos, lemma, head, deprel };
  }

  /** The lemmatiser's tables as learnt (a model read for inference only has its compiled form and is not serialised). */
  lemmaTables(): LemmaTables {
    const t = this.lemmatiser.tables;
    if (t === null) throw new Error("syntax model loaded for inference only (a load image or another thread's tables): it cannot be serialised or compressed");
    return t;
  }

  /**
   * The model file (format v2): the header, then per linear model (tagger, parser, labeller) its hash table
   * in slot order: keys, int16 weights, row lengths and classes (sparse models), padding to 4 bytes. A model
   * read from a file serialises to that file's bytes when it was v2 (and to its v2 conversion when v1).
   */
  serialize(): Buffer {
    const parts = [this.tagger, this.parser, this.labeler].map((m) => m.packSlots());
    const header: SyntaxHeader = {
      featureVersion: SYNTAX_FEATURE_VERSION,
      tags: this.tags,
      labels: this.labels,
      lemmas: this.lemmaTables(),
      info: this.info,
      parts: parts.map((p) => ({ rows: p.keys.length, nnz: p.q.length, scale: p.scale, L: p.L, cap: p.cap, start: p.start })),
    };
    return packModel(
      MAGIC,
      header,
      parts.flatMap((p) => [p.keys, p.q, p.counts, p.lab, new Uint8Array((4 - ((p.q.byteLength + p.counts.byteLength + p.lab.byteLength) % 4)) % 4)]),
    );
  }

  /** The model as data for another thread (see SharedSyntaxModel). */
  share(): SharedSyntaxModel {
    return { tags: this.tags, labels: this.labels, lemmas: this.lemmatiser.compiled, info: this.info, parts: [this.tagger, this.parser, this.labeler].map((m) => m.tables()) };
  }

  /** A model over another thread's tables (share()): no weight is copied. */
  static fromShared(s: SharedSyntaxModel): SyntaxModel {
    const [tagger, parser, labeler] = s.parts.map((t) => new SparseLinear(t));
    return new SyntaxModel(s.tags, s.labels, s.lemmas, tagger!, parser!, labeler!, s.info);
  }

  /**
   * Reads a model file; `shared` builds its tables on SharedArrayBuffers, for worker threads. Format v2 is
   * laid out in one sequential pass; a v1 file (before 2026-12-07) still loads, building its hash tables
   * (slower: `npx tsx scripts/convert-syntax-model.ts FILE` rewrites it as v2, the same weights).
   */
  static deserialize(gz: Uint8Array, opts: TableOptions = {}): SyntaxModel {
    // v2's arrays are read once into the tables (and v1's when loaded onto shared memory): views, not copies
    const { header, magic, take, array } = unpackModel<SyntaxHeader>(gz, [MAGIC, MAGIC_V1], "syntax", (m) => m === MAGIC || opts.shared === true);
    if (header.featureVersion !== SYNTAX_FEATURE_VERSION) throw new Error(`syntax model has features v${header.featureVersion}, code has v${SYNTAX_FEATURE_VERSION}: run npm run train:syntax`);
    const ms = header.parts.map((p) => {
      if (magic === MAGIC) {
        const dense = p.L <= DENSE_MAX;
        const keys = array(Int32Array, p.rows);
        const q = array(Int16Array, p.nnz);
        const counts = array(Uint16Array, dense ? 0 : p.rows);
        const lab = array(Uint16Array, dense ? 0 : p.nnz);
        take((4 - ((q.byteLength + counts.byteLength + lab.byteLength) % 4)) % 4);
        if (p.cap === undefined || p.start === undefined) throw new Error("syntax model file: a part without its table size");
        return SparseLinear.fromSlots({ L: p.L, cap: p.cap, start: p.start, scale: p.scale, keys, q, counts, lab }, opts);
      }
      const keys = array(Int32Array, p.rows);
      const q = array(Int16Array, p.nnz);
      const counts = array(Uint16Array, p.rows);
      const lab = array(Uint16Array, p.nnz);
      take((4 - ((p.nnz * 4 + p.rows * 2) % 4)) % 4);
      return SparseLinear.fromPacked(p.L, keys, counts, lab, q, p.scale, opts);
    });
    return new SyntaxModel(header.tags, header.labels, header.lemmas, ms[0]!, ms[1]!, ms[2]!, header.info);
  }
}

/** Post-training compression of the three linear models of a syntax model (SparseLinear.compress). */
export interface SyntaxCompression {
  tagger?: CompressOptions;
  parser?: CompressOptions;
  labeller?: CompressOptions;
}

/**
 * The compression of the shipped model, as parseCompression reads it: weights rounded to steps of 0.05, rows
 * dropped whose largest |weight| is below 0.5 (tagger), 1.75 (parser), 1.5 (labeller). Chosen on ewt-dev and
 * gum-dev (BENCHMARKS.md, Syntax, the settings tried): 21.9 -> 6.7 MB on disk, 91 -> 32 MB of tables, UPOS,
 * lemma, UAS and LAS no lower than the uncompressed model's (2.7% of heads change, as many right as wrong).
 */
export const SHIPPED_COMPRESSION = "0.05:0.5,1.75,1.5";

/**
 * A compression spec "STEP:TAGGER,PARSER,LABELLER": the weights' rounding step (SparseLinear.compress; 0 keeps
 * them) and the smallest largest-|weight| a row keeps of each model; "none" is no compression (null).
 */
export function parseCompression(spec: string): SyntaxCompression | null {
  if (spec === "none") return null;
  const m = /^([0-9.]+):([0-9.]+),([0-9.]+),([0-9.]+)$/.exec(spec);
  if (!m) throw new Error(`compression spec "${spec}": expected STEP:TAGGER,PARSER,LABELLER (e.g. ${SHIPPED_COMPRESSION}) or none`);
  const step = Number(m[1]);
  return { tagger: { step, minRow: Number(m[2]) }, parser: { step, minRow: Number(m[3]) }, labeller: { step, minRow: Number(m[4]) } };
}

/**
 * The model with its tagger, parser and labeller compressed (rows dropped, weights rounded: see
 * CompressOptions), the lemmatiser as it was; `info.compress` records the options. train:syntax applies it
 * to the model it trained, scripts/convert-syntax-model.ts --compress to a model file.
 */
export function compressSyntaxModel(m: SyntaxModel, c: SyntaxCompression): SyntaxModel {
  return new SyntaxModel(m.tags, m.labels, m.lemmaTables(), m.tagger.compress(c.tagger), m.parser.compress(c.parser), m.labeler.compress(c.labeller), {
    ...m.info,
    compress: c,
  });
}

const scorers = new WeakMap<SparseLinear, TransitionScorer>();

/** Greedy parse with linear transition and relation models; heads 0-based with n = ROOT. */
export function parseWith(parser: SparseLinear, labeler: SparseLinear, rootLabel: number, x: ReturnType<typeof parseInput>): { heads: Int32Array; labels: Int32Array } {
  let ts = scorers.get(parser);
  if (!ts) scorers.set(parser, (ts = new TransitionScorer(parser)));
  // a sentence too long for the scorer's cache takes the plain path (the same scores)
  const plain = x.n + 2 > SCORER_MAX_WORDS;
  if (!plain) ts.begin(x.n);
  const st = new ParseState(x.n);
  const keys = new Int32Array(Math.max(PARSER_FEATURES, LABEL_FEATURES));
  const sc = ts.sc;
  const lsc = new Float32Array(labeler.L);
  while (!st.done) {
    if (plain) parser.score(keys, 0, parserKeys(x, st, keys), sc);
    else ts.score(x, st);
    let t = -1;
    for (let c = 0; c < TRANSITIONS; c++) if (st.valid(c) && (t < 0 || sc[c]! > sc[t]!)) t = c;
    let label = -1;
    if (t !== SHIFT) {
      const [h, d] = st.arc(t)!;
      if (h === x.n) label = rootLabel;
      else {
        const kl = labelKeys(x, st, h, d, keys);
        labeler.scoreTouched(keys, 0, kl, lsc);
        for (let l = 0; l < labeler.L; l++) if (l !== rootLabel && (label < 0 || lsc[l]! > lsc[label]!)) label = l;
      }
    }
    st.apply(t, label);
  }
  return { heads: st.heads, labels: st.labels };
}

export function syntaxDataDir(): string {
  return srcDataDir("syntax");
}

let shipped: SyntaxModel | null = null;

/**
 * The shipped model, loaded once per thread (or adopted from the thread that loaded it), for inference: its
 * tables on shared memory, read from its load image when there is one (src/resources/image.ts: the built
 * tables of an earlier process, about 0.1 s instead of 0.3 s of gunzip and table building). Another file is
 * read as it is (`opts.shared`: onto shared memory), with the row lists that serialising needs.
 */
export function loadSyntaxModel(file = syntaxDataDir() + SYNTAX_MODEL_FILE, opts: TableOptions = {}): SyntaxModel {
  const shippedFile = syntaxDataDir() + SYNTAX_MODEL_FILE;
  if (file !== shippedFile) return SyntaxModel.deserialize(readFileSync(file), opts);
  if (!shipped) shipped = SyntaxModel.fromShared(cachedImage("syntax-model", [file], () => SyntaxModel.deserialize(readFileSync(file), { shared: true }).share()));
  return shipped;
}

/**
 * The shipped model on shared memory, as data for worker threads: loaded once, every thread that adopts it
 * reads the same tables (32 MB of them since the compression, once instead of once per thread).
 */
export function shareSyntaxModel(): SharedSyntaxModel {
  return loadSyntaxModel().share();
}

/** Makes a shared model (shareSyntaxModel, from another thread) this thread's shipped model. */
export function adoptSyntaxModel(s: SharedSyntaxModel): void {
  shipped = SyntaxModel.fromShared(s);
}
