import { describe, expect, it } from "vitest";
import { SPORTS } from "../src/ner/data/sports.js";
import { mentions, WIRE_1996 } from "./helpers.js";

// Sports clubs and competitions (src/ner/rules/sports.ts, lexicon src/ner/data/sports.ts) through the real
// tagger, on sentences written for these tests.
const typesOf = (text: string, name: string): string[] => mentions(text).filter((m) => m.text === name).map((m) => m.type);

describe("sports clubs", () => {
  it("two clubs in a match report are organisations, the town-named one too", () => {
    const ms = mentions("Arsenal beat Chelsea 2-1 at Highbury on Saturday.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Arsenal", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Chelsea", type: "ORG" }));
  });

  it("a town that names a club stays a place outside sport", () => {
    expect(typesOf("Chelsea is a district of London.", "Chelsea")).not.toContain("ORG");
    expect(typesOf("He moved to Liverpool in 1990.", "Liverpool")).not.toContain("ORG");
    expect(typesOf("The company opened a new office in Milan last year.", "Milan")).not.toContain("ORG");
  });

  it("a town after 'in' stays the place even in a sports article (with the wire-1996 pack's teams rule)", () => {
    const ms = mentions("Liverpool drew 1-1 with Everton on Sunday. Thousands of fans gathered in Liverpool before the match.", WIRE_1996);
    // the club once (the model may or may not tag the town; the rule never makes it the club)
    expect(ms.filter((m) => m.text === "Liverpool" && m.type === "ORG")).toHaveLength(1);
    expect(ms).toContainEqual(expect.objectContaining({ text: "Everton", type: "ORG" }));
  });

  it("reads a results table", () => {
    const text = "Italian league results on Sunday:\n\nJuventus 3 Lazio 1\nNapoli 0 Fiorentina 2\n";
    const ms = mentions(text);
    for (const club of ["Juventus", "Lazio", "Napoli", "Fiorentina"]) expect(ms, club).toContainEqual(expect.objectContaining({ text: club, type: "ORG" }));
  });

  it("full franchise names and short forms", () => {
    const ms = mentions("The Chicago Cubs beat the New York Mets 5-3 on Tuesday, and Man United were held by Spurs.");
    for (const club of ["Chicago Cubs", "New York Mets", "Man United", "Spurs"]) expect(ms, club).toContainEqual(expect.objectContaining({ text: club, type: "ORG" }));
  });

  it("club-name patterns the lexicon lacks", () => {
    const ms = mentions("Dinamo Minsk lost 2-0 to FC Vaduz in the first qualifying round, while Bohemian Rovers scored twice.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Dinamo Minsk", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "FC Vaduz", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Bohemian Rovers", type: "ORG" }));
  });

  it("a common noun in lower case is no club, and a club inside a longer name is not cut out", () => {
    expect(mentions("The army's arsenal includes old tanks and artillery.").some((m) => m.type === "ORG")).toBe(false);
    const ms = mentions("Chelsea Clinton spoke at the conference on Monday.");
    expect(ms.some((m) => m.text === "Chelsea")).toBe(false);
  });
});

describe("sports competitions", () => {
  it("competitions are events, the clubs organisations", () => {
    const ms = mentions("Real Madrid won the Champions League final against Juventus in Cardiff.");
    expect(ms).toContainEqual(expect.objectContaining({ text: "Real Madrid", type: "ORG" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Champions League", type: "EVENT" }));
    expect(ms).toContainEqual(expect.objectContaining({ text: "Juventus", type: "ORG" }));
    expect(mentions("He rode the Tour de France twice before retiring.")).toContainEqual(expect.objectContaining({ text: "Tour de France", type: "EVENT" }));
  });

  it("a lower-cased word breaks a competition's name", () => {
    const ms = mentions("The team missed the European championship finals through injury.");
    expect(ms.some((m) => m.text === "European championship")).toBe(false);
  });

  it("records where a mention came from", () => {
    expect(mentions("Galatasaray signed a striker from Fenerbahce.").filter((m) => m.type === "ORG").map((m) => m.source)).toContain("entities:sports");
  });
});

describe("sports lexicon", () => {
  it("has clubs of every league the issue names and well-known competitions", () => {
    for (const league of ["football-england", "football-scotland", "football-spain", "football-italy", "football-germany", "football-france", "football-netherlands", "football-portugal", "football-belgium", "football-turkey", "football-americas", "baseball-mlb", "basketball-nba", "american-football-nfl", "ice-hockey-nhl", "cricket", "rugby"]) {
      expect(SPORTS.clubs[league]?.length ?? 0, league).toBeGreaterThan(10);
    }
    for (const c of ["Premier League", "Champions League", "World Cup", "Serie A", "Bundesliga", "NBA Finals", "Super Bowl", "Tour de France", "Davis Cup"]) expect(SPORTS.competitions, c).toContain(c);
  });
});

describe("towns that win and lose", () => {
  it("in an article about sport, a town that won or lost is its team, also where it is mentioned again", () => {
    const text = "Baseball roundup. Milwaukee has won 10 of its last 15 games against the Chicago Cubs. The Brewers play in Milwaukee tonight, and Milwaukee faces Boston.";
    const ms = mentions(text).filter((m) => m.text === "Milwaukee");
    // the rule leaves "in Milwaukee" a place; the article-wide vote (one name, one type) then decides it
    expect([ms[0]?.type, ms[2]?.type]).toEqual(["ORG", "ORG"]);
  });
  it("outside an article about sport, a town that 'won' is not made a team", () => {
    expect(typesOf("The city council said Milwaukee won a federal grant for its harbour.", "Milwaukee")).not.toContain("ORG");
  });
});
