"""The cue lexicon as data: reporting verbs and nouns grouped by the kind of act they report.

A class says what a cue's content can look like besides a clause ("said that …"): a noun
object ("denied wrongdoing"), a to-infinitive ("urged Congress to act"), a prepositional
object ("called for an inquiry", "accused her of lying"). Direct quotes use the same classes.
"""

from __future__ import annotations

# class -> verb lemmas
CUE_CLASSES: dict[str, frozenset[str]] = {
    # neutral statements: content is a clause, or a quote
    "statement": frozenset({
        "say", "tell", "add", "state", "note", "explain", "write", "announce", "declare",
        "remark", "comment", "report", "reveal", "disclose", "tweet", "post", "testify", "mention",
        "reply", "respond", "answer", "recall", "continue", "conclude", "observe", "point",
        "describe", "write", "explain", "inform", "assure", "remind", "signal", "indicate",
        "retort", "recount", "relate", "elaborate", "reiterate", "repeat", "confide", "brief",
        "speak", "talk", "refer", "discuss", "detail", "express", "voice",
    }),
    # claims and arguments
    "argument": frozenset({
        "claim", "argue", "insist", "contend", "maintain", "assert", "stress", "emphasise",
        "emphasize", "suggest", "allege", "counter", "reason", "posit", "charge", "speculate",
        "theorize", "theorise", "hint", "imply", "acknowledge", "admit", "concede", "confirm",
        "deny", "agree", "concur", "dispute", "protest", "find", "rule",
    }),
    # predictions, warnings and estimates
    "prediction": frozenset({"warn", "caution", "predict", "estimate", "forecast", "project"}),
    # requests and demands: content is often "X to do" or "for X"
    "request": frozenset({
        "urge", "ask", "call", "demand", "implore", "plead", "beg", "appeal", "press", "encourage",
        "advise", "recommend", "propose", "request", "invite", "order", "instruct", "push",
        "challenge", "exhort",
    }),
    # commitments and threats
    "commitment": frozenset({"promise", "vow", "pledge", "swear", "threaten", "guarantee", "commit"}),
    # evaluations of someone or something: content is often a noun object
    "evaluation": frozenset({
        "criticise", "criticize", "praise", "blame", "question", "cite", "endorse", "condemn",
        "slam", "tout", "dismiss", "defend", "accuse", "hail", "applaud", "laud", "denounce",
        "decry", "chastise", "lambaste", "mock", "ridicule", "fault", "credit", "commend",
        "rebuke", "reject", "blast", "rip", "attack", "berate", "scold", "castigate", "disparage",
        "deride", "belittle", "assail", "champion", "celebrate", "welcome", "thank", "congratulate",
        "lament", "bemoan", "regret", "apologize", "apologise", "complain", "label", "brand",
        "dub", "characterize", "characterise", "portray", "frame", "liken", "compare",
        "compliment", "flatter", "lampoon", "skewer", "trash", "bash", "knock",
    }),
    # the manner of speaking: these mostly cue quotes
    "manner": frozenset({
        "quip", "joke", "shout", "whisper", "scream", "mutter", "sigh", "laugh", "boast", "gush",
        "exclaim", "exult", "snap", "groan", "cry", "yell", "rant", "brag", "muse", "marvel",
        "wonder", "thunder", "declaim", "proclaim", "chant", "sing", "write", "tweet",
    }),
}

SPEECH_VERBS: frozenset[str] = frozenset().union(*CUE_CLASSES.values())
CLASS_OF: dict[str, str] = {v: c for c, verbs in reversed(list(CUE_CLASSES.items())) for v in verbs}

# Reporting verbs that never follow a quote as its cue ("…,” she described" is not English);
# they report what precedes them only as a clause ("warned that …") or a term ("called it “…”").
BEFORE_ONLY: frozenset[str] = frozenset({
    "suggest", "agree", "describe", "point", "promise", "estimate", "call", "cite", "endorse",
    "label", "brand", "dub", "characterize", "characterise", "portray", "frame", "liken",
    "compare", "accuse", "blame", "credit", "thank", "praise", "criticize", "criticise", "defend",
    "dismiss", "attack", "reject", "welcome", "question", "push", "order", "invite", "request",
    "propose", "recommend", "project", "forecast", "commit", "guarantee", "remind", "inform",
    "indicate", "signal", "hint", "imply", "brief", "compare", "celebrate", "champion",
    "speak", "talk", "refer", "discuss", "detail", "mention", "report", "announce", "find",
    "rule", "express", "voice",
})

# Classes whose verbs report a noun object, a to-infinitive or a prepositional object as content.
NON_CLAUSAL = {"argument", "request", "commitment", "evaluation", "prediction"}
# Ambiguous verbs report non-clausal content only in these forms (lemma -> allowed forms);
# "called a meeting", "asked a question", "charged a fee" are not reports.
NON_CLAUSAL_FORMS: dict[str, frozenset[str]] = {
    "call": frozenset({"oprd", "for", "on", "xcomp"}),
    "charge": frozenset(),
    "press": frozenset({"xcomp", "for"}),
    "push": frozenset({"for"}),
    "order": frozenset({"xcomp"}),
    "commit": frozenset({"xcomp"}),
    "estimate": frozenset(),
    "attack": frozenset({"dobj", "as", "for", "over"}),
    "question": frozenset({"dobj", "whether", "about"}),
    "defend": frozenset({"dobj", "as"}),
    "agree": frozenset({"xcomp"}),
    "admit": frozenset({"dobj", "to", "xcomp"}),
    "note": frozenset({"dobj"}),
    "ask": frozenset({"xcomp", "for", "about"}),
    "tell": frozenset({"xcomp"}),  # "told his staff never to speak of it"
    # "Beijing claims sovereignty", "asserted its rights": possession, not a report
    "claim": frozenset({"xcomp"}),
    "assert": frozenset({"xcomp"}),
    "maintain": frozenset(),
    "reason": frozenset(),
    "project": frozenset(),
    "find": frozenset({"oprd"}),  # "found that action unconstitutional", not "found a house"
    "rule": frozenset({"oprd"}),
    # statements take an object only in these forms ("mentioned the emails", "pointed to the
    # polls", "described the plan as reckless", "spoke about the economy")
    "describe": frozenset({"dobj", "as"}),
    "mention": frozenset({"dobj"}),
    "announce": frozenset({"dobj"}),
    "report": frozenset({"dobj"}),
    "reveal": frozenset({"dobj"}),
    "disclose": frozenset({"dobj"}),
    "repeat": frozenset({"dobj"}),
    "reiterate": frozenset({"dobj"}),
    "detail": frozenset({"dobj"}),
    "discuss": frozenset({"dobj"}),
    "express": frozenset({"dobj"}),  # "expressed doubts about the deal"
    "voice": frozenset({"dobj"}),
    "point": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "respond": frozenset(),  # "responded to a Gold Star mother": the addressee, not the content
    "speak": frozenset({"about", "of", "on"}),
    "talk": frozenset({"about", "of"}),
    "testify": frozenset({"about", "on"}),
    "comment": frozenset({"on"}),
    "complain": frozenset({"about", "of"}),
    "warn": frozenset({"of", "about", "against"}),
}
# Beliefs, wants and plans ("Trump believes that …", "Clinton wants to …"): reported only as a
# clause with its own subject (beliefs) or a to-infinitive (intentions), by an active subject.
BELIEF_VERBS = frozenset({"believe", "think", "know", "feel", "expect", "hope", "fear", "worry",
                          "doubt", "understand", "consider", "suspect", "assume", "realize",
                          "realise", "recognize", "recognise", "guess", "imagine", "figure"})
INTENTION_VERBS = frozenset({"want", "plan", "intend", "hope", "expect", "refuse", "decline",
                             "decide", "seek", "aim", "wish", "prefer", "offer", "threaten",
                             "vow", "pledge", "promise", "agree"})
# Stances ("Sanders supports the plan"): beliefs whose content is the verb's object.
STANCE_VERBS = frozenset({"support", "oppose", "favor", "favour", "prefer", "endorse"})

# Light verbs whose object is a speech act ("offered no evidence that …", "raised concerns about
# …", "issued a warning", "made the comment"): the object is what was said.
LIGHT_VERBS = frozenset({"offer", "give", "make", "issue", "raise", "express", "voice", "deliver",
                         "share", "provide", "lodge", "level", "file", "send", "post", "publish",
                         "release", "repeat", "reiterate", "renew", "echo"})
SPEECH_OBJECTS = frozenset({
    "advice", "proof", "evidence", "insight", "detail", "explanation", "apology", "praise",
    "thought", "assessment", "view", "opinion", "concern", "question", "doubt", "objection",
    "reservation", "endorsement", "speech", "remark", "testimony", "account", "answer",
    "response", "reply", "excuse", "defense", "defence", "critique", "rebuke", "ultimatum",
    "statement", "warning", "threat", "promise", "pledge", "claim", "allegation", "accusation",
    "complaint", "criticism", "comment", "message", "assurance", "prediction", "denial",
    "demand", "call", "plea", "appeal", "request", "proposal", "recommendation", "argument",
    "suggestion", "guarantee", "vow", "reminder", "tribute", "condolence", "congratulation",
    "support", "estimate", "forecast", "verdict", "judgment", "judgement", "take", "idea",
})
# Prepositions that introduce what was said after a verb of these classes
# ("accused her of lying", "called for an inquiry", "warned of a crisis").
CONTENT_PREPOSITIONS = {"for", "of", "as", "on", "about", "against", "over", "to", "into"}

# Nouns that report an act of speech or a claim; their clause or to-infinitive is the content
# ("allegations that …", "his threat to sue", "Comey's announcement that …").
NOUN_CUES: frozenset[str] = frozenset({
    "allegation", "claim", "accusation", "assertion", "announcement", "statement", "argument",
    "warning", "threat", "promise", "pledge", "vow", "suggestion", "insistence", "admission",
    "denial", "charge", "contention", "call", "demand", "plea", "appeal", "request", "proposal",
    "prediction", "assurance", "declaration", "comment", "remark", "suggestion", "complaint",
    "criticism", "confirmation", "report", "rumor", "rumour", "recommendation", "concession",
    "acknowledgment", "acknowledgement", "boast", "insinuation", "implication", "message",
})

# Sources that are documents or measurements rather than people: what they report is evidence.
EVIDENCE_NOUNS: frozenset[str] = frozenset({
    "poll", "polling", "survey", "report", "study", "data", "analysis", "memo", "memorandum",
    "note", "notes", "document", "documents", "record", "records", "email", "emails", "letter",
    "filing", "investigation", "audit", "review", "figure", "figures", "statistic", "statistics",
    "number", "numbers", "research", "transcript", "book", "article", "story", "ad", "advert",
    "advertisement", "video", "footage", "evidence", "census", "ruling", "complaint", "lawsuit",
    "indictment", "estimate", "estimates", "projection", "forecast", "model", "index", "tally",
    "count", "results", "result", "findings", "finding", "paper",
    "website", "site", "page", "chart", "graph", "map", "database", "log", "logs", "filings",
    "form", "forms", "return", "returns", "budget", "plan", "proposal", "bill", "law", "text",
    "cable", "cables", "testimony", "exit", "tracker", "aggregate", "average", "experiment",
    "trial", "test", "tests", "photo", "photos", "image", "images", "recording", "tape", "tapes",
    "slide", "slides", "averages", "polls", "surveys", "studies", "reports", "documents",
})
# Verbs by which a document or measurement reports ("the poll shows", "the report found").
EVIDENCE_VERBS: frozenset[str] = frozenset({
    "show", "find", "suggest", "indicate", "reveal", "conclude", "say", "state", "note",
    "report", "confirm", "claim", "document", "demonstrate", "predict", "estimate", "put",
    "give", "project", "detail", "describe", "allege", "argue", "warn", "recommend", "list",
    "tell", "explain", "add", "point", "prove", "underscore", "highlight", "illustrate",
    "mention", "read", "depict", "portray", "accuse", "charge", "contend", "assert",
})

# Verbs whose passive subject is the one spoken to, not the speaker ("Trump was asked …").
ADDRESSEE_VERBS = frozenset({"ask", "tell", "urge", "inform", "brief", "remind", "assure",
                             "question", "press", "implore", "encourage", "advise", "warn",
                             "call", "invite", "order", "instruct", "challenge", "beg"})

# Subjects that stand for an unnamed part of a group ("one said", "another added", "some argue").
QUANTIFIED_SUBJECTS = frozenset({"one", "another", "some", "many", "others", "both", "all", "most",
                                 "several", "few", "each", "neither", "either", "none", "two",
                                 "three", "four", "five", "half", "dozens", "hundreds"})
