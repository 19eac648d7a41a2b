"""Header navigation, language switcher and footer links follow the reader's language."""

import pytest
from bs4 import BeautifulSoup

from events.demo_texts import INDEX as EVENT_INDEX
from forums.demo_texts import INDEXES as FORUM_INDEXES
from portal.demo.texts import TEXTS
from portal.models import StandardPage
from practices.demo import INDEX as PRACTICE_INDEX

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "bg", "uk", "pl"]


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def main_nav(response) -> list[tuple[str, str]]:
    return [(a["href"], a.get_text(strip=True)) for a in soup(response).select("nav.site-nav a")]


def switcher_links(response) -> dict[str, str]:
    """Language code → href of each language the reader can switch to."""
    links = soup(response).select("nav.language-switcher a")
    assert all(a["hreflang"] == a["lang"] for a in links)
    return {a["hreflang"]: a["href"] for a in links}


def footer_links(response) -> dict[str, str]:
    return {a.get_text(strip=True): a["href"] for a in soup(response).select("footer nav a")}


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_lists_the_home_pages_menu_children_in_the_active_language(client, language):
    text = TEXTS[language]

    items = main_nav(client.get(f"/{language}/"))

    assert items == [
        (f"/{language}/", text["home_title"]),
        (f"/{language}/about/", text["about_title"]),
        (f"/{language}/events/", EVENT_INDEX[language]["title"]),
        (f"/{language}/groups/", FORUM_INDEXES["groups"][language]["title"]),
        (f"/{language}/questions/", FORUM_INDEXES["questions"][language]["title"]),
        (f"/{language}/practices/", PRACTICE_INDEX[language][0]),
        (f"/{language}/organisations/", text["directory_title"]),
        (f"/{language}/contact/", text["contact_title"]),
    ]


def test_pages_hidden_from_menus_stay_out_of_the_header(client):
    hrefs = [href for href, _ in main_nav(client.get("/en/"))]

    assert "/en/privacy/" not in hrefs
    assert "/en/accessibility/" not in hrefs


def test_current_section_is_marked_in_the_header(client):
    current = soup(client.get("/bg/about/")).select('nav.site-nav a[aria-current="page"]')

    assert [a["href"] for a in current] == ["/bg/about/"]


def test_newly_published_menu_page_appears_in_the_header_of_its_language_only(client, home_pages):
    client.get("/en/")  # fills the navigation cache
    home_pages["en"].add_child(
        instance=StandardPage(title="Working groups", slug="working-groups", show_in_menus=True)
    ).save_revision().publish()

    assert ("/en/working-groups/", "Working groups") in main_nav(client.get("/en/about/"))
    assert "/en/working-groups/" not in [href for href, _ in main_nav(client.get("/bg/about/"))]


def test_language_switcher_on_a_translated_page_links_to_its_translations(client):
    response = client.get("/bg/about/")

    assert switcher_links(response) == {"en": "/en/about/", "uk": "/uk/about/", "pl": "/pl/about/"}
    current = soup(response).select_one('nav.language-switcher [aria-current="true"]')
    assert current["lang"] == "bg"
    assert current.get_text(strip=True) == "Български"


def test_language_switcher_on_an_english_only_page_links_to_the_other_home_pages(client, home_pages):
    home_pages["en"].add_child(
        instance=StandardPage(title="Call for speakers", slug="call-for-speakers")
    ).save_revision().publish()

    response = client.get("/en/call-for-speakers/")

    assert switcher_links(response) == {"bg": "/bg/", "uk": "/uk/", "pl": "/pl/"}
    # The reader is told before following the link that it does not lead to a translation.
    for link in soup(response).select("nav.language-switcher a"):
        assert "not translated" in link["title"]


def test_language_switcher_skips_unpublished_translations(client):
    StandardPage.objects.get(slug="about", locale__language_code="uk").unpublish()

    links = switcher_links(client.get("/en/about/"))

    assert links["uk"] == "/uk/"
    assert links["bg"] == "/bg/about/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_links_to_privacy_and_accessibility_in_the_readers_language(client, language):
    text = TEXTS[language]

    links = footer_links(client.get(f"/{language}/organisations/"))

    assert links[text["privacy_title"]] == f"/{language}/privacy/"
    assert links[text["accessibility_title"]] == f"/{language}/accessibility/"
    assert links[text["contact_title"]] == f"/{language}/contact/"


def test_footer_links_follow_the_reader_on_account_pages_too(client):
    links = footer_links(client.get("/uk/account/login/"))

    assert links[TEXTS["uk"]["privacy_title"]] == "/uk/privacy/"
    assert links[TEXTS["uk"]["accessibility_title"]] == "/uk/accessibility/"


@pytest.mark.parametrize("path", ["/uk/", "/uk/about/", "/uk/account/login/", "/uk/account/signup/"])
def test_ukrainian_pages_declare_their_language(client, path):
    assert soup(client.get(path)).html["lang"] == "uk"


@pytest.mark.parametrize("path", ["login/", "signup/", "password/reset/"])
def test_account_pages_switcher_translates_the_url(client, path):
    links = switcher_links(client.get(f"/en/account/{path}"))

    assert links == {"bg": f"/bg/account/{path}", "uk": f"/uk/account/{path}", "pl": f"/pl/account/{path}"}


def test_account_page_in_polish_is_in_polish(client):
    response = client.get("/pl/account/login/")

    assert soup(response).html["lang"] == "pl"
    assert switcher_links(response)["en"] == "/en/account/login/"


def test_brand_link_leads_to_the_home_page_of_the_active_language(client):
    brand = soup(client.get("/pl/about/")).select_one("a.site-header__brand")

    assert brand["href"] == "/pl/"
