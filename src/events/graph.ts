import type { DateRecord, Entity, Quantity, Quote, Reference } from "../schema/index.js";
import type { SyntaxLayer } from "../document/syntax-layer.js";
import type { Token } from "../document/types.js";

const PLACE_TYPES: ReadonlySet<string> = new Set(["GPE", "LOC", "FAC"]);

/**
 * The parse of a document joined with the records earlier stages made: for every token, the quantity,
 * date, entity (by mention or reference) and quotation that hold it. Built once per document in
 * linear time; the event and check extractors read it instead of searching spans.
 */
export class ParseGraph {
  /** index into quantities of the quantity holding each token, or -1 */
  readonly quantityOf: Int32Array;
  readonly dateOf: Int32Array;
  /** index into entities of the entity a mention on the token names, or -1 */
  readonly entityOf: Int32Array;
  /** the same, for name mentions only (not nominal ones: "the capital") */
  readonly nameOf: Int32Array;
  /** index into entities of the entity a reference on the token ("he", "the group") refers to, or -1 */
  readonly referenceOf: Int32Array;
  readonly quoteOf: Int32Array;
  /** the token of each date (and quantity) whose head lies outside it: where it attaches to the sentence */
  readonly dateTop: Int32Array;
  readonly quantityTop: Int32Array;
  /** per sentence, the indices of the dates (by their top token) and of the quantities (by their sentence) that have a top token, in text order */
  readonly datesBySentence: number[][];
  readonly quantitiesBySentence: number[][];
  private readonly entityIndex: ReadonlyMap<string, number>;

  constructor(
    readonly text: string,
    readonly syn: SyntaxLayer,
    readonly quantities: readonly Quantity[],
    readonly dates: readonly DateRecord[],
    readonly entities: readonly Entity[],
    readonly references: readonly Reference[],
    readonly quotes: readonly Quote[],
    /** the publication date (YYYY-MM-DD), or null */
    readonly published: string | null = null,
  ) {
    const n = syn.size;
    this.quantityOf = new Int32Array(n).fill(-1);
    this.dateOf = new Int32Array(n).fill(-1);
    this.entityOf = new Int32Array(n).fill(-1);
    this.nameOf = new Int32Array(n).fill(-1);
    this.referenceOf = new Int32Array(n).fill(-1);
    this.quoteOf = new Int32Array(n).fill(-1);
    this.entityIndex = new Map(entities.map((e, i) => [e.id, i]));
    const mark = (arr: Int32Array, start: number, end: number, value: number) => {
      for (let t = this.firstTokenFrom(start); t >= 0 && t < n && syn.tokens[t]!.start < end; t++) if (arr[t]! < 0) arr[t] = value;
    };
    quantities.forEach((q, i) => mark(this.quantityOf, q.start, q.end, i));
    dates.forEach((d, i) => mark(this.dateOf, d.start, d.end, i));
    entities.forEach((e, i) => {
      for (const m of e.mentions) {
        mark(this.entityOf, m.start, m.end, i);
        if (m.kind !== "nominal") mark(this.nameOf, m.start, m.end, i);
      }
    });
    for (const r of references) {
      const i = this.entityIndex.get(r.entity);
      if (i !== undefined) mark(this.referenceOf, r.start, r.end, i);
    }
    quotes.forEach((q, i) => mark(this.quoteOf, q.start, q.end, i));
    this.dateTop = this.tops(dates, this.dateOf);
    this.quantityTop = this.tops(quantities, this.quantityOf);
    this.datesBySentence = syn.sentences.map(() => []);
    this.dateTop.forEach((top, i) => {
      if (top >= 0) this.datesBySentence[syn.tokens[top]!.sentence]?.push(i);
    });
    this.quantitiesBySentence = syn.sentences.map(() => []);
    this.quantityTop.forEach((top, i) => {
      if (top >= 0) this.quantitiesBySentence[quantities[i]!.sentence]?.push(i);
    });
  }

  get tokens(): readonly Token[] {
    return this.syn.tokens;
  }

  /** The first token that ends after `offset` (binary search), or tokens.length. */
  firstTokenFrom(offset: number): number {
    const T = this.syn.tokens;
    let lo = 0;
    let hi = T.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (T[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** For each record, its token whose head is outside the record (the first such), or -1. */
  private tops(records: readonly { start: number; end: number }[], owner: Int32Array): Int32Array {
    const out = new Int32Array(records.length).fill(-1);
    const syn = this.syn;
    records.forEach((r, i) => {
      for (let t = this.firstTokenFrom(r.start); t < syn.size && syn.tokens[t]!.start < r.end; t++) {
        const h = syn.head[t]!;
        if (owner[t] === i && (h < 0 || owner[h] !== i)) {
          out[i] = t;
          break;
        }
      }
    });
    return out;
  }

  /** The entity id a token names (a mention) or refers to (a reference), or undefined. */
  entityIdAt(t: number): string | undefined {
    const e = this.entityOf[t]! >= 0 ? this.entityOf[t]! : this.referenceOf[t]!;
    return e >= 0 ? this.entities[e]!.id : undefined;
  }

  /** Whether token t is part of a name of a place (GPE, LOC, FAC). */
  entityPlace(t: number): boolean {
    return this.placeAt(t) !== undefined;
  }

  /** The id of the place (GPE, LOC, FAC) a name mention on token t names, or undefined (descriptions such as "the capital" are not place names). */
  placeAt(t: number): string | undefined {
    const e = this.nameOf[t]!;
    return e >= 0 && PLACE_TYPES.has(this.entities[e]!.type) ? this.entities[e]!.id : undefined;
  }

  /** The lower-cased word of a token. */
  word(t: number): string {
    return this.syn.tokens[t]!.text.toLowerCase();
  }

  /** The preposition (or subordinator) that marks token t: its `case` or `mark` child, lower-cased; "" when none. */
  caseOf(t: number): string {
    const syn = this.syn;
    const cases: number[] = [];
    for (const c of syn.children(t)) if (syn.rel(c) === "case") cases.push(c);
    if (cases.length) {
      // "according to", "out of": a fixed second word, or a second case word right after the first, joins it
      const c = cases[0]!;
      const f = syn.child(c, "fixed");
      if (f >= 0) return `${this.word(c)} ${this.word(f)}`;
      if (cases.length > 1 && cases[1] === c + 1) return `${this.word(c)} ${this.word(c + 1)}`;
      return this.word(c);
    }
    const m = syn.child(t, "mark");
    return m >= 0 ? this.word(m) : "";
  }

  /** Whether a is b or one of b's descendants. */
  within(a: number, b: number): boolean {
    for (let x = a, guard = 0; x >= 0 && guard < 1000; x = this.syn.head[x]!, guard++) if (x === b) return true;
    return false;
  }
}
