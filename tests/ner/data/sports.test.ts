import { describe, expect, it } from "vitest";
import { SPORTS } from "../../../src/ner/data/sports.js";

describe("sports data", () => {
  it("has clubs of every league the issue names and well-known competitions", () => {
    for (const league of ["football-england", "football-scotland", "football-spain", "football-italy", "football-germany", "football-france", "football-netherlands", "football-portugal", "football-belgium", "football-turkey", "football-americas", "baseball-mlb", "basketball-nba", "american-football-nfl", "ice-hockey-nhl", "cricket", "rugby"]) {
      expect(SPORTS.clubs[league]?.length ?? 0, league).toBeGreaterThan(10);
    }
    for (const c of ["Premier League", "Champions League", "World Cup", "Serie A", "Bundesliga", "NBA Finals", "Super Bowl", "Tour de France", "Davis Cup"]) expect(SPORTS.competitions, c).toContain(c);
  });
});
