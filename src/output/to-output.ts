import type { Doc } from "../document/document.js";
import { SCHEMA_VERSION, ValidDocumentSchema, type NewsDocument } from "../schema/document.js";
import { OUTPUT_LAYERS, type OutputLayers } from "../schema/layers.js";

/** Builds the output record in a stable key order (the order of OUTPUT_LAYERS). Missing layers are empty lists. */
export function toOutput(doc: Doc): NewsDocument {
  const sections = doc.getOr("sections");
  const firstHeading = sections.find((s) => s.heading !== null)?.heading ?? null;
  const title =
    doc.meta.title ??
    (firstHeading && firstHeading.start === firstNonSpace(doc.text) ? doc.text.slice(firstHeading.start, firstHeading.end) : null);
  const layers = {} as Record<string, unknown>;
  for (const l of OUTPUT_LAYERS) layers[l.name] = doc.getOr(l.name);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: doc.id,
    text: doc.text,
    meta: { title, published: doc.meta.published, sha256: doc.sha256 },
    ...(layers as OutputLayers),
    ...syntaxOutput(doc),
    diagnostics: doc.diagnostics,
  };
}

/** tokens[] and nounPhrases[] when the syntax stage ran with `emit` on. */
function syntaxOutput(doc: Doc): Pick<NewsDocument, "tokens" | "nounPhrases"> {
  if (!doc.has("syntax")) return {};
  const syn = doc.get("syntax");
  if (!syn.emit) return {};
  const tokens = syn.tokens.map((t, i) => ({ start: t.start, end: t.end, upos: syn.upos[i]!, xpos: syn.xpos[i]!, lemma: syn.lemma[i]!, head: syn.head[i]!, deprel: syn.deprel[i]! }));
  return { tokens, nounPhrases: syn.nounPhrases.map((_, p) => syn.outputPhrase(p)) };
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/**
 * Validates the record at the output boundary. A violation is a bug in a stage, not in the input:
 * it is reported as a fatal diagnostic and the record is still written, so nothing is lost silently.
 */
export function validateOutput(out: NewsDocument): NewsDocument {
  // jitless: zod's compiled object parsers cost 9-20 ms to build in the first article and measured no faster
  // after 300 documents (the refinements and arrays dominate): one less start-up cost
  const result = ValidDocumentSchema.safeParse(out, { jitless: true });
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
  return {
    ...out,
    diagnostics: [
      ...out.diagnostics,
      { stage: "output", code: "output/invalid", message: `output failed validation: ${issues.join("; ")}`, fatal: true },
    ],
  };
}

