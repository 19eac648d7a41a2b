"""Search analytics without personal data: per day, language and query, the searches and the empty answers."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from search.models import QueryStat

MAX_QUERY = 200


def normalise(text: str) -> str:
    return " ".join(text.lower().split())[:MAX_QUERY]


def record(text: str, language: str, total: int) -> None:
    """Count one search of `text` in `language` (no user, address or time of day is kept)."""
    query = normalise(text)
    if not query:
        return
    day = timezone.localdate()
    empty = 1 if total == 0 else 0
    updated = QueryStat.objects.filter(day=day, language=language, query=query).update(
        searches=F("searches") + 1, empty=F("empty") + empty
    )
    if updated:
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(day=day, language=language, query=query, searches=1, empty=empty)
    except IntegrityError:  # counted meanwhile by a concurrent request
        QueryStat.objects.filter(day=day, language=language, query=query).update(
            searches=F("searches") + 1, empty=F("empty") + empty
        )


def top_queries(days: int = 30, language: str | None = None, empty_only: bool = False, limit: int = 50):
    """The most searched queries of the last `days` (optionally in one language, or only those that found nothing)."""
    since = timezone.localdate() - timezone.timedelta(days=days)
    rows = QueryStat.objects.filter(day__gt=since)
    if language:
        rows = rows.filter(language=language)
    if empty_only:
        rows = rows.filter(empty__gt=0)
    rows = rows.values("query", "language").annotate(total=Sum("searches"), empty_total=Sum("empty"))
    return list(rows.order_by("-empty_total" if empty_only else "-total", "query")[:limit])


def by_language(days: int = 30):
    since = timezone.localdate() - timezone.timedelta(days=days)
    return list(
        QueryStat.objects.filter(day__gt=since)
        .values("language")
        .annotate(total=Sum("searches"), empty_total=Sum("empty"))
        .order_by("-total")
    )
