"""A case study and the library over HTTP: facts, languages, filters, comparison."""

from __future__ import annotations

from datetime import date

import pytest

from portal.models import Organisation
from practices.models import Adoption, Practice, population_band

pytestmark = pytest.mark.django_db


def test_population_is_shown_as_a_band():
    assert population_band(None) is None
    assert population_band(4_999)[0] == "xs"
    assert population_band(5_000)[0] == "s"
    assert population_band(20_000)[0] == "m"
    assert population_band(99_999)[0] == "l"
    assert population_band(350_000)[0] == "xl"


def test_the_year_comes_from_the_go_live_date_then_the_start(make_practice):
    assert make_practice(started_on=date(2019, 5, 1), live_on=date(2020, 2, 1)).year == 2020
    assert make_practice(started_on=date(2019, 5, 1), live_on=None).year == 2019
    assert make_practice(year=2018).year == 2018


def test_months_to_go_live_count_from_start_to_go_live(make_practice):
    assert make_practice(started_on=date(2021, 3, 1), live_on=date(2022, 1, 1)).months_to_go_live == 10
    assert make_practice(started_on=date(2021, 3, 1), live_on=None).months_to_go_live is None


def test_a_practice_page_shows_its_facts_and_never_its_contacts_addresses(client, make_practice, make_system):
    page = make_practice(
        title="Electronic files in Sinye Vodi",
        population=62_300,
        staff_trained=140,
        electronic_share=85,
        units_connected=12,
        cost=48_000,
        currency="EUR",
        funding="Good Governance programme",
        systems=[make_system("test-edm", "Testarchiv EDM")],
        problem="<p>Paper <strong>everywhere</strong>.</p>",
    )
    page.contacts.create(name="Desislava", email="desislava.secret@example.net")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    for shown in (
        "Electronic files in Sinye Vodi",
        "Testarchiv EDM",
        "140",
        "85 %",
        "48,000 EUR",
        "50,000–100,000",
        "10",
    ):
        assert shown in html, shown
    assert "<strong>everywhere</strong>" in html
    assert "desislava.secret@example.net" not in html
    assert "62300" not in html and "62,300" not in html  # the population itself is only stored


def test_a_translation_links_its_original_and_the_original_its_translations(client, make_practice, library):
    original = make_practice("bg", title="Електронен документооборот в Синьо Води")
    library("en")
    translation = original.copy_for_translation(library("en").locale, copy_parents=False)
    translation.title = "Electronic document management in Sinye Vodi"
    translation.save_revision().publish()

    html = client.get(translation.url).content.decode()
    assert "View the original" in html and original.url in html
    html = client.get(original.url).content.decode()
    assert translation.url in html and "View the original" not in html


def test_adoptions_are_shared_by_every_translation(client, make_practice, library):
    original = make_practice("bg")
    translation = original.copy_for_translation(library("en").locale, copy_parents=False)
    translation.save_revision().publish()
    practice = Practice.objects.create(translation_key=original.translation_key, page=original)
    town = Organisation.objects.get(name="Municipality of Stara Laka")
    Adoption.objects.create(practice=practice, organisation=town, adopted_on=date(2024, 3, 1))
    for page in (original, translation):
        assert "Municipality of Stara Laka" in client.get(page.url).content.decode()


def test_the_admin_preview_shows_the_editors_unsaved_changes(make_practice):
    page = make_practice(title="Saved title", summary="Saved summary.")
    page.title, page.summary = "Edited title", "Edited summary, not saved yet."
    html = page.make_preview_request().content.decode()
    assert "Edited title" in html and "Edited summary, not saved yet." in html
    assert "Saved summary." not in html


def test_every_plain_text_field_is_shown_as_text(client, make_practice):
    attack = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    page = make_practice(title=f"T {attack}", summary=f"S {attack}", funding=f"F {attack}", region=f"R {attack}")
    page.contacts.create(name=f"N {attack}", role=f"Ro {attack}", email="n@example.net")
    for url in (page.url, page.get_parent().url):
        html = client.get(url).content.decode()
        assert "<script>alert(1)" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
