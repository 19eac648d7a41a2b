"""The search evaluation set (search/eval/demo.json) and the demo glossary (search/glossary_data.py) are well formed.

No database: the facts of each demo practice are read from the demo spec
(practices.demo_texts), computed the way the portal computes its facets.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from forums.demo_texts import TOPICS
from practices.demo_texts import SYSTEMS, bg, en, pl, uk
from practices.models.pages import POPULATION_BANDS, population_band
from search.glossary_data import CONCEPTS

EVAL_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "demo.json"
LANGUAGES = ("bg", "uk", "pl", "en")
KINDS = {"morphology", "typo", "acronym", "multiword", "cross-language", "facet"}
FILTERS = {"type", "topic", "country", "region", "system", "year", "status", "band", "language"}
STATUSES = {"pilot", "implemented", "scaled"}
MIN_QUERIES_PER_LANGUAGE = 12

PRACTICES = {spec["key"]: spec for module in (bg, uk, pl, en) for spec in module.PRACTICES}
BY_EXTERNAL_ID = {f"demo:{key}": spec for key, spec in PRACTICES.items()}


def facets(spec: dict) -> dict[str, set[str]]:
    """The values each facet has for a demo practice, as strings (a practice may have several topics, say)."""
    band = population_band(spec["population"])
    month = spec["go_live"] or spec["started"]
    return {
        "type": {"practice"},
        "topic": set(spec["topics"]),
        "country": {spec["country"]},
        "region": {spec["region"]},
        "system": set(spec["systems"]),
        "year": {month[:4]} if month else set(),
        "status": {spec["status"]},
        "band": {band[0]} if band else set(),
        "language": set(spec["texts"]),
    }


def load_queries() -> list[dict]:
    with EVAL_SET.open(encoding="utf-8") as file:
        data = json.load(file)
    assert set(data) == {"description", "queries"}
    return data["queries"]


QUERIES = load_queries()


def by_id(query: dict) -> str:
    return query["id"]


# The evaluation set


def test_the_eval_set_describes_itself_and_every_query_has_the_same_fields():
    with EVAL_SET.open(encoding="utf-8") as file:
        assert json.load(file)["description"].strip()
    for query in QUERIES:
        assert set(query) == {"id", "lang", "q", "kinds", "filters", "relevant"}, query.get("id")
        assert isinstance(query["q"], str) and query["q"].strip() == query["q"] and query["q"], query["id"]


def test_every_query_id_is_unique_and_starts_with_its_language():
    ids = [query["id"] for query in QUERIES]
    assert [id for id, count in Counter(ids).items() if count > 1] == []
    for query in QUERIES:
        assert query["lang"] in LANGUAGES, query["id"]
        assert re.fullmatch(rf"{query['lang']}-\d\d", query["id"]), query["id"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_at_least_twelve_queries(language):
    assert sum(query["lang"] == language for query in QUERIES) >= MIN_QUERIES_PER_LANGUAGE


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_covers_every_kind_of_query(language):
    covered = {kind for query in QUERIES if query["lang"] == language for kind in query["kinds"]}
    assert covered == KINDS


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_every_query_names_only_known_kinds_and_filters(query):
    assert query["kinds"] and set(query["kinds"]) <= KINDS
    assert len(query["kinds"]) == len(set(query["kinds"]))
    assert set(query["filters"]) <= FILTERS
    for name, value in query["filters"].items():
        assert isinstance(value, str) and value, name
    filters = query["filters"]
    assert filters.get("topic", next(iter(TOPICS))) in TOPICS
    assert filters.get("system", next(iter(SYSTEMS))) in SYSTEMS
    assert filters.get("status", "pilot") in STATUSES
    assert filters.get("band", "xs") in {band[0] for band in POPULATION_BANDS}
    assert filters.get("language", "en") in LANGUAGES
    assert filters.get("type", "practice") == "practice"
    assert re.fullmatch(r"[A-Z]{2}", filters.get("country", "UA"))
    assert re.fullmatch(r"(19|20)\d\d", filters.get("year", "2024"))


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_a_query_has_filters_exactly_when_it_is_a_facet_query(query):
    assert bool(query["filters"]) == ("facet" in query["kinds"])


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_every_judged_practice_exists_in_the_demo_content(query):
    assert [external_id for external_id in query["relevant"] if external_id not in BY_EXTERNAL_ID] == []


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_every_grade_is_1_2_or_3(query):
    assert all(grade in (1, 2, 3) and isinstance(grade, int) for grade in query["relevant"].values())


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_every_query_has_a_clearly_relevant_practice(query):
    assert any(grade >= 2 for grade in query["relevant"].values())


@pytest.mark.parametrize("query", QUERIES, ids=by_id)
def test_every_judged_practice_matches_the_query_filters(query):
    for external_id in query["relevant"]:
        values = facets(BY_EXTERNAL_ID[external_id])
        for name, wanted in query["filters"].items():
            assert wanted in values[name], f"{external_id}: {name}={wanted} but it has {sorted(values[name])}"


@pytest.mark.parametrize("query", [query for query in QUERIES if "cross-language" in query["kinds"]], ids=by_id)
def test_a_cross_language_query_has_a_relevant_practice_without_text_in_the_query_language(query):
    elsewhere = [
        external_id
        for external_id, grade in query["relevant"].items()
        if grade >= 2 and query["lang"] not in BY_EXTERNAL_ID[external_id]["texts"]
    ]
    assert elsewhere


def test_the_facets_are_computed_as_the_portal_computes_them():
    """Spot checks of the helper against the demo spec: band from population, year from go-live else start."""
    assert facets(PRACTICES["bg-gorno-borovo-backups"])["band"] == {"xs"}
    assert facets(PRACTICES["bg-morski-bryag-online-payments"])["band"] == {"xl"}
    assert facets(PRACTICES["bg-belitsa-reka-village-fibre"])["year"] == {"2019"}  # started 2017, live 2019
    assert facets(PRACTICES["bg-polski-izvor-chatbot"])["year"] == {"2024"}  # a pilot not live yet: its start
    assert facets(PRACTICES["uk-horodnytsia-sev-ovv"])["language"] == {"uk", "en", "pl"}


# The glossary


def test_every_glossary_key_is_a_unique_ascii_slug():
    keys = [concept["key"] for concept in CONCEPTS]
    assert [key for key, count in Counter(keys).items() if count > 1] == []
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) for key in keys)


def test_the_demo_glossary_covers_at_least_twenty_concepts():
    assert len(CONCEPTS) >= 20


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda concept: concept["key"])
def test_every_concept_has_terms_in_all_four_languages_and_no_empty_term(concept):
    assert set(concept) == {"key", "terms"}
    assert set(concept["terms"]) == set(LANGUAGES)
    for language, terms in concept["terms"].items():
        assert terms, language
        assert all(isinstance(term, str) and term.strip() == term and term for term in terms), language


@pytest.mark.parametrize("concept", CONCEPTS, ids=lambda concept: concept["key"])
def test_every_term_has_a_word_search_can_match(concept):
    """Search drops one-letter words, so a term needs a word of two or more letters or digits ("e-" alone is not)."""
    for language, terms in concept["terms"].items():
        for term in terms:
            assert any(len(word) > 1 for word in re.findall(r"\w+", term)), (language, term)


def test_a_term_belongs_to_one_concept_in_each_language():
    for language in LANGUAGES:
        terms = Counter(term.casefold() for concept in CONCEPTS for term in set(concept["terms"][language]))
        assert [term for term, count in terms.items() if count > 1] == [], language


def test_concept_names_are_unique_in_each_language():
    """The first term is the concept's name there; the demo loader finds the English row by its name."""
    for language in LANGUAGES:
        names = [concept["terms"][language][0].casefold() for concept in CONCEPTS]
        assert len(names) == len(set(names)), language
