import { describe, expect, it } from "vitest";
import { Doc } from "../../src/document/document.js";
import { buildPipeline } from "../../src/pipeline/build.js";
import { runPipeline } from "../../src/pipeline/run.js";
import { DateSchema } from "../../src/schema/date.js";

const pipeline = buildPipeline([{ name: "segment" }, { name: "dates" }]);

type Found = [text: string, kind: string, value: string | null];

function dates(text: string, published: string | null): Found[] {
  const doc = runPipeline(pipeline, new Doc("t", text, { published }));
  expect(doc.diagnostics).toEqual([]);
  const out = doc.get("dates");
  for (const [i, d] of out.entries()) {
    DateSchema.parse(d);
    expect(d.id).toBe(`D${i + 1}`);
    expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(d.source).not.toBe("");
  }
  return out.map((d) => [d.text, d.kind, d.value]);
}

// Reference dates: Wednesday 2021-03-17 and Sunday 2019-11-10.
const WED = "2021-03-17";
const SUN = "2019-11-10";

const cases: Array<[topic: string, text: string, published: string | null, expected: Found[]]> = [
  // years
  ["year after in", "The factory closed in 1998.", WED, [["1998", "date", "1998"]]],
  ["year alone in a title", "She was named Player of The Year 2012 by the league.", WED, [["2012", "date", "2012"]]],
  ["year before an event name", "The 2014 Winter Games cost more than planned.", null, [["2014", "date", "2014"]]],
  ["year with possessive", "Last season's numbers beat 2003's record.", WED, [["2003", "date", "2003"]]],
  ["mid-year keeps the year only", "Prices rose again by mid-2011.", WED, [["2011", "date", "2011"]]],
  ["early year needs a temporal word", "The abbey was founded in 1132.", null, [["1132", "date", "1132"]]],
  // months and full dates
  ["month and year", "Talks broke down in October 2016.", WED, [["October 2016", "date", "2016-10"]]],
  ["weekday, month day, year", "Posted Thursday, June 4, 2020 by staff.", WED, [["Thursday, June 4, 2020", "date", "2020-06-04"]]],
  ["day month year", "The accord was signed on 14 February 1994.", null, [["14 February 1994", "date", "1994-02-14"]]],
  ["ordinal day of month", "Voting ends on the 3rd of March.", WED, [["3rd of March", "date", "2021-03-03"]]],
  ["ISO date", "Filed 2018-11-30 at the registry.", null, [["2018-11-30", "date", "2018-11-30"]]],
  ["numeric US date", "Dated 7/14/2005 in the ledger.", null, [["7/14/2005", "date", "2005-07-14"]]],
  ["abbreviated month", "Payments resume Feb. 9, the agency said.", WED, [["Feb. 9", "date", "2021-02-09"]]],
  ["month day takes the publication year", "The vote is set for April 22.", WED, [["April 22", "date", "2021-04-22"]]],
  ["late-year date read in January is last year", "Officials first noticed it on December 28.", "2022-01-06", [["December 28", "date", "2021-12-28"]]],
  ["early-year date read in December is next year", "The law takes effect January 2.", "2020-12-20", [["January 2", "date", "2021-01-02"]]],
  ["month day without a publication date", "The vote is set for April 22.", null, [["April 22", "date", "--04-22"]]],
  ["month alone after a preposition", "Construction began in September.", WED, [["September", "date", "2020-09"]]],
  ["month alone, future clause", "Construction will begin in September.", WED, [["September", "date", "2021-09"]]],
  ["month before a common noun after 'the'", "The inquiry into the February assassination resumed.", WED, [["February", "date", "2021-02"]]],
  ["'the May' + noun is not a month (a person's name)", "Critics of the May government spoke.", WED, []],
  ["month after 'for'", "A referendum is set for October.", WED, [["October", "date", "2021-10"]]],
  ["Easter computed for the year", "Churches were full on Easter Sunday.", "2021-05-10", [["Easter Sunday", "date", "2021-04-04"]]],
  ["Good Friday and Thanksgiving", "Good Friday came early. Thanksgiving will be late.", "2021-09-01", [["Good Friday", "date", "2021-04-02"], ["Thanksgiving", "date", "2021-11-25"]]],
  ["Labor Day (United States) and Labour Day (by country)", "Markets were shut on Labor Day. Labour Day parades went ahead.", "1996-08-30", [["Labor Day", "date", "1996-09-02"], ["Labour Day", "date", null]]],
  ["Good Friday is a holiday, not a weekday", "Pilgrims marched on Good Friday.", WED, [["Good Friday", "date", "2021-04-02"]]],
  ["lunar holidays are dates without a value", "Fighting paused during Ramadan and Eid al-Fitr.", WED, [["Ramadan", "interval", null], ["Eid al-Fitr", "date", null]]],
  ["Easter Island is a place", "Easter Island is remote.", WED, []],
  ["month before a common noun after 'a'", "She died in a December gun attack.", WED, [["December", "date", "2020-12"]]],
  ["'for March' is not a month (march is a word)", "They asked for March.", WED, []],
  ["month before a capitalised word after 'the' is a name", "He marched in the January Revolution.", WED, []],
  ["month day shortly after publication in a past clause keeps the year", "Officials said the vote was set for March 25.", WED, [["March 25", "date", "2021-03-25"]]],
  ["month day well after publication in a past clause is last year", "The ferry capsized on October 3.", WED, [["October 3", "date", "2020-10-03"]]],
  ["last + month", "Sales dipped last November.", WED, [["last November", "date", "2020-11"]]],
  ["day range in a month", "The fair runs July 8-11, 2019 downtown.", null, [["July 8-11, 2019", "interval", "2019-07-08/2019-07-11"]]],
  // weekdays
  ["weekday in past tense", "Police arrested two men on Monday.", WED, [["Monday", "date", "2021-03-15"]]],
  ["weekday equal to publication day", "The minister resigned on Wednesday.", WED, [["Wednesday", "date", "2021-03-17"]]],
  ["weekday in future tense", "The board will vote on Friday.", WED, [["Friday", "date", "2021-03-19"]]],
  ["last weekday", "He spoke last Wednesday.", WED, [["last Wednesday", "date", "2021-03-10"]]],
  ["next weekday", "Schools reopen next Monday.", WED, [["next Monday", "date", "2021-03-22"]]],
  ["weekday without publication date", "Police arrested two men on Monday.", null, [["Monday", "date", null]]],
  ["recurring weekday", "The market opens on Saturdays.", WED, [["Saturdays", "set", "R/2021-03-13/P1W"]]],
  // relative expressions
  ["today", "Results are due today.", WED, [["today", "date", "2021-03-17"]]],
  ["yesterday", "Yesterday the river peaked.", SUN, [["Yesterday", "date", "2019-11-09"]]],
  ["tomorrow", "The ferry resumes tomorrow.", SUN, [["tomorrow", "date", "2019-11-11"]]],
  ["last week is the previous Monday-Sunday", "Two banks merged last week.", WED, [["last week", "interval", "2021-03-08/2021-03-14"]]],
  ["this week", "Rain is forecast this week.", SUN, [["this week", "interval", "2019-11-04/2019-11-10"]]],
  ["last year", "Exports fell last year.", WED, [["last year", "date", "2020"]]],
  ["this year", "This year the harvest was early.", WED, [["This year", "date", "2021"]]],
  ["next month", "A ruling is expected next month.", "2021-12-03", [["next month", "date", "2022-01"]]],
  ["years ago", "The mine shut two years ago.", WED, [["two years ago", "date", "2019"]]],
  ["decade ago", "It opened a decade ago.", WED, [["a decade ago", "date", "2011"]]],
  ["days ago", "He left 3 days ago.", WED, [["3 days ago", "date", "2021-03-14"]]],
  ["months ago", "She moved six months ago.", WED, [["six months ago", "date", "2020-09"]]],
  ["past weekend", "Crowds gathered this weekend.", WED, [["this weekend", "interval", "2021-03-13/2021-03-14"]]],
  ["coming weekend", "Crowds will gather this weekend.", WED, [["this weekend", "interval", "2021-03-20/2021-03-21"]]],
  ["last summer", "The drought began last summer.", "2021-02-02", [["last summer", "interval", "2020-06-01/2020-08-31"]]],
  ["the past N days", "Cases doubled over the past 10 days.", WED, [["the past 10 days", "interval", "2021-03-07/2021-03-17"]]],
  ["the last N years", "Rents rose in the last five years.", WED, [["the last five years", "interval", "2016/2021"]]],
  ["relative without publication date", "Exports fell last year, two years ago and yesterday.", null, [["last year", "date", null], ["two years ago", "date", null], ["yesterday", "date", null]]],
  ["end of the year", "The plant closes by the end of the year.", WED, [["the end of the year", "date", "2021-12-31"]]],
  // ranges and anchors
  ["since a year", "Prices have doubled since 2009.", WED, [["since 2009", "interval", "2009/2021-03-17"]]],
  ["since without publication date", "Prices have doubled since 2009.", null, [["since 2009", "interval", "2009/.."]]],
  ["between two years", "Output grew between 2001 and 2004.", WED, [["between 2001 and 2004", "interval", "2001/2004"]]],
  ["from ... to ...", "He ran the firm from 1987 to 1999.", WED, [["from 1987 to 1999", "interval", "1987/1999"]]],
  ["year span with a hyphen", "The 2008-2012 program ended.", WED, [["2008-2012", "interval", "2008/2012"]]],
  ["season span, short form", "During the 2019–20 season attendance fell.", WED, [["2019–20", "interval", "2019/2020"]]],
  ["months borrow the year of the second end", "Shipments stopped between March and June 2017.", null, [["between March and June 2017", "interval", "2017-03/2017-06"]]],
  ["dates joined by a dash", "Polls open May 3 - May 5, 2022.", null, [["May 3 - May 5, 2022", "interval", "2022-05-03/2022-05-05"]]],
  ["decade", "Crime peaked in the 1980s.", WED, [["1980s", "interval", "1980/1989"]]],
  ["decade in words", "Fashion from the seventies returned.", WED, [["the seventies", "interval", "1970/1979"]]],
  ["short decade", "Songs from the '90s played.", WED, [["'90s", "interval", "1990/1999"]]],
  ["century", "Built in the 19th century, the bridge still stands.", WED, [["the 19th century", "interval", "1800/1899"]]],
  // durations
  ["for N years", "She served for three years.", WED, [["three years", "duration", "P3Y"]]],
  ["hyphenated adjective", "He signed a four-year contract.", WED, [["four-year", "duration", "P4Y"]]],
  ["age", "The girl, at the age of eight months, recovered.", WED, [["eight months", "duration", "P8M"]]],
  ["digits", "The strike lasted 12 days.", WED, [["12 days", "duration", "P12D"]]],
  ["hours", "Rescuers worked for 36 hours.", WED, [["36 hours", "duration", "PT36H"]]],
  ["weeks", "Repairs take six weeks.", null, [["six weeks", "duration", "P6W"]]],
  ["decades", "The feud lasted two decades.", null, [["two decades", "duration", "P20Y"]]],
  ["a year needs a span context", "She waited for a year.", null, [["a year", "duration", "P1Y"]]],
  // sets
  ["every unit", "The council meets every two weeks.", WED, [["every two weeks", "set", "R/P2W"]]],
  ["annually", "The report is published annually.", WED, [["annually", "set", "R/P1Y"]]],
  // times
  ["clock time with a.m.", "The blast happened at 10:30 a.m. near the port.", WED, [["10:30 a.m.", "time", "10:30:00"]]],
  ["24-hour time after at", "Trading halted at 22:45 local time.", WED, [["22:45", "time", "22:45:00"]]],
  ["time with zone", "The update landed at 15:11 GMT.", WED, [["15:11 GMT", "time", "15:11:00Z"]]],
  ["hour with pm", "Doors open at 7pm.", WED, [["7pm", "time", "19:00:00"]]],
  ["midnight", "The curfew starts at midnight.", WED, [["midnight", "time", "00:00:00"]]],
  ["holiday", "Stores close on Christmas Day.", WED, [["Christmas Day", "date", "2020-12-25"]]],
  // several in one sentence, in text order
  ["mixed", "On Tuesday, the court said that since 2015 it had heard 548 cases in 10 days.", WED, [["Tuesday", "date", "2021-03-16"], ["since 2015", "interval", "2015/2021-03-17"], ["10 days", "duration", "P10D"]]],
];

const negatives: Array<[topic: string, text: string]> = [
  ["counts are not years", "Police arrested 548 people and 2,963 individuals."],
  ["a four-digit count before a noun", "The army sent 2000 troops and 1500 vehicles."],
  ["approximate amount", "About 1900 residents were evacuated."],
  ["resolution number", "The council passed Resolution 1441 unanimously."],
  ["flight number", "Flight 1549 landed on the river."],
  ["phone numbers", "Call 555-1234 or +44 20 7946 0958 for details."],
  ["money and percentages", "Shares fell to $1999 and rose 2015% over the period."],
  ["decimal", "The index closed at 2014.55 points."],
  ["out of range", "The probe travelled 3021 kilometres."],
  ["verb may", "Officials may 5 times revise the plan."],
  ["name June", "June Carter sang."],
  ["ordinal second", "She won a second term."],
  ["one day as narrative", "One day the river flooded the town."],
  ["sports score", "The home side won 3-1."],
  ["newspaper", "The Sunday Times reported it."],
  ["newspaper noun", "The minister told the weekly that he would stay."],
  ["title-cased band name", "Tickets for Three Days Grace sold out."],
  ["early number without a temporal word", "A survey of 1709 schoolchildren followed."],
];

describe("dates", () => {
  it.each(cases)("%s", (_topic, text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it.each(negatives)("not a date: %s", (_topic, text) => {
    expect(dates(text, "2021-03-17")).toEqual([]);
    expect(dates(text, null)).toEqual([]);
  });

  it("records are in text order with offsets into the original text", () => {
    const text = "Héllo — on Friday, May 8, 2009, at 10:30 a.m., “since 2015” they said; in the 1990s too.";
    const doc = runPipeline(pipeline, new Doc("t", text, { published: "2009-05-08" }));
    const ds = doc.get("dates");
    expect(ds.map((d) => d.text)).toEqual(["Friday, May 8, 2009", "10:30 a.m.", "since 2015", "1990s"]);
    for (let i = 1; i < ds.length; i++) expect(ds[i]!.start).toBeGreaterThanOrEqual(ds[i - 1]!.end);
  });

  it("the kinds option filters the output", () => {
    const p = buildPipeline([{ name: "segment" }, { name: "dates", options: { kinds: ["date"] } }]);
    const doc = runPipeline(p, new Doc("t", "For three years, since 2015, on Monday.", { published: WED }));
    expect(doc.get("dates").map((d) => [d.text, d.kind])).toEqual([["Monday", "date"]]);
  });

  it("rejects an unknown option", () => {
    expect(() => buildPipeline([{ name: "segment" }, { name: "dates", options: { nope: 1 } }])).toThrow(/dates|nope/);
  });
});
