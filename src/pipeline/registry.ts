import type { StageDefinition } from "./stage.js";
import { segmentStage } from "../stages/segment.js";
import { entitiesStage } from "../stages/entities.js";
import { linkStage } from "../stages/link.js";
import { datesStage } from "../stages/dates.js";
import { quantitiesStage } from "../stages/quantities.js";
import { quotesStage } from "../stages/quotes.js";
import { corefStage } from "../stages/coref.js";
import { syntaxStage } from "../stages/syntax.js";

/** Every stage a config may name. */
export const STAGES: ReadonlyMap<string, StageDefinition> = new Map(
  [segmentStage, syntaxStage, entitiesStage, linkStage, datesStage, quantitiesStage, quotesStage, corefStage].map(
    (s) => [s.name, s as unknown as StageDefinition] as const,
  ),
);
