export * from "./document.js";
export * from "./types.js";
export * from "./position.js";
