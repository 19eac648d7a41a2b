"""The language work both engines share: lemmas in each language, folding, the glossary, snippets."""

from __future__ import annotations

import pytest

from search.analysis import analyse_query, fold, highlight, lemmatise

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "language", "lemmas"),
    [
        ("документооборота", "bg", ["документооборот"]),
        ("громадах", "uk", ["громада"]),
        ("dokumentów w gminach", "pl", ["dokument", "gmina"]),
        ("municipalities", "en", ["municipality"]),
    ],
)
def test_a_text_is_lemmatised_in_its_own_language(text, language, lemmas):
    assert lemmatise(text, language) == lemmas


def test_folding_lets_a_query_typed_without_diacritics_meet_the_text():
    assert fold("obsługa") == fold("obsluga") == "obsluga"
    assert lemmatise("obsłudze", "pl") == ["obsluga"]


def test_a_concept_named_in_one_language_brings_its_words_in_the_others():
    query = analyse_query("документообіг у громадах", "uk")
    phrases = {" ".join(phrase) for phrase in query.phrases}
    assert {"obieg dokument", "ezd", "документооборот"} <= phrases


def test_a_misspelt_concept_still_brings_its_translations():
    phrases = {" ".join(phrase) for phrase in analyse_query("cyberbezpieczenstwo", "pl").phrases}
    assert "киберсигурност" in phrases


def test_a_glossary_edit_counts_at_once(demo_context):
    from search.models import GlossaryConcept

    assert analyse_query("geocaching", "en").phrases == []
    english = GlossaryConcept.objects.create(locale=demo_context["locales"]["en"], name="Geocaching", terms="")
    GlossaryConcept.objects.create(
        locale=demo_context["locales"]["pl"], name="Skrytki terenowe", terms="", translation_key=english.translation_key
    )
    assert ("skrytka", "terenowy") in analyse_query("geocaching", "en").phrases


def test_a_snippet_marks_inflected_forms_and_escapes_the_text():
    terms = set(analyse_query("громада", "uk").terms)
    snippet = str(highlight("У <b>громадах</b> області працюють ЦНАП.", terms, "uk"))
    assert "<mark>громадах</mark>" in snippet
    assert "&lt;b&gt;" in snippet and "<b>" not in snippet
