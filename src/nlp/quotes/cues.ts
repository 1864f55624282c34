/**
 * The speech verbs and their cue lexicon live in src/lexicon/speech.ts. This re-export stays for
 * src/ner/rules/given-names.ts until that file imports src/lexicon itself.
 */
export { compileCues, inflect, SPEECH_VERBS, type CueLexicon } from "../../lexicon/speech.js";
