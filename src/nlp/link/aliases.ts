/**
 * A small, general-purpose list of well-known name variants that no rule can derive (the letters
 * do not match, or the variant is a different word). Each group lists surface forms of ONE entity;
 * the first form is the usual full name. Mentions whose text equals any form of a group are linked
 * together, and the group's forms that the tagger missed are recovered by propagation.
 *
 * Keep it small and uncontroversial: only names whose variants are unambiguous in news text, no
 * article-specific entries. Case matters for all-capital forms ("US" is not "us").
 */
export const WELL_KNOWN_ALIASES: readonly (readonly string[])[] = [
  ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Da'esh", "Da’esh", "Daech", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant"],
  ["United States", "U.S.", "US", "USA", "U.S.A.", "United States of America", "America"],
  ["United Kingdom", "U.K.", "UK", "Britain", "Great Britain"],
  ["United Nations", "UN", "U.N."],
  ["European Union", "EU", "E.U."],
  ["North Atlantic Treaty Organization", "NATO", "Nato"],
  ["Soviet Union", "USSR", "U.S.S.R."],
  ["United Arab Emirates", "UAE", "U.A.E."],
  ["Democratic Republic of the Congo", "DR Congo", "DRC"],
  ["World Health Organization", "WHO"],
  ["Federal Bureau of Investigation", "FBI"],
  ["Central Intelligence Agency", "CIA"],
  ["International Monetary Fund", "IMF"],
];
