"""The anonymous page cache: what it serves, what it never stores, and when it forgets."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client, override_settings
from wagtail.models import Site

from portal.demo.build import DEMO_PASSWORD
from portal.demo.texts import TEXTS
from portal.models import SiteSettings, StandardPage
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

ABOUT = "/en/about/"
CONTACT = "/en/contact/"
PUBLIC_PAGES = ["/en/", ABOUT, "/en/organisations/", "/en/privacy/"]


def cache_state(response):
    """'hit', 'miss' (stored now) or None (neither served from nor stored in the cache)."""
    return response.headers.get("X-Page-Cache")


def about_page():
    return StandardPage.objects.get(slug="about", locale__language_code="en")


def nav_links(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select("nav.site-nav a")]


def csrf_field(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]


@pytest.fixture
def member_client(demo_users):
    client = Client()
    assert client.login(username="member@example.org", password=DEMO_PASSWORD)
    return client


def test_second_anonymous_get_is_a_hit_with_identical_content_and_headers(client):
    first = client.get(ABOUT)
    second = client.get(ABOUT)

    assert first.status_code == second.status_code == 200
    assert cache_state(first) == "miss"
    assert cache_state(second) == "hit"
    assert second.content == first.content
    for header in ("Content-Type", "Content-Language", "X-Frame-Options"):
        assert second[header] == first[header]
    # A cached page sets no cookie, so it cannot hand one visitor's state to another.
    assert not second.cookies


def test_logged_in_member_is_never_served_a_cached_page(client, member_client, demo_users):
    for path in PUBLIC_PAGES:
        client.get(path)
        assert cache_state(client.get(path)) == "hit", path

    for path in PUBLIC_PAGES:
        response = member_client.get(path)
        assert response.status_code == 200
        assert cache_state(response) is None, path
        assert b"Log out" in response.content, path


def test_member_pages_are_never_stored_for_anonymous_visitors(client, member_client, demo_users):
    member = demo_users["member"]
    dashboard = member_client.get("/en/account/")
    assert member.full_name in dashboard.content.decode()

    for path in PUBLIC_PAGES:
        assert b"Log out" in member_client.get(path).content

    for path in [*PUBLIC_PAGES, "/en/account/"]:
        response = client.get(path)
        assert cache_state(response) != "hit", path
        html = response.content.decode()
        assert member.full_name not in html, path
        assert member.email not in html, path
        assert "Log out" not in html, path
        assert "csrfmiddlewaretoken" not in html, path


def test_contact_page_is_never_cached_and_every_visitor_gets_a_token_that_works_for_them():
    visitors = [Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)]
    tokens = []
    for visitor in visitors:
        response = visitor.get(CONTACT)
        assert response.status_code == 200
        assert cache_state(response) is None
        tokens.append(csrf_field(response))

    cookie_secrets = [visitor.cookies[settings.CSRF_COOKIE_NAME].value for visitor in visitors]
    assert cookie_secrets[0] != cookie_secrets[1]
    assert tokens[0] != tokens[1]
    assert cache_state(Client().get(CONTACT)) is None

    # Each visitor's page carried that visitor's own token: the form posts without a CSRF failure.
    for visitor, token in zip(visitors, tokens, strict=True):
        response = visitor.post(
            CONTACT,
            {"csrfmiddlewaretoken": token, "name": "Ivana", "email": "ivana@example.bg", "message": "Hello"},
        )
        assert response.status_code == 200
        assert TEXTS["en"]["contact_thanks"][3:40] in response.content.decode()


def test_publishing_a_page_makes_the_next_anonymous_get_a_miss_with_the_new_content(client):
    for path in (ABOUT, "/en/"):
        client.get(path)
        assert cache_state(client.get(path)) == "hit"

    page = about_page()
    page.title = "About the network, revised"
    page.save_revision().publish()

    about = client.get(ABOUT)
    assert cache_state(about) == "miss"
    assert "About the network, revised" in about.content.decode()
    home = client.get("/en/")
    assert cache_state(home) == "miss"
    assert "About the network, revised" in home.content.decode()


def test_saving_a_draft_leaves_the_published_page_in_the_cache(client):
    client.get(ABOUT)
    page = about_page()
    page.title = "Draft title nobody should see"
    page.save_revision()

    response = client.get(ABOUT)
    assert cache_state(response) == "hit"
    assert "Draft title nobody should see" not in response.content.decode()


def test_unpublishing_a_page_removes_it_and_its_menu_link_at_once(client):
    for path in (ABOUT, "/en/"):
        client.get(path)
        assert cache_state(client.get(path)) == "hit"
    assert ABOUT in nav_links(client.get("/en/"))

    about_page().unpublish()

    assert client.get(ABOUT).status_code == 404
    home = client.get("/en/")
    assert cache_state(home) == "miss"
    assert ABOUT not in nav_links(home)


def test_saving_site_settings_makes_the_next_anonymous_get_show_them(client):
    client.get(ABOUT)
    assert cache_state(client.get(ABOUT)) == "hit"

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.organisation_name = "Renamed Network Secretariat"
    site_settings.save()

    response = client.get(ABOUT)
    assert cache_state(response) == "miss"
    assert "Renamed Network Secretariat" in response.content.decode()


def test_saving_an_organisation_makes_the_directory_show_it(client):
    client.get("/en/organisations/")
    assert cache_state(client.get("/en/organisations/")) == "hit"

    OrganisationFactory(name="Municipality of Freshly Confirmed")

    response = client.get("/en/organisations/")
    assert cache_state(response) == "miss"
    assert "Municipality of Freshly Confirmed" in response.content.decode()


def test_post_is_never_served_from_nor_stored_in_the_cache(client):
    posted = client.post(ABOUT, {"anything": "x"})
    assert posted.status_code == 200
    assert cache_state(posted) is None
    assert cache_state(client.get(ABOUT)) == "miss"

    assert cache_state(client.get(ABOUT)) == "hit"
    assert cache_state(client.post(ABOUT, {"anything": "x"})) is None


@pytest.mark.parametrize("cookie", [settings.SESSION_COOKIE_NAME, "messages"])
def test_request_with_a_session_or_messages_cookie_bypasses_the_cache(client, cookie):
    client.get(ABOUT)
    assert cache_state(client.get(ABOUT)) == "hit"

    with_cookie = Client()
    with_cookie.cookies[cookie] = "some-value"
    assert cache_state(with_cookie.get(ABOUT)) is None
    # Nor is what it was shown stored for anyone.
    assert cache_state(with_cookie.get("/en/privacy/")) is None
    assert cache_state(client.get("/en/privacy/")) == "miss"


def test_admin_and_account_pages_are_never_cached(client):
    for path in ("/en/account/login/", "/admin/login/"):
        client.get(path)
        assert cache_state(client.get(path)) is None, path


def test_query_strings_are_cached_separately(client):
    client.get("/en/organisations/?country=PL")
    filtered = client.get("/en/organisations/?country=PL")
    everything = client.get("/en/organisations/")

    assert cache_state(filtered) == "hit"
    assert cache_state(everything) == "miss"
    assert "Association of Municipalities of the Rhodopes" not in filtered.content.decode()
    assert "Association of Municipalities of the Rhodopes" in everything.content.decode()


@override_settings(SECURE_SSL_REDIRECT=True)
def test_page_cached_over_https_is_not_served_over_plain_http():
    visitor = Client()
    visitor.get(ABOUT, secure=True)
    assert cache_state(visitor.get(ABOUT, secure=True)) == "hit"

    plain = visitor.get(ABOUT)
    assert plain.status_code == 301
    assert plain["Location"] == f"https://testserver{ABOUT}"


@pytest.fixture
def file_cache(tmp_path, settings):
    """The file cache of a fresh machine (no Redis), in a folder of its own."""
    from portal import cache as page_cache

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache", "LOCATION": str(tmp_path)}
    }
    page_cache._generation_file.cache_clear()
    page_cache._seen_generation = None
    yield tmp_path
    page_cache._generation_file.cache_clear()
    page_cache._seen_generation = None


def test_with_the_file_cache_a_publish_elsewhere_is_seen_at_once_and_an_unchanged_generation_is_not_reread(
    file_cache, monkeypatch
):
    from django.core.cache.backends.filebased import FileBasedCache

    from portal.cache import GENERATION_KEY, current_generation

    first = current_generation()
    assert current_generation() == first
    reads = []
    original_get = FileBasedCache.get
    monkeypatch.setattr(FileBasedCache, "get", lambda self, *a, **k: reads.append(a) or original_get(self, *a, **k))
    assert current_generation() == first and reads == []  # a stat, no read
    # Another process (another cache object on the same folder) publishes.
    FileBasedCache(str(file_cache), {}).incr(GENERATION_KEY)
    reads.clear()
    assert current_generation() == first + 1
    assert len(reads) == 1
    assert current_generation() == first + 1 and len(reads) == 1
