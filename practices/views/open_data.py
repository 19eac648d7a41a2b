"""The library as open data: an Atom feed of new practices and exports of every practice as CSV or JSON.

The feed (feed/, feed/<topic>/) follows the reader of the library it is read
from: one entry per practice, its translation into the library's language
else its original, each entry marked with the language it is written in.

The exports (export/csv/, export/json/) hold every published, public practice
in every language, one row per page: a translation is a row of its own and
shares its `translation_key` with the original, so consumers can group them.
Rows come in page order (pk) and are streamed, a chunk of pages at a time.

The export format is a superset of the import format (docs/import-practices.md, practices/importer/):
the fields marked "import" are the importer's, with the meaning it gives them; the others are the
export's own, which the importer accepts and ignores, so an export can be imported again (several
organisations come back as one name, and "page:<pk>" ids make new pages)::

    {"practices": [
        {
            "external_id": "demo:bg-sinye-vodi-edm",  # import; the page's, else "page:<pk>"
            "language": "bg",                          # import; the page's locale
            "title": "…",                              # import
            "summary": "…",                            # import
            "body": "…",              # import; "what was done" as plain text, paragraphs split by a blank line
            "country": "BG",          # import; ISO 3166-1 alpha-2
            "region": "…",            # import
            "organisation": "Municipality of A; Municipality of B",  # import (one name there)
            "population": 62300,      # import; or null
            "topics": ["document-management", "e-services"],  # import; slugs
            "systems": ["Dokumentor"],                        # import; names
            "year": 2019,             # import; or null
            "status": "scaled",       # import; pilot | implemented | scaled
            "url": "https://…",
            "translation_key": "…",   # UUID shared by the translations of a practice
            "started_on": "2018-03-01",  # ISO dates, or null
            "live_on": "2019-02-01",
            "cost": "86000.00",       # a decimal as a string (no rounding through floats), or null
            "currency": "EUR",        # ISO 4217
            "funding": "…",
            "staff_trained": 140,     # or null
            "electronic_share": 94,   # per cent, or null
            "units_connected": 23,    # or null
            "adopted_by": 3           # organisations that repeated the practice (all translations together)
        }
    ]}

The CSV has the same fields as columns in the same order, lists joined with
"; ", empty cells for nulls, UTF-8 with a byte-order mark (spreadsheet
programs otherwise misread Cyrillic and Polish letters). A text cell that a
spreadsheet would run as a formula (starting with =, +, -, @) gets a leading
apostrophe; the JSON export keeps every value exactly.
"""

from __future__ import annotations

import csv
import html
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, StreamingHttpResponse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import override

from practices.importer import EXPORT_ONLY, OPTIONAL, REQUIRED
from practices.library import names_in, readers_view, with_card_data
from practices.models import PracticeIndexPage, PracticePage, Topic

FEED_ITEMS = 30
EXPORT_CHUNK = 500
# The import format's fields, then the export's own (which the importer accepts and ignores).
EXPORT_FIELDS = [*REQUIRED, *OPTIONAL, *EXPORT_ONLY]
LIST_SEPARATOR = "; "


# Feed


class EntryLanguageAtom1Feed(Atom1Feed):
    """Atom with `xml:lang` on each entry: a reader's feed mixes translations with originals in other languages."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes


@dataclass
class FeedScope:
    """What one request's feed lists: the library, its language, and the topic when the feed is narrowed to one."""

    index: PracticeIndexPage
    language: str
    request: HttpRequest
    topic_slug: str | None = None
    topic_name: str = ""


class NewPracticesFeed(Feed):
    feed_type = EntryLanguageAtom1Feed

    def get_object(self, request, index: PracticeIndexPage, topic: str | None = None) -> FeedScope:
        scope = FeedScope(index=index, language=index.locale.language_code, request=request)
        if topic is not None:
            rows = list(Topic.objects.filter(slug=topic).select_related("locale"))
            if not rows:
                raise Http404
            # The reader's name for the topic, else the name in whichever language it was created.
            named = next((row for row in rows if row.locale.language_code == scope.language), rows[0])
            scope.topic_slug, scope.topic_name = topic, named.name
        return scope

    def title(self, scope: FeedScope) -> str:
        if scope.topic_slug is None:
            return _("New practices")
        return _("New practices: %(topic)s") % {"topic": scope.topic_name}

    def subtitle(self, scope: FeedScope) -> str:
        return scope.index.title

    def link(self, scope: FeedScope) -> str:
        url = scope.index.get_full_url(scope.request)
        return f"{url}?topic={scope.topic_slug}" if scope.topic_slug else url

    def items(self, scope: FeedScope) -> list[PracticePage]:
        practices = readers_view(scope.language)
        if scope.topic_slug is not None:
            # A subquery rather than a join: no duplicate entries, no DISTINCT over the annotated columns.
            practices = practices.filter(pk__in=PracticePage.objects.filter(topics__slug=scope.topic_slug).values("pk"))
        pages = list(with_card_data(practices).order_by("-first_published_at", "-pk")[:FEED_ITEMS])
        names_in(scope.language, pages)
        return pages

    def item_title(self, page: PracticePage) -> str:
        return page.title

    def item_description(self, page: PracticePage) -> str:
        # Atom marks the summary as HTML and the summary is plain text: escape what HTML would read as markup,
        # and only that, so that readers which show the text as it comes still show apostrophes and quotes.
        return html.escape(page.summary, quote=False)

    def item_link(self, page: PracticePage) -> str:
        return page.get_full_url(self._scope.request)

    def item_pubdate(self, page: PracticePage):
        return page.first_published_at

    def item_updateddate(self, page: PracticePage):
        return page.last_published_at

    def item_categories(self, page: PracticePage) -> list[str]:
        return page.topic_names

    def item_author_name(self, page: PracticePage) -> str | None:
        return LIST_SEPARATOR.join(organisation.name for organisation in page.organisations.all()) or None

    def item_extra_kwargs(self, page: PracticePage) -> dict[str, str]:
        return {"language": page.locale.language_code}

    def get_feed(self, obj: FeedScope, request):
        self._scope = obj
        self.language = obj.language
        return super().get_feed(obj, request)


def feed(request, index: PracticeIndexPage, topic: str | None = None):
    """The newest practices for a reader of the library's language, optionally of one topic (unknown topic: 404)."""
    with override(index.locale.language_code):
        return NewPracticesFeed()(request, index=index, topic=topic)


# Exports


def export(request, index: PracticeIndexPage, fmt: str) -> StreamingHttpResponse:
    """Every published, public practice in every language, as CSV or JSON, streamed in a fixed number of queries
    per chunk of pages."""
    pages = with_card_data(PracticePage.objects.live().public()).order_by("pk")
    rows = (export_row(page, request) for page in pages.iterator(chunk_size=EXPORT_CHUNK))
    if fmt == "csv":
        response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
    elif fmt == "json":
        response = StreamingHttpResponse(_json_chunks(rows), content_type="application/json; charset=utf-8")
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="practices.{fmt}"'
    return response


def export_row(page: PracticePage, request: HttpRequest | None = None) -> dict[str, Any]:
    """One page as a row of the export; `page` comes with the card data (see `with_card_data`)."""
    return {
        "external_id": page.external_id or f"page:{page.pk}",
        "language": page.locale.language_code,
        "title": page.title,
        "summary": page.summary,
        "body": rich_text_to_plain(page.actions),
        "country": page.country.code or "",
        "region": page.region,
        "organisation": LIST_SEPARATOR.join(organisation.name for organisation in page.organisations.all()),
        "population": page.population,
        "topics": [topic.slug for topic in page.topics.all()],
        "systems": [system.name for system in page.systems.all()],
        "year": page.year,
        "status": page.status,
        "url": page.get_full_url(request),
        "translation_key": str(page.translation_key),
        "started_on": page.started_on,
        "live_on": page.live_on,
        "cost": page.cost,
        "currency": page.currency,
        "funding": page.funding,
        "staff_trained": page.staff_trained,
        "electronic_share": page.electronic_share,
        "units_connected": page.units_connected,
        "adopted_by": page.adoption_count,
    }


_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|ul|ol|blockquote|pre|div)\s*>", re.IGNORECASE)
_LINE_END = re.compile(r"<br\s*/?>|</li\s*>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")


def rich_text_to_plain(value: str) -> str:
    """Rich text as plain text: paragraphs (and headings, lists) separated by a blank line, list items and line
    breaks on lines of their own, no tags, entities decoded."""
    if not value:
        return ""
    # Line breaks in the source are not text: HTML shows them as a space.
    text = _HTML_SPACE.sub(" ", value)
    text = _BLOCK_END.sub("\n\n", text)
    text = _LINE_END.sub("\n", text)
    text = html.unescape(strip_tags(text))
    lines = [line.strip(" \t") for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


class _Echo:
    """A file-like object that hands back what is written: csv.writer then yields lines one by one."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(EXPORT_FIELDS)
    for row in rows:
        yield writer.writerow([_csv_cell(row[name]) for name in EXPORT_FIELDS])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    if isinstance(value, (date, Decimal, int)):
        return str(value)
    # A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _json_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"practices": ['
    separator = "\n"
    for row in rows:
        yield separator + json.dumps(
            {name: row[name] for name in EXPORT_FIELDS}, cls=DjangoJSONEncoder, ensure_ascii=False
        )
        separator = ",\n"
    yield "\n]}\n"
