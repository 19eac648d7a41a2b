"""The library with 10,000 practices, a practice page and the comparison cost the same queries as small ones."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from practices.bulk import create_practices
from practices.models import Adoption, Practice, PracticePage
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def queries(client, url: str) -> int:
    """Queries of one request, from a cold cache (neither the page cache nor Wagtail's site cache answers)."""
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_the_library_of_10000_practices_renders_with_the_queries_of_a_small_one(
    client, library, make_topic, make_system
):
    index = library("en")
    topic = make_topic("bulk-topic", en="Bulk topic")["en"]
    system = make_system("bulk-system", "Bulk system")
    create_practices(index, 30, topics=[topic], systems=[system])
    urls = [
        index.url,
        index.url + "?page=2",
        index.url + "?topic=bulk-topic&country=BG",
        index.url + "?system=bulk-system&band=s&sort=year",
        index.url + "?status=pilot&year=2020&language=en",
    ]
    small = {url: queries(client, url) for url in urls}

    create_practices(index, 10_000, topics=[topic], systems=[system])
    assert PracticePage.objects.live().count() > 10_000
    for url in [*urls, index.url + "?page=400"]:
        assert queries(client, url) == small.get(url, small[index.url + "?page=2"]), url
    html = client.get(index.url + "?topic=bulk-topic").content.decode()
    assert "10030 practices found" in html or "10,030 practices found" in html, html[html.find('role="status"') :][:200]


def test_a_practice_page_costs_the_same_queries_with_many_adoptions_topics_and_systems(
    client, make_practice, make_topic, make_system
):
    topics = [make_topic(f"q-topic-{n}")["en"] for n in range(6)]
    plain = make_practice(topics=topics[:1])
    rich = make_practice(
        topics=topics,
        systems=[make_system(f"q-system-{n}") for n in range(6)],
        organisations=[OrganisationFactory() for _ in range(3)],
    )
    for page in (plain, rich):
        Practice.objects.get_or_create(translation_key=page.translation_key, defaults={"page": page})
    practice = Practice.objects.get(translation_key=rich.translation_key)
    Adoption.objects.bulk_create(
        Adoption(practice=practice, organisation=OrganisationFactory(), adopted_on=date(2024, 1, 1)) for _ in range(25)
    )
    rich.contacts.create(name="Someone", email="someone@example.net")
    assert queries(client, rich.url) == queries(client, plain.url)
    member = UserFactory()
    client.force_login(member)
    assert queries(client, rich.url) == queries(client, plain.url)


def test_comparing_four_practices_costs_the_queries_of_comparing_two(client, library, make_practice, make_topic):
    index = library("en")
    topic = make_topic("cmp-topic")["en"]
    pages = [make_practice(topics=[topic], organisations=[OrganisationFactory()]) for _ in range(4)]
    two = index.url + "compare/?" + "&".join(f"p={page.pk}" for page in pages[:2])
    four = index.url + "compare/?" + "&".join(f"p={page.pk}" for page in pages)
    assert queries(client, four) == queries(client, two)
    html = client.get(four).content.decode()
    assert all(page.title in html for page in pages)
