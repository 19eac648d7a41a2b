"""The Elasticsearch path: mapping, the alias swap under load, an outage and the catch-up, facets, snippets, hints.

Runs against osmem-server started by the tests, or unchanged against the
cluster at ELASTICSEARCH_URL.
"""

from __future__ import annotations

import threading
from io import StringIO

import pytest
from django.core.management import call_command

from search import documents, indexing
from search.models import SearchEntry
from search.queries import SearchQuery, search, suggest

pytestmark = pytest.mark.django_db


def test_the_index_maps_lemmas_on_whitespace_and_facets_as_keywords(engine):
    mapping = next(iter(engine.indices.get_mapping(index=documents.alias_name()).body.values()))["mappings"]
    fields = mapping["properties"]
    assert fields["lemmas"]["type"] == "text" and fields["lemmas"]["analyzer"] == "lemmas"
    assert fields["title_lemmas"]["analyzer"] == "lemmas"
    for facet in ("type", "topic", "country", "region", "band", "system", "status", "languages", "external_id"):
        assert fields[facet]["type"] == "keyword", facet
    assert fields["year"]["type"] == "integer" and fields["date"]["type"] == "date"
    assert set(fields["titles"]["properties"]) == {"bg", "uk", "pl", "en"}


def test_every_public_entry_is_a_document_of_the_index(engine):
    engine.indices.refresh(index=documents.alias_name())
    assert engine.count(index=documents.alias_name())["count"] == SearchEntry.objects.filter(deleted=False).count()


def test_a_search_is_answered_by_the_engine_with_lemmas_across_languages(engine):
    result = search(SearchQuery(text="документообіг у громадах", language="uk", filters={"type": ["practice"]}))
    assert result.engine == "elasticsearch" and not result.degraded
    languages = {row["language"] for row in result.results[:10]}
    assert "uk" in languages and languages - {"uk"}, "practices written in other languages are found too"
    assert result.results[0]["external_id"].startswith("demo:")


def test_rebuild_swaps_the_alias_while_searches_keep_answering(engine, settings):
    errors, totals = [], []
    stop = threading.Event()

    def keep_searching():
        from django.db import connection

        try:
            while not stop.is_set():
                result = indexing_search()
                totals.append(result.total)
                if result.engine != "elasticsearch":
                    errors.append(f"answered by {result.engine}")
        except Exception as error:  # any failure is what the test looks for
            errors.append(repr(error))
        finally:
            connection.close()

    def indexing_search():
        return search(SearchQuery(text="broadband", language="en"))

    before = set(engine.indices.get_alias(name=documents.alias_name()))
    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        call_command("search_rebuild", stdout=StringIO())
    finally:
        stop.set()
        searcher.join()
    after = set(engine.indices.get_alias(name=documents.alias_name()))
    assert after and after != before, "the alias points at a new index"
    assert not any(engine.indices.exists(index=name) for name in before), "the old index is gone"
    assert errors == []
    assert totals and min(totals) > 0, "no empty answer during the rebuild"


def test_a_rebuild_fills_the_new_index_once_and_resends_only_what_changed_meanwhile(engine):
    summary = indexing.rebuild(report=lambda line: None)
    assert summary["documents"] == SearchEntry.objects.filter(deleted=False).count()
    assert summary["resent"] == 0
    assert not SearchEntry.objects.filter(synced_at__isnull=True).exists()


def test_when_the_engine_is_down_the_database_answers_and_missed_updates_catch_up(
    engine, settings, make_practice, act, client
):
    from search import engine_state

    working_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there
    page = act(make_practice, "en", title="Parking permits by text message", summary="Permits by SMS.")
    entry = SearchEntry.objects.get(key=f"practice:{page.translation_key}")
    assert entry.synced_at is None, "the update waits for the engine"

    response = client.get("/en/search/?q=parking+permits")
    assert response.status_code == 200
    assert "may be less complete" in response.content.decode()
    api = client.get("/api/search/?q=parking+permits&lang=en").json()
    assert api["engine"] == "database"
    assert page.pk in [row["id"] for row in api["results"]]

    settings.ELASTICSEARCH_URL = working_url
    engine_state.mark_up()
    assert indexing.push_pending() >= 1  # the scheduled job, once the engine is back
    engine.indices.refresh(index=documents.alias_name())
    result = search(SearchQuery(text="parking permits", language="en"))
    assert result.engine == "elasticsearch"
    assert page.pk in [row["id"] for row in result.results]


def test_facet_counts_combine_with_the_other_chosen_filters(engine):
    everything = search(SearchQuery(text="", language="en", filters={"type": ["practice"]}))
    in_poland = search(SearchQuery(text="", language="en", filters={"type": ["practice"], "country": ["PL"]}))
    countries = {item["value"]: item["count"] for item in in_poland.facets["country"]}
    # A facet's own choice does not narrow its counts: the other countries stay offered with their numbers.
    assert countries == {item["value"]: item["count"] for item in everything.facets["country"]}
    assert in_poland.total == countries["PL"]
    # Other facets count within Poland only.
    assert sum(item["count"] for item in in_poland.facets["status"]) == in_poland.total
    assert sum(item["count"] for item in everything.facets["status"]) == everything.total


def test_results_carry_snippets_with_the_matched_words_marked(engine):
    result = search(SearchQuery(text="резервні копії", language="uk", filters={"type": ["practice"]}))
    assert "<mark>" in result.results[0]["highlight"]


def test_suggestions_complete_the_word_being_typed(engine):
    titles = [item["title"] for item in suggest("electronic docu", "en")]
    assert titles and any("document" in title.lower() for title in titles)


def test_a_misspelt_word_is_found_and_a_spelling_is_suggested(engine):
    result = search(SearchQuery(text="документоборот", language="bg", filters={"type": ["practice"]}))
    assert result.total > 0
    assert result.suggestion == "документооборот"
