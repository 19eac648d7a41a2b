"""Checking a whole import file before anything is written: every problem, one line each, naming record and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django_countries import countries
from wagtail.models import Locale

from portal.models import HomePage, Organisation
from practices.importer.format import (
    EXPORT_ONLY,
    OPTIONAL,
    POPULATION_MAX,
    REQUIRED,
    TOP_KEYS,
    TOPIC_KEYS,
    YEAR_MAX,
    YEAR_MIN,
    ImportRefused,
    _Plan,
    _Record,
    _TopicEntry,
    plain_text_to_rich_text,
)
from practices.models import PracticeIndexPage, PracticePage, System, Topic


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
