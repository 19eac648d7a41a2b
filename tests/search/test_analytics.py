"""Search analytics: one count per search, query, language and day, nobody's name; the staff's report and glossary."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone

from search import analytics
from search.models import GlossaryConcept, QueryStat
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOTHING = "xqzjvw"  # a word no content has
FOUND = "scanning"  # a word of a demo practice ("Scanning incoming mail at the front desk in Kameno Pole")

# What each role gets from the staff's pages: "allowed" (200), "login" (sent to the admin's login page),
# "refused" (403, or sent back to the admin's home: the admin is theirs, this page is not).
ACCESS = {
    "anonymous": "login",
    "member": "login",
    "staff_without_rights": "refused",
    "organiser": "allowed",
    "admin": "allowed",
}
ALLOWED = [role for role, access in ACCESS.items() if access == "allowed"]
DENIED = [role for role, access in ACCESS.items() if access != "allowed"]


@pytest.fixture
def client_as(client, demo_users):
    def log_in(role: str):
        if role == "staff_without_rights":
            user = UserFactory(is_staff=True)
            user.user_permissions.add(
                Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin")
            )
            client.force_login(user)
        elif role != "anonymous":
            client.force_login(demo_users[role])
        return client

    return log_in


def assert_access(response, role: str) -> None:
    access = ACCESS[role]
    if access == "allowed":
        assert response.status_code == 200, response.content[:500]
    elif access == "login":
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    else:
        assert response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def counts(query: str, language: str = "en") -> tuple[int, int] | None:
    """(searches, empty) counted today for the query in the language, or None when nothing was counted."""
    row = QueryStat.objects.filter(day=timezone.localdate(), language=language, query=query).first()
    return None if row is None else (row.searches, row.empty)


# Counting -------------------------------------------------------------------------------------------


def test_a_search_on_the_page_counts_once_for_its_normalised_query_language_and_day(client):
    assert client.get("/en/search/", {"q": "  Scanning   incoming MAIL "}).status_code == 200
    assert counts("scanning incoming mail") == (1, 0)
    client.get("/en/search/", {"q": "scanning incoming mail"})
    assert counts("scanning incoming mail") == (2, 0)
    assert QueryStat.objects.count() == 1


def test_the_page_counts_a_search_in_the_language_of_the_page(client):
    client.get("/uk/search/", {"q": FOUND})
    assert counts(FOUND, "uk") == (1, 0)
    assert counts(FOUND, "en") is None


def test_a_search_on_the_api_counts_in_the_language_asked_and_an_empty_answer_counts_as_empty(client):
    response = client.get("/api/search/", {"q": NOTHING, "lang": "uk"})
    assert response.status_code == 200 and response.json()["total"] == 0
    assert counts(NOTHING, "uk") == (1, 1)
    response = client.get("/api/search/", {"q": FOUND, "lang": "uk"})
    assert response.json()["total"] > 0
    assert counts(FOUND, "uk") == (1, 0)
    assert counts(NOTHING, "en") is None and counts(FOUND, "en") is None


def test_an_empty_answer_on_the_page_counts_as_empty(client):
    client.get("/en/search/", {"q": NOTHING})
    client.get("/en/search/", {"q": FOUND})
    client.get("/en/search/", {"q": NOTHING})
    assert counts(NOTHING) == (2, 2)
    assert counts(FOUND) == (1, 0)


def test_paging_through_the_results_does_not_count_the_search_again(client):
    client.get("/en/search/", {"q": FOUND})
    assert client.get("/en/search/", {"q": FOUND, "page": "2"}).status_code == 200
    client.get("/api/search/", {"q": FOUND, "lang": "en", "page": "2"})
    assert counts(FOUND) == (1, 0)


def test_browsing_without_words_and_a_refused_search_count_nothing(client):
    client.get("/en/search/")
    client.get("/en/search/", {"type": "practice"})
    assert client.get("/en/search/", {"q": FOUND, "country": "XX"}).status_code == 400
    assert client.get("/api/search/", {"q": FOUND, "year": "1800"}).status_code == 400
    assert not QueryStat.objects.exists()


def test_a_members_search_is_counted_without_anything_that_identifies_them(client, demo_users):
    member = demo_users["member"]
    client.force_login(member)
    client.get("/en/search/", {"q": FOUND}, REMOTE_ADDR="203.0.113.7")
    assert counts(FOUND) == (1, 0)
    # Only the day, the language, the words and the counts: no user, address, session or time of day.
    fields = {field.name for field in QueryStat._meta.get_fields()}
    assert fields == {"id", "day", "language", "query", "searches", "empty"}
    stored = " ".join(str(value) for value in QueryStat.objects.values().get().values())
    for trace in (member.email, member.username, "203.0.113.7", client.session.session_key):
        assert trace not in stored.split(), trace


def test_an_anonymous_search_opens_no_session(client):
    response = client.get("/en/search/", {"q": FOUND})
    assert counts(FOUND) == (1, 0)
    assert "sessionid" not in response.cookies


# Aggregating ----------------------------------------------------------------------------------------


@pytest.fixture
def counted():
    """Searches of the last weeks: today and 10 days ago in English and Ukrainian, and one too old to show."""
    today = timezone.localdate()
    for query, language, total in [
        ("Scanning", "en", 3),
        ("scanning ", "en", 3),
        ("SCANNING", "en", 0),
        ("e-signature", "en", 2),
        ("сканування", "uk", 0),
    ]:
        analytics.record(query, language, total)
    QueryStat.objects.create(day=today - timedelta(days=10), language="en", query="e-signature", searches=4, empty=0)
    QueryStat.objects.create(day=today - timedelta(days=10), language="uk", query="сканування", searches=2, empty=1)
    QueryStat.objects.create(day=today - timedelta(days=60), language="en", query="fax", searches=99, empty=99)


def test_top_queries_add_up_the_days_of_the_period_separately_for_each_language(counted):
    assert analytics.top_queries(30) == [
        {"query": "e-signature", "language": "en", "total": 5, "empty_total": 0},
        {"query": "scanning", "language": "en", "total": 3, "empty_total": 1},
        {"query": "сканування", "language": "uk", "total": 3, "empty_total": 2},
    ]
    assert analytics.top_queries(7) == [
        {"query": "scanning", "language": "en", "total": 3, "empty_total": 1},
        {"query": "e-signature", "language": "en", "total": 1, "empty_total": 0},
        {"query": "сканування", "language": "uk", "total": 1, "empty_total": 1},
    ]
    assert [row["query"] for row in analytics.top_queries(30, language="uk")] == ["сканування"]
    assert [row["query"] for row in analytics.top_queries(90)][0] == "fax"


def test_queries_that_found_nothing_are_listed_by_how_often_they_found_nothing(counted):
    assert [(row["query"], row["empty_total"]) for row in analytics.top_queries(30, empty_only=True)] == [
        ("сканування", 2),
        ("scanning", 1),
    ]
    assert analytics.top_queries(30, language="en", empty_only=True)[0]["query"] == "scanning"


def test_searches_per_language_add_up_every_query_of_the_period(counted):
    assert analytics.by_language(30) == [
        {"language": "en", "total": 8, "empty_total": 1},
        {"language": "uk", "total": 3, "empty_total": 2},
    ]
    assert analytics.by_language(7) == [
        {"language": "en", "total": 4, "empty_total": 1},
        {"language": "uk", "total": 1, "empty_total": 1},
    ]


# The staff's report and glossary ------------------------------------------------------------------


@pytest.mark.parametrize("role", ALLOWED)
def test_the_search_analytics_report_shows_the_counted_queries_to_administrators_and_editors(client_as, counted, role):
    response = client_as(role).get(reverse("search_analytics"))
    assert_access(response, role)
    html = response.content.decode()
    assert "e-signature" in html and "сканування" in html
    assert "fax" not in html  # older than the 30 days shown by default
    assert "fax" in client_as(role).get(reverse("search_analytics"), {"days": "90"}).content.decode()


def test_the_search_analytics_report_shows_one_language_when_asked(client_as, counted):
    html = client_as("admin").get(reverse("search_analytics"), {"language": "uk"}).content.decode()
    assert "сканування" in html
    assert "e-signature" not in html


@pytest.mark.parametrize("role", DENIED)
def test_the_search_analytics_report_is_refused_to_members_visitors_and_staff_without_the_permission(
    client_as, counted, role
):
    response = client_as(role).get(reverse("search_analytics"))
    assert_access(response, role)
    assert "сканування" not in response.content.decode()


def test_the_search_analytics_report_is_in_the_reports_menu_of_those_who_may_read_it(client_as):
    url = reverse("search_analytics")
    assert url in client_as("organiser").get(reverse("wagtailadmin_home")).content.decode()
    assert url not in client_as("staff_without_rights").get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("role", list(ACCESS))
def test_the_glossary_is_edited_in_the_admin_by_administrators_and_editors_only(client_as, role):
    concept = GlossaryConcept.objects.order_by("name").first().name  # the demo's; first on the listing's page 1
    response = client_as(role).get(reverse("wagtailsnippets_search_glossaryconcept:list"))
    assert_access(response, role)
    assert (concept in response.content.decode()) is (ACCESS[role] == "allowed")
