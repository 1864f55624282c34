import { z } from "zod";
import { defineStage } from "../document/stage.js";
import { SyntaxLayer } from "../document/syntax-layer.js";
import { adoptSyntaxModel, loadSyntaxModel, shareSyntaxModel, type SharedSyntaxModel } from "../syntax/model.js";

const Options = z.strictObject({
  /** write tokens[] (part of speech, lemma, head, relation) and nounPhrases[] into the output */
  emit: z.boolean().default(false),
});

/**
 * Part of speech (UPOS and Penn), lemmas and a dependency parse of every sentence, from the shipped model
 * trained on UD English (src/syntax; MODEL_CARD.md), and the noun phrases derived from the parse. Tokens
 * are the segment stage's: the parse indexes the untouched text.
 */
export const syntaxStage = defineStage({
  name: "syntax",
  description: "part of speech, lemmas, dependencies and noun phrases over the segment stage's tokens",
  needs: ["tokens", "sentences"],
  produces: ["syntax"],
  options: Options,
  // worker threads read one copy of the model's weights (shared memory) instead of loading one each
  shared: { share: shareSyntaxModel, adopt: (data) => adoptSyntaxModel(data as SharedSyntaxModel) },
  create(options) {
    const model = loadSyntaxModel();
    return (doc) => {
      const tokens = doc.get("tokens");
      const sentences = doc.get("sentences");
      const n = tokens.length;
      const upos: string[] = new Array<string>(n);
      const xpos: string[] = new Array<string>(n);
      const lemma: string[] = new Array<string>(n);
      const deprel: string[] = new Array<string>(n);
      const head = new Int32Array(n).fill(-1);
      let a = 0;
      while (a < n) {
        let b = a;
        while (b < n && tokens[b]!.sentence === tokens[a]!.sentence) b++;
        const r = model.annotate(tokens.slice(a, b).map((t) => t.text));
        for (let i = 0; i < b - a; i++) {
          upos[a + i] = r.upos[i]!;
          xpos[a + i] = r.xpos[i]!;
          lemma[a + i] = r.lemma[i]!;
          deprel[a + i] = r.deprel[i]!;
          head[a + i] = r.head[i] === 0 ? -1 : a + r.head[i]! - 1;
        }
        a = b;
      }
      doc.set("syntax", new SyntaxLayer(tokens, sentences, { upos, xpos, lemma, head, deprel }, options.emit));
    };
  },
});
