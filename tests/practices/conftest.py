"""Fixtures for the practices tests: the library in each language, practices, topics and systems made to measure."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from wagtail.models import Locale

from practices.models import PracticeIndexPage, PracticePage, System, Topic
from tests.conftest import index_under

_numbers = itertools.count(1)


@pytest.fixture
def library(home_pages):
    """library(language) → the practice index under that language's home (made, with its translations, if missing)."""

    def get(language: str = "en") -> PracticeIndexPage:
        index_under(PracticeIndexPage, home_pages["en"], "Practices", "practices")  # translated along the tree
        return PracticeIndexPage.objects.child_of(home_pages[language]).get()

    return get


@pytest.fixture
def make_topic(db):
    """make_topic(slug, **names by language) → {language: Topic}, one row per language sharing a translation key."""

    def make(slug: str, **names: str) -> dict[str, Topic]:
        names = names or {"en": slug.replace("-", " ").capitalize()}
        rows: dict[str, Topic] = {}
        for language, name in names.items():
            locale = Locale.objects.get(language_code=language)
            first = next(iter(rows.values()), None)
            topic = Topic(name=name, slug=slug, locale=locale)
            if first is not None:
                topic.translation_key = first.translation_key
            topic.save()
            rows[language] = topic
        return rows

    return make


@pytest.fixture
def make_system(db):
    def make(slug: str, name: str = "", language: str = "en", **fields) -> System:
        return System.objects.create(
            slug=slug, name=name or slug.title(), locale=Locale.objects.get(language_code=language), **fields
        )

    return make


@pytest.fixture
def make_practice(library):
    """make_practice(language, topics=[...], systems=[...], organisations=[...], **fields) → a published practice."""

    def make(language: str = "en", topics=(), systems=(), organisations=(), **fields) -> PracticePage:
        number = next(_numbers)
        values = {
            "title": f"Test practice {number}",
            "slug": f"test-practice-{number}",
            "summary": f"Summary of test practice {number}.",
            "country": "BG",
            "started_on": date(2021, 3, 1),
            "live_on": date(2022, 1, 1),
        }
        values.update(fields)
        index = library(language)
        page = PracticePage(locale=index.locale, **values)
        index.add_child(instance=page)
        page.topics.set(topics)
        page.systems.set(systems)
        page.organisations.set(organisations)
        page.save_revision().publish()
        return PracticePage.objects.get(pk=page.pk)

    return make
