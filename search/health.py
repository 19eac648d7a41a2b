"""What search_health reports: engine, alias and index, documents against the database, pending updates and lag."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from elasticsearch import ApiError, TransportError

from search import documents
from search.indexing import all_keys
from search.models import SearchEntry

LAG_WARNING_SECONDS = 300


def health() -> dict[str, Any]:
    """A report; `ok` is False with `problems` when search needs attention."""
    problems: list[str] = []
    content = len(all_keys())
    entries = SearchEntry.objects.filter(deleted=False).count()
    pending = SearchEntry.objects.filter(synced_at__isnull=True)
    oldest = pending.order_by("changed_at").values_list("changed_at", flat=True).first()
    lag = (timezone.now() - oldest).total_seconds() if oldest else 0.0
    report: dict[str, Any] = {
        "engine": "database",
        "alias": None,
        "index": None,
        "documents": None,
        "entries": entries,
        "public_content": content,
        "pending_updates": pending.count(),
        "lag_seconds": round(lag, 1),
    }
    if entries != content:
        problems.append(f"{entries} entries for {content} public items: run search_rebuild")
    es = documents.client()
    if es is not None:
        alias = documents.alias_name()
        report["alias"] = alias
        try:
            info = es.info()
            report["engine"] = (
                f"elasticsearch {info['version']['number']} ({info['version'].get('distribution', 'elasticsearch')})"
            )
            if es.indices.exists_alias(name=alias):
                report["index"] = ", ".join(es.indices.get_alias(name=alias).keys())
                es.indices.refresh(index=alias)
                report["documents"] = es.count(index=alias)["count"]
                if report["documents"] != entries - report["pending_updates"] and report["pending_updates"] == 0:
                    problems.append(f"{report['documents']} documents for {entries} entries: run search_rebuild")
            else:
                problems.append(f"alias {alias} missing: run search_rebuild")
        except (TransportError, ApiError) as error:
            report["engine"] = "elasticsearch (unreachable)"
            problems.append(f"engine unreachable: {error}")
        if lag > LAG_WARNING_SECONDS:
            problems.append(f"updates waiting for {round(lag)} s: is the engine up and run_scheduled_tasks running?")
    report["ok"] = not problems
    report["problems"] = problems
    return report
