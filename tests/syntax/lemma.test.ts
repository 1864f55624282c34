import { describe, expect, it } from "vitest";
import { applyScript, caseOp, casingOf, editScript, Lemmatiser, scriptsOf } from "../../src/syntax/lemma.js";

const triples = (s: string) =>
  s.split(" ").map((t) => {
    const [form, lemma, xpos] = t.split("/") as [string, string, string];
    return { form, lemma, xpos };
  });

describe("lemmatiser", () => {
  it("case operations and casing classes", () => {
    expect(caseOp("bLORK", "1")).toBe("blork");
    expect(caseOp("bLORK", "2")).toBe("Blork");
    expect(caseOp("bLORK", "3")).toBe("BLORK");
    expect(caseOp("Zib", "0")).toBe("Zib");
    expect(["zib", "Zib", "ZIB", "ZiB", "42", "Q"].map(casingOf)).toEqual(["l", "t", "u", "m", "n", "t"]);
  });

  it("scripts turn the form into the lemma", () => {
    for (const [f, l] of [["Frobbed", "frob"], ["wugs", "wug"], ["GLORPS", "Glorp"], ["yi", "Yi"], ["went", "go"]] as const) {
      for (const s of scriptsOf(f, l)) expect(applyScript(f, s)).toBe(l);
      expect(applyScript(f, editScript(f, l))).toBe(l);
    }
    expect(editScript("The", "the")).toBe("1|0|");
  });

  it("the exception table takes the script right for most tokens of a form and tag, whatever their case", () => {
    // an invented pronoun whose lemma is written in capitals, like UD's "I": "Yo" and "yo" both -> "YO"
    const lem = Lemmatiser.train(triples("Yo/YO/PRP Yo/YO/PRP yo/YO/PRP dax/dax/NN"));
    expect(lem.lemma("yo", "PRP", "PRON")).toBe("YO");
    expect(lem.lemma("Yo", "PRP", "PRON")).toBe("YO");
  });

  it("unseen words: suffix edit on the lower-cased form, case from the tag and the form's casing", () => {
    const lem = Lemmatiser.train(
      triples(
        "blickets/blicket/NNS Blickets/blicket/NNS dawgs/dawg/NNS wugs/wug/NNS " +
          "Zorp/Zorp/NNP Quux/Quux/NNP ZORP/Zorp/NNP FLIMS/Flim/NNP zorp.com/zorp.com/ADD Fop.Com/Fop.Com/ADD",
      ),
    );
    expect(lem.lemma("Tovs", "NNS", "NOUN")).toBe("tov"); // Title NNS lower-cased, as the treebank did
    expect(lem.lemma("Grob", "NNP", "PROPN")).toBe("Grob"); // Title NNP kept
    expect(lem.lemma("GROB", "NNP", "PROPN")).toBe("Grob"); // UPPER NNP to Title, as ZORP and FLIMS were
    expect(lem.lemma("Mip.Org", "ADD", "X")).toBe("Mip.Org"); // mixed-case address kept
  });
});
