"""The practice library in a real browser: filter, read in several languages, compare, adopt; axe-core on each page.

The member's submission and the coordinators' review (a Wagtail workflow)
get their own journey when they land.
"""

import pytest

from forums.demo_texts import GROUPS
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


# A member's practice from draft to publication ------------------------------------------------

AUTHOR_EMAIL = "groupmember@example.org"  # a member of the electronic-document-management group
COORDINATOR_EMAIL = "coordinator@example.org"  # coordinates that group
PRACTICE = {
    "en": {
        "title": "Electronic signatures for council decisions in Kameno Pole",
        "summary": "Council decisions are now signed and sent electronically.",
        "problem": "Decisions waited **days** for signatures on paper.",
        "actions": "- bought qualified signatures\n- trained 12 clerks",
        "results": "Decisions go out in one day instead of five.",
        "fix": "Cost: 4,800 EUR from the municipal budget.",
        "comment": "Please say what it cost.",
    },
    "bg": {
        "title": "Електронен подпис за решенията на общинския съвет в Камено поле",
        "summary": "Решенията на съвета вече се подписват и изпращат електронно.",
        "problem": "Решенията чакаха **дни** за подпис на хартия.",
        "actions": "- купихме квалифицирани подписи\n- обучихме 12 служители",
        "results": "Решенията излизат за един ден вместо за пет.",
        "fix": "Разходи: 4800 евро от общинския бюджет.",
        "comment": "Моля, посочете колко струваше.",
    },
}


@pytest.mark.parametrize("language", ["en", "bg"])
def test_a_member_submits_a_practice_the_coordinator_asks_for_changes_then_approves_and_another_community_adopts_it(
    page_as, new_context, language
):
    text = PRACTICE[language]
    author = page_as(AUTHOR_EMAIL)

    # 1. Draft, step by step.
    author.goto(f"/{language}/practices/")
    with author.expect_navigation():
        author.click("main a.button[href$='/submit/']")
    assert_accessible(author)
    author.fill("#id_title", text["title"])
    author.fill("#id_summary", text["summary"])
    author.select_option("#id_working_group", label=GROUPS["document-management"][language]["title"])
    submit(author)
    assert "/step/story/" in author.url
    assert_accessible(author)
    author.fill("#id_problem", text["problem"])
    author.fill("#id_actions", text["actions"])
    author.fill("#id_results", text["results"])
    submit(author, "main form button[name=continue]")
    assert "/step/facts/" in author.url
    author.check("input[name=status][value=implemented]")
    author.fill("#id_started_on", "2024-01")
    author.fill("#id_live_on", "2024-09")
    author.fill("#id_staff_trained", "12")
    assert_accessible(author)
    submit(author, "main form button[name=continue]")

    # 2. Preview and submit.
    with author.expect_navigation():
        author.locator("main nav.steps a").last.click()  # "Preview and submit"
    assert text["title"] in author.locator("main h1").inner_text()
    assert author.locator("main .rich-text strong").count() >= 1  # the Markdown became emphasis
    assert_accessible(author)
    draft_url = author.url
    submit(author, "main form button[value=submit]")
    assert_shows(
        author,
        "main .messages",
        "Submitted. The coordinators of the working group will review it; we will write to you.",
        language,
    )

    # 3. The coordinator asks for changes.
    coordinator = page_as(COORDINATOR_EMAIL)
    coordinator.goto(f"/{language}/practices/review/")
    assert_accessible(coordinator)
    with coordinator.expect_navigation():
        coordinator.locator("main .thread-list a", has_text=text["title"]).click()
    assert_accessible(coordinator)
    coordinator.fill("#review-comment", text["comment"])
    submit(coordinator, "main form button[value=reject]")

    # 4. The author reads the comment, fixes the practice, submits again.
    author.goto(draft_url)
    assert text["comment"] in author.locator("main").inner_text()
    with author.expect_navigation():
        author.locator("main nav.steps a").nth(1).click()
    author.fill("#id_results", text["results"] + "\n\n" + text["fix"])
    submit(author, "main form button[name=stay]")
    author.goto(draft_url)
    submit(author, "main form button[value=submit]")

    # 5. The coordinator approves; the public sees it.
    coordinator.goto(f"/{language}/practices/review/")
    with coordinator.expect_navigation():
        coordinator.locator("main .thread-list a", has_text=text["title"]).click()
    submit(coordinator, "main form button[value=approve]")
    visitor = new_context().new_page()
    visitor.goto(f"/{language}/practices/?sort=newest")
    with visitor.expect_navigation():
        visitor.locator("main .practice-card h2 a", has_text=text["title"]).click()
    assert text["fix"] in visitor.locator("main").inner_text()
    assert_accessible(visitor)
    published_url = visitor.url

    # 6. Another community marks it adopted.
    member = page_as("member@example.org")
    member.goto(published_url + "adopt/")
    member.fill("#id_adopted_on", "2025-05")
    member.check("input[name=status][value=planned]")
    submit(member)
    assert "Horodnytsia Territorial Community" in member.locator("#adoptions-heading + ul").inner_text()
