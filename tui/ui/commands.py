"""Command palette providers: go to an actor or a quote, open a file, toggle entity kinds.

Actor names, quotes and titles come from the article, so every label is a literal
``Content`` (Textual's own ``Matcher.highlight`` and ``SimpleProvider`` parse markup, which
untrusted text must never go through).

The main palette (ctrl+p) offers the four entries "Go to actor…", "Go to quote…", "Open
file…" and "Toggle entity kinds…", each opening a palette of its own choices; typing there
also finds the choices directly ("putin" finds "Go to actor: Vladimir Putin").
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple

from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape

from tui.core import name_match
from tui.core.annotations import COLOURS
from tui.core.model import KIND_TITLES, KINDS
from tui.core.reading.pages import chapter_label, requested_page
from tui.core.reading.speaker_names import speaker_words
from tui.core.textsafe import one_line
from tui.sources import looks_openable

if TYPE_CHECKING:
    from tui.core.article import Article
    from tui.ui.screens.reader import ReaderScreen


class PaletteChoice(NamedTuple):
    label: str
    command: Callable[[], object]
    help: str | None = None
    aliases: tuple[str, ...] = ()  # other names the query may match (an actor's aliases)


def literal_highlight(matcher: Matcher, label: str) -> Content:
    """``label`` as literal text with the fuzzy-matched characters underlined."""
    content = Content(label)
    score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    if score:
        for offset in offsets:
            if not label[offset].isspace():
                content = content.stylize("bold underline", offset, offset + 1)
    return content


class ChoiceProvider(Provider):
    """A provider over a list of ``PaletteChoice``s computed when the palette opens."""

    PREFIX = ""
    WEIGHT = 1.0  # the direct choices of the main palette rank just below its entries

    def reader(self) -> "ReaderScreen | None":
        return getattr(self.app, "reader", None)

    def article(self) -> "Article | None":
        reader = self.reader()
        return reader.article if reader else None

    def choices(self) -> Iterable[PaletteChoice]:
        return ()

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for choice in self.choices():
            label = self.PREFIX + choice.label
            score = matcher.match(label) * self.WEIGHT
            if not score and choice.aliases and query.strip():
                # An alias ("Pyongyang" for North Korea) matched as the actor choosers match it.
                score = name_match.score(query, choice.aliases) / 4 * self.WEIGHT
            if score > 0:
                yield Hit(score, literal_highlight(matcher, label), choice.command, text=label,
                          help=escape(choice.help) if choice.help else None)

    async def discover(self) -> Hits:
        for choice in self.choices():
            label = self.PREFIX + choice.label
            yield DiscoveryHit(Content(label), choice.command, text=label,
                               help=escape(choice.help) if choice.help else None)


class ActorChoices(ChoiceProvider):
    def choices(self) -> Iterable[PaletteChoice]:
        reader = self.reader()
        analysis = reader.analysis if reader else None
        if analysis is None:
            return
        for actor in analysis.actors_by_salience():
            count = actor.mention_count
            also = f" · also {one_line(', '.join(actor.aliases), 60)}" if actor.aliases else ""
            yield PaletteChoice(one_line(actor.name, 80), partial(reader.go_to_actor, actor.id),
                                f"{KIND_TITLES.get(actor.kind, actor.kind)} · {count} mention{'' if count == 1 else 's'}{also}",
                                tuple(actor.aliases))


class QuoteChoices(ChoiceProvider):
    def choices(self) -> Iterable[PaletteChoice]:
        reader = self.reader()
        analysis = reader.analysis if reader else None
        if analysis is None:
            return
        for index, quote in enumerate(analysis.quotes):
            who = speaker_words(analysis, quote) or "unattributed"
            yield PaletteChoice(f"{who}: “{one_line(quote.text, 70)}”", partial(reader.go_to_quote, index),
                         f"{quote.kind} quote {index + 1}/{len(analysis.quotes)}")


class FileChoices(ChoiceProvider):
    """The library's articles, and any existing file whose path is typed."""

    def choices(self) -> Iterable[PaletteChoice]:
        reader = self.reader()
        if reader is None:
            return
        for index, source in enumerate(reader.library.sources):
            title = reader.library.title(index)
            yield PaletteChoice(one_line(title, 60), partial(reader.open_index, index), one_line(source, 120))

    async def search(self, query: str) -> Hits:
        async for hit in super().search(query):
            yield hit
        reader = self.reader()
        typed = query.strip()
        if reader is not None and typed and looks_openable(typed):
            label = f"Open {one_line(typed, 100)}"
            yield Hit(1e6, Content(label), partial(reader.across.open_typed, typed), text=label,
                      help="Read it as the command line does (a file, a folder, a URL) and open it")


class KindChoices(ChoiceProvider):
    def choices(self) -> Iterable[PaletteChoice]:
        reader = self.reader()
        if reader is None:
            return
        for kind in KINDS:
            state = "show" if kind in reader.hidden_kinds else "hide"
            yield PaletteChoice(f"{KIND_TITLES[kind]} ({state})", partial(reader.toggle_kind, kind),
                         f"{'Show' if state == 'show' else 'Hide'} the highlighting of {KIND_TITLES[kind].lower()}")


class TagColourChoices(ChoiceProvider):
    """Link each tag in use to a highlight colour (or unlink it)."""

    def choices(self) -> Iterable[PaletteChoice]:
        reader = self.reader()
        store = reader.io.store if reader else None
        if store is None:
            return
        try:
            linked = store.tag_colours()
            tags = list(dict.fromkeys([*store.tags_in_use(), *linked]))
        except Exception:  # the database is busy or gone: no choices, the reader shows why later
            return
        link = reader.annotating.link_tag_colour
        for tag in tags:
            label = one_line(tag, 40)
            for colour in COLOURS:
                if linked.get(tag) != colour:
                    yield PaletteChoice(f"{label} → {colour}", partial(link, tag, colour),
                                 f"Annotations tagged {label} without a colour of their own show {colour}")
            if tag in linked:
                yield PaletteChoice(f"{label} → no colour", partial(link, tag, None),
                             f"Unlink {label} from {linked[tag]}")


class PageChoices(ChoiceProvider):
    """The pages of a paged document (PDF); typing a number goes to that page."""

    def choices(self) -> Iterable[PaletteChoice]:
        article = self.article()
        if article is None or not article.pages:
            yield PaletteChoice("This article has no pages", lambda: None)
            return
        go_to_page = self.reader().across.go_to_page
        for page in range(1, article.page_count + 1):
            yield PaletteChoice(f"Page {page}", partial(go_to_page, page), f"of {article.page_count}")

    async def search(self, query: str) -> Hits:
        reader, article = self.reader(), self.article()
        page = requested_page(query, article.page_count) if article is not None else None
        if page is not None:
            label = f"Page {page}"
            yield Hit(1e6, Content(label), partial(reader.across.go_to_page, page), text=label,
                      help=f"of {article.page_count}")
            return
        async for hit in super().search(query):
            yield hit


class ChapterChoices(ChoiceProvider):
    """The headings and chapters of a document (PDF outline, EPUB chapters, Word headings)."""

    def choices(self) -> Iterable[PaletteChoice]:
        article = self.article()
        if article is None or not article.headings:
            yield PaletteChoice("This article has no chapters or headings", lambda: None)
            return
        go_to_offset = self.reader().across.go_to_offset
        for heading in article.headings:
            yield PaletteChoice(one_line(chapter_label(heading, article), 90), partial(go_to_offset, heading.start))


class LibraryCommands(Provider):
    """Direct commands of the main palette into the library."""

    def _entries(self) -> list[PaletteChoice]:
        reader = getattr(self.app, "reader", None)
        if reader is None:
            return []
        return [PaletteChoice("Library", reader.action_library,
                              "Every article kept, newest first; filter by words or @actor"),
                PaletteChoice("Actor page", reader.action_actor_page,
                              "The current actor across the library, with a chart of mentions over time")]

    async def discover(self) -> Hits:
        for choice in self._entries():
            yield DiscoveryHit(Content(choice.label), choice.command, text=choice.label, help=choice.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for choice in self._entries():
            score = matcher.match(choice.label)
            if score > 0:
                yield Hit(score, literal_highlight(matcher, choice.label), choice.command,
                          text=choice.label, help=choice.help)


class ActorCommands(ActorChoices):
    WEIGHT = 0.9
    PREFIX = "Go to actor: "


class QuoteCommands(QuoteChoices):
    WEIGHT = 0.9
    PREFIX = "Go to quote: "


class FileCommands(FileChoices):
    WEIGHT = 0.9
    PREFIX = "Open file: "


class KindCommands(KindChoices):
    WEIGHT = 0.9
    PREFIX = "Toggle highlighting: "


SUB_PALETTES = (
    ("Go to actor…", ActorChoices, "Search actors…", "Jump to the first mention of an actor"),
    ("Go to quote…", QuoteChoices, "Search quotes…", "Jump to a quote"),
    ("Open file…", FileChoices, "An article of the library, or type a path…", "Open another article"),
    ("Toggle entity kinds…", KindChoices, "Kinds of entity…", "Hide or show the highlighting of a kind"),
    ("Link a tag to a colour…", TagColourChoices, "tag → colour…",
     "Annotations with this tag (and no colour of their own) are drawn in the colour"),
    ("Go to page…", PageChoices, "A page number…", "Go to a page of the document (PDF)"),
    ("Go to chapter…", ChapterChoices, "Chapters and headings…", "Go to a chapter or heading of the document"),
)


class BylineCommands(Provider):
    """The entries of the main palette that open the palettes above."""

    def _entries(self) -> list[PaletteChoice]:
        return [PaletteChoice(title, partial(self._open, provider, placeholder), help)
                for title, provider, placeholder, help in SUB_PALETTES]

    def _open(self, provider: type[Provider], placeholder: str) -> None:
        self.app.push_screen(CommandPalette(providers=[provider], placeholder=placeholder))

    async def discover(self) -> Hits:
        for choice in self._entries():
            yield DiscoveryHit(Content(choice.label), choice.command, text=choice.label, help=choice.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for choice in self._entries():
            score = matcher.match(choice.label)
            if query.strip() and choice.label.lower().startswith(query.strip().lower()):
                # Typing an entry's name picks the entry, not one of its choices (fuzzy scores
                # are not bounded by 1, so a plain 1.0 could rank below them).
                score = 1e6
            if score > 0:
                yield Hit(score, literal_highlight(matcher, choice.label), choice.command,
                          text=choice.label, help=choice.help)


# The app names them (``tui.ui.app.PALETTE``) and imports this module when the palette first opens.
PROVIDERS = (BylineCommands, ActorCommands, QuoteCommands, FileCommands, KindCommands, LibraryCommands)
