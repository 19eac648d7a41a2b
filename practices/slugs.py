"""Page slugs of practices: readable in ASCII whatever the title's alphabet, free among the library's pages."""

from __future__ import annotations

from anyascii import anyascii
from django.http import Http404
from django.utils.text import slugify

from practices.models import PracticeIndexPage

SLUG_BASE_MAX = 200  # leaves room for "-2", "-3"… within a page slug's 255 characters


def slug_base(*candidates: str) -> str:
    """The first candidate that gives a slug, transliterated ("Електронни услуги" → "elektronni-uslugi")."""
    for candidate in candidates:
        base = slugify(anyascii(candidate or ""))[:SLUG_BASE_MAX].strip("-")
        if base:
            return base
    return "practice"


def is_route(library: PracticeIndexPage, slug: str) -> bool:
    """Whether `slug` would be hidden by one of the library's own addresses (compare/, feed/…)."""
    try:
        library.resolve_subpage(f"/{slug}/")
    except Http404:
        return False
    return True


def free_slug(library: PracticeIndexPage, base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`…: not in `taken` (the children's slugs) nor a route; added to `taken`."""
    slug, number = base, 1
    while slug in taken or is_route(library, slug):
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug


def children_slugs(library: PracticeIndexPage) -> set[str]:
    return set(library.get_children().values_list("slug", flat=True))
