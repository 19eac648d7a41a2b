"""The library as open data: the Atom feed of new practices and the CSV and JSON exports of every practice."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from portal.models import Organisation
from practices.importer import OPTIONAL, REQUIRED, plain_text_to_rich_text, validate
from practices.models import Adoption, Practice, PracticePage
from practices.views.open_data import EXPORT_FIELDS, rich_text_to_plain

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def route(index, name, *args) -> str:
    return index.url + index.reverse_subpage(name, args=args)


def atom(client, url) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entries(feed: ET.Element) -> dict[str, ET.Element]:
    return {entry.findtext(f"{ATOM}title"): entry for entry in feed.iter(f"{ATOM}entry")}


def export(index, fmt: str):
    """An export, downloaded from the library by a visitor."""
    return Client().get(index.url + index.reverse_subpage(f"export_{fmt}"))


def exported_csv(index) -> tuple[list[str], dict[str, dict[str, str]]]:
    """The CSV export's header and its rows by title."""
    response = export(index, "csv")
    assert response.status_code == 200
    raw = response.getvalue()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark spreadsheet programs look for
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    header = next(reader)
    return header, {row[header.index("title")]: dict(zip(header, row, strict=True)) for row in reader}


def exported_json(index) -> list[dict]:
    response = export(index, "json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.getvalue())["practices"]


def make_draft(library, title: str) -> PracticePage:
    """A practice saved but never published."""
    index = library("en")
    page = PracticePage(title=title, slug=title.lower().replace(" ", "-"), summary="Not yet.", country="PL", live=False)
    index.add_child(instance=page)
    page.save_revision()
    return page


# The feed


def test_the_feed_is_atom_and_lists_a_new_practice_with_its_facts(client, library, make_practice, make_topic):
    town = Organisation.objects.create(name="Municipality of Test Brook", country="BG")
    topic = make_topic("test-feed-topic", en="Feeds for testing")["en"]
    page = make_practice(
        "en",
        title="A practice for the feed",
        summary="Residents' requests <online> & answers.",
        topics=[topic],
        organisations=[town],
    )

    feed = atom(client, route(library("en"), "feed"))

    assert feed.findtext(f"{ATOM}title") == "New practices"
    assert feed.get(XML_LANG) == "en"
    entry = entries(feed)["A practice for the feed"]
    assert entry.get(XML_LANG) == "en"
    assert entry.findtext(f"{ATOM}summary") == "Residents' requests &lt;online&gt; &amp; answers."
    assert entry.find(f"{ATOM}link").get("href") == page.full_url
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Municipality of Test Brook"
    assert [category.get("term") for category in entry.iter(f"{ATOM}category")] == ["Feeds for testing"]
    assert datetime.fromisoformat(entry.findtext(f"{ATOM}published")) == page.first_published_at
    assert datetime.fromisoformat(entry.findtext(f"{ATOM}updated")) == page.last_published_at


def test_the_feed_lists_the_newest_practices_first_and_at_most_thirty(client, library, make_practice):
    pages = [make_practice("en", title=f"Feed order {number}") for number in range(3)]

    titles = [
        entry.findtext(f"{ATOM}title") for entry in atom(client, route(library("en"), "feed")).iter(f"{ATOM}entry")
    ]

    assert len(titles) == 30
    assert titles[:3] == [page.title for page in reversed(pages)]


def test_a_readers_feed_carries_originals_in_other_languages_marked_with_their_language(client, library, make_practice):
    make_practice("uk", title="Практика лише українською")

    entry = entries(atom(client, route(library("bg"), "feed")))["Практика лише українською"]

    assert entry.get(XML_LANG) == "uk"


def test_the_topic_feed_lists_only_that_topics_practices_under_the_readers_name_for_it(
    client, library, make_practice, make_topic
):
    topic = make_topic("test-open-data", en="Open data", bg="Отворени данни")
    make_practice("bg", title="Отворени данни в Синьо Води", topics=[topic["bg"]])
    make_practice("bg", title="Друга практика без тема")

    feed = atom(client, route(library("bg"), "topic_feed", "test-open-data"))

    assert "Отворени данни" in feed.findtext(f"{ATOM}title")
    assert list(entries(feed)) == ["Отворени данни в Синьо Води"]


def test_a_topic_named_only_in_another_language_still_has_a_feed(client, library, make_practice, make_topic):
    topic = make_topic("test-only-polish", pl="Tylko po polsku")
    make_practice("pl", title="Praktyka z tematem", topics=[topic["pl"]])

    feed = atom(client, route(library("en"), "topic_feed", "test-only-polish"))

    assert feed.findtext(f"{ATOM}title") == "New practices: Tylko po polsku"
    assert list(entries(feed)) == ["Praktyka z tematem"]


def test_an_unknown_topic_has_no_feed(client, library):
    assert client.get(route(library("en"), "topic_feed", "no-such-topic")).status_code == 404


# What is never published


def test_drafts_private_practices_and_unpublished_edits_are_in_neither_feed_nor_exports(
    client, library, make_practice, make_topic
):
    topic = make_topic("test-hidden", en="Hidden")["en"]
    make_draft(library, "A draft practice")
    private = make_practice("en", title="A private practice", topics=[topic])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    edited = make_practice("en", title="The published title", topics=[topic])
    edited.title = "A title still in draft"
    edited.save_revision()
    index = library("en")

    for url in (route(index, "feed"), route(index, "topic_feed", "test-hidden")):
        titles = list(entries(atom(client, url)))
        assert "A draft practice" not in titles and "A private practice" not in titles
        assert "A title still in draft" not in titles
    assert list(entries(atom(client, route(index, "topic_feed", "test-hidden")))) == ["The published title"]
    _header, csv_rows = exported_csv(index)
    json_titles = {row["title"] for row in exported_json(index)}
    for titles in (set(csv_rows), json_titles):
        assert "The published title" in titles
        assert not titles & {"A draft practice", "A private practice", "A title still in draft"}


# The exports


def test_the_csv_export_is_an_attachment_with_a_header_and_cyrillic_intact(library, make_practice, make_system):
    page = make_practice(
        "uk",
        title="Електронний документообіг у Городниці",
        summary="Громада перейшла на електронні документи: «швидше й дешевше».",
        region="Житомирська область",
        funding="=SUM(A1:A9)",
        systems=[make_system("test-csv-edm", "Тестовий СЕД")],
        cost=Decimal("48000"),
    )

    response = export(library("en"), "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="practices.csv"'
    header, rows = exported_csv(library("en"))

    assert header == EXPORT_FIELDS
    row = rows["Електронний документообіг у Городниці"]
    assert row["summary"] == "Громада перейшла на електронні документи: «швидше й дешевше»."
    assert row["region"] == "Житомирська область"
    assert row["systems"] == "Тестовий СЕД"
    assert row["language"] == "uk"
    assert row["cost"] == "48000.00"
    assert row["population"] == ""
    assert row["external_id"] == f"page:{page.pk}"
    assert row["funding"] == "'=SUM(A1:A9)"  # a spreadsheet would run it as a formula


def test_the_json_export_has_every_field_and_the_body_as_plain_text(library, make_practice, make_topic, make_system):
    towns = [Organisation.objects.create(name=name, country="PL") for name in ("Gmina Zielona", "Gmina Biała")]
    page = make_practice(
        "pl",
        title="Elektroniczny obieg dokumentów w Gminie Zielonej",
        actions='<p>Najpierw &amp; przede wszystkim: <a href="https://example.org">plan</a>.</p>'
        "<p>Potem<br/>szkolenia</p><ul><li>jeden</li><li>dwa</li></ul>",
        topics=[make_topic("test-json-b", pl="B")["pl"], make_topic("test-json-a", pl="A")["pl"]],
        systems=[make_system("test-json-system", "System Testowy", language="pl")],
        organisations=towns,
        external_id="import:zielona-1",
        population=12_500,
        cost=Decimal("1234.50"),
        currency="PLN",
        staff_trained=40,
        electronic_share=90,
        units_connected=7,
        status=PracticePage.Status.PILOT,
    )
    practice = Practice.objects.create(translation_key=page.translation_key, page=page)
    Adoption.objects.create(practice=practice, organisation=towns[1], adopted_on=date(2024, 3, 1))

    response = export(library("en"), "json")
    assert response["Content-Disposition"] == 'attachment; filename="practices.json"'
    rows = [row for row in exported_json(library("en")) if row["external_id"] == "import:zielona-1"]

    assert len(rows) == 1
    row = rows[0]
    assert list(row) == EXPORT_FIELDS
    assert row["body"] == "Najpierw & przede wszystkim: plan.\n\nPotem\nszkolenia\n\njeden\ndwa"
    assert row["organisation"] == "Gmina Biała; Gmina Zielona"
    assert row["topics"] == ["test-json-a", "test-json-b"]
    assert row["systems"] == ["System Testowy"]
    assert row["adopted_by"] == 1
    assert row["url"] == page.full_url
    assert row["translation_key"] == str(page.translation_key)
    assert (row["language"], row["country"], row["status"], row["year"]) == ("pl", "BG", "pilot", 2022)
    assert (row["started_on"], row["live_on"]) == ("2021-03-01", "2022-01-01")
    assert (row["cost"], row["currency"], row["population"]) == ("1234.50", "PLN", 12_500)
    assert (row["staff_trained"], row["electronic_share"], row["units_connected"]) == (40, 90, 7)


def test_an_exported_row_holds_every_field_of_the_import_format_and_passes_its_checks(
    library, make_practice, make_topic, make_system
):
    make_practice(
        "bg",
        title="Електронни услуги в Тестово",
        actions="<p>Първо &amp; най-важно.</p><p>После<br>обучение.</p>",
        topics=[make_topic("test-round-trip", bg="Обратно")["bg"]],
        systems=[make_system("test-round-trip-system", "Система", language="bg")],
        organisations=[Organisation.objects.create(name="Община Тестово", country="BG")],
        external_id="test:round-trip",
        population=4_200,
    )
    row = next(row for row in exported_json(library("en")) if row["external_id"] == "test:round-trip")

    assert set(REQUIRED) | set(OPTIONAL) <= set(EXPORT_FIELDS)
    assert validate({"practices": [row]}) == []  # the whole exported row: the importer ignores the export's own keys
    assert plain_text_to_rich_text(row["body"]) == "<p>Първо &amp; най-важно.</p><p>После<br>обучение.</p>"


def test_the_exports_list_every_language_in_page_order(library):
    rows = exported_json(library("en"))

    pages = PracticePage.objects.live().public().select_related("locale").order_by("pk")
    assert [(row["translation_key"], row["language"]) for row in rows] == [
        (str(page.translation_key), page.locale.language_code) for page in pages
    ]
    assert {row["language"] for row in rows} == {"en", "bg", "uk", "pl"}


def test_a_translation_is_a_row_of_its_own_sharing_the_translation_key(library, make_practice):
    original = make_practice("bg", title="Единно гише в Стара Лъка")
    translation = original.copy_for_translation(library("en").locale, copy_parents=False)
    translation.title = "One-stop shop in Stara Laka"
    translation.save_revision().publish()

    rows = [row for row in exported_json(library("bg")) if row["translation_key"] == str(original.translation_key)]

    assert sorted((row["language"], row["title"]) for row in rows) == [
        ("bg", "Единно гише в Стара Лъка"),
        ("en", "One-stop shop in Stara Laka"),
    ]
    _header, csv_rows = exported_csv(library("bg"))
    assert csv_rows["One-stop shop in Stara Laka"]["translation_key"] == str(original.translation_key)


def test_the_query_count_does_not_grow_with_the_number_of_practices(
    client, library, make_practice, make_topic, make_system
):
    topic = make_topic("test-count", en="Counting")["en"]
    system = make_system("test-count-system", "Counter")
    town = Organisation.objects.create(name="Municipality of Many", country="BG")
    index = library("en")
    responses = {
        "csv": lambda: export(index, "csv"),
        "json": lambda: export(index, "json"),
        "feed": lambda: client.get(route(index, "feed")),
        "topic feed": lambda: client.get(route(index, "topic_feed", "test-count")),
    }

    def counts() -> dict[str, int]:
        result = {}
        for name, get in responses.items():
            get().getvalue()  # first to fill what publishing emptied: the cached site and its root paths
            with CaptureQueriesContext(connection) as queries:
                response = get()
                assert response.status_code == 200
                response.getvalue()  # a streamed export queries as it is read
            result[name] = len(queries)
        return result

    def add(number: int) -> None:
        for _ in range(number):
            page = make_practice("en", topics=[topic], systems=[system], organisations=[town])
            practice = Practice.objects.create(translation_key=page.translation_key, page=page)
            Adoption.objects.create(practice=practice, organisation=town, adopted_on=date(2024, 1, 1))

    add(3)
    with_three = counts()
    add(27)
    assert counts() == with_three


@pytest.mark.parametrize("name", ["export_csv", "export_json"])
def test_the_exports_are_reachable_over_http(client, library, name):
    assert client.get(route(library("en"), name), follow=True).status_code == 200


@pytest.mark.parametrize(
    ("rich_text", "plain"),
    [
        ("", ""),
        ("<p>One</p>\n<p>Two</p>", "One\n\nTwo"),
        ("<h3>Steps</h3><ol><li>Scan</li><li>Sign</li></ol><p>Done.</p>", "Steps\n\nScan\nSign\n\nDone."),
        ("<p>Line<br>break and  <b>bold</b>\n text</p>", "Line\nbreak and bold text"),
        ("<p>&lt;not a tag&gt; &quot;quoted&quot; &#8470;&nbsp;5</p>", '<not a tag> "quoted" №\xa05'),
    ],
)
def test_rich_text_becomes_plain_text_with_paragraphs_separated_by_a_blank_line(rich_text, plain):
    assert rich_text_to_plain(rich_text) == plain
