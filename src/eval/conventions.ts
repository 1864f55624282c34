import type { Scheme } from "./scheme.js";

/**
 * A span as a system produced it, before a corpus's span conventions are applied: our entity
 * mentions (with the title recorded before a person's name), dates, quantities, or another
 * system's spans (compromise's), typed with our types.
 */
export interface SystemSpan {
  /** our type or pseudo-type (PERSON, GPE, DATE, CARDINAL …) */
  type: string;
  start: number;
  end: number;
  /** 'entity' spans take the name conventions (titles, determiners, possessives); the others do not */
  layer: "entity" | "reference" | "date" | "quantity";
  /** person mentions: where the title before the name starts ("President" in "President Bush") */
  titleStart?: number;
  /** person mentions: where the title's head word starts, after modifiers ("Minister" in "Energy Minister X") */
  titleHeadStart?: number;
  /** the text of a date or quantity record; for a reference, the name of the entity it refers to */
  text?: string;
  /** a date's normalised value */
  value?: string | null;
  /** set by the groupPhrases convention: the span is a name with the group noun after it ("the Asad regime") */
  group?: boolean;
  /** a date that is a named holiday ("Christmas", "Labor Day"): the scheme's `holidays` label, when it has one */
  holiday?: boolean;
}

/** Modifiers of a title that corpora with noun-phrase spans put inside the person span: "Iraqi President X", "U.S. Secretary of State X". */
const TITLE_MODIFIER_TYPES = new Set(["NORP", "GPE", "ORG"]);
const DETERMINER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|The|THE)[ \u00a0]$/u;
const POSSESSIVE_AFTER = /^(?:['’]s(?![\p{L}\p{N}])|['’](?=[\s,.;:!?)]|$))/u;
/**
 * The name is a pre-modifier when a noun follows it ("the U.S. military"), when a capitalised word
 * does (it is part of a longer name: "the Andy Warhol Foundation", where GUM's nested person is
 * "Andy Warhol"), or a hyphen ("the Scientology-owned ship"): the determiner belongs to the longer
 * phrase. Without a parser, a lower-case word counts as that noun unless it is a function word, a
 * verb form or an adverb in -ly ("the United States said", "the UN and …", "the EU announced", "the UK
 * strongly condemns").
 * A possessor ends its own phrase ("the University of NSW's school").
 */
const NEXT_LOWER_WORD = /^[ \u00a0]+(\p{Ll}[\p{Ll}'’-]*)/u;
const NOT_A_NOUN = new Set(
  (
    "and or but nor of in on at to for with by from as than that which who whom whose where when while if " +
    "this these those its their his her our your my a an some any no every each all both also even still just only not never " +
    "already yet then there here what because although though since until after before during about over under into onto " +
    "upon across through against between among without within along around near off out up down last next " +
    "is are was were be been being has have had will would shall should can could may might must do does did " +
    "said says say told tells added warned announced urged called reported "
  )
    .trim()
    .split(/\s+/),
);
/** Nouns for a group of people acting together, after a name that says whose: "the Asad regime", "Iraqi security forces", "Assad's forces". */
const GROUP_NOUN_AFTER = new RegExp(
  String.raw`^(?:['’]s)?[ \u00a0]+(?:security forces|government forces|armed forces|special forces|service members|police officers|security force personnel|` +
    String.raw`regime|government|administration|forces|army|navy|military|police|officers|personnel|troops|soldiers|fighters|militants|rebels|insurgents|` +
    String.raw`insurgency|militias?|militiamen|people|population|community|civilians|refugees|citizens|nationals|officials|leaders|leadership|diplomats|` +
    String.raw`delegation|authorities|opposition|coalition|group|tribes|tribesmen)(?![\p{L}\p{N}-])`,
  "u",
);
/** "the people of Iraq", "the government of Syria": a group noun and "of" right before the name (lower case: "Government of Iraq" is a name). */
const GROUP_NOUN_OF_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:people|population|citizens|government|authorities|forces|army|leaders|leadership)[ \u00a0]+of[ \u00a0]+$`,
  "u",
);
/** Names that can say whose a group is: a person, a nationality, a country or an organisation. */
const GROUP_OWNER_TYPES = new Set(["PERSON", "NORP", "GPE", "ORG"]);
/** A capitalised word right after the name continues a longer name it modifies ("the Andy Warhol Foundation"). */
const NEXT_CAPITALISED = /^[ \u00a0]+\p{Lu}/u;
/** A hyphenated compound: "the Scientology-owned ship", "the Scientology - owned ship". */
const NEXT_COMPOUND = /^[ \u00a0]*[-‐–][ \u00a0]*\p{Ll}/u;
/** Nouns ending in -ly; any other word ending so is taken for an adverb ("the United States strongly condemns"). */
const LY_NOUNS = new Set(["family", "rally", "ally", "assembly", "supply", "anomaly", "monopoly", "homily", "belly", "bully", "lily", "jelly", "folly", "tally", "daily", "weekly", "monthly", "quarterly"]);
function premodifies(after: string): boolean {
  if (NEXT_CAPITALISED.test(after) || NEXT_COMPOUND.test(after)) return true;
  const m = NEXT_LOWER_WORD.exec(after);
  if (!m) return false;
  const w = m[1]!;
  return !NOT_A_NOUN.has(w) && !/(?:ed|ing)$/.test(w) && !(w.endsWith("ly") && !LY_NOUNS.has(w));
}

/**
 * Applies a corpus's span conventions (declared by its scheme) to system spans, so that the scorer
 * compares like with like. Every convention is a fixed, documented transformation of the span as
 * the system output it, applied to every system scored with the scheme (ours and compromise's):
 *  - personTitles 'include': a person mention starts at its recorded title; 'head': at the title's
 *    head word, after modifiers ("Minister Ivan Plachkov" for "Energy Minister Ivan Plachkov");
 *  - titleModifiers 'include': a nationality, country or organisation mention directly before that
 *    title joins the person span ("Iraqi President Fuad Masum"), and neither it nor a name inside the
 *    title ("Minister for the Middle East X") is scored on its own; 'include-nested': they are (corpora
 *    that keep nested mentions);
 *  - determiners 'include': "the" directly before a name that ends its noun phrase joins the span
 *    ("the United States"), not before a pre-modifier ("the U.S. military");
 *  - possessives 'include': a following "'s" / "'" joins the span ("Gloria's");
 *  - unannotatedDates: dates whose whole text matches this pattern are expressions the corpus never
 *    annotates (GMB: "last week", "this year") and are left out;
 *  - groupPhrases: a person, nationality, country or organisation name followed by a group noun that
 *    ends the phrase ("the Asad regime", "Iraqi security forces", "Assad's forces"), or after a group
 *    noun and "of" ("the people of Iraq"), is one span, labelled
 *    with the scheme's groupPhrases label (before the determiner convention, so "the" joins it);
 *  - placeNouns 'include': a place noun around a place name joins its span ("the city of Mosul", "the
 *    Syrian town of Dabiq", "Ninewa province"), and so does a direction in lower case ("northern Iraq");
 *    a nationality inside it is not scored on its own;
 *  - placeQualifiers 'include': a town followed by ", " and the country, state or province it is in is
 *    one place span ("Sydney, Australia"); 'include-nested': the qualifier is also scored on its own
 *    (corpora that keep nested mentions). `placeKind` tells a country/state/province from a town.
 * Conventions that need the text are skipped when it is not given (a prediction file without it).
 */
/** What a place name is, for the place-qualifier convention: a region that can qualify a town ("Texas", "Australia"), or a town/unknown. */
export type PlaceKind = (name: string) => "region" | "other";

export function applyConventions(spans: readonly SystemSpan[], scheme: Scheme, text: string | undefined, placeKind?: PlaceKind): SystemSpan[] {
  const skipDate = scheme.unannotatedDates === undefined ? null : new RegExp(`^(?:${scheme.unannotatedDates})$`, "iu");
  const kept = skipDate === null ? spans : spans.filter((s) => !(s.layer === "date" && s.text !== undefined && skipDate.test(s.text)));
  const out = kept.map((s) => ({ ...s }));
  const absorbed = new Set<SystemSpan>();
  if (scheme.personTitles === "head") {
    for (const s of out) if (s.type === "PERSON" && s.titleStart !== undefined) s.start = s.titleHeadStart ?? s.titleStart;
  }
  if (scheme.personTitles === "include") {
    const entityEndingAt = new Map<number, SystemSpan>();
    for (const s of out) if (s.layer === "entity") entityEndingAt.set(s.end, s);
    const nested = scheme.titleModifiers === "include-nested";
    for (const s of out) {
      if (s.type !== "PERSON" || s.titleStart === undefined) continue;
      const nameStart = s.start;
      s.start = s.titleStart;
      if (scheme.titleModifiers === "exclude" || text === undefined) continue;
      // one space between the modifier and the title
      const before = entityEndingAt.get(s.start - 1);
      if (before && before !== s && TITLE_MODIFIER_TYPES.has(before.type) && /\s/.test(text.charAt(s.start - 1))) {
        s.start = before.start;
        if (!nested) absorbed.add(before);
      }
      // names inside the title ("Minister for the Middle East Tobias Ellwood") belong to the person span
      if (!nested) for (const o of out) if (o !== s && o.layer === "entity" && o.start >= s.start && o.end <= nameStart) absorbed.add(o);
    }
  }
  let result = out.filter((s) => !absorbed.has(s));
  if (text === undefined) return result;
  if (scheme.placeNouns === "include") result = placeNounPhrases(result, text);
  if (scheme.placeQualifiers !== "exclude" && placeKind) result = qualifyPlaces(result, scheme.placeQualifiers === "include-nested", text, placeKind);
  for (const s of result) {
    if (s.layer !== "entity") continue;
    if (scheme.groupPhrases !== undefined && GROUP_OWNER_TYPES.has(s.type)) {
      const m = GROUP_NOUN_AFTER.exec(text.slice(s.end, s.end + 40));
      // the group noun must end its own phrase ("the Iraqi government", not "Iraqi government forces" read at "government")
      if (m && !premodifies(text.slice(s.end + m[0].length, s.end + m[0].length + 40))) {
        s.end += m[0].length;
        s.group = true;
      } else {
        // "the people of Iraq": the group noun and "of" before the name
        const from = Math.max(0, s.start - 40);
        const b = GROUP_NOUN_OF_BEFORE.exec(text.slice(from, s.start));
        if (b) {
          s.start = from + b.index;
          s.group = true;
        }
      }
    }
    if (scheme.determiners === "include") {
      const m = DETERMINER_BEFORE.exec(text.slice(Math.max(0, s.start - 5), s.start));
      if (m && !premodifies(text.slice(s.end, s.end + 40))) s.start -= 4;
    }
    if (scheme.possessives === "include") {
      const m = POSSESSIVE_AFTER.exec(text.slice(s.end, s.end + 3));
      if (m) s.end += m[0].length;
    }
  }
  return result;
}

const PLACE_SPAN_TYPES = new Set(["GPE", "LOC"]);

/** "Ninewa province", "Al-Sinek neighborhood": an administrative or urban unit written after the name. */
const PLACE_NOUN_AFTER = /^[ \u00a0]+(?:district|province|governorate|region|neighbou?rhood|municipality|county)(?![\p{L}\p{N}])/u;
/**
 * "the city of Mosul", "the Syrian town of Dabiq", "the northwest province of Latakia", "the port city of Tartus":
 * the unit and "of" before the name, with up to two modifiers before the unit (capitalised words, directions, "port").
 */
/** A direction in lower case: "north", "northern", "north-west", "southeastern", "central". */
const DIRECTION = String.raw`(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)`;
/** "northern Iraq", "south-eastern Turkey": a direction written in lower case before the place. */
const DIRECTION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}-])${DIRECTION}[ \u00a0]+$`, "u");
const PLACE_NOUN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:(?:\p{Lu}[\p{L}'’-]*|${DIRECTION}|port)[ \u00a0]+){0,2})(?:city|town|village|province|district|governorate|region|municipality|county)[ \u00a0]+of[ \u00a0]+$`,
  "u",
);

/** The placeNouns convention (see applyConventions): place spans grow over the unit noun; entities inside them are absorbed. */
function placeNounPhrases(spans: SystemSpan[], text: string): SystemSpan[] {
  const grown: SystemSpan[] = [];
  for (const s of spans) {
    if (s.layer !== "entity" || !(PLACE_SPAN_TYPES.has(s.type) || s.type === "FAC")) continue;
    const after = PLACE_NOUN_AFTER.exec(text.slice(s.end, s.end + 20));
    if (after) s.end += after[0].length;
    const from = Math.max(0, s.start - 60);
    const before = PLACE_NOUN_BEFORE.exec(text.slice(from, s.start));
    // a modifier that starts the sentence ("The city of …") is the determiner's business, not a modifier
    if (before) s.start = from + before.index + (/^(?:The|A|An)[ \u00a0]/u.test(before[1] ?? "") ? 4 : 0);
    const direction = before ? null : DIRECTION_BEFORE.exec(text.slice(from, s.start));
    if (direction) s.start = from + direction.index;
    if (after || before || direction) grown.push(s);
  }
  if (grown.length === 0) return spans;
  return spans.filter((o) => !grown.some((g) => g !== o && o.layer === "entity" && o.start >= g.start && o.end <= g.end));
}

/** "Sydney, Australia": a town + ", " + the region it is in becomes one span (see applyConventions). */
function qualifyPlaces(spans: SystemSpan[], keepQualifier: boolean, text: string, placeKind: PlaceKind): SystemSpan[] {
  const places = spans.filter((s) => s.layer === "entity" && PLACE_SPAN_TYPES.has(s.type)).sort((a, b) => a.start - b.start);
  const drop = new Set<SystemSpan>();
  const add: SystemSpan[] = [];
  for (let k = 0; k + 1 < places.length; k++) {
    const a = places[k]!;
    const b = places[k + 1]!;
    if (text.slice(a.end, b.start) !== ", ") continue;
    if (placeKind(text.slice(a.start, a.end)) === "region" || placeKind(text.slice(b.start, b.end)) !== "region") continue;
    // a list goes on after the second name ("Austin, Texas, Denver and …" is not read as one)
    if (/^,\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,/u.test(text.slice(b.end, b.end + 40))) continue;
    add.push({ ...a, end: b.end });
    drop.add(a);
    if (!keepQualifier) drop.add(b);
    k++;
  }
  return add.length === 0 ? spans : [...spans.filter((s) => !drop.has(s)), ...add];
}
