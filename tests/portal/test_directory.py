"""The public organisation directory: confirmed bodies only, search, filters, pages, bad input."""

import math

import factory
import pytest
from bs4 import BeautifulSoup

from portal.demo.organisations import ORGANISATIONS as PORTAL_ORGANISATIONS
from portal.models import Organisation
from practices.demo import ORGANISATIONS as PRACTICE_ORGANISATIONS
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

DIRECTORY = "/en/organisations/"
PAGE_SIZE = 20

# Every organisation the demo confirms (each app's demo may add some): name, kind, country, region, …
DEMO_ORGANISATIONS = [*PORTAL_ORGANISATIONS, *PRACTICE_ORGANISATIONS]


def demo_names(country: str = "", kind: str = "") -> list[str]:
    """The names of the demo organisations of that country and kind, in the directory's (alphabetical) order."""
    keys = {
        (name, row_country)  # the demo updates an organisation by name and country
        for name, row_kind, row_country, *_ in DEMO_ORGANISATIONS
        if country in ("", row_country) and kind in ("", row_kind)
    }
    return sorted(name for name, _ in keys)


def rows(response) -> list[str]:
    """The organisation names listed on the page, in order."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [th.get_text(strip=True) for th in soup.select("tbody th[scope=row]")]


def all_rows(client, params: dict | None = None) -> list[str]:
    """The organisation names on every page of the listing, following the "Next" links from the first page."""
    response = client.get(DIRECTORY, params or {})
    names = rows(response)
    visited = set()
    while link := BeautifulSoup(response.content, "html.parser").find("a", rel="next"):
        assert link["href"] not in visited, f"pagination loops back to {link['href']}"
        visited.add(link["href"])
        response = client.get(DIRECTORY + link["href"])
        names += rows(response)
    return names


def field_error(response, name: str) -> str:
    soup = BeautifulSoup(response.content, "html.parser").find("main")
    widget = soup.find(attrs={"name": name})
    assert widget["aria-invalid"] == "true"
    return soup.find(id=f"id_{name}_error").get_text(" ", strip=True)


def test_directory_lists_only_confirmed_organisations(client):
    OrganisationFactory(name="Municipality of Proposed Hill", status=Organisation.Status.PROPOSED)
    OrganisationFactory(name="Municipality of Confirmed Dale")

    names = all_rows(client)

    assert "Municipality of Confirmed Dale" in names
    assert "Municipality of Proposed Hill" not in names
    assert names == sorted([*demo_names(), "Municipality of Confirmed Dale"])
    assert len(names) == Organisation.objects.confirmed().count()


def test_proposed_organisation_cannot_be_found_by_searching_for_it(client):
    OrganisationFactory(name="Municipality of Proposed Hill", status=Organisation.Status.PROPOSED)

    response = client.get(DIRECTORY, {"q": "Proposed Hill"})

    assert rows(response) == []
    assert "0 organisations found" in response.content.decode()


@pytest.mark.parametrize("query", ["kameno", "KAMENO POLE", "Kameno Pole", "meno po"])
def test_search_matches_part_of_the_name_in_any_case(client, query):
    assert rows(client.get(DIRECTORY, {"q": query})) == ["Municipality of Kameno Pole"]


@pytest.mark.parametrize("query", ["jeziorany małe", "JEZIORANY MAŁE", "Jeziorany Małe"])
def test_search_ignores_case_of_letters_beyond_ascii(client, query):
    assert rows(client.get(DIRECTORY, {"q": query})) == ["Gmina Jeziorany Małe"]


@pytest.mark.parametrize("query", ["громада", "ГРОМАДА", "Громада"])
def test_search_ignores_case_of_cyrillic_names(client, query):
    OrganisationFactory(name="Городницька територіальна громада", country="UA")

    assert rows(client.get(DIRECTORY, {"q": query})) == ["Городницька територіальна громада"]


def test_filter_by_country_lists_that_countrys_organisations_only(client):
    names = all_rows(client, {"country": "PL"})

    expected = list(Organisation.objects.confirmed().filter(country="PL").values_list("name", flat=True))
    assert names == expected == demo_names(country="PL")
    assert "Municipality of Kameno Pole" not in names


def test_filter_by_kind_lists_that_kind_only(client):
    names = all_rows(client, {"kind": "association"})

    assert "Association of Municipalities of the Rhodopes" in names
    assert "Municipality of Kameno Pole" not in names
    assert names == demo_names(kind="association")


def test_search_and_filters_combine(client):
    OrganisationFactory(name="Municipality of Zlatograd Gorna", country="PL")

    assert rows(client.get(DIRECTORY, {"q": "zlatograd", "country": "BG", "kind": "municipality"})) == [
        "Municipality of Zlatograd Dol"
    ]
    assert rows(client.get(DIRECTORY, {"q": "zlatograd", "country": "PL"})) == ["Municipality of Zlatograd Gorna"]
    assert rows(client.get(DIRECTORY, {"q": "zlatograd", "country": "BG", "kind": "ministry"})) == []


def test_result_count_is_announced_to_screen_readers(client):
    response = client.get(DIRECTORY, {"country": "UA"})

    status = BeautifulSoup(response.content, "html.parser").find(attrs={"role": "status"})
    ukrainian = demo_names(country="UA")
    assert len(ukrainian) > 1  # the plural form
    assert status.get_text(strip=True) == f"{len(ukrainian)} organisations found"


@pytest.fixture
def many_organisations():
    return OrganisationFactory.create_batch(25, name=factory.Sequence(lambda n: f"Paged Town {n:03d}"))


def test_directory_pages_twenty_organisations_at_a_time_and_keeps_filters(client, many_organisations):
    first = client.get(DIRECTORY, {"q": "paged town"})
    second = client.get(DIRECTORY, {"q": "paged town", "page": 2})

    assert len(rows(first)) == 20
    assert len(rows(second)) == 5
    assert set(rows(first)).isdisjoint(rows(second))
    assert sorted(rows(first) + rows(second)) == sorted(o.name for o in many_organisations)

    soup = BeautifulSoup(first.content, "html.parser")
    pagination = soup.find("nav", class_="pagination")
    assert "Page 1 of 2" in pagination.get_text()
    assert pagination.find("a", rel="next")["href"] == "?q=paged+town&page=2"
    assert pagination.find("a", rel="prev") is None
    previous = BeautifulSoup(second.content, "html.parser").find("a", rel="prev")
    assert previous["href"] == "?q=paged+town&page=1"


def test_unfiltered_directory_is_paged_too(client, many_organisations):
    total = Organisation.objects.confirmed().count()
    pages = math.ceil(total / PAGE_SIZE)
    last = client.get(DIRECTORY, {"page": pages})

    assert total == len(demo_names()) + 25
    assert len(rows(client.get(DIRECTORY))) == PAGE_SIZE
    assert len(rows(last)) == total - PAGE_SIZE * (pages - 1)
    assert f"{total} organisations found" in last.content.decode()
    pagination = BeautifulSoup(last.content, "html.parser").find("nav", class_="pagination")
    assert f"Page {pages} of {pages}" in pagination.get_text()
    assert pagination.find("a", rel="next") is None


@pytest.mark.parametrize("page", ["999", "0", "-1", "abc", ""])
def test_out_of_range_or_malformed_page_number_still_shows_a_page(client, many_organisations, page):
    response = client.get(DIRECTORY, {"q": "paged town", "page": page})

    assert response.status_code == 200
    assert len(rows(response)) in (20, 5)


@pytest.mark.parametrize(
    ("params", "field", "error"),
    [
        ({"country": "XX"}, "country", "Select a valid choice."),
        ({"country": "<script>"}, "country", "Select a valid choice."),
        ({"kind": "spaceship"}, "kind", "Select a valid choice."),
        ({"q": "x" * 101}, "q", "Ensure this value has at most 100 characters"),
    ],
)
def test_invalid_filter_values_give_a_page_with_a_form_error(client, params, field, error):
    response = client.get(DIRECTORY, params)

    assert response.status_code == 200
    assert error in field_error(response, field)
    assert b"<script>" not in response.content


def test_query_with_sql_wildcards_is_taken_literally(client):
    assert rows(client.get(DIRECTORY, {"q": "%"})) == []
    assert rows(client.get(DIRECTORY, {"q": "_"})) == []
