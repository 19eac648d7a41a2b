"""Keeping search current: entries refreshed when content changes, pushed to the engine, rebuilt behind the alias.

A publish, unpublish, move, delete or view restriction (and a thread's
moderation) queues a task after commit that rebuilds the touched entries
from what is public and sends them to the engine. A row not yet accepted by
the engine stays pending; the scheduled job (`run_scheduled_tasks`) and every
later update send pending rows again, so updates missed while the engine was
down catch up when it returns.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Iterable
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import task
from elasticsearch import ApiError, TransportError, helpers
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import documents, engine_state
from search.models import SearchEntry, SearchTerm
from search.sources import SOURCES, source_of

logger = logging.getLogger(__name__)
TITLE_WEIGHT = 3
PUSH_BATCH = 200
# A search waits seconds at most; filling an index may take longer per batch on a busy or small engine.
BULK_TIMEOUT_SECONDS = 120


# --- entries -----------------------------------------------------------------------------------


def term_weights(fields: dict[str, Any]) -> Counter:
    weights = Counter(fields["lemmas"].split())
    for term in fields["title_lemmas"].split():
        weights[term] += TITLE_WEIGHT
    return weights


def refresh(keys: Iterable[str]) -> int:
    """Rebuild the entries `keys` from the public content (removing those no longer public); how many changed."""
    changed = 0
    now = timezone.now()
    for key in dict.fromkeys(keys):
        fields = source_of(key).build(key)
        with transaction.atomic():
            entry = SearchEntry.objects.select_for_update().filter(key=key).first()
            if fields is None:
                if entry is not None and not entry.deleted:
                    entry.terms.all().delete()
                    SearchEntry.objects.filter(pk=entry.pk).update(
                        deleted=True, versions={}, lemmas="", title_lemmas="", changed_at=now, synced_at=None
                    )
                    changed += 1
                continue
            entry, _created = SearchEntry.objects.update_or_create(
                key=key,
                defaults={
                    **fields,
                    "type": key.split(":", 1)[0],
                    "deleted": False,
                    "changed_at": now,
                    "synced_at": None,
                },
            )
            entry.terms.all().delete()
            SearchTerm.objects.bulk_create(
                SearchTerm(entry=entry, term=term, weight=weight) for term, weight in term_weights(fields).items()
            )
            changed += 1
    return changed


def all_keys() -> list[str]:
    return list(dict.fromkeys(key for source in SOURCES.values() for key in source.all_keys()))


def refresh_all() -> int:
    """Every entry rebuilt from the content; entries of content that is gone are marked for removal."""
    keys = all_keys()
    gone = SearchEntry.objects.filter(deleted=False).exclude(key__in=keys).values_list("key", flat=True)
    return refresh([*keys, *gone])


# --- the engine --------------------------------------------------------------------------------


def ensure_index() -> bool:
    """Make sure the alias points at an index (a fresh one sends every entry again); False when unreachable."""
    es = documents.client()
    if es is None:
        return False
    alias = documents.alias_name()
    try:
        if es.indices.exists_alias(name=alias):
            return True
        if es.indices.exists(index=alias):
            # An index under the alias's own name (written while no alias existed): replace it.
            es.indices.delete(index=alias)
        name = documents.new_index_name()
        documents.index_definition(name).create(using=es)
        es.indices.put_alias(index=name, name=alias)
    except (TransportError, ApiError) as error:
        engine_state.mark_down(error)
        return False
    SearchEntry.objects.update(synced_at=None)
    return True


def _actions(entries: list[SearchEntry], index: str) -> Iterable[dict[str, Any]]:
    for entry in entries:
        if entry.deleted:
            yield {"_op_type": "delete", "_index": index, "_id": entry.key}
        else:
            yield documents.ContentDocument.from_entry(entry).to_dict(include_meta=True) | {"_index": index}


def send(entries: list[SearchEntry], index: str) -> int:
    """Send `entries` to `index`; mark those accepted as synced (unless they changed meanwhile); how many went."""
    es = documents.client()
    if es is None or not entries:
        return 0
    try:
        _ok, errors = helpers.bulk(
            es.options(request_timeout=BULK_TIMEOUT_SECONDS),
            _actions(entries, index),
            raise_on_error=False,
            refresh=False,
        )
    except (TransportError, ApiError) as error:
        engine_state.mark_down(error)
        return 0
    failed = set()
    for error in errors:
        ((operation, detail),) = error.items()
        if not (operation == "delete" and detail.get("status") == 404):
            failed.add(detail.get("_id"))
            logger.warning("search: %s of %s refused: %s", operation, detail.get("_id"), detail.get("error"))
    now = timezone.now()
    sent = 0
    for entry in entries:
        if entry.key in failed:
            continue
        unchanged = SearchEntry.objects.filter(pk=entry.pk, changed_at=entry.changed_at)
        if entry.deleted:
            unchanged.delete()
        else:
            unchanged.update(synced_at=now)
        sent += 1
    return sent


def push_pending() -> int:
    """Send every entry the engine has not accepted yet; how many went (0 without an engine)."""
    if documents.client() is None or not ensure_index():
        return 0
    sent = 0
    while True:
        batch = list(SearchEntry.objects.filter(synced_at__isnull=True).order_by("changed_at")[:PUSH_BATCH])
        if not batch:
            return sent
        went = send(batch, documents.alias_name())
        sent += went
        if went < len(batch):
            return sent  # the engine refused some or went away: the next run tries again


@task()
def update_entries(keys: list[str]) -> int:
    """Background task: rebuild the touched entries and send what is pending."""
    refresh(keys)
    return push_pending()


_deferred = threading.local()


def queue_update(keys: list[str]) -> None:
    """After the current transaction commits, update these entries in the background."""
    if not keys:
        return
    collected = getattr(_deferred, "keys", None)
    if collected is not None:
        collected.update(dict.fromkeys(keys))
        return
    transaction.on_commit(lambda: update_entries.enqueue(list(dict.fromkeys(keys))))


@contextmanager
def deferred():
    """Collect the updates of a bulk change (the demo build publishes hundreds of revisions) and queue each touched
    entry once at the end, instead of once per publish."""
    if getattr(_deferred, "keys", None) is not None:  # already collecting
        yield
        return
    _deferred.keys = {}
    try:
        yield
    finally:
        keys, _deferred.keys = list(_deferred.keys), None
    queue_update(keys)


# --- rebuilding behind the alias ----------------------------------------------------------------


def rebuild(report=print) -> dict[str, Any]:
    """Rebuild every entry, then (with an engine) fill a new index and swap the alias to it; search answers throughout.

    Updates that arrive while the new index fills go to the old one through the
    alias; they are sent again once the alias points at the new index.
    """
    changed = refresh_all()
    report(f"Entries rebuilt from the content: {changed}")
    es = documents.client()
    if es is None:
        return {"entries": changed, "index": None}
    alias = documents.alias_name()
    name = documents.new_index_name()
    documents.index_definition(name).create(using=es)
    # The fill reads the entries as they are from here on; later changes reach only the old index.
    filling = timezone.now()
    live = SearchEntry.objects.filter(deleted=False).order_by("pk")
    count = 0
    for start in range(0, live.count(), PUSH_BATCH):
        batch = list(live[start : start + PUSH_BATCH])
        helpers.bulk(es.options(request_timeout=BULK_TIMEOUT_SECONDS), _actions(batch, name), refresh=False)
        count += len(batch)
    es.options(request_timeout=BULK_TIMEOUT_SECONDS).indices.refresh(index=name)
    report(f"Documents in the new index {name}: {count}")
    old = list(es.indices.get_alias(name=alias).keys()) if es.indices.exists_alias(name=alias) else []
    if es.indices.exists(index=alias) and not old:
        es.indices.delete(index=alias)
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    es.indices.update_aliases(actions=[*actions, {"add": {"index": name, "alias": alias}}])
    for index in old:
        es.indices.delete(index=index)
    report(f"Alias {alias} now points at {name}; removed: {', '.join(old) or 'nothing'}")
    # Whatever changed while the new index filled went (at best) to the old one: send it again.
    SearchEntry.objects.filter(changed_at__gte=filling).update(synced_at=None)
    SearchEntry.objects.filter(deleted=False, changed_at__lt=filling).update(synced_at=timezone.now())
    SearchEntry.objects.filter(deleted=True, changed_at__lt=filling).delete()
    sent = push_pending()
    return {"entries": changed, "index": name, "documents": count, "removed": old, "resent": sent}


# --- signals -----------------------------------------------------------------------------------


def _keys_of(instance) -> list[str]:
    return [key for source in SOURCES.values() if source.handles(instance) for key in source.keys_for(instance)]


def _page_changed(sender, instance, **kwargs) -> None:
    page = instance.specific if type(instance) is Page else instance
    keys = _keys_of(page)
    from forums.models import WorkingGroupPage

    if isinstance(page, WorkingGroupPage):
        # Whether its discussions are public decides whether their threads are findable.
        keys += _group_thread_keys(page)
    queue_update(keys)


def _group_thread_keys(page) -> list[str]:
    from forums.models import Thread

    return [
        f"thread:{pk}"
        for pk in Thread.objects.filter(group__translation_key=page.translation_key).values_list("pk", flat=True)
    ]


def _subtree_changed(sender, instance: PageViewRestriction, **kwargs) -> None:
    pages = Page.objects.descendant_of(instance.page, inclusive=True).specific()
    queue_update([key for page in pages for key in _keys_of(page)])


def _moved(sender, instance, **kwargs) -> None:
    pages = Page.objects.descendant_of(instance, inclusive=True).specific()
    queue_update([key for page in pages for key in _keys_of(page)])


def _thread_changed(sender, instance, **kwargs) -> None:
    queue_update(_keys_of(instance))


def _glossary_changed(sender, instance, **kwargs) -> None:
    from search.analysis import glossary_changed

    glossary_changed()


def connect() -> None:
    """Wire the content's lifecycle to search (called once, from the app config)."""
    from forums.models import Post, Thread
    from search.models import GlossaryConcept

    page_published.connect(_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_changed, dispatch_uid="search_page_unpublished")
    post_page_move.connect(_moved, dispatch_uid="search_page_moved")
    for source in SOURCES.values():
        if hasattr(source, "model_label"):
            post_delete.connect(_page_changed, sender=source.model, dispatch_uid=f"search_deleted_{source.type}")
    for signal in (post_save, post_delete):
        signal.connect(_subtree_changed, sender=PageViewRestriction, dispatch_uid=f"search_restriction_{signal}")
        signal.connect(_thread_changed, sender=Thread, dispatch_uid=f"search_thread_{signal}")
        signal.connect(_thread_changed, sender=Post, dispatch_uid=f"search_post_{signal}")
        signal.connect(_glossary_changed, sender=GlossaryConcept, dispatch_uid=f"search_glossary_{signal}")
