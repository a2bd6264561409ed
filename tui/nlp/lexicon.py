"""Closed word lists the rules rely on: titles, pronouns, temporal and generic words."""

from __future__ import annotations

# Honorifics carry gender where the text states it; a first name never does.
HONORIFIC_GENDER = {
    "mr": "m", "sir": "m", "lord": "m", "mister": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "madam": "f",
    "dr": None, "prof": None, "professor": None, "mx": None,
}

# Titles that may stand before a name without being part of it.
TITLES = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "general", "gen",
    "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "adm", "admiral", "cmdr",
    "commander", "secretary", "ambassador", "judge", "justice", "chief", "chairman", "chairwoman",
    "chair", "ceo", "director", "king", "queen", "prince", "princess", "pope", "rev", "reverend",
    "father", "sister", "brother", "sheikh", "supreme", "leader", "foreign", "defence", "defense",
    "finance", "state", "deputy", "former", "acting", "first", "lady", "speaker", "coach",
    "manager", "spokesman", "spokeswoman", "spokesperson", "envoy", "officer", "inspector",
    "detective", "attorney", "advisor", "adviser", "national", "security", "interior", "trade",
    "health", "education", "economy", "opposition", "party", "senior", "junior", "dr", "mr",
    "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lord", "mx", "saint", "st",
    # Ranks of nobility, rulers and clergy, as they stand before a name.
    "tsar", "czar", "tsarina", "tsarevna", "tsarevich", "emperor", "empress", "kaiser", "sultan",
    "emir", "shah", "duke", "duchess", "marquis", "marquess", "count", "countess", "baron",
    "baroness", "earl", "abba", "apa", "abbot", "bishop", "archbishop", "cardinal", "rabbi",
    "imam", "ayatollah", "pastor", "deacon", "elder",
}

# Honours and degrees written after a name ("Daniel Bernoulli FRS", "Zaha Hadid DBE RA").
POSTNOMINALS = {
    "FRS", "FRSE", "FBA", "DBE", "CBE", "OBE", "MBE", "KBE", "GBE", "KCMG", "RA", "PhD", "MD",
    "QC", "KC", "MP", "MEP", "MSP", "Esq", "Jr", "Sr", "Jnr", "Snr",
}

# Compass words that open a place's name: "the North" alone may stand for North Korea.
DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
              "upper", "lower", "central"}

# A lone untagged proper noun after these is a place: "settled near Ellon", "born in Randers".
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "around", "via", "across", "within"}
# After these only when the verb is one of motion: "returned to Bohemia", not "wrote to Simrock".
MOTION_PREPOSITIONS = {"to", "into", "from", "toward", "towards"}
MOTION_VERBS = {"go", "come", "move", "return", "travel", "emigrate", "flee", "sail", "fly", "drive",
                "walk", "march", "migrate", "relocate", "retreat", "escape", "head", "arrive", "leave",
                "send", "transfer", "bring", "take", "deport", "exile", "journey", "ride", "withdraw"}

# Phrases after which a second name of the same person follows (regular expressions).
ALIAS_CUES = {
    r"(?:better |also |commonly |popularly |professionally |widely )?known (?:professionally )?as",
    r"(?:better |also )?known by (?:his|her|their|the) (?:pseudonym|pen name|stage name|nickname|name)",
    r"(?:pen|stage|ring|birth|real|maiden|religious) name(?: of| was| is)?", r"pseudonym(?: of)?",
    r"nicknamed", r"n[ée]e", r"a\.k\.a\.?", r"aka", r"alias", r"also called",
}

# Words before "of" that name what kind of state follows: "State of Texas" is Texas, "the Republic
# of Albania" is Albania.
STATE_DESIGNATORS = {
    "state", "city", "town", "county", "province", "commonwealth", "republic", "kingdom",
    "principality", "emirate", "sultanate", "district", "municipality", "borough",
    "people's republic", "federal republic", "islamic republic", "united kingdom",
}
# The same for bodies named after what they serve: "Church of Scientology" is Scientology's, but
# "the Church of England" is not the country.
NAME_DESIGNATORS = STATE_DESIGNATORS | {"church", "temple", "order"}

# Words of a photo caption or credit that the model reads into a name ("Ahmed Mohamed Image").
CAPTION_WORDS = {"image", "images", "photo", "photos", "picture", "file", "credit", "source",
                 "video", "caption", "pictured"}

# Roles written after an organisation's name that are not part of it ("State Department Spokesperson").
ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "chairman", "chairwoman",
              "ceo", "secretary", "minister", "ambassador", "envoy", "adviser", "advisor", "official",
              "officials", "analyst", "correspondent", "reporter", "editor", "founder", "director",
              "president", "commissioner", "chief", "head", "member", "members", "candidate",
              "activist", "rival", "nominee", "staffer", "aide", "lawmaker", "lawmakers"}

# Last words that make an untagged proper-noun run an organisation ("Heaven Sent Gaming").
ORG_HEADS = {
    "university", "college", "school", "academy", "institute", "institution", "society",
    "association", "union", "league", "club", "party", "council", "committee", "commission",
    "agency", "board", "court", "church", "foundation", "trust", "fund", "bank", "company",
    "corporation", "corp", "inc", "ltd", "llc", "group", "gaming", "studios", "records", "press",
    "times", "post", "news", "magazine", "network", "media", "airlines", "army", "navy", "force",
    "ministry", "department", "office", "bureau", "service", "services", "center", "centre",
    "museum", "library", "hospital", "orchestra", "team", "brotherhood", "federation", "lab",
    "laboratory", "laboratories",
}

# Nouns for parts of a place: "Tokyo's district" is in Tokyo, "Moscow's stockpiles" are Russia's.
PLACE_NOUNS = {"district", "area", "suburb", "suburbs", "neighbourhood", "neighborhood", "street",
               "streets", "outskirts", "centre", "center", "downtown", "airport", "port", "skyline",
               "mayor", "residents", "population", "university", "museum", "zoo", "metro", "subway"}

# Last words that make a longer name an event, a prize or a document, not its organiser.
EVENT_WORDS = {"draft", "game", "games", "cup", "series", "award", "awards", "prize", "festival",
               "championship", "championships", "tournament", "summit", "conference", "congress",
               "act", "plan", "report", "forum", "meeting", "election", "elections", "war", "treaty",
               "accord", "agreement", "declaration", "convention", "show", "tour", "day", "week"}

# Plural last words of organisations' names that are not the organisation alone.
TEAM_TAIL_EXCLUDED = {"nations", "states", "studies", "affairs", "sciences", "arts", "services",
                      "forces", "resources", "relations", "rights", "works", "industries", "games",
                      "awards", "news", "times", "systems", "communications", "operations", "forces"}

# Last words that make an untagged proper-noun run a building or site ("Montparnasse Cemetery").
PLACE_HEADS = {
    "hall", "cemetery", "street", "square", "park", "bridge", "station", "tower", "palace",
    "cathedral", "abbey", "castle", "stadium", "arena", "airport", "harbour", "harbor", "port",
    "avenue", "road", "building", "house", "temple", "mosque", "synagogue", "quarter", "island",
    "river", "lake", "mountain", "valley", "bay", "desert", "forest",
}

# Words that end a title phrase and introduce a name ("National Security Advisor Jake Sullivan").
TITLE_HEADS = {
    "president", "minister", "premier", "chancellor", "senator", "governor", "mayor", "general",
    "secretary", "ambassador", "judge", "justice", "chairman", "chairwoman", "chair", "ceo",
    "director", "advisor", "adviser", "spokesman", "spokeswoman", "spokesperson", "envoy",
    "leader", "commander", "officer", "attorney", "king", "queen", "prince", "coach", "manager",
}

PRONOUN_GENDER = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": None, "them": None, "their": None, "it": None,
}
PERSONAL_PRONOUNS = {"he", "she", "they", "him", "her", "them"}

# The reporting-verb lexicon lives with the speech rules: tui/nlp/speech/cue_words.py.

TEMPORAL_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "week", "weeks", "month", "months",
    "year", "years", "day", "days", "weekend", "night", "morning", "evening", "afternoon",
    "christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "hanukkah", "diwali",
    "passover", "new", "independence", "memorial", "labor", "labour", "election", "valentine",
    "spring", "summer", "autumn", "fall", "winter", "decade", "decades", "century", "quarter",
    "the", "this", "last", "next", "early", "late", "mid", "end", "beginning", "recent",
}

# Words that open many organisations' names and so never stand for one alone.
GENERIC_ORG_WORDS = {
    "international", "national", "world", "united", "american", "european", "royal", "general",
    "central", "federal", "democratic", "republican", "new", "first", "global", "council", "state",
    "people", "peoples", "islamic", "social", "public", "free", "labour", "labor", "green", "red",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "supreme",
    "ministry", "department", "office", "bank", "university", "institute", "center", "centre",
    "association", "union", "party", "committee", "commission", "agency", "board", "court",
}
