"""The import format: its keys, limits, and what a checked file becomes (a plan of records)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from wagtail.models import Locale

from practices.models import PracticeIndexPage, PracticePage
from practices.services import PracticeError

TOP_KEYS = ("topics", "practices")
TOPIC_KEYS = ("slug", "labels")
REQUIRED = ("external_id", "language", "title", "summary", "country")
OPTIONAL = ("body", "region", "organisation", "population", "topics", "systems", "year", "status")
# What the library's JSON export adds to the format (practices/views/open_data.py): accepted and ignored,
# so that an export can be imported again; any other unknown key is a mistake worth reporting.
EXPORT_ONLY = (
    "url",
    "translation_key",
    "started_on",
    "live_on",
    "cost",
    "currency",
    "funding",
    "staff_trained",
    "electronic_share",
    "units_connected",
    "adopted_by",
)
POPULATION_MAX = 2_147_483_647  # PositiveIntegerField's limit in every database Django supports
YEAR_MIN, YEAR_MAX = 1990, 2100  # PracticePage.year's validators


class ImportRefused(PracticeError):
    """The file was refused and nothing was imported; `problems` are the reasons, one readable line each."""

    def __init__(self, problems: list[str]):
        super().__init__("import_refused", "\n".join(problems))
        self.problems = problems


@dataclass
class ImportReport:
    """What an import did: practices created, updated and left unchanged, and the rows it had to create."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    topics_created: int = 0
    topics_renamed: int = 0
    organisations_created: int = 0
    systems_created: int = 0
    outcomes: list[tuple[str, str, str]] = field(default_factory=list)  # (external_id, language, outcome)

    @property
    def practices(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> str:
        return (
            f"Imported {self.practices} practices: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged; {self.topics_created} topics, {self.organisations_created} organisations "
            f"and {self.systems_created} systems created."
        )


@dataclass
class _TopicEntry:
    label: str
    slug: str
    labels: dict[str, str]


@dataclass
class _Record:
    """A checked practice of the file; `values` holds only the keys the record gives, normalised."""

    label: str
    external_id: str
    language: str
    values: dict[str, Any]
    library: PracticeIndexPage | None = None
    page: PracticePage | None = None


@dataclass
class _Plan:
    locales: dict[str, Locale]
    topics: list[_TopicEntry]
    records: list[_Record]


# Reading and checking --------------------------------------------------------------------------------


def plain_text_to_rich_text(text: str) -> str:
    """Rich text of a plain text: escaped, paragraphs (split on blank lines) in <p>, single newlines as <br>."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [paragraph.strip() for paragraph in re.split(r"\n[ \t]*\n", text) if paragraph.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line.strip()) for line in paragraph.split("\n")) + "</p>" for paragraph in paragraphs
    )
