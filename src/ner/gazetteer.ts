// The gazetteer moved to src/resources/gazetteer.ts (shared by the entities and coref stages and the scorer).
export * from "../resources/gazetteer.js";
