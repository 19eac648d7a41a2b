"""The search page: what it says about its engine, robots, bad input and the facets' long tail."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_without_an_engine_the_page_says_results_come_from_the_simpler_search(no_engine, client):
    response = client.get("/en/search/?q=broadband")
    text = response.content.decode()
    assert response.status_code == 200
    assert "may be less complete than with the search engine" in text
    assert "not available at the moment" not in text


def test_with_the_engine_up_the_page_makes_no_excuse(engine, client):
    text = client.get("/en/search/?q=broadband").content.decode()
    assert "may be less complete" not in text


def test_search_pages_ask_robots_not_to_index_them(client):
    response = client.get("/en/search/?q=broadband")
    assert response["X-Robots-Tag"] == "noindex"
    assert BeautifulSoup(response.content, "html.parser").find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_a_bad_filter_keeps_the_words_and_explains_in_the_readers_language(client):
    response = client.get("/pl/search/?q=e-us%C5%82ugi&year=abc")
    assert response.status_code == 400
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(id="search-q")["value"] == "e-usługi"
    alert = soup.find(attrs={"role": "alert"}).get_text()
    assert "1990" in alert and "year" not in alert.lower()


def test_a_chosen_value_beyond_the_first_ones_stays_ticked_in_the_form(client):
    response = client.get("/en/search/?type=practice&region=Vratsa")
    soup = BeautifulSoup(response.content, "html.parser")
    boxes = soup.select('.search__facets input[name="region"]')
    assert len(boxes) > 8, "the demo has many regions"
    ticked = [box["value"] for box in boxes if box.has_attr("checked")]
    assert ticked == ["Vratsa"]
    shown = soup.select('.search__facets fieldset ul.facet__values:not(details ul) input[name="region"]')
    assert "Vratsa" in [box["value"] for box in shown], "a chosen value is never hidden behind 'more'"
