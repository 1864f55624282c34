import { readFileSync, writeFileSync } from "node:fs";
import { discover } from "../batch/discover.js";
import { formatOrigin } from "../batch/article.js";
import { Doc } from "../document/document.js";
import { segmentStage } from "../stages/segment.js";
import { ConlluError, DEPREL, FORM, HEAD, LEMMA, readConllu, UPOS, writeConllu, XPOS, type ConlluSentence } from "../syntax/conllu.js";
import { forgetPrefetchedImages } from "../resources/image.js";
import { loadSyntaxModel, type SyntaxModel } from "../syntax/model.js";
import { parseCommandArgs } from "./args.js";
import { EXIT, type CliIO } from "./io.js";

export const PARSE_HELP = `Usage: newsfacts parse [options] <path…>
       newsfacts parse --input conllu <FILE.conllu|->

Part of speech, lemmas and dependencies as CoNLL-U.

Raw text (paths as extract takes them: .txt, .jsonl, folders, - for JSONL on stdin): the pipeline's
own sentences and tokens, with # newdoc id, # sent_id, # text and SpaceAfter=No in MISC.

--input conllu: the sentences and words of the file are kept exactly (ID and FORM untouched,
multi-word token and empty-node lines and comments passed through); LEMMA, UPOS, XPOS, HEAD and
DEPREL are filled, FEATS, DEPS and MISC kept. This is how parsers are scored on gold tokenisation.

Options:
      --input <form>   text (default) or conllu
  -o, --out <file>     write CoNLL-U to FILE (default: standard output)
  -h, --help           this help

Exit codes: 0 done; 1 some articles could not be read (each reported); 2 bad usage or malformed
CoNLL-U (the line is named).
`;

/** Fills the annotation columns of every sentence from the model (sentences without words stay as they are). */
export function annotateConllu(model: SyntaxModel, sentences: ConlluSentence[]): void {
  for (const s of sentences) {
    if (s.words.length === 0) continue;
    const a = model.annotate(s.words.map((w) => w.cols[FORM]!));
    s.words.forEach((w, i) => {
      w.cols[LEMMA] = a.lemma[i]!;
      w.cols[UPOS] = a.upos[i]!;
      w.cols[XPOS] = a.xpos[i]!;
      w.cols[HEAD] = String(a.head[i]!);
      w.cols[DEPREL] = a.deprel[i]!;
    });
  }
}

const oneLine = (s: string) => s.replace(/[\r\n\t\u2028\u2029]+/g, " ");

/** CoNLL-U of one article: the segment stage's sentences and tokens, annotated. */
export function articleConllu(model: SyntaxModel, id: string, text: string, segment: (doc: Doc) => void): string {
  const doc = new Doc(id, text);
  segment(doc);
  const tokens = doc.get("tokens");
  const sentences = doc.get("sentences");
  const out: string[] = [`# newdoc id = ${oneLine(id)}`];
  let t = 0;
  sentences.forEach((sent, si) => {
    const toks: typeof tokens = [];
    while (t < tokens.length && tokens[t]!.sentence === si) toks.push(tokens[t++]!);
    if (toks.length === 0) return;
    const a = model.annotate(toks.map((x) => x.text));
    out.push(`# sent_id = ${oneLine(id)}-${si + 1}`, `# text = ${oneLine(text.slice(sent.start, sent.end))}`);
    toks.forEach((tok, i) => {
      const next = toks[i + 1];
      const misc = next && next.start === tok.end ? "SpaceAfter=No" : "_";
      out.push([i + 1, oneLine(tok.text), a.lemma[i], a.upos[i], a.xpos[i], "_", a.head[i], a.deprel[i], "_", misc].join("\t"));
    });
    out.push("");
  });
  return out.join("\n") + "\n";
}

export async function parseCommand(argv: string[], io: CliIO): Promise<number> {
  const args = parseCommandArgs("parse", argv, { input: { type: "string", default: "text" }, out: { type: "string", short: "o" } }, PARSE_HELP, io);
  if (typeof args === "number") return args;
  const { values, positionals } = args;
  if (values.input !== "text" && values.input !== "conllu") {
    io.stderr(`newsfacts parse: --input must be text or conllu, got '${values.input}'\n`);
    return EXIT.USAGE;
  }
  if (positionals.length === 0) {
    io.stderr(`newsfacts parse: no input (use - for standard input)\n\n${PARSE_HELP}`);
    return EXIT.USAGE;
  }
  const model = loadSyntaxModel();
  forgetPrefetchedImages();
  const emit = (s: string) => (values.out ? writeFileSync(values.out, s, { flag: "a" }) : io.stdout(s));
  if (values.out) writeFileSync(values.out, "");
  if (values.input === "conllu") {
    if (positionals.length !== 1) {
      io.stderr("newsfacts parse: --input conllu takes one file (or -)\n");
      return EXIT.USAGE;
    }
    const file = positionals[0]!;
    let text: string;
    try {
      text = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch (err) {
      io.stderr(`newsfacts parse: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      return EXIT.USAGE;
    }
    let sentences: ConlluSentence[];
    try {
      sentences = readConllu(text);
    } catch (err) {
      if (err instanceof ConlluError) {
        io.stderr(`newsfacts parse: ${file}:${err.line}: malformed CoNLL-U: ${err.message.replace(/^line \d+: /, "")}\n`);
        return EXIT.USAGE;
      }
      throw err;
    }
    annotateConllu(model, sentences);
    emit(writeConllu(sentences));
    return EXIT.OK;
  }
  const segment = segmentStage.create(segmentStage.options.parse({}));
  let failed = 0;
  for await (const item of discover(positionals)) {
    if (!item.ok) {
      failed++;
      io.stderr(`${formatOrigin(item.origin)}: ${item.id}: ${item.code}: ${item.error}\n`);
      continue;
    }
    emit(articleConllu(model, item.id, item.text, segment));
  }
  return failed ? EXIT.FAILURES : EXIT.OK;
}
