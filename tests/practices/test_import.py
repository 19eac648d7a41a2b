"""Importing case studies from a JSON file: pages, taxonomies and organisations; idempotent; all or nothing; escaped."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from portal.models import Organisation
from practices import importer
from practices.models import PracticePage, System, Topic

pytestmark = pytest.mark.django_db

IDS = ["test-import-bg-1", "test-import-en-2", "test-import-bg-3"]


def practice(external_id: str, **fields) -> dict:
    record = {
        "external_id": external_id,
        "language": "bg",
        "title": "Електронни услуги в Тестово",
        "summary": "  Общината пусна електронни услуги.  ",
        "body": "Първи абзац.\nВтори ред.\n\nВтори абзац.",
        "country": "BG",
        "region": "Testovo Province",
        "organisation": "Община Тестово",
        "population": 12_345,
        "topics": ["test-open-data", "test-brand-new-topic"],
        "systems": ["Testarchiv EDM"],
        "year": 2021,
        "status": "pilot",
    }
    record.update(fields)
    return record


def valid_file() -> dict:
    return {
        "topics": [{"slug": "test-open-data", "labels": {"en": "Test open data", "bg": "Тестови отворени данни"}}],
        "practices": [
            practice(IDS[0]),
            practice(
                IDS[1],
                language="en",
                title="Paying local taxes online in Testville",
                summary="Residents pay local taxes online.",
                body="What was done.",
                country="PL",
                region="Testland",
                organisation="Testville Municipality",
                population=None,
                topics=["document-management"],
                systems=["PAYGATE TEST"],
                year=2019,
                status="scaled",
            ),
        ],
    }


@pytest.fixture
def run(tmp_path):
    """run(data or text) → the command's output; the data goes to a file in a temporary directory."""

    def run_command(data, *options: str) -> str:
        path = tmp_path / "practices.json"
        path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
        out = StringIO()
        call_command("import_practices", str(path), *options, stdout=out)
        return out.getvalue()

    return run_command


@pytest.fixture
def paygate(make_system):
    return make_system("test-paygate", "PayGate Test", language="en")


def imported(external_id: str) -> PracticePage:
    return PracticePage.objects.get(external_id=external_id)


def test_a_valid_file_publishes_practices_in_their_languages_library_with_their_facts(run, library, paygate):
    output = run(valid_file())

    assert "Imported 2 practices: 2 created, 0 updated, 0 unchanged;" in output
    bulgarian, english = imported(IDS[0]), imported(IDS[1])
    assert bulgarian.get_parent().pk == library("bg").pk and english.get_parent().pk == library("en").pk
    assert bulgarian.live and not bulgarian.has_unpublished_changes and bulgarian.locale.language_code == "bg"
    assert bulgarian.title == "Електронни услуги в Тестово"
    assert bulgarian.slug == "elektronni-uslugi-v-testovo"  # transliterated: readable in every alphabet
    assert english.slug == "paying-local-taxes-online-in-testville"
    assert bulgarian.summary == "Общината пусна електронни услуги."
    assert bulgarian.actions == "<p>Първи абзац.<br>Втори ред.</p><p>Втори абзац.</p>"
    assert (bulgarian.year, bulgarian.status, bulgarian.country.code) == (2021, "pilot", "BG")
    assert (bulgarian.region, bulgarian.population) == ("Testovo Province", 12_345)
    assert (english.year, english.status, english.population) == (2019, "scaled", None)

    # Topics: the declared one with its labels, the unknown one in every language, the demo one reused.
    assert sorted(t.slug for t in bulgarian.topics.all()) == ["test-brand-new-topic", "test-open-data"]
    assert {t.locale.language_code for t in bulgarian.topics.all()} == {"bg"}
    declared = {t.locale.language_code: t for t in Topic.objects.filter(slug="test-open-data")}
    assert {code: t.name for code, t in declared.items()} == {
        "en": "Test open data",
        "bg": "Тестови отворени данни",
        "uk": "Test open data",  # used by a practice: the languages without a label get the slug made readable
        "pl": "Test open data",
    }
    assert len({t.translation_key for t in declared.values()}) == 1
    made = Topic.objects.filter(slug="test-brand-new-topic")
    assert sorted(t.locale.language_code for t in made) == ["bg", "en", "pl", "uk"]
    assert {t.name for t in made} == {"Test brand new topic"} and len({t.translation_key for t in made}) == 1
    assert [(t.slug, t.locale.language_code) for t in english.topics.all()] == [("document-management", "en")]

    # Systems: matched by name ignoring case in the practice's language, else created there.
    assert list(english.systems.all()) == [paygate]
    (system,) = bulgarian.systems.all()
    assert (system.name, system.slug, system.locale.language_code) == ("Testarchiv EDM", "testarchiv-edm", "bg")

    # Organisations: created confirmed, of kind "other", where the practice is.
    (organisation,) = bulgarian.organisations.all()
    assert (organisation.name, organisation.status, organisation.kind) == ("Община Тестово", "confirmed", "other")
    assert (organisation.country.code, organisation.region, organisation.population) == (
        "BG",
        "Testovo Province",
        12_345,
    )
    assert "8 topics, 2 organisations and 1 systems created." in output


def test_an_existing_organisation_is_matched_by_name_ignoring_case_in_the_practices_country(run):
    existing = Organisation.objects.create(name="Община Тестово", country="BG", kind="municipality")
    run({"practices": [practice(IDS[0], organisation="ОБЩИНА ТЕСТОВО")]})
    assert list(imported(IDS[0]).organisations.all()) == [existing]
    assert Organisation.objects.filter(search_name="община тестово").count() == 1


def test_a_system_named_twice_in_different_cases_is_linked_once_and_a_rerun_changes_nothing(run):
    data = {"practices": [practice(IDS[0], systems=["Testarchiv EDM", "TESTARCHIV edm"])]}
    run(data)
    assert [system.name for system in imported(IDS[0]).systems.all()] == ["Testarchiv EDM"]
    assert "1 unchanged" in run(data)


def test_declared_labels_rename_a_topic_and_a_new_language_joins_its_translations(run, make_topic):
    english = make_topic("test-open-data", en="Open data (old name)")["en"]
    run({"topics": [{"slug": "test-open-data", "labels": {"en": "Open data", "uk": "Відкриті дані"}}], "practices": []})
    english.refresh_from_db()
    ukrainian = Topic.objects.get(slug="test-open-data", locale__language_code="uk")
    assert english.name == "Open data" and ukrainian.name == "Відкриті дані"
    assert ukrainian.translation_key == english.translation_key
    assert not Topic.objects.filter(slug="test-open-data", locale__language_code="bg").exists()


def test_importing_the_same_file_again_changes_nothing(run, paygate):
    run(valid_file())
    revisions = {external_id: imported(external_id).revisions.count() for external_id in IDS[:2]}
    topics, systems, organisations = Topic.objects.count(), System.objects.count(), Organisation.objects.count()

    output = run(valid_file())

    assert "Imported 2 practices: 0 created, 0 updated, 2 unchanged; 0 topics, 0 organisations and 0 systems" in output
    assert {external_id: imported(external_id).revisions.count() for external_id in IDS[:2]} == revisions
    assert (Topic.objects.count(), System.objects.count(), Organisation.objects.count()) == (
        topics,
        systems,
        organisations,
    )


def test_a_changed_title_updates_the_same_page_with_a_new_published_revision(run, paygate):
    run(valid_file())
    before = imported(IDS[1])
    revisions = before.revisions.count()
    changed = valid_file()
    changed["practices"][1]["title"] = "Paying local taxes and fees online in Testville"

    output = run(changed)

    after = imported(IDS[1])
    assert "1 updated, 1 unchanged" in output
    assert after.pk == before.pk and after.live and not after.has_unpublished_changes
    assert after.title == "Paying local taxes and fees online in Testville"
    assert after.slug == before.slug  # links to the page keep working
    assert after.revisions.count() == revisions + 1
    assert PracticePage.objects.filter(external_id=IDS[1]).count() == 1


def test_fields_left_out_of_a_record_keep_what_the_page_has(run, paygate):
    run(valid_file())
    run({"practices": [{key: practice(IDS[0])[key] for key in importer.REQUIRED}]})
    page = imported(IDS[0])
    assert (page.year, page.status, page.population, page.region) == (2021, "pilot", 12_345, "Testovo Province")
    assert page.topics.count() == 2 and page.systems.count() == 1 and page.organisations.count() == 1


def test_a_broken_file_is_refused_whole_and_the_report_names_each_record_and_field(run):
    broken = valid_file()
    third = practice(IDS[2], country="XX", topics=["test-third-topic"], organisation="Third Test Org")
    del third["title"]
    broken["practices"].append(third)

    with pytest.raises(CommandError) as refused:
        run(broken)

    report = str(refused.value)
    assert "nothing was imported (2 problems)" in report
    assert f'practices[2] (external_id "{IDS[2]}"): country: "XX" is not an ISO 3166 country code' in report
    assert f'practices[2] (external_id "{IDS[2]}"): title: missing' in report
    assert not PracticePage.objects.filter(external_id__in=IDS).exists()
    assert not Topic.objects.filter(slug__in=["test-open-data", "test-brand-new-topic", "test-third-topic"]).exists()
    assert not Organisation.objects.filter(name__in=["Община Тестово", "Testville Municipality"]).exists()
    assert not System.objects.filter(name="Testarchiv EDM").exists()


def test_a_failure_while_writing_undoes_what_the_import_had_written(run, paygate, monkeypatch):
    published = []

    def publish_then_fail(page):
        if published:
            raise ValidationError({"slug": ["Refused for the test."]})
        published.append(page.pk)
        page.save_revision().publish()

    monkeypatch.setattr(importer.writing, "_publish", publish_then_fail)
    with pytest.raises(CommandError) as refused:
        run(valid_file())

    assert f'practices[1] (external_id "{IDS[1]}"): could not be saved: slug: Refused for the test.' in str(
        refused.value
    )
    assert not PracticePage.objects.filter(external_id__in=IDS).exists()
    assert not Topic.objects.filter(slug__in=["test-open-data", "test-brand-new-topic"]).exists()
    assert not Organisation.objects.filter(name="Община Тестово").exists()
    assert not System.objects.filter(name="Testarchiv EDM").exists()


def test_html_in_the_title_and_body_is_shown_as_text(run, client):
    title = "<script>alert('title')</script> Open <b>data</b>"
    body = "Step <img src=x onerror=alert(1)> one\nstill one & more\n\n<script>alert('body')</script>"
    run({"practices": [practice(IDS[0], language="en", title=title, body=body, summary="<i>Plain</i> summary")]})

    page = imported(IDS[0])
    assert page.title == title  # stored as text, as written
    assert page.actions == (
        "<p>Step &lt;img src=x onerror=alert(1)&gt; one<br>still one &amp; more</p>"
        "<p>&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;</p>"
    )
    assert page.slug == "scriptalerttitlescript-open-bdatab"
    html = client.get(page.url).content.decode()
    assert "<script>alert(" not in html and "<img src=x" not in html and "<b>data</b>" not in html
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; Open &lt;b&gt;data&lt;/b&gt;" in html
    assert "&lt;i&gt;Plain&lt;/i&gt; summary" in html


def test_plain_text_becomes_escaped_paragraphs_and_line_breaks():
    text = "\r\n One\r\ntwo \n \n\n\tthree <&>\n\n"
    assert importer.plain_text_to_rich_text(text) == "<p>One<br>two</p><p>three &lt;&amp;&gt;</p>"
    assert importer.plain_text_to_rich_text("  \n\n ") == ""


def test_invalid_json_is_reported_with_its_line_and_column(run):
    with pytest.raises(CommandError) as refused:
        run('{"practices": [\n  {"external_id": "x",}\n]}')
    assert "not valid JSON: Expecting property name enclosed in double quotes at line 2, column 23" in str(
        refused.value
    )


def test_a_file_that_cannot_be_read_is_reported(tmp_path):
    with pytest.raises(CommandError, match="cannot be read"):
        call_command("import_practices", str(tmp_path / "missing.json"))


def test_an_external_id_used_twice_in_the_file_is_refused(run):
    with pytest.raises(CommandError) as refused:
        run({"practices": [practice(IDS[0]), practice(IDS[0], language="en")]})
    assert f'practices[1] (external_id "{IDS[0]}"): external_id: "{IDS[0]}" is also used by practices[0]' in str(
        refused.value
    )
    assert not PracticePage.objects.filter(external_id=IDS[0]).exists()


def test_wrong_shapes_types_and_values_are_each_reported():
    assert importer.validate([]) == [
        'the file must hold a JSON object with "practices" (and optionally "topics"), not a list'
    ]
    assert importer.validate({"practises": []}) == [
        '"practises": unknown key (a file has "topics", "practices")',
        "practices: missing",
    ]
    problems = importer.validate(
        {
            "topics": [{"slug": "Not a slug!", "labels": {"de": "Offene Daten"}}],
            "practices": [
                "not an object",
                practice(
                    "x-1",
                    language="de",
                    population="12 000",
                    year=1850,
                    status="done",
                    topics="e-services",
                    systems=[""],
                    summary="s" * 601,
                    colour="blue",
                ),
                {"external_id": "x-2", "language": "bg", "title": 17, "country": "bg"},
            ],
        }
    )
    assert problems == [
        'topics[0] (slug "Not a slug!"): slug: "Not a slug!" is not a slug (letters a-z, digits, hyphens and '
        "underscores only)",
        'topics[0] (slug "Not a slug!"): labels: "de" is not a language of the portal (en, bg, uk, pl)',
        'practices[0]: expected an object, got the string "not an object"',
        'practices[1] (external_id "x-1"): "colour": unknown field (a practice has "external_id", "language", '
        '"title", "summary", "country", "body", "region", "organisation", "population", "topics", "systems", '
        '"year", "status")',
        'practices[1] (external_id "x-1"): summary: 601 characters, at most 600 allowed',
        'practices[1] (external_id "x-1"): language: "de" is not a language of the portal (en, bg, uk, pl)',
        'practices[1] (external_id "x-1"): population: expected a whole number or null, got "12 000"',
        'practices[1] (external_id "x-1"): year: 1850 is not between 1990 and 2100',
        'practices[1] (external_id "x-1"): status: "done" is not one of "pilot", "implemented", "scaled"',
        'practices[1] (external_id "x-1"): topics: expected a list of strings, got the string "e-services"',
        'practices[1] (external_id "x-1"): systems[0]: must not be empty',
        'practices[2] (external_id "x-2"): summary: missing',
        'practices[2] (external_id "x-2"): title: expected a string, got the number 17',
    ]


def test_a_language_without_a_library_is_an_error_for_its_records(library, monkeypatch):
    monkeypatch.setattr(
        importer.checking, "_library", lambda locale: None if locale.language_code == "uk" else library("en")
    )
    problems = importer.validate({"practices": [practice(IDS[0]), practice(IDS[2], language="uk")]})
    assert problems == [
        f'practices[1] (external_id "{IDS[2]}"): language: there is no practice library under the "uk" home page'
    ]
