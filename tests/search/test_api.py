"""GET /api/search/: the JSON contract on both engines, ranking, and a clear 400 for every bad parameter."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

RESULT_KEYS = {"type", "id", "external_id", "title", "url", "language", "highlight", "score"}
FACET_NAMES = {"type", "topic", "country", "region", "band", "system", "year", "language", "status"}


def test_the_answer_has_the_documented_shape_on_both_engines(either_engine, client):
    response = client.get("/api/search/", {"q": "obieg dokumentów", "lang": "pl", "type": "practice"})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    data = response.json()
    assert data["engine"] == either_engine
    assert isinstance(data["total"], int) and data["total"] >= len(data["results"]) > 0
    assert set(data) == {"total", "engine", "results", "facets", "suggestion"}
    for row in data["results"]:
        assert set(row) >= RESULT_KEYS
        assert row["type"] == "practice" and row["external_id"].startswith("demo:")
        assert row["url"].startswith(f"/{row['language']}/")
    scores = [row["score"] for row in data["results"]]
    assert scores == sorted(scores, reverse=True), "ranked by relevance"
    assert set(data["facets"]) == FACET_NAMES
    for item in data["facets"]["topic"]:
        assert set(item) == {"value", "label", "count"} and item["count"] > 0


def test_the_best_answer_comes_first_for_a_precise_need(either_engine, client):
    data = client.get("/api/search/", {"q": "резервні копії даних", "lang": "uk", "type": "practice"}).json()
    assert data["results"][0]["external_id"] == "demo:uk-dubove-pole-rezervni-kopii"


def test_filters_narrow_the_answer_and_combine(either_engine, client):
    data = client.get(
        "/api/search/", {"q": "", "lang": "en", "type": "practice", "country": "PL", "status": "implemented"}
    ).json()
    assert data["total"] > 0
    countries = {item["value"]: item["count"] for item in data["facets"]["country"]}
    statuses = {item["value"]: item["count"] for item in data["facets"]["status"]}
    assert countries["PL"] == data["total"] and statuses["implemented"] == data["total"]


def test_paging_walks_through_the_answer_without_repeats(either_engine, client):
    first = client.get("/api/search/", {"q": "", "lang": "en", "page_size": "5"}).json()
    second = client.get("/api/search/", {"q": "", "lang": "en", "page_size": "5", "page": "2"}).json()
    ids = [(row["type"], row["id"]) for row in first["results"] + second["results"]]
    assert len(ids) == 10 == len(set(ids))
    assert first["total"] == second["total"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"lang": "de"}, "Unknown language"),
        ({"type": "video"}, "Unknown content type"),
        ({"country": "XX"}, "not a country code"),
        ({"year": "20x1"}, "The year must be a number"),
        ({"year": "1850"}, "The year must be a number"),
        ({"status": "abandoned"}, "Unknown status"),
        ({"band": "huge"}, "Unknown population band"),
        ({"topic": "<script>"}, "is not a topic or system name"),
        ({"page": "0"}, "must be a whole number"),
        ({"page": "abc"}, "must be a whole number"),
        ({"page_size": "500"}, "must be a whole number"),
        ({"page": "200", "page_size": "50"}, "narrow the search"),
        ({"sort": "random"}, "Sort by"),
        ({"q": "x" * 201}, "too long"),
    ],
)
def test_a_bad_parameter_gets_400_with_a_clear_message(client, params, message):
    response = client.get("/api/search/", {"q": "e-services", **params})
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_the_message_is_in_the_readers_language(client):
    english = client.get("/api/search/", {"lang": "en", "year": "abc"}).json()["error"]
    ukrainian = client.get("/api/search/", {"lang": "uk", "year": "abc"}).json()["error"]
    assert ukrainian != english and any("\u0400" <= char <= "\u04ff" for char in ukrainian)


@pytest.mark.parametrize(
    "query",
    ["%", "' OR 1=1 --", "\\", "****", "a b c d e f g h", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "<mark>x</mark>", "e-", "123", "  "],
)
def test_odd_queries_never_fail(either_engine, client, query):
    response = client.get("/api/search/", {"q": query, "lang": "en"})
    assert response.status_code == 200
    assert response.json()["engine"] == either_engine


def test_suggestions_are_titles_with_their_address(either_engine, client):
    data = client.get("/api/search/suggest/", {"q": "elektroniczny ob", "lang": "pl"}).json()
    assert data["suggestions"]
    first = data["suggestions"][0]
    assert {"title", "url", "language", "type"} <= set(first)
    assert "obieg" in first["title"].lower()


def test_a_snippet_is_escaped_html_with_only_marks(either_engine, make_practice, act, client):
    act(make_practice, "en", title="Sandbox <b>bold</b> permits", summary="Apply for <script>permits</script> online.")
    rows = client.get("/api/search/", {"q": "sandbox permits", "lang": "en"}).json()["results"]
    row = next(row for row in rows if "Sandbox" in row["title"])
    assert "<script>" not in row["highlight"] and "&lt;script&gt;" in row["highlight"]
    assert "<mark>" in row["highlight"]
