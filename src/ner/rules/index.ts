import { acronymsRule, commonAcronymsRule } from "./acronyms.js";
import { aliasesRule } from "./aliases.js";
import { bracketedNationalityRule } from "./bracketed-nationality.js";
import { capsVerbsRule } from "./caps-verbs.js";
import { commonWordsRule } from "./common-words.js";
import { companiesRule } from "./companies.js";
import { cricketRule } from "./cricket.js";
import { datelinesRule } from "./datelines.js";
import { demonymsRule } from "./demonyms.js";
import { eventsRule } from "./events.js";
import { gazetteerNamesRule } from "./gazetteer-names.js";
import { givenNamesRule } from "./given-names.js";
import { headlinesRule } from "./headlines.js";
import { leadersRule } from "./leaders.js";
import { mediaRule } from "./media.js";
import { modelSpansRule } from "./model-spans.js";
import { nameTitlesRule } from "./name-titles.js";
import { orgNounsRule } from "./org-nouns.js";
import { peopleRule } from "./people.js";
import { personShapesRule } from "./person-shapes.js";
import { possessiveNamesRule } from "./possessive-names.js";
import { sportsRule } from "./sports.js";
import { stateOrgsRule } from "./state-orgs.js";
import { teamsRule } from "./teams.js";
import { theBodyRule } from "./the-body.js";
import { theStateRule } from "./the-state.js";
import { titleOrgsRule } from "./title-orgs.js";
import { unitsRule } from "./units.js";
import { voteRule } from "./vote.js";
import { worksRule } from "./works.js";
import type { NerRule } from "./rule.js";

/**
 * The entity rules, in the order they run after the model (the contract: src/ner/rules/rule.ts). A new
 * rule is one file that exports a `NerRule` and one line here. Packs: "default" runs unless a config
 * disables it; "wire-1996" holds rules written for the layout of the CoNLL-2003 Reuters pages (cricket
 * scorecards, standings rows and score lines, capitals-only headlines, 1996 datelines) and runs only
 * when a config names the pack (bench/configs/wire-1996.json).
 */
export const NER_RULES: readonly NerRule[] = [
  modelSpansRule,
  capsVerbsRule,
  gazetteerNamesRule,
  eventsRule,
  mediaRule,
  orgNounsRule,
  companiesRule,
  aliasesRule,
  teamsRule,
  sportsRule,
  bracketedNationalityRule,
  cricketRule,
  peopleRule,
  leadersRule,
  commonWordsRule,
  worksRule,
  theBodyRule,
  titleOrgsRule,
  voteRule,
  givenNamesRule,
  unitsRule,
  possessiveNamesRule,
  nameTitlesRule,
  acronymsRule,
  demonymsRule,
  commonAcronymsRule,
  stateOrgsRule,
  personShapesRule,
  theStateRule,
  datelinesRule,
  headlinesRule,
];

/** Which rules run: the packs named (default: only "default"), plus rules enabled by name, minus rules disabled by name. */
export interface RuleSelection {
  readonly packs?: readonly string[];
  readonly enable?: readonly string[];
  readonly disable?: readonly string[];
}

export const RULE_PACKS: readonly string[] = [...new Set(NER_RULES.map((r) => r.pack))];

/** The rules a selection runs, in the registry's order; an unknown pack or rule name is an error that names it. */
export function selectRules(sel: RuleSelection = {}): readonly NerRule[] {
  const names = new Set(NER_RULES.map((r) => r.name));
  const packs = new Set(sel.packs ?? ["default"]);
  for (const p of packs) if (!RULE_PACKS.includes(p)) throw new Error(`unknown entity rule pack '${p}' (packs: ${RULE_PACKS.join(", ")})`);
  for (const n of [...(sel.enable ?? []), ...(sel.disable ?? [])]) if (!names.has(n)) throw new Error(`unknown entity rule '${n}' (rules: ${[...names].join(", ")})`);
  const enable = new Set(sel.enable ?? []);
  const disable = new Set(sel.disable ?? []);
  return NER_RULES.filter((r) => (packs.has(r.pack) || enable.has(r.name)) && !disable.has(r.name));
}
