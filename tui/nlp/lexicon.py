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
