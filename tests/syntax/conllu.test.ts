import { describe, expect, it } from "vitest";
import { ConlluError, readConllu, treeOf, writeConllu } from "../../src/syntax/conllu.js";

const SAMPLE = [
  "# newdoc id = invented-1",
  "# sent_id = 1",
  "# text = They didn't go.",
  "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_",
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No",
  "4.1\tgone\t_\t_\t_\t_\t_\t_\t4:conj\t_",
  "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_",
  "",
  "# sent_id = 2",
  "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t0:root\t_",
  "",
  "",
].join("\n");

describe("conllu", () => {
  it("read -> write round-trips byte for byte (comments, multi-word tokens, empty nodes)", () => {
    const s = readConllu(SAMPLE);
    expect(s).toHaveLength(2);
    expect(s[0]!.words.map((w) => w.cols[1])).toEqual(["They", "did", "n't", "go", "."]);
    expect(writeConllu(s)).toBe(SAMPLE);
    expect(treeOf(s[0]!).heads).toEqual([4, 4, 4, 0, 4]);
  });

  it("malformed input names the line", () => {
    const bad = (text: string, line: number, message: RegExp) => {
      try {
        readConllu(text);
        throw new Error("no error");
      } catch (err) {
        expect(err).toBeInstanceOf(ConlluError);
        expect((err as ConlluError).line).toBe(line);
        expect((err as Error).message).toMatch(message);
      }
    };
    bad("1\tA\t_\t_\t_\t_\t0\troot\t_\n", 1, /expected 10 tab-separated columns, found 9/);
    bad("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", 2, /word ID 3 out of sequence/);
    bad("# c\n1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n# inside\n", 3, /comment inside a sentence/);
  });
});
