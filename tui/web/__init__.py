"""Articles from the web: pages, plain-text files and feeds, read over HTTP(S).

Kept apart from the pure layer because it does network I/O and imports trafilatura
(lxml) and feedparser, which a file-only session never pays for.
"""
