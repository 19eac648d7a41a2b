"""The library: filtered, paginated list of case studies, and the side-by-side comparison."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from practices.library import (
    COMPARE_MAX,
    FILTER_LABELS,
    PER_PAGE,
    SORTS,
    filter_options,
    names_in,
    read_filters,
    readers_view,
    with_card_data,
)
from practices.models import PracticeIndexPage, PracticePage


def library(request, index: PracticeIndexPage):
    language = get_language()
    filters = read_filters(request.GET)
    sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "newest"
    practices = with_card_data(filters.apply(readers_view(language)).order_by(*SORTS[sort]))
    page_obj = Paginator(practices, PER_PAGE).get_page(request.GET.get("page"))
    names_in(language, page_obj.object_list)
    options = filter_options(language)
    query = dict(filters.values, **({"sort": sort} if sort != "newest" else {}))
    return TemplateResponse(
        request,
        "practices/practice_index_page.html",
        {
            "page": index,
            "page_obj": page_obj,
            "filters": filters.values,
            "selects": [
                {
                    "name": name,
                    "label": FILTER_LABELS[name],
                    "options": options[name],
                    "selected": filters.values.get(name, ""),
                }
                for name in ("topic", "country", "region", "band", "system", "year", "status")
            ],
            "languages": settings.LANGUAGES,
            "sort": sort,
            "query_without_page": urlencode(query),
            "compare_max": COMPARE_MAX,
        },
    )


def compare(request, index: PracticeIndexPage):
    """Two to four practices side by side: the key facts of the rollout, then place, time and cost."""
    language = get_language()
    ids = [int(value) for value in request.GET.getlist("p") if value.isdigit()][:COMPARE_MAX]
    chosen = {page.pk: page for page in with_card_data(PracticePage.objects.live().public().filter(pk__in=ids))}
    practices = [chosen[pk] for pk in ids if pk in chosen]
    names_in(language, practices)
    return TemplateResponse(
        request,
        "practices/compare.html",
        {"page": index, "practices": practices, "compare_max": COMPARE_MAX, "too_few": len(practices) < 2},
    )
