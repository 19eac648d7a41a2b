"""Site search in a real browser, in the four languages: suggestions while typing, facets, results, axe-core.

The served portal has no Elasticsearch: the database fallback answers, as it
does whenever the engine is down (the page then says so). The queries are
words of the demo practices (practices/demo_texts), so they match for certain.
Wording of the new search strings is not asserted (translators are still at
work): the checks go by roles, ids, ARIA states, URLs and the demo texts.
"""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from practices.demo_texts import bg as bg_practices
from practices.demo_texts import pl as pl_practices
from tests.e2e.conftest import assert_accessible, assert_in_language

pytestmark = pytest.mark.e2e

FIELD = "#search-q"
LISTBOX = "#search-q-suggestions"
FACETS_FORM = "main form.search__facets"
RESULTS = "main ol.search-results > li.search-result"

# language: (query, a second facet to tick besides Content = Practice)
JOURNEYS = {
    "en": ("broadband", ("country", "PL")),
    "uk": ("документообіг", ("topic", "document-management")),
    "pl": ("obieg dokumentów", ("country", "PL")),
    "bg": ("документооборот", ("topic", "document-management")),
}


def demo_practice(module, key: str) -> dict:
    return next(practice for practice in module.PRACTICES if practice["key"] == key)


def type_and_wait_for_suggestions(page, text: str):
    """Type `text` into the empty search field; the suggestion list opens. Returns the list's options."""
    field = page.locator(FIELD)
    field.press_sequentially(text, delay=10)
    listbox = page.locator(LISTBOX)
    expect(listbox).to_be_visible()
    expect(field).to_have_attribute("aria-expanded", "true")
    options = listbox.get_by_role("option")
    expect(options.first).to_be_visible()
    return options


def result_count(page) -> int:
    """The number the result count (role=status) starts with."""
    text = page.locator("main p.search__count[role=status]").inner_text()
    match = re.match(r"\s*(\d+)", text)
    assert match, f"no result count in {text!r} on {page.url}"
    return int(match.group(1))


def assert_other_languages_marked(page, language: str) -> None:
    """A result shown in another language than the reader's has a language badge (with lang) and a lang'd link;
    a result in the reader's language has neither."""
    problems = page.evaluate(
        """(language) => [...document.querySelectorAll("main li.search-result")].flatMap((item) => {
            const link = item.querySelector("h2 a");
            const badge = item.querySelector(".badge--language");
            const shown = link.getAttribute("hreflang");
            if (!shown) return badge ? [`${link.textContent}: a language badge on a result in ${language}`] : [];
            const wrong = [];
            if (shown === language) wrong.push(`${link.textContent}: hreflang=${shown} is the reader's language`);
            if (link.lang !== shown) wrong.push(`${link.textContent}: link lang=${link.lang}, hreflang=${shown}`);
            if (!badge || badge.lang !== shown || !badge.textContent.trim())
                wrong.push(`${link.textContent}: no language badge with lang=${shown}`);
            return wrong;
        })""",
        language,
    )
    assert not problems, f"{page.url}: {problems}"


def open_and_check_heading(page, link) -> str:
    """Follow a result's title link; the page's heading and <title> are that title, in the link's language."""
    title = " ".join(link.inner_text().split())
    language = link.get_attribute("hreflang")
    with page.expect_navigation():
        link.click()
    assert " ".join(page.locator("main h1").inner_text().split()) == title, page.url
    assert title in page.title()
    if language:
        assert_in_language(page, language)
    return title


@pytest.mark.parametrize("language", list(JOURNEYS))
def test_a_reader_searches_with_suggestions_narrows_by_two_facets_and_opens_a_result(page, language):
    query, (facet, value) = JOURNEYS[language]

    # 1. Suggestions while typing: an ARIA combobox with a list box, accessible while open.
    page.goto(f"/{language}/search/")
    assert_in_language(page, language)
    field = page.locator(FIELD)
    expect(field).to_have_attribute("role", "combobox")
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(page.locator(LISTBOX)).to_be_hidden()
    options = type_and_wait_for_suggestions(page, query)
    expect(field).to_have_attribute("aria-controls", "search-q-suggestions")
    assert page.locator(LISTBOX).get_attribute("aria-label"), "the suggestion list has no name"
    count = options.count()
    assert count >= 1
    assert_accessible(page)

    # Arrow keys move through the options (wrapping), the field stays focused and names the active one.
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", "search-q-suggestions-0")
    expect(options.first).to_have_attribute("aria-selected", "true")
    page.keyboard.press("ArrowUp")
    expect(field).to_have_attribute("aria-activedescendant", f"search-q-suggestions-{count - 1}")
    expect(options.nth(count - 1)).to_have_attribute("aria-selected", "true")
    expect(options.first).to_have_attribute("aria-selected", "false")
    page.keyboard.press("ArrowDown")
    expect(field).to_have_attribute("aria-activedescendant", "search-q-suggestions-0")
    assert_accessible(page)  # with an option active
    expect(field).to_be_focused()

    # Enter opens the chosen suggestion: its page, with its title as heading, in the option's language.
    chosen = " ".join(options.first.inner_text().split())
    chosen_language = options.first.get_attribute("lang")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert " ".join(page.locator("main h1").inner_text().split()) == chosen, page.url
    assert_in_language(page, chosen_language)

    # 2. Escape closes the list and keeps the text; Enter then searches.
    page.goto(f"/{language}/search/")
    type_and_wait_for_suggestions(page, query)
    page.keyboard.press("Escape")
    expect(page.locator(LISTBOX)).to_be_hidden()
    expect(field).to_have_attribute("aria-expanded", "false")
    expect(field).not_to_have_attribute("aria-activedescendant", re.compile(".*"))
    expect(field).to_have_value(query)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_in_language(page, language)
    assert parse_qs(urlsplit(page.url).query) == {"q": [query]}, page.url
    expect(field).to_have_value(query)
    before = result_count(page)
    assert before >= 1 and page.locator(RESULTS).count() >= 1

    # 3. Two facets, ticked and applied by keyboard.
    ticked = []
    for name, wanted in (("type", "practice"), (facet, value)):
        box = page.locator(f"{FACETS_FORM} input[type=checkbox][name={name}][value='{wanted}']")
        box.focus()
        page.keyboard.press("Space")
        expect(box).to_be_checked()
        label = page.locator(f"{FACETS_FORM} label[for='{box.get_attribute('id')}']")
        # The label without its count, "Practice (4)" → "Practice".
        ticked.append(label.evaluate("(l) => l.firstChild.textContent.trim()"))
    page.locator(f"{FACETS_FORM} button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert parse_qs(urlsplit(page.url).query) == {"q": [query], "type": ["practice"], facet: [value]}, page.url
    after = result_count(page)
    assert 1 <= after <= before, f"{before} results before the filters, {after} after"
    for name, wanted in (("type", "practice"), (facet, value)):
        expect(page.locator(f"{FACETS_FORM} input[name={name}][value='{wanted}']")).to_be_checked()

    # The chosen filters are listed, each with a link that removes just that one.
    chosen_filters = page.locator("main ul.search__chosen > li")
    expect(chosen_filters).to_have_count(2)
    listed = chosen_filters.all_inner_texts()
    for label in ticked:
        assert any(label in item for item in listed), f"{label!r} is not among the chosen filters {listed}"
    removals = [
        parse_qs(urlsplit(href).query)
        for href in chosen_filters.locator("a").evaluate_all("(a) => a.map((l) => l.href)")
    ]
    assert {frozenset(params) for params in removals} == {frozenset({"q", facet}), frozenset({"q", "type"})}

    # Results: practices only, the query's words highlighted, other languages marked.
    results = page.locator(RESULTS)
    expect(results).to_have_count(min(after, 20))
    hrefs = results.locator("h2 a").evaluate_all("(links) => links.map((l) => l.getAttribute('href'))")
    assert all(re.match(r"^/(en|bg|uk|pl)/practices/[^/]+/$", href) for href in hrefs), hrefs
    marks = [text.lower() for text in page.locator(f"{RESULTS} .search-result__snippet mark").all_inner_texts()]
    assert marks, f"no highlighted words in the results on {page.url}"
    stems = [word.lower()[:5] for word in query.split()]
    assert any(mark.startswith(stem) for mark in marks for stem in stems), f"{marks} do not highlight {query!r}"
    assert_other_languages_marked(page, language)
    assert_accessible(page)

    # 4. Open the first result: its page has the clicked title as heading.
    open_and_check_heading(page, results.first.locator("h2 a"))


@pytest.mark.parametrize(
    ("language", "query", "key", "translations"),
    [
        # Written in Polish only: an English reader gets the Polish original, marked as Polish.
        ("en", "Cisowy Jar", "pl-cisowy-jar-biale-plamy", []),
        # Polish original with an English translation, no Ukrainian one: marked Polish, English linked.
        ("uk", "Brzozowa Wola", "pl-brzozowa-wola-ezd", ["en"]),
    ],
    ids=["en-reader-polish-only", "uk-reader-polish-with-english"],
)
def test_a_result_in_another_language_is_marked_with_its_language(page, language, query, key, translations):
    practice = demo_practice(pl_practices, key)
    page.goto(f"/{language}/search/?q={query}")
    item = page.locator(RESULTS, has=page.locator(f"h2 a[href='/pl/practices/{key}/']"))
    expect(item).to_have_count(1)
    assert_other_languages_marked(page, language)
    badge = item.locator(".badge--language")
    expect(badge).to_have_attribute("lang", "pl")
    expect(badge).to_have_text("Polski")
    expect(item.locator(".search-result__snippet")).to_have_attribute("lang", "pl")
    assert item.locator(".search-result__snippet mark").count() >= 1
    links = item.locator(".search-result__translations a")
    assert links.evaluate_all("(a) => a.map((l) => l.hreflang)") == translations
    assert links.evaluate_all("(a) => a.map((l) => l.lang)") == translations
    assert_accessible(page)
    if translations:
        with page.expect_navigation():
            links.first.click()
        assert_in_language(page, translations[0])
        assert page.locator("main h1").inner_text().strip() == practice["texts"][translations[0]]["title"]
    else:
        assert open_and_check_heading(page, item.locator("h2 a")) == practice["texts"]["pl"]["title"]


def test_a_result_links_its_translations(page):
    practice = demo_practice(bg_practices, "bg-sinye-vodi-edm")
    page.goto("/en/search/?q=Sinye+Vodi")
    item = page.locator(RESULTS, has=page.locator("h2 a[href='/en/practices/bg-sinye-vodi-edm/']"))
    expect(item).to_have_count(1)
    expect(item.locator(".badge--language")).to_have_count(0)  # shown in the reader's language
    expect(item.locator("h2 a")).to_have_text(practice["texts"]["en"]["title"])
    links = item.locator(".search-result__translations a")
    assert links.evaluate_all("(a) => a.map((l) => [l.hreflang, l.lang, l.getAttribute('href')])") == [
        ["bg", "bg", "/bg/practices/bg-sinye-vodi-edm/"],
        ["uk", "uk", "/uk/practices/bg-sinye-vodi-edm/"],
    ]
    with page.expect_navigation():
        item.locator(".search-result__translations a[hreflang=uk]").click()
    assert_in_language(page, "uk")
    assert page.locator("main h1").inner_text().strip() == practice["texts"]["uk"]["title"]


def test_search_and_facets_work_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/pl/search/")
    field = page.locator(FIELD)
    assert field.get_attribute("role") is None  # a plain search field
    expect(page.locator("[role=listbox]")).to_have_count(0)
    field.fill("obieg dokumentów")
    with page.expect_navigation():
        field.press("Enter")
    before = result_count(page)
    page.check(f"{FACETS_FORM} input[name=type][value=practice]")
    page.check(f"{FACETS_FORM} input[name=country][value=UA]")
    with page.expect_navigation():
        page.click(f"{FACETS_FORM} button[type=submit]")
    assert parse_qs(urlsplit(page.url).query) == {"q": ["obieg dokumentów"], "type": ["practice"], "country": ["UA"]}
    assert 1 <= result_count(page) <= before
    expect(page.locator("main ul.search__chosen > li")).to_have_count(2)
    # (axe-core needs JavaScript: the same page with it is checked in the journeys above.)
