export * from "./gazetteer.js";
export * from "./ner-data.js";
