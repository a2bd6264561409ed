"""Where articles come from: files, folders, standard input, web pages and feeds.

    articles, problems = load(["story.txt", "notes/", "-", "https://example.org/feed.xml"])
    article = load_one("story.txt")          # ArticleError with one clear sentence if it fails
    articles, problems = open_typed("~/news/")  # what a user typed in the reader ("Open file…")

New formats plug in by content type in ``tui.sources.formats``.
"""

from tui.sources.files import sample_paths
from tui.sources.loader import load, load_one
from tui.sources.typed_path import looks_openable, open_typed

__all__ = ["load", "load_one", "looks_openable", "open_typed", "sample_paths"]
