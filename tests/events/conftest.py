"""Fixtures for the events tests: event pages made to measure, registrants, organisers."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events import services
from events.models import EventIndexPage, EventPage
from tests.conftest import index_under
from tests.factories import OrganisationFactory, UserFactory

_numbers = itertools.count(1)


def event_index_for(home) -> EventIndexPage:
    return index_under(EventIndexPage, home, "Events", "events")


def event_maker(home_pages):
    """make(**fields) → a published English EventPage starting in 10 days (overridable fields)."""

    def make(language: str = "en", publish: bool = True, **fields) -> EventPage:
        number = next(_numbers)
        start = timezone.now() + timedelta(days=10)
        values = {
            "title": f"Test event {number}",
            "slug": f"test-event-{number}",
            "kind": EventPage.Kind.FORUM,
            "starts_at": start,
            "ends_at": start + timedelta(hours=6),
            "timezone": "Europe/Sofia",
            "venue_name": "Town hall",
            "venue_city": "Plovdiv",
            "country": "BG",
            "capacity": 10,
        }
        values.update(fields)
        index = event_index_for(home_pages[language])
        # A Wagtail page is live unless told otherwise; an unpublished one is a draft.
        page = EventPage(locale=index.locale, **{"live": publish, **values})
        index.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def make_event(home_pages):
    """make_event(**fields) → a published English EventPage starting in 10 days (overridable fields)."""
    return event_maker(home_pages)


@pytest.fixture
def registrant():
    """registrant(**fields) → a services.Registrant with a fresh email and organisation."""

    def make(**fields) -> services.Registrant:
        number = next(_numbers)
        values = {
            "full_name": f"Registrant {number}",
            "email": f"registrant{number}@example.net",
            "organisation": None,
            "organisation_name": f"Organisation {number}",
            "role": "secretary",
            "language": "en",
        }
        values.update(fields)
        return services.Registrant(**values)

    return make


@pytest.fixture
def organiser(demo_users):
    """The demo organiser: staff in the Editors group."""
    return demo_users["organiser"]


@pytest.fixture
def member_with_organisation(db):
    return UserFactory(organisation=OrganisationFactory())


def translate(page, language: str, publish: bool = True, **fields):
    """A translation of `page` into `language` (and of its parents, when they have none yet), live unless told."""
    locale = Locale.objects.get(language_code=language)
    for ancestor in page.get_ancestors().specific().filter(depth__gt=1):
        if ancestor.get_translation_or_none(locale) is None:
            ancestor.copy_for_translation(locale).save_revision().publish()
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
    translated.refresh_from_db()
    return translated
