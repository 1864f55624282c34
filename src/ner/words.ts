/** Word lists the post-model rules (src/ner/rules/) read. */
export const EVENT_HEADS = new Set(["cup", "championship", "championships", "olympics", "olympic", "olympiad", "games", "open", "prix", "marathon", "trophy", "tournament", "war"]);
export const SPORT_VERBS = new Set(["beat", "beats", "defeated", "defeat", "defeats", "drew", "lost", "thrashed", "routed", "edged", "overcame", "hammered", "crushed", "trounced", "downed", "upset", "outclassed", "whipped", "blanked", "v", "vs", "vs."]);
export const PAREN_OPEN = new Set(["(", "["]);
export const PAREN_CLOSE = new Set([")", "]"]);
export const NAME_TITLES = new Set(["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "messrs.", "mme.", "prof."]);
export const FAC_KEYS = new Set(["airport", "stadium", "bridge", "hall", "tower", "palace", "prison", "square", "hotel", "mosque", "cathedral", "temple", "embassy", "station", "museum", "arena", "highway", "road", "street", "avenue", "dam", "port", "harbour", "harbor", "base", "camp"]);
/** Singular person titles that end a role, not an organisation's name: "BCIJ Director", "EU Foreign Minister". */
export const TRAILING_TITLES = new Set(["director", "minister", "chief", "spokesman", "spokeswoman", "spokesperson", "president", "secretary", "chairman", "chairwoman", "chairperson", "commander", "governor", "ambassador", "envoy", "mayor", "coach", "manager", "ceo", "head", "boss", "leader", "official", "prosecutor", "commissioner", "deputy", "adviser", "advisor", "representative", "negotiator"]);
/** Heads of organisations a nationality adjective belongs to: "the Spanish Interior Ministry", "the French Army". */
export const STATE_ORG_HEADS = new Set(["ministry", "embassy", "consulate", "army", "navy", "police", "government", "parliament", "office", "force", "forces", "guard", "cabinet", "senate", "congress", "assembly", "court", "military", "intelligence", "administration", "department", "agency", "coastguard", "gendarmerie", "legation"]);
/** Words before a place name: defined in src/lexicon/places.ts, re-exported for src/ner/rules (people.ts, given-names.ts). */
/** Words before a person's name: kinship and person nouns, "named", "called". */
export const PERSON_BEFORE = new Set(["daughter", "son", "child", "baby", "infant", "wife", "husband", "mother", "father", "brother", "sister", "girl", "boy", "friend", "niece", "nephew", "aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather", "widow", "girlfriend", "boyfriend", "partner", "named", "called", "mum", "mom", "dad"]);
/** Words after a person's name: speech, cognition and life-event verbs. */
export const PERSON_AFTER = new Set(["said", "says", "told", "tells", "added", "asked", "replied", "wrote", "died", "dies", "spent", "cried", "smiled", "laughed", "married", "wanted", "wants", "thought", "thinks", "believes", "believed", "felt", "feels", "loved", "loves", "recalled", "recalls", "remembered", "explained", "admitted", "insisted", "suffered", "lived", "lives"]);
/** Honours and degrees written after a name ("Mark Tedeschi, QC"). */
export const POST_NOMINALS = new Set(["QC", "KC", "SC", "SC.", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "Ph.D.", "MD", "M.D.", "Jr", "Jr.", "Sr", "Sr.", "Esq", "Esq.", "FRS", "RN", "USN", "USMC", "Ret", "Ret."]);
export const QUOTE_MARKS = new Set(['"', "“", "”", "'", "‘", "’", "«", "»", "``", "''"]);
export const COMPANY_DESIGNATORS = new Set(["inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group", "holding", "holdings", "sa", "ag", "gmbh", "nv", "bv", "spa", "international", "industries", "bank", "airlines", "airways", "motors", "systems", "technologies", "pharmaceuticals", "enterprises", "partners"]);
export const MEDIA_NOUNS = new Set(["news", "wire", "press", "agency", "service", "newspaper", "daily", "weekly", "magazine", "broadcaster", "tabloid"]);
export const STREET_KEYS = new Set(["street", "avenue", "road", "boulevard", "lane", "strasse", "rue"]);
/** words that make a new place of a country's name: "North Korea", "Greater Syria", "mainland China" */
export const PLACE_MODIFIERS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "inner", "outer", "mainland", "new", "old", "little", "great", "rural", "northeast", "northwest", "southeast", "southwest", "coastal", "occupied", "free", "independent", "modern", "ancient", "united", "democratic", "republican", "imperial", "colonial", "communist", "nazi", "soviet", "federal", "all", "the", "of", "and", "de", "du"]);
export const LAW_KEYS = new Set(["act", "law", "treaty", "constitution", "accord", "accords", "convention", "protocol", "amendment", "charter", "code", "bill", "resolution"]);
/** Lower-case nouns for a kind of organisation, written right before its name ("the airline El Al", "club Atalanta"). */
export const ORG_NOUNS = new Set([
  "company", "firm", "conglomerate", "carrier", "airline", "insurer", "lender", "bank", "brokerage", "maker", "manufacturer",
  "automaker", "carmaker", "chipmaker", "drugmaker", "producer", "retailer", "operator", "distributor", "supplier", "exporter",
  "importer", "refiner", "miner", "utility", "publisher", "broadcaster", "network", "channel", "club", "side", "team",
  "party", "movement", "militia", "faction", "organisation", "organization", "charity", "foundation", "institute", "university",
  "group", "consortium", "subsidiary", "unit", "giant", "startup", "start-up", "site", "website", "blog", "forum",
]);
/** Acronyms of common terms, never names by themselves: "HIV", "IQ", "GDP" (OntoNotes tags no diseases, measures or devices). */
export const TERM_ACRONYMS = new Set([
  "IQ", "GDP", "GNP", "CPI", "HIV", "AIDS", "SARS", "MERS", "TB", "DNA", "RNA", "MRI", "ICU", "ER", "CEO", "CFO", "COO", "CTO", "PhD", "MBA",
  "TV", "PC", "CD", "DVD", "GPS", "ID", "ATM", "SUV", "UFO", "IED", "IEDs", "RPG", "RPGs", "WMD", "AM", "PM", "OK", "IPO", "VAT", "ISP", "SMS",
  "PR", "HR", "IT", "AI", "VIP", "FAQ", "DIY", "LGBT", "ADHD", "PTSD",
]);
/** Lower-case nouns for a group's members, written after the group's name ("Hizbollah guerrillas"). */
export const MEMBER_NOUNS = new Set(["guerrillas", "guerrilla", "militants", "fighters", "militiamen", "gunmen", "loyalists", "jihadists"]);
