"""Where articles come from: files, folders, standard input, web pages and feeds.

    articles, problems = load(["story.txt", "notes/", "-", "https://example.org/feed.xml"])
    article = load_one("story.txt")          # ArticleError with one clear sentence if it fails

New formats plug in by content type in ``tui.sources.formats``.
"""

from tui.sources.files import sample_paths
from tui.sources.loader import load, load_one

__all__ = ["load", "load_one", "sample_paths"]
