/** Prepositions that put a place after them: "in Gaza", "near Mosul", "across Europe". */
export const PLACE_PREPOSITIONS: readonly string[] = ["in", "at", "from", "near", "across", "into", "outside", "inside", "throughout"];

/**
 * Words before a place name ("in Gloria" would be a place): the place prepositions, a few more, the
 * compass adjectives and motion verbs.
 */
export const PLACE_BEFORE: ReadonlySet<string> = new Set([
  ...PLACE_PREPOSITIONS, "towards", "toward", "around", "eastern", "western", "northern", "southern", "central", "entered", "visited", "reached",
]);
