"""Demo content of search: the glossary of e-government concepts in the four languages (search/glossary_data.py)."""

from __future__ import annotations

from django.db import transaction

from search.models import GlossaryConcept


def build_glossary(context: dict) -> list[str]:
    """Create or refresh every demo concept in every language (translations share the English row's key)."""
    from search.glossary_data import CONCEPTS

    locales = context["locales"]
    with transaction.atomic():
        for concept in CONCEPTS:
            english = None
            for code in ["en", *[code for code in concept["terms"] if code != "en"]]:
                name, *others = concept["terms"][code]
                if english is None:
                    row = GlossaryConcept.objects.filter(locale=locales[code], name=name).first()
                else:
                    row = GlossaryConcept.objects.filter(
                        locale=locales[code], translation_key=english.translation_key
                    ).first()
                row = row or GlossaryConcept(locale=locales[code])
                if english is not None:
                    row.translation_key = english.translation_key
                row.name, row.terms = name, "\n".join(others)
                row.save()
                english = english or row
    return [f"Search glossary: {len(CONCEPTS)} concepts in {len(locales)} languages"]
