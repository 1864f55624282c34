/**
 * Sports lexicon: clubs and franchises, governing bodies, competitions, and the words that make club names.
 *
 * Licence and provenance: hand-written for this project from general knowledge (like scripts/ner/lists.ts),
 * MIT with the rest of the repository. Not derived from any benchmark or annotated corpus.
 *
 * Convention (OntoNotes 5, our type system in src/schema/entity.ts): clubs, franchises, national federations
 * and leagues named as bodies ("the NBA", "UEFA") are ORG; named competitions and tournaments ("World Cup",
 * "Premier League", "Super Bowl", "Tour de France") are EVENT ("named ... sports events"). The CoNLL scheme
 * (src/eval/schemes/conll.json) maps EVENT to MISC, which is how CoNLL-2003 marks competitions, and ORG to ORG.
 *
 * Notation: one entry per club, "Full Name|short form|short form". A form ending in "*" is ambiguous (also a
 * place, a person's name or an ordinary word: "Liverpool*", "Wolves*") and is taken as the club only in an
 * article about sport; the rule (src/ner/rules/sports.ts) also treats a one-word form as ambiguous when the
 * gazetteer knows it as a place or a given name. "Wimbledon" is the tennis championships (the football club
 * is AFC Wimbledon).
 */
export interface SportsLexicon {
  clubs: Record<string, string[]>;
  /** leagues and bodies named as organisations */
  bodies: string[];
  competitions: string[];
  /** words before a place that make a club name ("Olympique Marseille", "Dynamo Kiev") */
  clubPrefixes: string[];
  /** words after a name that make a club name ("Bristol Rovers", "Partick Thistle") */
  clubSuffixes: string[];
  /** words that make an article about sport */
  sportWords: string[];
}

export const SPORTS: SportsLexicon = {
  clubs: {
    "football-england": [
      "Arsenal|Gunners*", "Aston Villa|Villa*", "Bournemouth*|AFC Bournemouth", "Brentford*", "Brighton*|Brighton and Hove Albion|Brighton & Hove Albion",
      "Burnley*", "Chelsea*", "Crystal Palace|Palace*", "Everton*|Toffees*", "Fulham*", "Ipswich*|Ipswich Town",
      "Leicester*|Leicester City", "Liverpool*", "Luton*|Luton Town", "Manchester City|Man City|City*", "Manchester United|Man United|Man Utd|United*",
      "Newcastle*|Newcastle United", "Nottingham Forest|Forest*", "Sheffield United", "Southampton*|Saints*", "Tottenham*|Tottenham Hotspur|Spurs",
      "West Ham|West Ham United|Hammers*", "Wolverhampton*|Wolverhampton Wanderers|Wolves*", "Leeds*|Leeds United", "Middlesbrough*|Boro*",
      "Sunderland*", "Derby*|Derby County", "Blackburn*|Blackburn Rovers", "Bolton*|Bolton Wanderers", "Coventry*|Coventry City",
      "Sheffield Wednesday", "Queens Park Rangers|QPR", "AFC Wimbledon", "Norwich*|Norwich City", "Watford*", "Stoke*|Stoke City",
      "West Bromwich Albion|West Brom", "Charlton*|Charlton Athletic", "Birmingham*|Birmingham City", "Portsmouth*", "Reading*",
      "Wigan*|Wigan Athletic", "Hull*|Hull City", "Swansea*|Swansea City", "Cardiff*|Cardiff City", "Huddersfield*|Huddersfield Town",
      "Bradford*|Bradford City", "Oldham*|Oldham Athletic", "Barnsley*", "Millwall", "Crewe*|Crewe Alexandra", "Port Vale",
      "Bristol City", "Bristol Rovers", "Plymouth*|Plymouth Argyle", "Preston*|Preston North End", "Tranmere*|Tranmere Rovers",
      "Grimsby*|Grimsby Town", "Oxford United", "Swindon*|Swindon Town", "Leyton Orient", "Notts County", "Rotherham*|Rotherham United",
      "Peterborough*|Peterborough United", "Blackpool*", "Burton Albion", "Doncaster*|Doncaster Rovers", "Scunthorpe*|Scunthorpe United",
      "Gillingham*", "Southend*|Southend United", "Cambridge United", "Colchester*|Colchester United", "Wycombe*|Wycombe Wanderers",
      "Stockport*|Stockport County", "Carlisle*|Carlisle United", "Mansfield*|Mansfield Town", "Northampton*|Northampton Town", "Walsall*", "Wrexham*",
    ],
    "football-scotland": [
      "Celtic*", "Rangers*|Glasgow Rangers", "Aberdeen*", "Heart of Midlothian|Hearts*", "Hibernian|Hibs", "Dundee*|Dundee United",
      "Motherwell*", "Kilmarnock*", "St Johnstone|St. Johnstone", "St Mirren|St. Mirren", "Partick Thistle", "Ross County",
      "Livingston*", "Hamilton Academical", "Falkirk*", "Dunfermline*|Dunfermline Athletic", "Raith Rovers", "Inverness Caledonian Thistle",
    ],
    "football-spain": [
      "Real Madrid", "Barcelona*|Barca|Barça|FC Barcelona", "Atletico Madrid|Atlético Madrid|Atletico|Atlético", "Sevilla*", "Valencia*",
      "Villarreal*", "Real Sociedad", "Athletic Bilbao|Athletic Club", "Real Betis|Betis", "Celta Vigo|Celta", "Espanyol", "Getafe*",
      "Osasuna", "Rayo Vallecano", "Mallorca*|Real Mallorca", "Deportivo La Coruna|Deportivo La Coruña|Deportivo", "Real Zaragoza|Zaragoza*",
      "Tenerife*", "Real Oviedo|Oviedo*", "Racing Santander", "Sporting Gijon|Sporting Gijón", "Real Valladolid|Valladolid*", "Alaves|Alavés|Deportivo Alaves",
      "Malaga*|Málaga*", "Granada*", "Levante*", "Cadiz*|Cádiz*", "Elche*", "Girona*", "Almeria*", "Compostela*", "Salamanca*", "Extremadura*",
      "Hercules*", "Logrones*", "Las Palmas*", "Numancia",
    ],
    "football-italy": [
      "Juventus|Juve", "AC Milan|Milan*", "Inter Milan|Internazionale|Inter*", "AS Roma|Roma*", "Lazio*", "Napoli*", "Fiorentina", "Atalanta",
      "Torino*", "Sampdoria", "Genoa*", "Bologna*", "Udinese", "Parma*", "Cagliari*", "Hellas Verona|Verona*", "Sassuolo", "Empoli*",
      "Lecce*", "Salernitana", "Spezia*", "Monza*", "Frosinone*", "Cremonese", "Piacenza*", "Vicenza*", "Perugia*", "Reggiana", "Bari*",
      "Brescia*", "Chievo|Chievo Verona", "Venezia*", "Palermo*", "Catania*", "Reggina", "Foggia*", "Padova*", "Ancona*",
    ],
    "football-germany": [
      "Bayern Munich|Bayern Munchen|Bayern München|Bayern", "Borussia Dortmund|Dortmund*", "Borussia Moenchengladbach|Borussia Mönchengladbach|Borussia Monchengladbach|Gladbach",
      "Bayer Leverkusen|Leverkusen*", "RB Leipzig", "Schalke|Schalke 04", "Werder Bremen|Werder|Bremen*", "VfB Stuttgart|Stuttgart*",
      "Eintracht Frankfurt|Eintracht", "Hamburg SV|Hamburger SV|Hamburg*|HSV", "VfL Wolfsburg|Wolfsburg*", "Hertha Berlin|Hertha BSC|Hertha",
      "Union Berlin", "SC Freiburg|Freiburg*", "Hoffenheim|TSG Hoffenheim", "FC Cologne|Cologne*|FC Koeln|FC Köln|Koeln*", "Mainz*|Mainz 05",
      "FC Augsburg|Augsburg*", "Kaiserslautern*|FC Kaiserslautern", "VfL Bochum|Bochum*", "Hansa Rostock", "Karlsruhe*|Karlsruher SC",
      "Fortuna Duesseldorf|Fortuna Düsseldorf", "MSV Duisburg|Duisburg*", "1860 Munich|TSV 1860", "Arminia Bielefeld|Bielefeld*",
      "St Pauli|St. Pauli", "Hannover 96", "Nuremberg*|FC Nuremberg|Nürnberg*", "Dynamo Dresden",
    ],
    "football-france": [
      "Paris St Germain|Paris St. Germain|Paris Saint-Germain|Paris SG|PSG", "Olympique Marseille|Marseille*", "Olympique Lyon|Olympique Lyonnais|Lyon*",
      "Monaco*|AS Monaco", "Lille*|Lille OSC", "Rennes*|Stade Rennais", "Nice*|OGC Nice", "Lens*|RC Lens", "Nantes*|FC Nantes", "Bordeaux*|Girondins Bordeaux",
      "Saint-Etienne*|St Etienne*|AS Saint-Etienne", "Montpellier*", "Toulouse*", "Strasbourg*|RC Strasbourg", "Auxerre*|AJ Auxerre", "Metz*|FC Metz",
      "Guingamp*", "Bastia*|SC Bastia", "Le Havre*", "Caen*", "Lorient*", "Reims*|Stade de Reims", "Sochaux*", "Cannes*", "Brest*",
    ],
    "football-netherlands": [
      "Ajax|Ajax Amsterdam", "PSV|PSV Eindhoven", "Feyenoord|Feyenoord Rotterdam", "AZ Alkmaar|AZ", "FC Twente|Twente*", "FC Utrecht|Utrecht*",
      "Vitesse|Vitesse Arnhem", "Heerenveen*|SC Heerenveen", "FC Groningen|Groningen*", "Willem II", "NAC Breda|NAC", "Roda JC|Roda",
      "Sparta Rotterdam", "NEC Nijmegen|NEC", "Go Ahead Eagles", "RKC Waalwijk", "Fortuna Sittard", "De Graafschap", "Heracles Almelo|Heracles",
    ],
    "football-portugal": [
      "Benfica", "Porto*|FC Porto", "Sporting Lisbon|Sporting Clube de Portugal|Sporting CP|Sporting*", "Braga*|Sporting Braga",
      "Vitoria Guimaraes|Vitória Guimarães|Guimaraes*", "Boavista", "Maritimo|Marítimo", "Belenenses", "Vitoria Setubal|Vitória Setúbal",
      "Rio Ave", "Gil Vicente", "Estoril*", "Farense", "Salgueiros", "Academica|Académica",
    ],
    "football-belgium": [
      "Anderlecht", "Club Brugge|Club Bruges|Brugge*", "Standard Liege|Standard Liège", "Genk*|Racing Genk|KRC Genk", "Gent*|KAA Gent",
      "Antwerp*|Royal Antwerp", "Charleroi*", "Mechelen*|KV Mechelen", "Lierse", "Cercle Brugge", "Lokeren*", "Germinal Ekeren", "Union Saint-Gilloise",
    ],
    "football-turkey": [
      "Galatasaray", "Fenerbahce|Fenerbahçe", "Besiktas|Beşiktaş", "Trabzonspor", "Bursaspor", "Basaksehir|Başakşehir|Istanbul Basaksehir",
      "Genclerbirligi|Gençlerbirliği", "Kocaelispor", "Antalyaspor", "Konyaspor", "Sivasspor", "Kayserispor", "Gaziantepspor",
    ],
    "football-europe-other": [
      "Olympiakos|Olympiacos", "Panathinaikos", "AEK Athens|AEK", "PAOK", "Red Star Belgrade|Crvena Zvezda", "Partizan Belgrade|Partizan",
      "Dinamo Zagreb", "Hajduk Split", "Dynamo Kiev|Dynamo Kyiv", "Shakhtar Donetsk|Shakhtar", "Spartak Moscow|Spartak", "CSKA Moscow", "Lokomotiv Moscow",
      "Zenit St Petersburg|Zenit St. Petersburg|Zenit", "Dynamo Moscow", "Rapid Vienna|Rapid Wien", "Austria Vienna", "Sturm Graz", "Red Bull Salzburg|Salzburg*",
      "Grasshoppers|Grasshopper Zurich|Grasshopper", "FC Basel|Basel*", "Young Boys", "Servette", "Sion*|FC Sion", "Sparta Prague", "Slavia Prague", "Viktoria Plzen|Viktoria Plzeň",
      "Legia Warsaw", "Widzew Lodz", "Ferencvaros|Ferencváros", "Steaua Bucharest|Steaua|FCSB", "Dinamo Bucharest", "Rosenborg", "Molde*", "Brondby|Brøndby",
      "FC Copenhagen", "Malmo FF|Malmö FF", "IFK Gothenburg|IFK Goteborg|IFK Göteborg", "AIK", "Helsingborg*", "Maccabi Tel Aviv", "Maccabi Haifa", "Hapoel Tel Aviv",
      "Levski Sofia", "CSKA Sofia", "Ludogorets", "APOEL", "Anorthosis", "Sheriff Tiraspol", "Dinamo Tbilisi", "Skonto Riga", "Shamrock Rovers", "Bohemians",
    ],
    "football-americas": [
      "Flamengo", "Fluminense", "Vasco da Gama|Vasco", "Botafogo", "Corinthians", "Palmeiras", "Santos*", "Sao Paulo*|São Paulo*", "Gremio|Grêmio",
      "Internacional", "Cruzeiro", "Atletico Mineiro|Atlético Mineiro", "Bahia*", "Vitoria*", "Sport Recife", "Athletico Paranaense|Atletico Paranaense",
      "Boca Juniors|Boca", "River Plate", "Independiente", "Racing Club", "San Lorenzo", "Estudiantes", "Velez Sarsfield|Vélez Sarsfield|Velez",
      "Newell's Old Boys|Newell's", "Rosario Central", "Lanus|Lanús", "Huracan|Huracán", "Penarol|Peñarol", "Nacional*", "Colo Colo|Colo-Colo",
      "Universidad de Chile", "Universidad Catolica|Universidad Católica", "Olimpia*", "Cerro Porteno|Cerro Porteño", "Atletico Nacional|Atlético Nacional",
      "Millonarios", "America de Cali|América de Cali", "Alianza Lima", "Universitario", "Sporting Cristal", "LDU Quito", "Barcelona SC", "Emelec",
      "Club America|Club América", "Chivas|Chivas Guadalajara", "Cruz Azul", "Pumas UNAM", "Monterrey*|CF Monterrey",
      "Tigres UANL", "Toluca*", "Santos Laguna", "Pachuca*", "Necaxa", "Puebla*",
      "LA Galaxy|Los Angeles Galaxy", "Inter Miami", "Seattle Sounders|Sounders", "Portland Timbers|Timbers", "Atlanta United", "New York Red Bulls|Red Bulls",
      "New York City FC|NYCFC", "DC United|D.C. United", "Toronto FC", "CF Montreal|Montreal Impact", "Vancouver Whitecaps|Whitecaps", "Columbus Crew", "Chicago Fire",
      "New England Revolution", "Philadelphia Union", "Sporting Kansas City", "FC Dallas", "Houston Dynamo", "Real Salt Lake", "Colorado Rapids", "San Jose Earthquakes",
      "Minnesota United", "Orlando City", "Nashville SC", "Austin FC", "FC Cincinnati", "Charlotte FC", "St. Louis City SC", "LAFC|Los Angeles FC",
    ],
    "football-asia-africa": [
      "Al Ahly", "Zamalek", "Esperance Tunis|Espérance de Tunis", "Raja Casablanca", "Wydad Casablanca", "Kaizer Chiefs", "Orlando Pirates", "Mamelodi Sundowns",
      "TP Mazembe", "Al Hilal", "Al Nassr", "Al Ittihad", "Persepolis*", "Esteghlal", "Urawa Reds|Urawa Red Diamonds", "Kashima Antlers", "Yokohama Marinos",
      "Jubilo Iwata", "Gamba Osaka", "Guangzhou Evergrande", "Shanghai SIPG", "Jeonbuk Motors", "Pohang Steelers", "Ulsan Hyundai", "Melbourne Victory", "Sydney FC",
    ],
    "baseball-mlb": [
      "New York Yankees|Yankees", "Boston Red Sox|Red Sox", "Toronto Blue Jays|Blue Jays", "Baltimore Orioles|Orioles*", "Tampa Bay Rays|Tampa Bay Devil Rays|Devil Rays|Rays*",
      "Chicago White Sox|White Sox", "Cleveland Indians|Cleveland Guardians|Indians*|Guardians*", "Detroit Tigers|Tigers*", "Kansas City Royals|Royals*",
      "Minnesota Twins|Twins*", "Houston Astros|Astros", "Los Angeles Angels|California Angels|Anaheim Angels|Angels*", "Oakland Athletics|Oakland A's|Athletics*",
      "Seattle Mariners|Mariners*", "Texas Rangers", "Atlanta Braves|Braves*", "Miami Marlins|Florida Marlins|Marlins", "New York Mets|Mets",
      "Philadelphia Phillies|Phillies", "Washington Nationals|Montreal Expos|Expos|Nationals*", "Chicago Cubs|Cubs*", "Cincinnati Reds|Reds*",
      "Milwaukee Brewers|Brewers*", "Pittsburgh Pirates|Pirates*", "St. Louis Cardinals|St Louis Cardinals|Cardinals*", "Arizona Diamondbacks|Diamondbacks",
      "Colorado Rockies|Rockies*", "Los Angeles Dodgers|Dodgers", "San Diego Padres|Padres*", "San Francisco Giants|Giants*",
    ],
    "basketball-nba": [
      "Boston Celtics|Celtics", "Brooklyn Nets|New Jersey Nets|Nets*", "New York Knicks|Knicks", "Philadelphia 76ers|76ers|Sixers", "Toronto Raptors|Raptors",
      "Chicago Bulls|Bulls*", "Cleveland Cavaliers|Cavaliers*|Cavs", "Detroit Pistons|Pistons", "Indiana Pacers|Pacers", "Milwaukee Bucks|Bucks*",
      "Atlanta Hawks|Hawks*", "Charlotte Hornets|Hornets*|Charlotte Bobcats", "Miami Heat|Heat*", "Orlando Magic|Magic*", "Washington Wizards|Washington Bullets|Wizards*|Bullets*",
      "Denver Nuggets|Nuggets", "Minnesota Timberwolves|Timberwolves", "Oklahoma City Thunder|Thunder*|Seattle SuperSonics|SuperSonics|Sonics", "Portland Trail Blazers|Trail Blazers|Blazers",
      "Utah Jazz|Jazz*", "Golden State Warriors|Warriors*", "Los Angeles Clippers|LA Clippers|Clippers", "Los Angeles Lakers|LA Lakers|Lakers",
      "Phoenix Suns|Suns*", "Sacramento Kings|Kings*", "Dallas Mavericks|Mavericks*|Mavs", "Houston Rockets|Rockets*", "Memphis Grizzlies|Vancouver Grizzlies|Grizzlies",
      "New Orleans Pelicans|Pelicans*", "San Antonio Spurs",
    ],
    "american-football-nfl": [
      "Buffalo Bills|Bills*", "Miami Dolphins|Dolphins*", "New England Patriots|Patriots*", "New York Jets|Jets*", "Baltimore Ravens|Ravens*",
      "Cincinnati Bengals|Bengals", "Cleveland Browns|Browns*", "Pittsburgh Steelers|Steelers", "Houston Texans|Texans*", "Indianapolis Colts|Colts*",
      "Jacksonville Jaguars|Jaguars*", "Tennessee Titans|Titans*|Houston Oilers|Oilers*", "Denver Broncos|Broncos", "Kansas City Chiefs|Chiefs*",
      "Las Vegas Raiders|Oakland Raiders|Los Angeles Raiders|Raiders*", "Los Angeles Chargers|San Diego Chargers|Chargers*", "Dallas Cowboys|Cowboys*",
      "New York Giants", "Philadelphia Eagles|Eagles*", "Washington Redskins|Washington Commanders|Redskins|Commanders*", "Chicago Bears|Bears*",
      "Detroit Lions|Lions*", "Green Bay Packers|Packers", "Minnesota Vikings|Vikings*", "Atlanta Falcons|Falcons*", "Carolina Panthers|Panthers*",
      "New Orleans Saints", "Tampa Bay Buccaneers|Buccaneers|Bucs", "Arizona Cardinals|Phoenix Cardinals", "Los Angeles Rams|St. Louis Rams|Rams*",
      "San Francisco 49ers|49ers|Niners", "Seattle Seahawks|Seahawks",
    ],
    "ice-hockey-nhl": [
      "Boston Bruins|Bruins", "Buffalo Sabres|Sabres", "Detroit Red Wings|Red Wings", "Florida Panthers", "Montreal Canadiens|Canadiens|Habs",
      "Ottawa Senators|Senators*", "Tampa Bay Lightning|Lightning*", "Toronto Maple Leafs|Maple Leafs", "Carolina Hurricanes|Hartford Whalers|Whalers|Hurricanes*",
      "Columbus Blue Jackets|Blue Jackets", "New Jersey Devils|Devils*", "New York Islanders|Islanders*", "New York Rangers", "Philadelphia Flyers|Flyers*",
      "Pittsburgh Penguins|Penguins*", "Washington Capitals|Capitals*", "Chicago Blackhawks|Blackhawks", "Colorado Avalanche|Avalanche*|Quebec Nordiques|Nordiques",
      "Dallas Stars|Stars*", "Minnesota Wild", "Nashville Predators|Predators*", "St. Louis Blues|St Louis Blues", "Winnipeg Jets", "Arizona Coyotes|Phoenix Coyotes|Coyotes*",
      "Anaheim Ducks|Mighty Ducks|Ducks*", "Calgary Flames|Flames*", "Edmonton Oilers", "Los Angeles Kings", "San Jose Sharks|Sharks*", "Seattle Kraken|Kraken*",
      "Vancouver Canucks|Canucks", "Vegas Golden Knights|Golden Knights", "Utah Hockey Club",
    ],
    "cricket": [
      "Derbyshire*", "Durham*", "Essex*", "Glamorgan*", "Gloucestershire*", "Hampshire*", "Kent*", "Lancashire*", "Leicestershire*", "Middlesex*",
      "Northamptonshire*", "Nottinghamshire*", "Somerset*", "Surrey*", "Sussex*", "Warwickshire*", "Worcestershire*", "Yorkshire*", "Marylebone Cricket Club|MCC",
      "Mumbai Indians", "Chennai Super Kings", "Royal Challengers Bangalore|Royal Challengers Bengaluru|Royal Challengers", "Kolkata Knight Riders|Knight Riders",
      "Delhi Capitals|Delhi Daredevils", "Rajasthan Royals", "Sunrisers Hyderabad|Sunrisers", "Punjab Kings|Kings XI Punjab", "Lucknow Super Giants", "Gujarat Titans",
      "Sydney Sixers", "Sydney Thunder", "Melbourne Stars", "Melbourne Renegades", "Perth Scorchers", "Brisbane Heat", "Adelaide Strikers", "Hobart Hurricanes",
    ],
    "rugby": [
      "Leicester Tigers", "Bath Rugby", "Saracens", "Harlequins", "Wasps*", "Northampton Saints", "Gloucester Rugby", "Sale Sharks", "Bristol Bears", "Exeter Chiefs",
      "Newcastle Falcons", "London Irish", "Worcester Warriors", "Leinster*", "Munster*", "Ulster*", "Connacht*", "Stade Toulousain", "Stade Francais|Stade Français",
      "Racing 92|Racing Metro", "Clermont Auvergne|ASM Clermont", "Toulon*|RC Toulon", "La Rochelle*", "Glasgow Warriors", "Edinburgh Rugby", "Cardiff Blues", "Ospreys",
      "Scarlets", "Llanelli Scarlets", "Auckland Blues", "Canterbury Crusaders|Crusaders*", "Waikato Chiefs", "Otago Highlanders|Highlanders*",
      "Wellington Hurricanes", "ACT Brumbies|Brumbies", "NSW Waratahs|Waratahs", "Queensland Reds", "Western Force", "Melbourne Rebels", "Natal Sharks",
      "Northern Bulls|Blue Bulls", "Golden Lions", "Free State Cheetahs|Cheetahs*", "Stormers", "Jaguares",
      "Wigan Warriors", "St Helens*", "Leeds Rhinos|Rhinos", "Bradford Bulls", "Warrington Wolves", "Castleford Tigers", "Hull FC", "Hull Kingston Rovers|Hull KR",
      "Catalans Dragons", "Brisbane Broncos", "Canberra Raiders", "Melbourne Storm", "Penrith Panthers", "Sydney Roosters", "South Sydney Rabbitohs|Rabbitohs",
      "Parramatta Eels", "Canterbury Bulldogs", "Manly Sea Eagles", "Cronulla Sharks", "North Queensland Cowboys", "Newcastle Knights",
    ],
    "cycling": [
      "Team Sky|Team Ineos|Ineos Grenadiers", "Jumbo-Visma|Visma-Lease a Bike", "UAE Team Emirates", "Movistar", "Deceuninck-Quick-Step|Soudal Quick-Step",
      "Team Telekom", "Banesto", "ONCE*", "Festina", "Mapei", "US Postal|U.S. Postal", "Rabobank", "Cofidis", "Bora-Hansgrohe", "EF Education First",
    ],
    "motor-racing": ["Scuderia Ferrari", "McLaren*", "Red Bull Racing", "Benetton*", "Sauber", "Minardi", "Tyrrell", "Ligier"],
  },
  bodies: [
    "NBA", "NFL", "NHL", "MLB", "MLS", "WNBA", "NCAA", "ATP", "WTA", "PGA", "LPGA", "ICC", "IOC", "FIFA", "UEFA", "CONCACAF", "CONMEBOL",
    "FA*", "Football Association", "English Football League", "Scottish Football Association", "Rugby Football Union|RFU",
    "World Rugby", "International Rugby Board|IRB", "England and Wales Cricket Board", "Test and County Cricket Board", "Board of Control for Cricket in India|BCCI",
    "International Olympic Committee", "World Anti-Doping Agency|WADA", "Court of Arbitration for Sport", "International Tennis Federation|ITF", "UCI*", "FIA*",
    "Major League Baseball", "National Basketball Association", "National Football League", "National Hockey League", "Major League Soccer",
    "IAAF", "World Athletics", "DFB", "KNVB",
  ],
  competitions: [
    "Premier League", "English Premier League", "Premiership", "Scottish Premiership", "Scottish Premier League", "League One", "League Two",
    "FA Cup", "League Cup", "Coca-Cola Cup", "Carabao Cup", "Charity Shield", "Community Shield", "Scottish Cup", "Scottish League Cup",
    "Champions League", "UEFA Champions League", "European Cup", "Europa League", "UEFA Cup", "Cup Winners' Cup", "Cup Winners Cup", "Conference League", "Super Cup",
    "Intertoto Cup", "Club World Cup", "Serie A", "Serie B", "Coppa Italia", "Bundesliga", "German Cup", "DFB-Pokal", "DFB Pokal", "La Liga", "Primera Division",
    "Primera División", "Segunda Division", "Copa del Rey", "King's Cup", "Ligue 1", "Ligue 2", "Coupe de France", "French Cup", "Eredivisie", "KNVB Cup", "Dutch Cup",
    "Primeira Liga", "Taca de Portugal", "Super Lig", "Süper Lig", "Jupiler League", "Copa Libertadores", "Copa Sudamericana", "Copa America", "Copa América",
    "Gold Cup", "Africa Cup of Nations", "African Nations Cup", "Asian Cup", "World Cup", "FIFA World Cup", "Women's World Cup", "European Championship",
    "European Championships", "Nations League", "Confederations Cup", "Brasileirao", "Brasileirão", "Liga MX", "Indian Premier League", "IPL", "Big Bash",
    "Big Bash League", "County Championship", "Sheffield Shield", "Ranji Trophy", "Ashes*", "World Series", "Super Bowl", "Stanley Cup", "NBA Finals",
    "NBA Playoffs", "Pro Bowl", "All-Star Game", "Rose Bowl", "Orange Bowl", "Sugar Bowl", "Fiesta Bowl", "Cotton Bowl", "March Madness", "Final Four",
    "Tour de France", "Giro d'Italia", "Giro*", "Vuelta a Espana", "Vuelta a España", "Vuelta*", "Paris-Roubaix", "Milan-San Remo", "Tour of Flanders",
    "Liege-Bastogne-Liege", "Wimbledon*", "Wimbledon Championships", "U.S. Open", "US Open", "Australian Open", "French Open", "Roland Garros", "Roland-Garros", "Davis Cup", "Fed Cup", "Billie Jean King Cup",
    "ATP Finals", "ATP Tour", "WTA Tour", "Masters*", "U.S. Masters", "US Masters", "British Open", "Open Championship", "PGA Championship", "U.S. PGA Championship",
    "Ryder Cup", "Solheim Cup", "Presidents Cup", "PGA Tour", "European Tour", "Six Nations", "Five Nations", "Tri-Nations", "Tri Nations", "Rugby Championship",
    "Rugby World Cup", "Super 12", "Super 14", "Super Rugby", "Heineken Cup", "Heineken Champions Cup", "Currie Cup", "Bledisloe Cup", "Super League", "Challenge Cup",
    "State of Origin", "Olympics", "Olympic Games", "Summer Olympics", "Winter Olympics", "Paralympics", "Paralympic Games", "Commonwealth Games", "Asian Games",
    "Pan American Games", "World Athletics Championships", "Formula One", "Formula 1", "Kentucky Derby", "Epsom Derby", "Grand National", "Melbourne Cup",
    "Prix de l'Arc de Triomphe", "Royal Ascot", "Dakar Rally", "24 Hours of Le Mans", "Indianapolis 500", "Daytona 500", "America's Cup", "Boston Marathon",
    "London Marathon", "New York Marathon", "Golden League", "Diamond League",
  ],
  clubPrefixes: [
    "FC", "AFC", "SC", "SV", "VfB", "VfL", "TSV", "FSV", "FK", "NK", "SK", "HNK", "KRC", "KV", "KAA", "OGC", "RCD", "Olympique", "Dynamo", "Dinamo", "Spartak",
    "Lokomotiv", "Borussia", "Eintracht", "Hapoel", "Maccabi", "Beitar", "Atletico", "Atlético", "Deportivo", "Partizan", "Slavia",
    "AS*", "AC*", "SS*", "US*", "CD*", "CF*", "UD*", "RC*", "AJ*", "Sporting*", "Racing*", "Sparta*", "Rapid*", "Stade*", "Torpedo*", "Fortuna*", "Real*", "Inter*",
  ],
  clubSuffixes: [
    "FC", "F.C.", "AFC", "A.F.C.", "Hotspur", "Wanderers", "Rovers", "Argyle", "Thistle", "Academical", "Academicals", "Calcio",
    "CF*", "SC*", "Albion*", "Athletic*", "Alexandra*", "United*", "City*", "Town*", "County*", "Orient*", "Spor*", "Juniors*",
  ],
  sportWords: [
    "soccer", "football", "footballer", "rugby", "cricket", "cricketer", "basketball", "baseball", "hockey", "tennis", "golf", "golfer", "cycling", "cyclist", "athletics",
    "scored", "scorer", "striker", "midfielder", "goalkeeper", "goalkeepers", "winger", "defender", "half-time", "halftime", "equaliser", "equalizer", "hat-trick", "hat-tricks",
    "referee", "kick-off", "fixture", "fixtures", "league", "semi-final", "semifinal", "semi-finals", "quarter-final", "quarterfinal", "quarter-finals", "play-off", "play-offs",
    "playoff", "playoffs", "standings", "stadium", "relegation", "relegated", "innings", "inning", "wicket", "wickets", "bowler", "batsman", "batsmen", "touchdown",
    "touchdowns", "quarterback", "pitcher", "homer", "homers", "rebounds", "try-scorer", "penalty", "goals", "coach", "tournament", "champions", "unbeaten",
  ],
};
