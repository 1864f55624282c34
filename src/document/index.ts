export * from "./document.js";
export * from "./types.js";
export * from "./position.js";
export * from "./layers.js";
export * from "./stage.js";
