"""Import case studies from a JSON file: check the whole file first, then write it all in one transaction.

The format and the rules are described in docs/import-practices.md. `read_import_file` parses a file,
`validate` lists every problem of the data (and writes nothing), `import_practices` imports valid data
all or nothing and says what it did; `manage.py import_practices` calls them.

Every text of a file is plain text: titles, summaries, regions and names are stored as text (templates
escape them) and the body becomes rich text only through `plain_text_to_rich_text`, which escapes it.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import DatabaseError, transaction
from django.utils.html import escape
from django.utils.text import slugify
from django_countries import countries
from wagtail.models import Locale

from portal.models import HomePage, Organisation
from practices.models import PracticeIndexPage, PracticePage, System, Topic
from practices.services import PracticeError
from practices.slugs import children_slugs, free_slug, slug_base

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


def read_import_file(path: str | Path) -> Any:
    """The parsed JSON of the file at `path`; ImportRefused when it cannot be read or is not valid JSON."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # tolerates the byte-order mark some editors write
    except UnicodeDecodeError as error:
        raise ImportRefused([f"the file is not UTF-8 text (byte {error.start})"]) from error
    except OSError as error:
        raise ImportRefused([f"the file cannot be read: {error.strerror or error}"]) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused(
            [f"the file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"]
        ) from error


def validate(data: Any) -> list[str]:
    """Every problem of the parsed file, one readable line each naming the record and the field; [] if none."""
    problems, _plan = _check(data)
    return problems


def _check(data: Any) -> tuple[list[str], _Plan]:
    problems: list[str] = []
    locales = _locales()
    plan = _Plan(locales=locales, topics=[], records=[])
    if not isinstance(data, dict):
        problems.append(
            f'the file must hold a JSON object with "practices" (and optionally "topics"), not {_kind(data)}'
        )
        return problems, plan
    for key in data:
        if key not in TOP_KEYS:
            problems.append(f"{_shown(key)}: unknown key (a file has {_keys(TOP_KEYS)})")
    topics = data.get("topics", [])
    if not isinstance(topics, list):
        problems.append(f"topics: expected a list, got {_kind(topics)}")
    else:
        plan.topics = _check_topics(topics, locales, problems)
    if "practices" not in data:
        problems.append("practices: missing")
    elif not isinstance(data["practices"], list):
        problems.append(f"practices: expected a list, got {_kind(data['practices'])}")
    else:
        plan.records = _check_practices(data["practices"], locales, problems)
    return problems, plan


def _check_topics(entries: list, locales: dict[str, Locale], problems: list[str]) -> list[_TopicEntry]:
    checked: list[_TopicEntry] = []
    first: dict[str, str] = {}
    slug_max = Topic._meta.get_field("slug").max_length
    name_max = Topic._meta.get_field("name").max_length
    for number, entry in enumerate(entries):
        label = f"topics[{number}]"
        if not isinstance(entry, dict):
            problems.append(f"{label}: expected an object, got {_kind(entry)}")
            continue
        slug = entry.get("slug")
        if isinstance(slug, str) and slug:
            label += f" (slug {_shown(slug)})"
        before = len(problems)
        for key in entry:
            if key not in TOPIC_KEYS:
                problems.append(f"{label}: {_shown(key)}: unknown field (a topic has {_keys(TOPIC_KEYS)})")
        if "slug" not in entry or slug in ("", None):
            problems.append(f"{label}: slug: missing")
        else:
            problem = _slug_problem(slug, slug_max)
            if problem:
                problems.append(f"{label}: slug: {problem}")
            elif slug in first:
                problems.append(f"{label}: slug: {_shown(slug)} is also given by {first[slug]}")
            else:
                first[slug] = label
        labels = entry.get("labels")
        if not isinstance(labels, dict) or not labels:
            got = "an empty object" if labels == {} else _kind(labels)
            problems.append(f'{label}: labels: expected an object such as {{"en": "E-services"}}, got {got}')
            labels = {}
        for language, name in labels.items():
            if language not in locales:
                problems.append(
                    f"{label}: labels: {_shown(language)} is not a language of the portal ({_codes(locales)})"
                )
            problem = _text_problem(name, name_max, required=True)
            if problem:
                problems.append(f"{label}: labels.{language}: {problem}")
        if len(problems) == before:
            checked.append(_TopicEntry(label, slug, {language: name.strip() for language, name in labels.items()}))
    return checked


def _check_practices(entries: list, locales: dict[str, Locale], problems: list[str]) -> list[_Record]:
    records: list[_Record] = []
    first: dict[str, str] = {}
    for number, entry in enumerate(entries):
        label = f"practices[{number}]"
        if not isinstance(entry, dict):
            problems.append(f"{label}: expected an object, got {_kind(entry)}")
            continue
        external_id = entry.get("external_id")
        if isinstance(external_id, str) and external_id.strip():
            external_id = external_id.strip()
            label += f" (external_id {_shown(external_id)})"
        own: list[str] = []
        values = _check_practice(entry, locales, own)
        if "external_id" in values:
            if external_id in first:
                own.append(f"external_id: {_shown(external_id)} is also used by {first[external_id]}")
            else:
                first[external_id] = f"practices[{number}]"
        problems.extend(f"{label}: {problem}" for problem in own)
        if not own:
            records.append(_Record(label, values.pop("external_id"), values.pop("language"), values))
    _find_places(records, locales, problems)
    return records


def _check_practice(entry: dict, locales: dict[str, Locale], problems: list[str]) -> dict[str, Any]:
    """The record's values, normalised; what is wrong goes to `problems` as "field: what"."""
    values: dict[str, Any] = {}
    for key in entry:
        if key not in REQUIRED and key not in OPTIONAL and key not in EXPORT_ONLY:
            problems.append(f"{_shown(key)}: unknown field (a practice has {_keys(REQUIRED + OPTIONAL)})")
    for key in REQUIRED:
        if entry.get(key) is None or (isinstance(entry[key], str) and not entry[key].strip()):
            problems.append(f"{key}: missing")

    def text(key: str, max_length: int, required: bool = False) -> None:
        value = entry.get(key)
        if key not in entry or (required and (value is None or (isinstance(value, str) and not value.strip()))):
            return  # reported as missing above
        problem = _text_problem(entry[key], max_length, required)
        if problem:
            problems.append(f"{key}: {problem}")
        else:
            values[key] = (entry[key] or "").strip()

    text("external_id", PracticePage._meta.get_field("external_id").max_length, required=True)
    text("title", PracticePage._meta.get_field("title").max_length, required=True)
    text("summary", PracticePage._meta.get_field("summary").max_length, required=True)
    text("region", PracticePage._meta.get_field("region").max_length)
    text("organisation", Organisation._meta.get_field("name").max_length)

    language = entry.get("language")
    if language is not None:
        if not isinstance(language, str):
            problems.append(f"language: expected a string, got {_kind(language)}")
        elif language.strip() and language not in locales:
            problems.append(f"language: {_shown(language)} is not a language of the portal ({_codes(locales)})")
        elif language.strip():
            values["language"] = language

    country = entry.get("country")
    if country is not None:
        if not isinstance(country, str):
            problems.append(f"country: expected a string, got {_kind(country)}")
        elif country.strip() and country.strip().upper() not in _country_codes():
            problems.append(f"country: {_shown(country)} is not an ISO 3166 country code")
        elif country.strip():
            values["country"] = country.strip().upper()

    if "body" in entry:
        body = entry["body"]
        if body is not None and not isinstance(body, str):
            problems.append(f"body: expected a string or null, got {_kind(body)}")
        else:
            values["actions"] = plain_text_to_rich_text(body or "")

    _number(entry, "population", 0, POPULATION_MAX, values, problems)
    _number(entry, "year", YEAR_MIN, YEAR_MAX, values, problems)

    if "status" in entry:
        status = entry["status"]
        if status is not None and status not in PracticePage.Status.values:
            problems.append(f"status: {_shown(status)} is not one of {_keys(PracticePage.Status.values)}")
        else:
            values["status"] = status or PracticePage.Status.IMPLEMENTED

    slug_max = Topic._meta.get_field("slug").max_length
    for key, problem_of in (
        ("topics", lambda item: _slug_problem(item, slug_max)),
        ("systems", lambda item: _text_problem(item, System._meta.get_field("name").max_length, required=True)),
    ):
        if key not in entry:
            continue
        items = entry[key]
        if items is None:
            values[key] = []
        elif not isinstance(items, list):
            problems.append(f"{key}: expected a list of strings, got {_kind(items)}")
        else:
            item_problems = [(n, problem_of(item)) for n, item in enumerate(items)]
            problems.extend(f"{key}[{n}]: {problem}" for n, problem in item_problems if problem)
            if not any(problem for _n, problem in item_problems):
                values[key] = list(dict.fromkeys(item.strip() for item in items))  # once each, in order
    return values


def _number(entry: dict, key: str, low: int, high: int, values: dict, problems: list[str]) -> None:
    if key not in entry:
        return
    value = entry[key]
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        problems.append(f"{key}: expected a whole number or null, got {_shown(value)}")
    elif value is not None and not low <= value <= high:
        problems.append(f"{key}: {value} is not between {low} and {high}")
    else:
        values[key] = value


def _find_places(records: list[_Record], locales: dict[str, Locale], problems: list[str]) -> None:
    """Each record's library (the one under its language's home page) and the page it updates, if any."""
    libraries = {code: _library(locale) for code, locale in locales.items()}
    existing: dict[tuple[str, str], list[PracticePage]] = {}
    pages = PracticePage.objects.filter(external_id__in=[record.external_id for record in records])
    for page in pages.select_related("locale").order_by("pk"):
        existing.setdefault((page.external_id, page.locale.language_code), []).append(page)
    for record in records:
        record.library = libraries[record.language]
        if record.library is None:
            problems.append(
                f"{record.label}: language: there is no practice library under the {_shown(record.language)} home page"
            )
        found = existing.get((record.external_id, record.language), [])
        if len(found) > 1:
            pks = ", ".join(str(page.pk) for page in found)
            problems.append(
                f"{record.label}: external_id: several {record.language} pages already have it (ids {pks}); "
                "keep one and clear the others' external identifier"
            )
        record.page = found[0] if found else None


def _library(locale: Locale) -> PracticeIndexPage | None:
    home = HomePage.objects.filter(locale=locale).order_by("path").first()
    return PracticeIndexPage.objects.child_of(home).first() if home else None


def _locales() -> dict[str, Locale]:
    """The portal's content languages that have a locale, in the order of the settings."""
    by_code = {locale.language_code: locale for locale in Locale.objects.all()}
    return {code: by_code[code] for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code in by_code}


def _country_codes() -> set[str]:
    return set(dict(countries))


def _text_problem(value: Any, max_length: int, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        return f"expected a string{'' if required else ' or null'}, got {_kind(value)}"
    if required and not value.strip():
        return "must not be empty"
    if len(value.strip()) > max_length:
        return f"{len(value.strip())} characters, at most {max_length} allowed"
    return ""


def _slug_problem(value: Any, max_length: int) -> str:
    if not isinstance(value, str):
        return f"expected a slug (a string), got {_kind(value)}"
    try:
        validate_slug(value)
    except ValidationError:
        return f"{_shown(value)} is not a slug (letters a-z, digits, hyphens and underscores only)"
    if len(value) > max_length:
        return f"{_shown(value)} is longer than {max_length} characters"
    return ""


def _kind(value: Any) -> str:
    """The JSON name of the value's type, as someone reading the file sees it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {_shown(value)}"
    return "a list" if isinstance(value, list) else "an object"


def _shown(value: Any) -> str:
    """The value as JSON, cut short: a report line stays one line, whatever the file holds."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _keys(keys: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f'"{key}"' for key in keys)


def _codes(locales: dict[str, Locale]) -> str:
    return ", ".join(locales)


def plain_text_to_rich_text(text: str) -> str:
    """Rich text of a plain text: escaped, paragraphs (split on blank lines) in <p>, single newlines as <br>."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    paragraphs = [paragraph.strip() for paragraph in re.split(r"\n[ \t]*\n", text) if paragraph.strip()]
    return "".join(
        "<p>" + "<br>".join(escape(line.strip()) for line in paragraph.split("\n")) + "</p>" for paragraph in paragraphs
    )


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
