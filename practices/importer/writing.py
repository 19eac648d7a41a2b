"""Writing a checked import in one transaction: pages, topics, organisations and systems, created or updated."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from anyascii import anyascii
from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from django.utils.text import slugify
from wagtail.models import Locale

from portal.models import Organisation
from practices.importer.checking import _check
from practices.importer.format import ImportRefused, ImportReport, _Plan, _Record
from practices.models import PracticeIndexPage, PracticePage, System, Topic
from practices.slugs import children_slugs, free_slug, slug_base

# Writing -------------------------------------------------------------------------------------------


def import_practices(data: Any) -> ImportReport:
    """Import the parsed file, all or nothing: ImportRefused with every problem if it is not valid.

    Checks run inside the same transaction as the writes, so the places they found (libraries,
    existing pages) cannot change in between; a failure while writing undoes everything.
    """
    with transaction.atomic():
        problems, plan = _check(data)
        if problems:
            raise ImportRefused(problems)
        return _write(plan)


def _write(plan: _Plan) -> ImportReport:
    report = ImportReport()
    topics = _Topics(plan.locales, report)
    for entry in plan.topics:
        with _named(entry.label):
            topics.declare(entry.slug, entry.labels)
    organisations = _Organisations(report)
    systems = _Systems(report)
    slugs = _Slugs()
    for record in plan.records:
        with _named(record.label):
            outcome = _import_practice(record, topics, organisations, systems, slugs)
        setattr(report, outcome, getattr(report, outcome) + 1)
        report.outcomes.append((record.external_id, record.language, outcome))
    return report


@contextmanager
def _named(label: str) -> Iterator[None]:
    """Turn a failure while writing a record into ImportRefused naming that record (the transaction then rolls back)."""
    try:
        yield
    except ValidationError as error:
        raise ImportRefused([f"{label}: could not be saved: {_validation_text(error)}"]) from error
    except DatabaseError as error:
        raise ImportRefused([f"{label}: could not be saved: {error}"]) from error


def _validation_text(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    return " ".join(error.messages)


def _import_practice(
    record: _Record, topics: _Topics, organisations: _Organisations, systems: _Systems, slugs: _Slugs
) -> str:
    """Create or update the record's page; "created", "updated" or "unchanged"."""
    values = record.values
    locale = record.library.locale
    fields = {
        name: values[name]
        for name in ("title", "summary", "actions", "region", "population", "status")
        if name in values
    }
    fields["country"] = values["country"]
    relations: dict[str, list] = {}
    if "topics" in values:
        relations["topics"] = [topics.for_practice(slug, record.language) for slug in values["topics"]]
    if "systems" in values:
        relations["systems"] = [systems.get(name, locale) for name in values["systems"]]
    if "organisation" in values:
        name = values["organisation"]
        relations["organisations"] = [organisations.get(name, values)] if name else []

    # Two names of one system ("EDM", "edm") find the same row: once each, or the page would always look changed.
    relations = {name: list({row.pk: row for row in rows}.values()) for name, rows in relations.items()}
    page = record.page
    if page is None:
        page = PracticePage(
            locale=locale,
            live=False,
            external_id=record.external_id,
            slug=slugs.free(record.library, values["title"], record.external_id),
            **fields,
        )
        page.year = values.get("year")
        for name, rows in relations.items():
            getattr(page, name).set(rows)
        record.library.add_child(instance=page)
        _publish(page)
        return "created"

    changed = False
    if "year" in values:
        # null lets the page take the year from its dates, as its own save() does
        day = page.live_on or page.started_on
        fields["year"] = values["year"] if values["year"] is not None else (day.year if day else None)
    for name, value in fields.items():
        current = getattr(page, name)
        if name == "country":
            current = current.code
        if current != value:
            setattr(page, name, value)
            changed = True
    for name, rows in relations.items():
        if sorted(row.pk for row in getattr(page, name).all()) != sorted(row.pk for row in rows):
            getattr(page, name).set(rows)
            changed = True
    if not changed:
        return "unchanged"
    _publish(page)
    return "updated"


def _publish(page: PracticePage) -> None:
    page.save_revision().publish()


class _Slugs:
    """Free page slugs in each library, remembered across the records of one import."""

    def __init__(self) -> None:
        self.taken: dict[int, set[str]] = {}

    def free(self, library: PracticeIndexPage, title: str, external_id: str) -> str:
        if library.pk not in self.taken:
            self.taken[library.pk] = children_slugs(library)
        return free_slug(library, slug_base(title, external_id), self.taken[library.pk])


class _Topics:
    """Topic rows by slug and language: declared by the file's "topics", or made for the practices that use them."""

    def __init__(self, locales: dict[str, Locale], report: ImportReport):
        self.locales = locales
        self.report = report
        self.rows: dict[str, dict[str, Topic]] = {}
        self.complete: set[str] = set()

    def _load(self, slug: str) -> dict[str, Topic]:
        if slug not in self.rows:
            self.rows[slug] = {
                topic.locale.language_code: topic
                for topic in Topic.objects.filter(slug=slug).select_related("locale").order_by("-pk")
            }
        return self.rows[slug]

    def declare(self, slug: str, labels: dict[str, str]) -> None:
        """Create or rename the rows of `slug` in the labelled languages."""
        rows = self._load(slug)
        for language, name in labels.items():
            topic = rows.get(language)
            if topic is None:
                self._create(slug, language, name)
            elif topic.name != name:
                topic.name = name
                topic.save(update_fields=["name"])
                self.report.topics_renamed += 1

    def for_practice(self, slug: str, language: str) -> Topic:
        """The topic in `language`; a slug a practice uses gets a row in every language that lacks one."""
        rows = self._load(slug)
        if slug not in self.complete:
            for code in self.locales:
                if code not in rows:
                    self._create(slug, code, _readable(slug))
            self.complete.add(slug)
        return rows[language]

    def _create(self, slug: str, language: str, name: str) -> None:
        rows = self.rows[slug]
        locale = self.locales[language]
        key = min(rows.values(), key=lambda topic: topic.pk).translation_key if rows else uuid.uuid4()
        if Topic.objects.filter(translation_key=key, locale=locale).exists():
            # The translation in this language exists under another slug (edited by hand): a row of its own
            # keeps the unique (translation_key, locale) rule rather than failing the import.
            key = uuid.uuid4()
        rows[language] = Topic.objects.create(slug=slug, name=name, locale=locale, translation_key=key)
        self.report.topics_created += 1


def _readable(slug: str) -> str:
    return re.sub(r"[-_]+", " ", slug).strip().capitalize() or slug


class _Organisations:
    """Organisations by name (ignoring case) and country; a missing one is created confirmed, of kind "other"."""

    def __init__(self, report: ImportReport):
        self.report = report
        self.found: dict[tuple[str, str], Organisation] = {}

    def get(self, name: str, values: dict[str, Any]) -> Organisation:
        country = values["country"]
        key = (name.casefold(), country)
        if key not in self.found:
            matches = list(Organisation.objects.filter(search_name=name.casefold(), country=country).order_by("pk"))
            organisation = next((o for o in matches if o.name == name), matches[0] if matches else None)
            if organisation is None:
                organisation = Organisation.objects.create(
                    name=name,
                    kind=Organisation.Kind.OTHER,
                    status=Organisation.Status.CONFIRMED,
                    country=country,
                    region=values.get("region") or "",
                    population=values.get("population"),
                )
                self.report.organisations_created += 1
            self.found[key] = organisation
        return self.found[key]


class _Systems:
    """Systems by name (ignoring case, in any alphabet) in one language; a missing one is created with a free slug."""

    def __init__(self, report: ImportReport):
        self.report = report
        self.by_locale: dict[int, dict[str, System]] = {}

    def get(self, name: str, locale: Locale) -> System:
        rows = self.by_locale.get(locale.pk)
        if rows is None:
            rows = self.by_locale[locale.pk] = {}
            for system in System.objects.filter(locale=locale).order_by("-pk"):
                rows[system.name.casefold()] = system  # the oldest wins when two names differ only in case
        if name.casefold() not in rows:
            rows[name.casefold()] = self._create(name, locale)
        return rows[name.casefold()]

    def _create(self, name: str, locale: Locale) -> System:
        max_length = System._meta.get_field("slug").max_length
        base = slugify(anyascii(name))[: max_length - 4].strip("-") or "system"
        taken = set(System.objects.filter(locale=locale).values_list("slug", flat=True))
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        key = uuid.uuid4()
        # The same product in another language (same slug) shares its translation key, as the demo's systems do.
        other = System.objects.filter(slug=slug).exclude(locale=locale).order_by("pk").first()
        if other and not System.objects.filter(translation_key=other.translation_key, locale=locale).exists():
            key = other.translation_key
        self.report.systems_created += 1
        return System.objects.create(name=name, slug=slug, locale=locale, translation_key=key)
