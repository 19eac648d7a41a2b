"""The practice library in a real browser: filter, read in several languages, compare, adopt; axe-core on each page.

The member's submission and the coordinators' review (a Wagtail workflow)
get their own journey when they land.
"""

import pytest

from tests.e2e.conftest import assert_accessible, assert_in_language, assert_serves_accessibly, assert_shows, submit

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    "path",
    [
        "/en/practices/",
        "/bg/practices/?topic=document-management&sort=year",
        "/pl/practices/?country=PL&band=s",
        "/uk/practices/bg-sinye-vodi-edm/",  # a translation, with "view the original"
        "/pl/practices/pl-brzozowa-wola-ezd/",
        "/en/practices/en-shared-edm-rhodopes/",
        "/en/practices/compare/",  # nothing chosen yet: says how to choose
    ],
)
def test_practice_pages_have_no_serious_accessibility_violation(page, path):
    assert_serves_accessibly(page, path)


@pytest.mark.parametrize("language", ["en", "uk"])
def test_a_visitor_filters_the_library_and_compares_two_practices_by_keyboard(page, language):
    page.goto(f"/{language}/practices/")
    assert_in_language(page, language)
    page.select_option("#filter-topic", "document-management")
    submit(page, "main form[role=search] button[type=submit]")
    assert "topic=document-management" in page.url
    cards = page.locator("main .practice-card")
    assert cards.count() >= 2
    for number in (0, 1):
        page.locator("main .practice-card input[name=p]").nth(number).focus()
        page.keyboard.press("Space")
    titles = [cards.nth(number).locator("h2").inner_text() for number in (0, 1)]
    with page.expect_navigation():
        page.locator("main .practice-list + .form__actions button").press("Enter")
    assert "/practices/compare/?" in page.url
    header = page.locator("main table.compare thead").inner_text()
    assert all(title in header for title in titles)
    assert_accessible(page)


def test_a_translated_practice_links_its_original(page):
    page.goto("/en/practices/bg-sinye-vodi-edm/")
    with page.expect_navigation():
        page.locator("main .practice__languages a[hreflang=bg]").first.click()
    assert_in_language(page, "bg")
    assert page.url.endswith("/bg/practices/bg-sinye-vodi-edm/")


def test_a_member_records_an_adoption_and_opens_the_contact_form(member_page):
    page = member_page
    page.goto("/en/practices/pl-brzozowa-wola-ezd/")
    with page.expect_navigation():
        page.locator("main a[href$='/adopt/']").click()
    assert_accessible(page)
    page.fill("#id_adopted_on", "2025-04")
    page.check("input[name=status][value=in_progress]")
    submit(page)
    assert_shows(page, "main .messages", "Thank you: your organisation is listed among the adopters.", "en")
    assert "Horodnytsia Territorial Community" in page.locator("#adoptions-heading + ul").inner_text()
    page.goto("/en/practices/pl-brzozowa-wola-ezd/contact/")
    assert_accessible(page)
    assert "@example.net" not in page.locator("main").inner_text()
