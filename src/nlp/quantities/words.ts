/** Closed word lists of the quantities extractor (lower case). */

export const MONTHS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.",
  "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
]);
export const WEEKDAYS: ReadonlySet<string> = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

/** Words before a bare four-digit number that make it a year ("since 2002", "Year 2016"). */
export const YEAR_CONTEXT: ReadonlySet<string> = new Set([
  "in", "since", "of", "by", "from", "to", "until", "till", "through", "thru", "during", "before", "after", "the", "year", "years",
  "mid", "early", "late", "end", "spring", "summer", "autumn", "fall", "winter", "and", "or", "between", "circa", "c.", "around",
  "fiscal", "fy", "season", "class", "vintage", "election", "budget", "census", "olympics", "cup", "\u2019", "'", "january",
]);

/** Time-of-day markers after a number ("3 p.m.", "1600 GMT"). */
export const CLOCK_AFTER: ReadonlySet<string> = new Set([
  "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt", "utc", "bst", "est", "edt", "cst", "cdt", "pst", "pdt", "cet",
  "cest", "ist", "jst", "hrs", "hours gmt", "local", "z",
]);

/** Nouns that take a number as a name or label: "Resolution 1441", "Gate 12", "flight 370". */
export const ID_NOUNS: ReadonlySet<string> = new Set([
  "flight", "route", "gate", "room", "article", "resolution", "page", "chapter", "section", "level", "category", "line", "platform",
  "paragraph", "row", "seat", "highway", "interstate", "channel", "number", "no.", "no", "nos.", "phase", "stage", "version", "model", "unit",
  "grade", "class", "district", "ward", "precinct", "block", "lot", "apartment", "suite", "terminal", "pier", "exit", "lane", "track",
  "episode", "season", "round", "act", "scene", "part", "volume", "vol.", "item", "clause", "amendment", "force", "bus", "tier", "type",
  "code", "box", "pool", "group", "division", "league", "figure", "fig.", "table", "step", "hole", "match", "game", "heat", "lap", "seed",
  "engine", "squad", "brigade", "battalion", "regiment", "corps", "fleet", "army", "window", "door", "floor", "building", "plot", "pillar",
  "bay", "berth", "hangar", "runway", "zone", "sector", "area", "camp", "base", "station", "post", "checkpoint", "road", "street", "avenue",
  "number", "#", "protocol", "directive", "regulation", "bill", "law", "rule", "ticket", "order", "decree", "sura", "verse", "psalm",
  "ch.", "art.", "sec.", "para.", "p.", "pp.", "op.", "mk", "mark",
]);

/** Sports words that turn "3-1" into a score. */
export const SPORTS: ReadonlySet<string> = new Set([
  "won", "win", "wins", "beat", "beats", "beaten", "defeat", "defeated", "defeats", "victory", "victories", "lost", "lose", "loses",
  "draw", "drew", "drawn", "score", "scored", "scoreline", "match", "game", "games", "goal", "goals", "lead", "led", "half-time",
  "halftime", "final", "league", "cup", "season", "set", "sets", "seed", "tie", "tied", "series", "innings", "inning", "overtime",
  "penalties", "penalty", "shootout", "playoff", "playoffs", "semi-final", "semifinal", "quarter-final", "quarterfinal", "championship",
  "tournament", "fixture", "edged", "thrashed", "routed", "trounced", "rallied", "clinched", "stunned", "upset", "home", "away",
  "scoreboard", "scoring",
]);

/** Function words, pronouns and common verbs: they end a counted noun phrase or a concept. */
export const STOP: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "it", "their", "his", "her", "our", "my", "your", "and", "or", "but",
  "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "about", "above",
  "below", "after", "before", "since", "until", "than", "as", "like", "per", "via", "among", "amongst", "between", "against",
  "through", "within", "across", "behind", "beyond", "near", "around", "is", "are", "was", "were", "be", "been", "being", "am",
  "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not",
  "no", "yes", "so", "too", "very", "also", "just", "only", "even", "still", "then", "there", "here", "when", "where", "while",
  "who", "whom", "whose", "which", "what", "why", "how", "if", "because", "although", "though", "whether", "all", "any", "each",
  "every", "some", "such", "both", "either", "neither", "other", "others", "another", "more", "most", "less", "least", "many",
  "much", "few", "several", "own", "same", "he", "she", "they", "we", "i", "you", "him", "them", "me", "us", "said", "says", "say",
  "told", "added", "came", "went", "got", "made", "took", "gave", "died", "left", "remain", "remained", "remains", "according",
  "including", "included", "include", "includes", "out", "up", "down", "off", "again", "ago", "later", "earlier", "now", "today",
  "yesterday", "tomorrow", "tonight", "last", "next", "respectively", "each", "apiece", "alone", "altogether", "total", "overall",
  "'s", "’s", "'", "’", "n't", "n’t", "whereas", "thus", "hence", "however", "also", "already", "nearly", "almost", "about", "roughly",
  "approximately", "around", "were", "become", "became", "becomes", "get", "gets", "go", "goes", "come", "comes", "see", "saw", "seen",
  "take", "takes", "make", "makes", "give", "gives", "put", "puts", "set", "sets", "knew", "know", "think", "thought", "found", "find",
  "held", "hold", "holds", "kept", "keep", "let", "lets", "met", "meet", "ran", "run", "runs", "fled", "flee", "fell", "rose", "grew",
  "won", "lost", "killed", "injured", "wounded", "arrested", "returned", "attempted", "needed", "need", "needs",
]);

/** Verbs and adverbs of change before a number: direction. */
export const CHANGE_BEFORE: ReadonlyMap<string, "up" | "down"> = new Map([
  ...["rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases", "increasing", "grew", "grow", "grows", "growing",
    "grown", "gained", "gain", "gains", "gaining", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps", "jumping",
    "soared", "soar", "soars", "soaring", "surged", "surge", "surges", "surging", "rallied", "advanced", "advance", "advances", "added",
    "up", "higher", "boosted", "boost", "boosts", "raised", "raise", "raises", "raising", "spiked", "rocketed", "doubled", "expanded",
    "tripled", "trebled", "quadrupled", "doubling", "tripling",
    "expand", "expands", "accelerated", "increasing", "hiked", "hike", "hikes", "widened", "improved", "recovered", "rebounded", "edged up",
  ].map((w) => [w, "up"] as const),
  ...["fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline", "declines",
    "declining", "decreased", "decrease", "decreases", "decreasing", "slid", "slide", "slides", "sliding", "slipped", "slip", "slips",
    "plunged", "plunge", "plunges", "plunging", "plummeted", "plummet", "plummets", "tumbled", "tumble", "tumbles", "sank", "sink", "sinks",
    "lost", "lose", "loses", "losing", "shed", "sheds", "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reducing", "down", "lower",
    "eased", "ease", "eases", "dipped", "dip", "dips", "shrank", "shrink", "shrinks", "shrunk", "contracted", "contract", "slumped", "slump",
    "slumps", "slowed", "slows", "slowing", "lowered", "lower", "lowers", "trimmed", "trim", "slashed", "slash", "crashed", "retreated", "narrowed", "halved", "weakened",
    "decelerated", "decelerate", "decelerates",
  ].map((w) => [w, "down"] as const),
]);

/** Nouns of change after a number ("a 3% rise") or before "of" ("an increase of 5%"). */
export const CHANGE_NOUNS: ReadonlyMap<string, "up" | "down"> = new Map([
  ...["increase", "rise", "gain", "jump", "growth", "surge", "hike", "climb", "boost", "rally", "advance", "uptick", "increment"].map(
    (w) => [w, "up"] as const,
  ),
  ...["decrease", "drop", "fall", "decline", "cut", "loss", "reduction", "slump", "plunge", "dip", "slide", "contraction", "downturn",
    "shrinkage", "tumble"].map((w) => [w, "down"] as const),
]);

/** Verbs that state a level: "inflation stood at 2%", "the toll reached 50" (concept = the subject). */
export const LEVEL_VERBS: ReadonlySet<string> = new Set([
  "is", "was", "are", "were", "stood", "stands", "stand", "reached", "reach", "reaches", "hit", "hits", "totalled", "totaled",
  "totals", "total", "amounted", "amounts", "came", "comes", "remained", "remains", "topped", "tops", "exceeded", "exceeds",
  "averaged", "averages", "peaked", "peaks", "neared", "nears", "be", "been", "hovered", "hovers",
]);

/** Open bounds written after a number ("25,000 or more jobs", "aged 65 and over", "five or fewer"): two words each. */
export const BOUNDS_AFTER: ReadonlyMap<string, ">=" | "<="> = new Map([
  ...["or more", "or greater", "or higher", "or above", "or over", "and over", "and above", "and up", "or longer", "or older"].map((w) => [w, ">="] as const),
  ...["or less", "or fewer", "or lower", "or below", "or under", "or younger", "or shorter"].map((w) => [w, "<="] as const),
]);

/**
 * Modifiers written before a number and their normalised change. Longest match wins.
 */
export const MODIFIERS: ReadonlyArray<readonly [string, "~" | ">" | "<" | ">=" | "<=" | "="]> = [
  ["about", "~"], ["around", "~"], ["approximately", "~"], ["approx.", "~"], ["roughly", "~"], ["nearly", "~"], ["almost", "~"],
  ["some", "~"], ["an estimated", "~"], ["estimated", "~"], ["close to", "~"], ["circa", "~"], ["c.", "~"], ["ca.", "~"],
  ["an approximate", "~"], ["somewhere around", "~"], ["in the region of", "~"], ["on the order of", "~"], ["upward of", ">"],
  ["more than", ">"], ["over", ">"], ["above", ">"], ["greater than", ">"], ["in excess of", ">"], ["upwards of", ">"],
  ["exceeding", ">"], ["just over", ">"], ["well over", ">"], ["well above", ">"], ["higher than", ">"], ["beyond", ">"],
  ["at least", ">="], ["no less than", ">="], ["no fewer than", ">="], ["not less than", ">="], ["a minimum of", ">="], ["minimum", ">="],
  ["up to", "<="], ["as many as", "<="], ["as much as", "<="], ["at most", "<="], ["no more than", "<="], ["not more than", "<="],
  ["a maximum of", "<="], ["maximum", "<="], ["as high as", "<="], ["as few as", ">="], ["as little as", ">="], ["as low as", ">="],
  ["under", "<"], ["below", "<"], ["less than", "<"], ["fewer than", "<"], ["just under", "<"], ["lower than", "<"], ["short of", "<"],
  ["just shy of", "<"], ["shy of", "<"], ["well under", "<"], ["well below", "<"], ["nearly", "~"],
  ["passed", ">"], ["topped", ">"], ["exceeded", ">"], ["surpassed", ">"],
  ["exactly", "="], ["precisely", "="], ["just", "="], ["only", "="], ["a total of", "="], ["an average of", "~"], ["on average", "~"],
];
