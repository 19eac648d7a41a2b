"""What search finds follows the content's life: publish, edit as draft, unpublish, move, delete, restrict, moderate.

Each rule runs on both engines: the database fallback and Elasticsearch
(osmem-server, or the cluster at ELASTICSEARCH_URL).
"""

from __future__ import annotations

import pytest
from wagtail.models import Locale, PageViewRestriction

from search.models import SearchEntry

pytestmark = pytest.mark.django_db


def key(page) -> str:
    return f"practice:{page.pk}"


def test_a_published_practice_is_found_by_an_inflected_word_of_its_text(either_engine, make_practice, act, find):
    page = act(make_practice, "pl", title="Elektroniczne doręczenia w gminie Zielonka", summary="Doręczamy pisma.")
    assert key(page) in find("doręczeniami", "pl")
    assert key(page) in find("doręczenie", "pl")


def test_a_draft_is_never_found_and_the_published_text_stays_findable(either_engine, make_practice, act, find):
    page = act(make_practice, "en", title="Wastewater permits online", summary="Permits for sewage.")
    page.title = "Quixotic zebra draft"
    act(page.save_revision)  # saved, not published
    assert key(page) not in find("quixotic zebra")
    assert key(page) in find("wastewater permits")


def test_a_new_draft_page_is_never_found(either_engine, library, act, find):
    from practices.models import PracticePage

    index = library("en")
    draft = PracticePage(title="Zanzibarite quokkafield", slug="zanzibarite", summary="Draft.", country="PL")
    act(index.add_child, instance=draft)
    act(draft.save_revision)
    assert find("zanzibarite quokkafield") == []
    assert not SearchEntry.objects.filter(key=f"practice:{draft.translation_key}").exists()


def test_unpublishing_removes_a_practice_from_search(either_engine, make_practice, act, find):
    page = act(make_practice, "en", title="Cemetery register goes digital", summary="Graves online.")
    assert key(page) in find("cemetery register")
    act(page.unpublish)
    assert key(page) not in find("cemetery register")


def test_deleting_removes_a_practice_from_search(either_engine, make_practice, act, find):
    page = act(make_practice, "en", title="Snow clearing tracker", summary="Ploughs on a map.")
    assert key(page) in find("snow clearing")
    act(page.delete)
    assert key(page) not in find("snow clearing")


def test_a_page_behind_a_view_restriction_is_not_found(either_engine, make_practice, act, find):
    page = act(make_practice, "en", title="Confidential procurement ledger", summary="Staff only.")
    assert key(page) in find("procurement ledger")
    act(PageViewRestriction.objects.create, page=page, restriction_type=PageViewRestriction.LOGIN)
    assert key(page) not in find("procurement ledger")


def test_moving_a_page_updates_the_address_search_links_to(either_engine, home_pages, act, find):
    from portal.models import StandardPage
    from search.queries import SearchQuery, search

    home = home_pages["en"]
    guide = StandardPage(title="Guide to municipal hackathons", slug="hackathon-guide", introduction="Hackathons.")
    act(home.add_child, instance=guide)
    act(lambda: guide.save_revision().publish())
    section = StandardPage(title="Toolkits", slug="toolkits")
    act(home.add_child, instance=section)
    act(lambda: section.save_revision().publish())
    act(guide.move, section, pos="last-child")

    find("hackathons")  # refreshes the engine's view
    results = search(SearchQuery(text="municipal hackathons", language="en")).results
    assert [row["url"] for row in results if row["id"] == guide.pk] == ["/en/toolkits/hackathon-guide/"]


def test_a_translation_joins_its_original_in_one_result_shown_in_the_readers_language(
    either_engine, make_practice, act, find
):
    from search.queries import SearchQuery, search

    page = act(make_practice, "pl", title="Mobilny urzędnik w sołectwach", summary="Urzędnik przyjeżdża do wsi.")
    translation = page.copy_for_translation(Locale.objects.get(language_code="en"))
    translation.title = "Mobile clerk in villages"
    act(lambda: translation.save_revision().publish())
    entry = SearchEntry.objects.get(key=f"practice:{page.translation_key}")
    assert set(entry.languages.split()) == {"pl", "en"}
    english = search(SearchQuery(text="mobilny urzędnik", language="en")).results
    hit = next(row for row in english if row["id"] in (page.pk, translation.pk))
    assert (hit["id"], hit["language"]) == (translation.pk, "en")
    assert [other["language"] for other in hit["translations"]] == ["pl"]
