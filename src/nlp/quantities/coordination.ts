import type { Ctx } from "./context.js";
import type { Rec } from "./types.js";
import type { SyntaxLayer } from "../../document/syntax-layer.js";
import { CHANGE_BEFORE as CHANGE_WORDS } from "./words.js";

/**
 * Quantity r is coordinated right after p: "and"/"or"/"," (then "by", and with `either` also "either") before r,
 * at most six tokens after p and no verb between (the parse's part of speech when it ran, else the change words).
 */
export function coordinatedAfter(ctx: Ctx, p: Rec, r: Rec, syn: SyntaxLayer | undefined, either: boolean): boolean {
  const { lw } = ctx;
  let b = r.startTok - 1;
  if (lw(b) === "by") b--;
  if (either && lw(b) === "either") b--;
  if (lw(b) !== "and" && lw(b) !== "or" && lw(b) !== ",") return false;
  if (b - p.endTok > 6) return false;
  for (let z = p.endTok; z < b; z++) if (syn ? syn.upos[z] === "VERB" || syn.upos[z] === "AUX" : CHANGE_WORDS.has(lw(z))) return false;
  return true;
}
