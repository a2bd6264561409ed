"""The library's tables (migration 3): every article opened or analysed, the actors of each,
and the identities that follow an actor from article to article.

Only new tables: the analysis cache and the annotations are not touched, so every existing
annotation and cached analysis survives the migration. An article's actor rows are written
when it is recorded, so listing, filtering and following an actor never decode a cached
analysis.
"""

from __future__ import annotations

LIBRARY_TABLES: list[str] = [
    """CREATE TABLE library_articles (
           id INTEGER PRIMARY KEY,
           source TEXT NOT NULL UNIQUE,    -- the annotations' key: absolute path, URL or stdin:<digest>
           location TEXT NOT NULL,         -- what to read to open it again: the path, URL or '-'
           title TEXT NOT NULL,
           date TEXT NOT NULL,             -- ISO day from the page or file, else the day recorded
           digest TEXT NOT NULL,           -- of the text last recorded
           actors INTEGER NOT NULL,
           quotes INTEGER NOT NULL,
           added REAL NOT NULL,
           last_read REAL,                 -- NULL until opened in the reader
           position TEXT                   -- JSON anchor of the reading position
       )""",
    """CREATE INDEX library_articles_by_date ON library_articles (date DESC, id DESC)""",
    # The title and text, for filtering as the user types; rowid = library_articles.id.
    """CREATE VIRTUAL TABLE library_text USING fts5 (title, text,
           tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""",
    """CREATE TABLE library_identities (
           id INTEGER PRIMARY KEY,
           key TEXT NOT NULL UNIQUE,       -- kind:casefolded name, how an article's actor finds it
           name TEXT NOT NULL,             -- the canonical name (the user's, if corrected)
           kind TEXT NOT NULL,
           root INTEGER NOT NULL,          -- the identity it is merged into; its own id if none
           corrected INTEGER NOT NULL DEFAULT 0
       )""",
    """CREATE INDEX library_identities_by_root ON library_identities (root)""",
    """CREATE TABLE library_aliases (
           alias TEXT NOT NULL,            -- casefolded
           identity INTEGER NOT NULL REFERENCES library_identities (id),
           spelling TEXT NOT NULL,
           PRIMARY KEY (alias, identity)
       ) WITHOUT ROWID""",
    """CREATE INDEX library_aliases_by_identity ON library_aliases (identity)""",
    """CREATE TABLE library_actors (
           article INTEGER NOT NULL REFERENCES library_articles (id) ON DELETE CASCADE,
           actor TEXT NOT NULL,            -- the actor's id in that article's analysis
           identity INTEGER NOT NULL REFERENCES library_identities (id),
           name TEXT NOT NULL,             -- as the article names it
           mentions INTEGER NOT NULL,      -- named mentions
           quotes INTEGER NOT NULL,
           first INTEGER NOT NULL,         -- offset of the first mention
           spans TEXT NOT NULL,            -- JSON: the mentions, as `analyze --json` gives them
           said TEXT NOT NULL,             -- JSON: the actor's quotes, likewise
           PRIMARY KEY (article, actor)
       ) WITHOUT ROWID""",
    # Covering the counts: the chart over time and the library's counts never read the JSON.
    """CREATE INDEX library_actors_by_identity ON library_actors (identity, article, mentions, quotes)""",
]
