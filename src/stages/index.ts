import type { StageDefinition } from "../document/stage.js";
import { checksStage } from "./checks.js";
import { corefStage } from "./coref.js";
import { datesStage } from "./dates.js";
import { entitiesStage } from "./entities.js";
import { eventsStage } from "./events.js";
import { linkStage } from "./link.js";
import { nominalsStage } from "./nominals.js";
import { quantitiesStage } from "./quantities.js";
import { quotesStage } from "./quotes.js";
import { segmentStage } from "./segment.js";
import { speakersStage } from "./speakers.js";
import { syntaxStage } from "./syntax.js";

/** Every stage a config may name, by name. A new stage is one file, one import and one line here, and one config line. */
export const STAGES: ReadonlyMap<string, StageDefinition> = registry([
  segmentStage,
  syntaxStage,
  datesStage,
  entitiesStage,
  linkStage,
  quantitiesStage,
  quotesStage,
  corefStage,
  speakersStage,
  nominalsStage,
  eventsStage,
  checksStage,
]);

function registry(stages: ReadonlyArray<{ readonly name: string }>): ReadonlyMap<string, StageDefinition> {
  const m = new Map<string, StageDefinition>();
  for (const s of stages) {
    if (m.has(s.name)) throw new Error(`src/stages/index.ts: two stages are named '${s.name}'`);
    m.set(s.name, s as unknown as StageDefinition);
  }
  return m;
}
