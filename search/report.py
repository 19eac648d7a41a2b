"""The staff's search analytics: top queries, queries that found nothing, searches per language (no personal data)."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from search import analytics

ANALYTICS_PERMISSION = "search.view_querystat"
PERIODS = [7, 30, 90, 365]


def analytics_report(request):
    """Admin view: the last N days (7, 30, 90 or 365), optionally in one language."""
    if not request.user.has_perm(ANALYTICS_PERMISSION):
        raise PermissionDenied
    days = int(request.GET["days"]) if request.GET.get("days", "").isdigit() else 30
    days = days if days in PERIODS else 30
    language = request.GET.get("language") or ""
    language = language if language in dict(settings.LANGUAGES) else ""
    return render(
        request,
        "search/analytics_report.html",
        {
            "days": days,
            "periods": PERIODS,
            "language": language,
            "languages": settings.LANGUAGES,
            "top": analytics.top_queries(days, language or None),
            "empty": analytics.top_queries(days, language or None, empty_only=True),
            "by_language": analytics.by_language(days),
        },
    )
