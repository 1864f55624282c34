/** Shared words: one definition of each word list and casing test that more than one module reads. */
export * from "./casing.js";
export * from "./function-words.js";
export * from "./names.js";
export * from "./places.js";
export * from "./speech.js";
