import { describe, expect, it } from "vitest";
import { scoreCorpus, type GoldInput, type PredInput } from "../../src/eval/score.js";
import type { LabelledSpan } from "../../src/eval/types.js";

describe("eval/score", () => {
  /**
   * An independent conlleval-style counter: spans become IOB2 tags on whitespace tokens, and chunks
   * are counted with conlleval's startOfChunk/endOfChunk rules (the Perl script's logic, in TS).
   */
  type Tag = { prefix: "B" | "I" | "O"; type: string };

  function tokens(text: string): { start: number; end: number }[] {
    return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  }

  function toBio(text: string, spans: LabelledSpan[]): Tag[] {
    const toks = tokens(text);
    const tags: Tag[] = toks.map(() => ({ prefix: "O", type: "" }));
    for (const s of spans) {
      let first = true;
      toks.forEach((t, i) => {
        if (t.start >= s.start && t.end <= s.end) {
          tags[i] = { prefix: first ? "B" : "I", type: s.label };
          first = false;
        }
      });
    }
    return tags;
  }

  function endOfChunk(prev: Tag, cur: Tag): boolean {
    if (prev.prefix === "B" && (cur.prefix === "B" || cur.prefix === "O")) return true;
    if (prev.prefix === "I" && (cur.prefix === "B" || cur.prefix === "O")) return true;
    if (prev.prefix !== "O" && prev.type !== cur.type) return true;
    return false;
  }
  function startOfChunk(prev: Tag, cur: Tag): boolean {
    if (cur.prefix === "B") return true;
    if (prev.prefix === "O" && cur.prefix === "I") return true;
    if (cur.prefix !== "O" && prev.type !== cur.type) return true;
    return false;
  }

  function conlleval(docs: { gold: Tag[]; pred: Tag[] }[]): Record<string, { correct: number; guessed: number; gold: number }> {
    const out: Record<string, { correct: number; guessed: number; gold: number }> = {};
    const bump = (type: string, k: "correct" | "guessed" | "gold") => {
      out[type] ??= { correct: 0, guessed: 0, gold: 0 };
      out[type][k] += 1;
    };
    const O: Tag = { prefix: "O", type: "" };
    for (const d of docs) {
      let prevG = O;
      let prevP = O;
      let inCorrect = false;
      let lastType = "";
      for (let i = 0; i <= d.gold.length; i++) {
        const g = d.gold[i] ?? O; // a final O closes open chunks, as conlleval's boundary lines do
        const p = d.pred[i] ?? O;
        const endG = endOfChunk(prevG, g);
        const endP = endOfChunk(prevP, p);
        const startG = startOfChunk(prevG, g);
        const startP = startOfChunk(prevP, p);
        if (inCorrect) {
          if (endG && endP && prevG.type === prevP.type) {
            inCorrect = false;
            bump(lastType, "correct");
          } else if (endG !== endP || g.type !== p.type) inCorrect = false;
        }
        if (startG && startP && g.type === p.type) {
          inCorrect = true;
          lastType = g.type;
        }
        if (startG) bump(g.type, "gold");
        if (startP) bump(p.type, "guessed");
        prevG = g;
        prevP = p;
      }
    }
    return out;
  }

  /** A small deterministic generator (LCG) so the synthetic documents are the same every run. */
  function rng(seed: number) {
    let s = seed >>> 0;
    return () => {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      return s / 2 ** 32;
    };
  }

  const LABELS = ["PER", "ORG", "LOC", "MISC"];
  const WORDS = ["the", "Reuters", "said", "on", "Monday", "Bank", "of", "New", "York", "John", "Smith", ",", "."];

  /** A document of whitespace tokens with random non-overlapping, token-aligned spans. */
  function randomSpans(text: string, next: () => number): LabelledSpan[] {
    const toks = tokens(text);
    const spans: LabelledSpan[] = [];
    let i = 0;
    while (i < toks.length) {
      if (next() < 0.3) {
        const len = 1 + Math.floor(next() * 3);
        const last = Math.min(toks.length - 1, i + len - 1);
        spans.push({ start: toks[i]!.start, end: toks[last]!.end, label: LABELS[Math.floor(next() * LABELS.length)]! });
        i = last + 1;
      } else i += 1;
    }
    return spans;
  }

  /** The prediction: the gold spans, some kept, some with a boundary or label changed, some dropped, plus spurious ones. */
  function perturb(text: string, gold: LabelledSpan[], next: () => number): LabelledSpan[] {
    const toks = tokens(text);
    const out: LabelledSpan[] = [];
    for (const s of gold) {
      const r = next();
      if (r < 0.5) out.push({ ...s });
      else if (r < 0.65) out.push({ ...s, label: LABELS[(LABELS.indexOf(s.label) + 1) % LABELS.length]! });
      else if (r < 0.8) {
        const ti = toks.findIndex((t) => t.start === s.start);
        const te = toks.findIndex((t) => t.end === s.end);
        if (te > ti) out.push({ ...s, end: toks[te - 1]!.end }); // shorter by a token
        else out.push({ ...s });
      }
      // else dropped
    }
    // spurious single-token spans where nothing is predicted
    for (const t of toks)
      if (next() < 0.05 && !out.some((s) => s.start < t.end && t.start < s.end)) out.push({ start: t.start, end: t.end, label: LABELS[Math.floor(next() * 4)]! });
    return out.sort((a, b) => a.start - b.start);
  }

  describe("exact scores equal an independent conlleval-style count", () => {
    it("on a hand-made document with adjacent chunks of the same type", () => {
      //            0         1         2         3
      //            0123456789012345678901234567890123456
      const text = "John Smith Mary Jones met Bank of Rome";
      const gold = [
        { start: 0, end: 10, label: "PER" },
        { start: 11, end: 21, label: "PER" },
        { start: 26, end: 38, label: "ORG" },
      ];
      const pred = [
        { start: 0, end: 21, label: "PER" }, // one chunk over two: wrong
        { start: 26, end: 38, label: "ORG" },
      ];
      const c = conlleval([{ gold: toBio(text, gold), pred: toBio(text, pred) }]);
      const r = scoreCorpus([{ id: "d", text, spans: gold }], [{ id: "d", spans: pred }], { labels: LABELS });
      expect(c.PER).toEqual({ correct: 0, guessed: 1, gold: 2 });
      expect(c.ORG).toEqual({ correct: 1, guessed: 1, gold: 1 });
      expect(r.exact.perLabel.PER).toMatchObject({ tp: 0, fp: 1, fn: 2 });
      expect(r.exact.perLabel.ORG).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    });

    it("on 40 synthetic documents", () => {
      const next = rng(20240611);
      const gold: GoldInput[] = [];
      const pred: PredInput[] = [];
      const bio: { gold: Tag[]; pred: Tag[] }[] = [];
      for (let d = 0; d < 40; d++) {
        const n = 5 + Math.floor(next() * 60);
        const text = Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
        const g = randomSpans(text, next);
        const p = perturb(text, g, next);
        gold.push({ id: `s${d}`, text, spans: g });
        pred.push({ id: `s${d}`, spans: p });
        bio.push({ gold: toBio(text, g), pred: toBio(text, p) });
      }
      const c = conlleval(bio);
      const r = scoreCorpus(gold, pred, { labels: LABELS });
      let total = { correct: 0, guessed: 0, gold: 0 };
      for (const l of LABELS) {
        const x = c[l] ?? { correct: 0, guessed: 0, gold: 0 };
        const e = r.exact.perLabel[l]!;
        expect({ tp: e.tp, found: e.tp + e.fp, gold: e.tp + e.fn }, l).toEqual({ tp: x.correct, found: x.guessed, gold: x.gold });
        total = { correct: total.correct + x.correct, guessed: total.guessed + x.guessed, gold: total.gold + x.gold };
      }
      // conlleval's overall figures
      const p = (100 * total.correct) / total.guessed;
      const rec = (100 * total.correct) / total.gold;
      expect(r.exact.micro.precision).toBeCloseTo(p, 10);
      expect(r.exact.micro.recall).toBeCloseTo(rec, 10);
      expect(r.exact.micro.f1).toBeCloseTo((2 * p * rec) / (p + rec), 10);
      // the generator made a mix of errors, so the check is not trivial
      expect(total.correct).toBeGreaterThan(20);
      expect(total.guessed - total.correct).toBeGreaterThan(10);
      expect(total.gold - total.correct).toBeGreaterThan(10);
    });
  });
});
