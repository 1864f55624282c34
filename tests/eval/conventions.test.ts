import { describe, expect, it } from "vitest";
import { applyConventions, type SystemSpan } from "../../src/eval/conventions.js";
import { systemToSpans } from "../../src/eval/corpus.js";
import { BUILTIN_SCHEMES, SchemeSchema } from "../../src/eval/scheme.js";

const scheme = (over: Record<string, unknown>) =>
  SchemeSchema.parse({ name: "t", labels: ["P", "O", "G", "N", "T"], map: { PERSON: "P", ORG: "O", GPE: "G", NORP: "N", DATE: "T" }, ...over });

/** The spans of `needles` in `text`, typed; the n-th occurrence with "word#n". */
function at(text: string, type: string, needle: string, layer: SystemSpan["layer"] = "entity"): SystemSpan {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`'${needle}' not in text`);
  return { type, start, end: start + needle.length, layer };
}
const texts = (text: string, spans: SystemSpan[]) => spans.map((s) => text.slice(s.start, s.end));

describe("eval/conventions", () => {
  it("nothing changes under the default scheme", () => {
    const text = "He said the United States and Gloria's mother met.";
    const spans = [at(text, "GPE", "United States"), at(text, "PERSON", "Gloria")];
    expect(texts(text, applyConventions(spans, scheme({}), text))).toEqual(["United States", "Gloria"]);
  });

  it("determiners: 'the' joins a name that ends its phrase, not one that pre-modifies a noun", () => {
    const text = "In line with the United States, the U.S. military and The World Health Organisation (WHO) agreed; theUN.";
    const t2 = "It was published in the Medical Journal of Australia this week.";
    expect(texts(t2, applyConventions([at(t2, "ORG", "Medical Journal of Australia")], scheme({ determiners: "include" }), t2))).toEqual(["the Medical Journal of Australia"]);
    const spans = [at(text, "GPE", "United States"), at(text, "GPE", "U.S."), at(text, "ORG", "World Health Organisation"), at(text, "ORG", "UN")];
    expect(texts(text, applyConventions(spans, scheme({ determiners: "include" }), text))).toEqual([
      "the United States",
      "U.S.",
      "The World Health Organisation",
      "UN",
    ]);
    // a capitalised word or a hyphen after the name: it modifies a longer name or a compound
    const t3 = "donated by the Andy Warhol Foundation; aboard the Scientology-owned ship; at the Google Science Fair.";
    const s3 = [at(t3, "PERSON", "Andy Warhol"), at(t3, "ORG", "Scientology"), at(t3, "ORG", "Google")];
    expect(texts(t3, applyConventions(s3, scheme({ determiners: "include" }), t3))).toEqual(["Andy Warhol", "Scientology", "Google"]);
  });

  it("possessives: 's and a bare apostrophe join the name; a possessor keeps its determiner", () => {
    const text = "Gloria's eczema; Thomas' sister; Mu Li, of the University of NSW's school.";
    const spans = [at(text, "PERSON", "Gloria"), at(text, "PERSON", "Thomas"), at(text, "ORG", "University of NSW")];
    const out = applyConventions(spans, scheme({ determiners: "include", possessives: "include" }), text);
    expect(texts(text, out)).toEqual(["Gloria's", "Thomas'", "the University of NSW's"]);
  });

  it("titles: a person is scored from its title, and with titleModifiers the nationality before the title joins it", () => {
    const text = "The decision of Iraqi President Fuad Masum was welcomed by Iraqi officials.";
    const person: SystemSpan = { ...at(text, "PERSON", "Fuad Masum"), titleStart: text.indexOf("President") };
    const iraqi = at(text, "NORP", "Iraqi");
    const officials: SystemSpan = { type: "NORP", start: text.lastIndexOf("Iraqi"), end: text.lastIndexOf("Iraqi") + 5, layer: "entity" };
    expect(texts(text, applyConventions([iraqi, person, officials], scheme({ personTitles: "include" }), text))).toEqual([
      "Iraqi",
      "President Fuad Masum",
      "Iraqi",
    ]);
    // the absorbed nationality is not scored on its own; the other one is
    expect(texts(text, applyConventions([iraqi, person, officials], scheme({ personTitles: "include", titleModifiers: "include" }), text))).toEqual([
      "Iraqi President Fuad Masum",
      "Iraqi",
    ]);
  });

  it("names inside a title join the person under 'include' and stay their own spans under 'include-nested'", () => {
    const text = "Minister for the Middle East Tobias Ellwood and US President Barack Obama met.";
    const ellwood: SystemSpan = { ...at(text, "PERSON", "Tobias Ellwood"), titleStart: 0 };
    const obama: SystemSpan = { ...at(text, "PERSON", "Barack Obama"), titleStart: text.indexOf("President") };
    const spans = [at(text, "LOC", "Middle East"), ellwood, at(text, "GPE", "US"), obama];
    expect(texts(text, applyConventions(spans, scheme({ personTitles: "include", titleModifiers: "include" }), text))).toEqual([
      "Minister for the Middle East Tobias Ellwood",
      "US President Barack Obama",
    ]);
    expect(texts(text, applyConventions(spans, scheme({ personTitles: "include", titleModifiers: "include-nested" }), text))).toEqual([
      "Middle East",
      "Minister for the Middle East Tobias Ellwood",
      "US",
      "US President Barack Obama",
    ]);
  });

  it("titles 'head': a person is scored from the title's head word, after its modifiers", () => {
    const text = "Energy Minister Ivan Plachkov left.";
    const person: SystemSpan = { ...at(text, "PERSON", "Ivan Plachkov"), titleStart: 0, titleHeadStart: text.indexOf("Minister") };
    expect(texts(text, applyConventions([person], scheme({ personTitles: "head" }), text))).toEqual(["Minister Ivan Plachkov"]);
    expect(texts(text, applyConventions([person], scheme({ personTitles: "include" }), text))).toEqual(["Energy Minister Ivan Plachkov"]);
  });

  it("place qualifiers: a town + ', ' + its region is one place; nested keeps the region too; lists and two regions are not joined", () => {
    const kind = (n: string) => (["Australia", "Texas", "Florida", "Syria"].includes(n) ? ("region" as const) : ("other" as const));
    const text = "From Sydney, Australia and Irving, Texas to Texas, Florida and Austin, Texas, Denver, Colorado.";
    const names = ["Sydney", "Australia", "Irving", "Texas", "Texas#2", "Florida", "Austin", "Texas#3", "Denver", "Colorado"];
    let from = 0;
    const spans = names.map((n) => {
      const w = n.replace(/#\d$/, "");
      const start = text.indexOf(w, from);
      from = start + w.length;
      return { type: "GPE", start, end: start + w.length, layer: "entity" as const };
    });
    const sorted = (ss: SystemSpan[]) => texts(text, [...ss].sort((a, b) => a.start - b.start || a.end - b.end));
    expect(sorted(applyConventions(spans, scheme({ placeQualifiers: "include" }), text, kind))).toEqual([
      "Sydney, Australia",
      "Irving, Texas",
      "Texas",
      "Florida",
      "Austin",
      "Texas",
      "Denver",
      "Colorado",
    ]);
    expect(sorted(applyConventions(spans.slice(0, 2), scheme({ placeQualifiers: "include-nested" }), text, kind))).toEqual(["Sydney, Australia", "Australia"]);
  });

  it("unannotated dates are left out by their whole text, case-insensitively; other dates stay", () => {
    const text = "Last week and on Wednesday, and in the past year, and last weekend.";
    const spans = [at(text, "DATE", "Last week", "date"), at(text, "DATE", "Wednesday", "date"), at(text, "DATE", "the past year", "date"), at(text, "DATE", "last weekend", "date")].map(
      (s) => ({ ...s, text: text.slice(s.start, s.end) }),
    );
    const out = applyConventions(spans, scheme({ unannotatedDates: String.raw`(?:last|this|next)\s+(?:week|month|year)` }), text);
    expect(texts(text, out)).toEqual(["Wednesday", "the past year", "last weekend"]);
  });

  it("groupPhrases: a name and the group noun ending its phrase are one span with the scheme's label, 'the' joining it", () => {
    const text = "The Asad regime attacked; Iraqi security forces and Assad's forces retreated, Iraqi government forces too, with the Iraqi government.";
    // a group noun and "of" before the name; a capitalised one is part of a name ("Government of Iraq" is the organisation's own span)
    const t3 = "They support the people of Iraq and the Government of Iraq.";
    const g3 = applyConventions([at(t3, "GPE", "Iraq"), { ...at(t3, "ORG", "Government of Iraq") }], scheme({ groupPhrases: "O", determiners: "include" }), t3);
    expect(g3.map((x) => [t3.slice(x.start, x.end), x.group === true])).toEqual([
      ["the people of Iraq", true],
      ["the Government of Iraq", false],
    ]);
    // an adverb after the phrase does not make its last noun a modifier
    const t2 = "Syrian refugees reportedly fled, and the UK strongly condemns it.";
    expect(texts(t2, applyConventions([at(t2, "NORP", "Syrian"), at(t2, "GPE", "UK")], scheme({ groupPhrases: "O", determiners: "include" }), t2))).toEqual(["Syrian refugees", "the UK"]);
    const spans = [
      at(text, "PERSON", "Asad"),
      at(text, "NORP", "Iraqi"),
      at(text, "PERSON", "Assad"),
      { ...at(text, "NORP", "Iraqi government forces"), end: text.indexOf("Iraqi government forces") + 5 },
      { ...at(text, "NORP", "Iraqi government."), end: text.indexOf("Iraqi government.") + 5 },
    ];
    const sch = scheme({ groupPhrases: "O", determiners: "include" });
    const out = applyConventions(spans, sch, text);
    expect(out.map((s) => [text.slice(s.start, s.end), s.group === true])).toEqual([
      ["The Asad regime", true],
      ["Iraqi security forces", true],
      ["Assad's forces", true],
      ["Iraqi", false],
      ["the Iraqi government", true],
    ]);
    expect(systemToSpans(spans, sch, text).spans.map((s) => s.label)).toEqual(["O", "O", "O", "N", "O"]);
    // without the convention, nothing is extended
    expect(texts(text, applyConventions(spans, scheme({}), text))).toEqual(["Asad", "Iraqi", "Assad", "Iraqi", "Iraqi"]);
  });

  it("placeNouns: the unit noun around a place name joins its span; a nationality inside is not scored on its own", () => {
    const text = "The city of Mosul and the Syrian town of Dabiq, the northwest province of Latakia, Ninewa province, northern Iraq and Paris.";
    const spans = [at(text, "GPE", "Mosul"), at(text, "NORP", "Syrian"), at(text, "GPE", "Dabiq"), at(text, "GPE", "Latakia"), at(text, "GPE", "Ninewa"), at(text, "GPE", "Iraq"), at(text, "GPE", "Paris")];
    expect(texts(text, applyConventions(spans, scheme({ placeNouns: "include", determiners: "include" }), text))).toEqual([
      "The city of Mosul",
      "the Syrian town of Dabiq",
      "the northwest province of Latakia",
      "Ninewa province",
      "northern Iraq",
      "Paris",
    ]);
    expect(texts(text, applyConventions(spans, scheme({}), text))).toEqual(["Mosul", "Syrian", "Dabiq", "Latakia", "Ninewa", "Iraq", "Paris"]);
  });

  it("a scheme with an invalid date pattern, or a peoples label it does not score, is refused", () => {
    expect(SchemeSchema.safeParse({ name: "t", labels: ["T"], map: { DATE: "T" }, unannotatedDates: "(" }).success).toBe(false);
    expect(SchemeSchema.safeParse({ name: "t", labels: ["N"], map: { NORP: "N" }, peoples: "Org" }).success).toBe(false);
    expect(SchemeSchema.safeParse({ name: "t", labels: ["N", "Org"], map: { NORP: "N" }, peoples: "Org" }).success).toBe(true);
    expect(SchemeSchema.safeParse({ name: "t", labels: ["N"], map: { NORP: "N" }, groupPhrases: "Org" }).success).toBe(false);
  });

  it("without the text, only the conventions that need no text apply", () => {
    const person: SystemSpan = { type: "PERSON", start: 10, end: 19, layer: "entity", titleStart: 0 };
    const out = applyConventions([person, { type: "GPE", start: 30, end: 34, layer: "entity" }], scheme({ personTitles: "include", determiners: "include" }), undefined);
    expect(out.map((s) => [s.start, s.end])).toEqual([
      [0, 19],
      [30, 34],
    ]);
  });

  it("the built-in schemes declare each corpus's conventions, and systemToSpans maps after applying them", () => {
    expect(BUILTIN_SCHEMES.get("gum")).toMatchObject({ determiners: "include", possessives: "include", titleModifiers: "include-nested" });
    expect(BUILTIN_SCHEMES.get("re3d")).toMatchObject({ determiners: "include", possessives: "exclude", titleModifiers: "include", groupPhrases: "Organisation", placeNouns: "include" });
    expect(BUILTIN_SCHEMES.get("gmb")).toMatchObject({ personTitles: "head", determiners: "exclude" });
    expect(BUILTIN_SCHEMES.get("conll")).toMatchObject({ determiners: "exclude", possessives: "exclude", personTitles: "exclude" });
    const text = "Officials of the United Nations said.";
    const { spans } = systemToSpans([at(text, "ORG", "United Nations")], BUILTIN_SCHEMES.get("re3d")!, text);
    expect(spans).toEqual([{ start: text.indexOf("the United"), end: text.indexOf(" said"), label: "Organisation" }]);
  });
});
