/**
 * Function words written in lower case inside a Title Case headline ("Troops Move into the City"):
 * a headline's case is judged on the other words.
 */
export const HEADLINE_SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "and", "or", "with", "from", "as", "vs", "after", "over", "into", "its",
];
