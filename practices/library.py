"""The library's database queries: which practices a reader sees, the filters, and names in the reader's language.

The search app takes over full-text search and facet counts; these filters
stay the database answer (and the fallback's) for the same parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, IntegerField, Min, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from portal.models import Organisation
from practices.models import Adoption, PracticePage, System, Topic
from practices.models.pages import POPULATION_BANDS

PER_PAGE = 20
COMPARE_MAX = 4
SORTS = {
    "newest": ("-first_published_at", "-pk"),
    "year": ("-year", "-first_published_at", "-pk"),
    "title": ("title", "pk"),
}


def readers_view(language: str) -> QuerySet[PracticePage]:
    """One page per practice for a reader of `language`: its translation into that language, else its original."""
    live = PracticePage.objects.live().public()
    in_language = live.filter(locale__language_code=language)
    originals = PracticePage.objects.values("translation_key").annotate(first=Min("pk")).values("first")
    return live.filter(
        Q(locale__language_code=language)
        | (~Q(translation_key__in=in_language.values("translation_key")) & Q(pk__in=originals))
    )


def with_card_data(queryset: QuerySet[PracticePage]) -> QuerySet[PracticePage]:
    """What a card or a comparison shows, fetched in a fixed number of queries whatever the number of practices."""
    adoptions = (
        Adoption.objects.filter(practice__translation_key=OuterRef("translation_key"))
        .order_by()
        .values("practice")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        queryset.select_related("locale")
        .prefetch_related(
            Prefetch("organisations", queryset=Organisation.objects.order_by("name")),
            "topics",
            "systems",
        )
        .annotate(adoption_count=Coalesce(Subquery(adoptions, output_field=IntegerField()), Value(0)))
    )


@dataclass
class Filters:
    """The filters a reader chose, validated against what exists; unknown values are ignored, never an error."""

    values: dict[str, str] = field(default_factory=dict)

    def apply(self, queryset: QuerySet[PracticePage]) -> QuerySet[PracticePage]:
        v = self.values
        if "topic" in v:
            queryset = queryset.filter(topics__slug=v["topic"])
        if "system" in v:
            queryset = queryset.filter(systems__slug=v["system"])
        if "country" in v:
            queryset = queryset.filter(country=v["country"])
        if "region" in v:
            queryset = queryset.filter(region__iexact=v["region"])
        if "band" in v:
            _key, low, high, _label = next(band for band in POPULATION_BANDS if band[0] == v["band"])
            queryset = queryset.filter(population__gte=low)
            if high is not None:
                queryset = queryset.filter(population__lt=high)
        if "year" in v:
            queryset = queryset.filter(year=int(v["year"]))
        if "status" in v:
            queryset = queryset.filter(status=v["status"])
        if "language" in v:
            queryset = queryset.filter(locale__language_code=v["language"])
        if "topic" in v or "system" in v:
            queryset = queryset.distinct()
        return queryset


def read_filters(params) -> Filters:
    """The filters in a query string, keeping only well-formed values."""
    chosen: dict[str, str] = {}
    for name in ("topic", "system", "region", "country", "band", "year", "status", "language"):
        value = (params.get(name) or "").strip()
        if not value:
            continue
        if name == "country" and value.upper() not in dict(countries):
            continue
        if name == "band" and value not in {band[0] for band in POPULATION_BANDS}:
            continue
        if name == "year" and not (value.isdigit() and len(value) == 4):
            continue
        if name == "status" and value not in PracticePage.Status.values:
            continue
        if name == "language" and value not in dict(settings.LANGUAGES):
            continue
        chosen[name] = value.upper() if name == "country" else value[:120]
    return Filters(chosen)


def filter_options(language: str) -> dict[str, list[tuple[str, str]]]:
    """The values each filter offers, named in the reader's language (one query per filter)."""
    live = PracticePage.objects.live().public()
    topics = Topic.objects.filter(locale__language_code=language).order_by("name").values_list("slug", "name")
    systems = System.objects.filter(locale__language_code=language).order_by("name").values_list("slug", "name")
    used_countries = sorted(set(live.values_list("country", flat=True)))
    regions = sorted({region for region in live.values_list("region", flat=True).distinct() if region})
    years = sorted({year for year in live.values_list("year", flat=True).distinct() if year}, reverse=True)
    return {
        "topic": list(topics),
        "system": list(systems),
        "country": [(code, countries.name(code)) for code in used_countries if code],
        "region": [(region, region) for region in regions],
        "band": [(key, str(label)) for key, _low, _high, label in POPULATION_BANDS],
        "year": [(str(year), str(year)) for year in years],
        "status": [(value, str(label)) for value, label in PracticePage.Status.choices],
    }


FILTER_LABELS = {
    "topic": _("Topic"),
    "system": _("System or product"),
    "country": _("Country"),
    "region": _("Region"),
    "band": _("Population"),
    "year": _("Year"),
    "status": _("Status"),
}


def names_in(language: str, pages: list[PracticePage]) -> None:
    """Give each page `topic_names` and `system_names` in the reader's language (translation, else as stored)."""
    keys = {item.translation_key for page in pages for item in [*page.topics.all(), *page.systems.all()]}
    names = {}
    for model in (Topic, System):
        names.update(
            model.objects.filter(translation_key__in=keys, locale__language_code=language).values_list(
                "translation_key", "name"
            )
        )
    for page in pages:
        page.topic_names = sorted(names.get(t.translation_key, t.name) for t in page.topics.all())
        page.system_names = sorted(names.get(s.translation_key, s.name) for s in page.systems.all())
