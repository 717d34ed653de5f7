"""The evidence view: the article, with the span supporting a fact highlighted and in view."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from soyuztui.dossier.model import Dossier
from soyuztui.dossier.sources.basis import DATE_LINE
from soyuztui.present.documents import byline
from soyuztui.tui.article import ArticleView
from soyuztui.tui.messages import EvidenceItem
from soyuztui.tui.widgets import FactList


class EvidenceScreen(Screen[None]):
    """A list of supporting spans on the left; the article of the chosen one on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="evidence.back"),
    ]

    def __init__(self, dossier: Dossier, subject: str, items: tuple[EvidenceItem, ...]) -> None:
        """Show the evidence `items` for `subject`."""
        super().__init__()
        self.dossier = dossier
        self.subject = subject
        self.items = items

    def compose(self) -> ComposeResult:
        """Title line, spans list, article, footer."""
        yield Static(Content.styled(f" Evidence: {self.subject}", "bold"), id="evidence-title")
        with Horizontal(id="evidence-body"):
            yield FactList(*self._options(), id="evidence-list")
            yield ArticleView(id="evidence-document")
        yield Footer()

    def _options(self) -> list[Option | None]:
        options: list[Option | None] = []
        for index, item in enumerate(self.items):
            if index:
                options.append(None)
            document = self.dossier.document(item.evidence.doc)
            excerpt = item.evidence.text.strip().replace("\n", " ")
            prompt = Content.assemble(
                (item.label, "bold"),
                "\n",
                (f"{document.id} · {document.published or 'undated'}", "$text-muted"),
                "\n",
                (f"“{excerpt}”" if excerpt else "(the whole article)", "italic"),
            )
            options.append(Option(prompt, id=f"e{index}"))
        return options

    def on_mount(self) -> None:
        """Open the first span."""
        listing = self.query_one(FactList)
        listing.focus()
        listing.highlighted = 0
        self.show(0)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving through the spans shows each one in its article."""
        event.stop()
        if event.option.id is not None:
            self.show(int(event.option.id[1:]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a span: move into the article to read around it."""
        event.stop()
        self.query_one("#evidence-document").focus()

    def show(self, index: int) -> None:
        """Show span `index` highlighted in its article, scrolled into view."""
        item = self.items[index]
        span = item.evidence
        document = self.dossier.document(span.doc)
        article = self.query_one("#evidence-document", ArticleView)
        # Content, not str: a str border title is read as markup, and the basis is the
        # mission file's free text ("[/" in it raised MarkupError). The date line is
        # shown here, as what it is (when the article was published), not as its text.
        article.border_title = Content(f"{document.id} · {byline(document)}")
        article.border_subtitle = Content(document.published_basis if document.published_basis != DATE_LINE else "")
        article.show(document.text, document.body_start, (span.start, span.end))
