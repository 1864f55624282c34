// Hand-written word lists for the NER gazetteers (general English knowledge, written for this project).

export const TITLES = [
  "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Maj.",
  "Gov.", "Sen.", "Rep.", "Rev.", "Fr.", "Sr.", "Hon.", "Pres.", "Supt.", "Insp.", "Mme.", "Mme", "Messrs.",
  "President", "Vice-President", "Minister", "Secretary", "Secretary-General", "General", "King", "Queen", "Prince",
  "Princess", "Senator", "Pope", "Chancellor", "Mayor", "Governor", "Representative", "Congressman", "Congresswoman",
  "Judge", "Justice", "Ambassador", "Commander", "Colonel", "Lieutenant", "Captain", "Sergeant", "Admiral", "Sheikh",
  "Sheik", "Cardinal", "Archbishop", "Bishop", "Reverend", "Father", "Sister", "Sir", "Lord", "Lady", "Dame",
  "Professor", "Chairman", "Chairwoman", "Chairperson", "Speaker", "Premier", "Emir", "Sultan", "Ayatollah", "Mullah",
  "Imam", "Rabbi", "Pastor", "Coach", "Director", "Spokesman", "Spokeswoman", "Inspector", "Detective",
  "Superintendent", "Marshal", "Brigadier", "Private", "Corporal", "Officer", "Chief", "Deputy", "Envoy", "Counsel",
  "Attorney", "Prosecutor", "Commissioner", "Chief Executive", "CEO", "Dr", "Saint", "Crown Prince", "Prime Minister",
  "Foreign Minister", "Defense Minister", "Defence Minister", "Interior Minister", "Finance Minister",
  "Defense Secretary", "Secretary of State", "Vice President", "Vice Premier", "Deputy Prime Minister",
  "Attorney General", "Major General", "Lieutenant General", "Brigadier General", "Field Marshal",
  "Archduke", "Duke", "Duchess", "Count", "Countess", "Baron", "Baroness", "Emperor", "Empress", "Tsar", "Czar",
  "Grand Ayatollah", "Patriarch", "Rabbi", "Head Coach", "Manager", "Striker", "Midfielder", "Goalkeeper",
];

/** Words that, as part of a capitalised name, mark an organisation. */
export const ORG_KEYS = [
  "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "Limited", "LLC", "PLC", "plc", "AG",
  "SA", "GmbH", "NV", "Group", "Holdings", "Bank", "Airlines", "Airways", "Motors", "Systems", "Technologies",
  "Industries", "Partners", "Associates", "Foundation", "Institute", "Institution", "University", "College",
  "School", "Academy", "Ministry", "Department", "Agency", "Bureau", "Office", "Council", "Committee", "Commission",
  "Authority", "Board", "Court", "Tribunal", "Parliament", "Assembly", "Congress", "Senate", "Party", "Front",
  "Movement", "Alliance", "Coalition", "Union", "League", "Federation", "Association", "Society", "Organization",
  "Organisation", "Army", "Navy", "Force", "Forces", "Police", "Guard", "Brigade", "Brigades", "Militia", "Command",
  "Church", "Hospital", "Club", "FC", "United", "City", "Rovers", "Athletic", "News", "Times", "Post", "Journal",
  "Herald", "Tribune", "Press", "Agency", "Television", "Radio", "Network", "Broadcasting", "Service", "Services",
  "Exchange", "Fund", "Trust", "Centre", "Center", "Laboratory", "Laboratories", "Group", "Team", "Cabinet",
  "Government", "Administration", "Secretariat", "Mission", "Watch", "Rights", "Reserve",
];

/** Well-known organisations and acronyms (general knowledge). */
export const ORGS = [
  "United Nations", "U.N.", "UN", "NATO", "European Union", "EU", "E.U.", "African Union", "Arab League", "OPEC",
  "World Bank", "International Monetary Fund", "IMF", "World Health Organization", "WHO", "UNESCO", "UNICEF",
  "Red Cross", "Red Crescent", "Amnesty International", "Human Rights Watch", "Interpol", "Europol", "FIFA", "UEFA",
  "IOC", "ASEAN", "WTO", "World Trade Organization", "Security Council", "Pentagon", "Kremlin", "White House",
  "Congress", "FBI", "CIA", "NSA", "NASA", "Taliban", "al-Qaida", "al-Qaeda", "Hamas", "Hezbollah", "Fatah",
  "Islamic State", "ISIS", "ISIL", "IAEA", "OSCE", "G8", "G7", "G20", "Reuters", "Associated Press", "AP", "AFP",
  "BBC", "CNN", "Xinhua", "Microsoft", "Google", "Apple", "Facebook", "Twitter", "Amazon", "Boeing", "Airbus",
  "Toyota", "General Motors", "Ford", "Volkswagen", "Shell", "BP", "Exxon", "ExxonMobil", "Gazprom", "Nasdaq",
  "New York Stock Exchange", "Federal Reserve", "European Commission", "European Parliament", "Bundesbank",
  "Supreme Court", "Labor Party", "Labour Party", "Conservative Party", "Democratic Party", "Republican Party",
  "Communist Party",
];

/** Continents, world regions and other LOC names. */
export const REGIONS = [
  "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Central America", "Antarctica",
  "Oceania", "Australasia", "Middle East", "Near East", "Far East", "Eurasia", "Balkans", "Caucasus", "Sahara",
  "Sahel", "Scandinavia", "Caribbean", "Mediterranean", "Gulf", "Persian Gulf", "Arabian Peninsula", "Horn of Africa",
  "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Southeast Asia", "South Asia",
  "East Asia", "Central Asia", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe",
  "Southern Europe", "Atlantic", "Pacific", "Indian Ocean", "Atlantic Ocean", "Pacific Ocean", "Arctic",
  "Arctic Ocean", "Black Sea", "Red Sea", "Caspian Sea", "Baltic Sea", "North Sea", "South China Sea", "Dead Sea",
  "Mediterranean Sea", "Nile", "Amazon", "Danube", "Rhine", "Euphrates", "Tigris", "Yangtze", "Mekong", "Ganges",
  "Himalayas", "Alps", "Andes", "Rockies", "Urals", "West Bank", "Gaza Strip", "Kashmir", "Darfur", "Siberia",
  "Patagonia", "Tibet", "Kurdistan", "Punjab", "Balochistan", "Sinai", "Golan Heights", "Korean Peninsula",
  "Persian Gulf", "Strait of Hormuz", "Gulf of Mexico", "Gulf of Aden", "Suez Canal", "Panama Canal",
];

export const LOC_KEYS = [
  "River", "Sea", "Ocean", "Lake", "Mountain", "Mountains", "Mount", "Mt.", "Hills", "Valley", "Desert", "Peninsula",
  "Island", "Islands", "Bay", "Gulf", "Strait", "Straits", "Canal", "Coast", "Basin", "Plateau", "Delta", "Glacier",
  "Volcano", "Forest", "Park", "Region", "Province", "Heights", "Cape", "Reef", "Falls",
];

export const EVENT_KEYS = [
  "War", "Olympics", "Olympic", "Games", "Cup", "Championship", "Championships", "Open", "Grand Prix", "Tour",
  "Festival", "Summit", "Conference", "Revolution", "Uprising", "Massacre", "Election", "Elections", "Crisis",
  "Series", "Marathon", "Expo", "Award", "Awards", "Prize", "World Cup", "Super Bowl", "Hurricane", "Typhoon",
  "Cyclone", "Tournament", "Trophy", "Classic", "Derby", "Rally", "Grand Slam", "Wimbledon", "Ramadan", "Christmas",
  "Easter", "Holocaust",
];

export const TIME_WORDS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
];

export const US_STATES = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
  "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
  "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
  "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
  "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Ontario", "Quebec", "British Columbia",
  "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New South Wales", "Victoria", "Queensland", "Tasmania",
  "Bavaria", "Saxony", "Catalonia", "Andalusia", "Basque Country", "Scotland", "Wales", "England", "Northern Ireland",
  "Ulster", "Flanders", "Wallonia", "Lombardy", "Tuscany", "Sicily", "Sardinia", "Corsica", "Brittany", "Normandy",
  "Chechnya", "Dagestan", "Xinjiang", "Guangdong", "Sichuan", "Yunnan", "Hubei", "Hunan", "Fujian", "Zhejiang",
  "Jiangsu", "Shandong", "Henan", "Hebei", "Kurdistan", "Anbar", "Helmand", "Kandahar", "Balochistan", "Sindh",
  "Punjab", "Kerala", "Gujarat", "Maharashtra", "Bihar", "Uttar Pradesh", "Tamil Nadu", "Karnataka", "Bengal",
  "Aceh", "Papua", "Bali", "Java", "Sumatra", "Mindanao", "Hokkaido", "Okinawa", "Crimea", "Donetsk", "Luhansk",
  "Transnistria", "Abkhazia", "South Ossetia", "Kosovo", "Darfur", "Kordofan", "Ogaden", "Puntland", "Somaliland",
];

export const EXTRA_DEMONYMS = [
  "American", "Americans", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Arab", "Arabs",
  "Arabic", "Latin", "Latino", "Latinos", "Hispanic", "Western", "Westerners", "Muslim", "Muslims", "Christian",
  "Christians", "Jewish", "Jew", "Jews", "Catholic", "Catholics", "Protestant", "Protestants", "Sunni", "Sunnis",
  "Shi'ite", "Shiite", "Shiites", "Shia", "Shi'ites", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs",
  "Islamic", "Islamist", "Islamists", "Kurdish", "Kurd", "Kurds", "Palestinian", "Palestinians", "Pashtun",
  "Baloch", "Tamil", "Tamils", "Sinhalese", "Basque", "Catalan", "Flemish", "Walloon", "Scottish", "Scot", "Scots",
  "Welsh", "English", "British", "Briton", "Britons", "Irish", "Soviet", "Soviets", "Yugoslav", "Balkan", "Nordic",
  "Scandinavian", "Caribbean", "Pacific", "Atlantic", "Mediterranean", "Democrat", "Democrats", "Republican",
  "Republicans", "Communist", "Communists", "Socialist", "Socialists", "Conservative", "Conservatives", "Liberal",
  "Liberals", "Marxist", "Maoist", "Maoists", "Zionist", "Orthodox", "Anglican", "Evangelical", "Yazidi", "Yazidis",
  "Alawite", "Alawites", "Druze", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya", "Hutu", "Tutsi", "Berber",
  "Berbers", "Bedouin", "Roma", "Aboriginal", "Maori", "Cossack", "Chechen", "Chechens", "Taiwanese", "Tibetan",
  "Tibetans", "Cantonese", "Hong Konger", "Bosnian", "Serb", "Serbs", "Croat", "Croats", "Slovak", "Slovaks",
  "Czech", "Czechs", "Pole", "Poles", "Dane", "Danes", "Swede", "Swedes", "Finn", "Finns", "Turk", "Turks", "Thai",
  "Lao", "Filipino", "Filipinos", "Dutch", "Spaniard", "Spaniards", "Frenchman", "Englishman", "Scotsman", "Moslem", "Moslems",
];
