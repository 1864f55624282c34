export * from "./span.js";
export * from "./segments.js";
export * from "./entity.js";
export * from "./quantity.js";
export * from "./date.js";
export * from "./quote.js";
export * from "./diagnostic.js";
export * from "./document.js";
