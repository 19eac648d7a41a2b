"""Many published practices at once, for query-count tests and benchmarks (10,000 in seconds, not hours).

Publishing a page through Wagtail writes revisions, logs and search entries
one page at a time; a corpus for measuring is built here with a few bulk
inserts instead: the tree rows of `wagtailcore_page` (paths computed like
treebeard's), then the practice rows and their topics and systems. The pages
are live and public like published ones, without revisions (nobody edits them).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page

from portal.cache import clear_page_cache
from practices.models import PracticeIndexPage, PracticePage, System, Topic

BATCH = 500


def default_fields(number: int) -> dict:
    """Varied facts, so that filters and comparisons have something to tell apart."""
    statuses = PracticePage.Status.values
    return {
        "title": f"Practice {number}: electronic documents in municipality {number}",
        "summary": f"Municipality {number} moved its registry and approvals to electronic documents.",
        "actions": f"<p>Scanning, electronic signatures and training, step {number % 7}.</p>",
        "country": ("BG", "UA", "PL")[number % 3],
        "region": f"Region {number % 12}",
        "population": 2_000 + (number * 7_919) % 240_000,
        "status": statuses[number % len(statuses)],
        "year": 2015 + number % 10,
        "started_on": date(2014 + number % 10, 1 + number % 12, 1),
        "live_on": date(2015 + number % 10, 1 + (number * 5) % 12, 1),
        "staff_trained": number % 300,
        "electronic_share": number % 101,
        "units_connected": number % 40,
        "cost": 10_000 + number % 90_000,
    }


def create_practices(
    index: PracticeIndexPage,
    count: int,
    *,
    topics: Iterable[Topic] = (),
    systems: Iterable[System] = (),
    fields: Callable[[int], dict] = default_fields,
) -> list[int]:
    """Add `count` live practices under `index`; each gets every topic and system given. Returns their ids."""
    topics, systems = list(topics), list(systems)
    content_type = ContentType.objects.get_for_model(PracticePage)
    now = timezone.now()
    ids: list[int] = []
    with transaction.atomic():
        index = PracticeIndexPage.objects.select_for_update().get(pk=index.pk)
        last = index.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        start = step
        for offset in range(0, count, BATCH):
            numbers = range(start + offset + 1, start + min(offset + BATCH, count) + 1)
            values = {number: default_fields(number) | fields(number) for number in numbers}
            pages = [
                Page(
                    path=Page._get_path(index.path, index.depth + 1, number),
                    depth=index.depth + 1,
                    numchild=0,
                    title=values[number]["title"],
                    draft_title=values[number]["title"],
                    slug=f"bulk-practice-{number}",
                    url_path=f"{index.url_path}bulk-practice-{number}/",
                    content_type=content_type,
                    locale_id=index.locale_id,
                    translation_key=uuid.uuid4(),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
                for number in numbers
            ]
            Page.objects.bulk_create(pages)
            if not all(page.pk for page in pages):  # backends that return no ids (none we run on)
                paths = [page.path for page in pages]
                by_path = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
                for page in pages:
                    page.pk = by_path[page.path]
            _insert_practice_rows(pages, values, numbers)
            through = PracticePage.topics.through
            through.objects.bulk_create(
                [through(practicepage_id=page.pk, topic_id=topic.pk) for page in pages for topic in topics]
            )
            through = PracticePage.systems.through
            through.objects.bulk_create(
                [through(practicepage_id=page.pk, system_id=system.pk) for page in pages for system in systems]
            )
            ids += [page.pk for page in pages]
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    clear_page_cache()  # as publishing does: visitors' cached listings must show them
    return ids


def _insert_practice_rows(pages: list[Page], values: dict[int, dict], numbers: range) -> None:
    """The practice table's own rows (Django's bulk_create refuses multi-table models: one INSERT here)."""
    local = list(PracticePage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in local)
    marks = ", ".join(["%s"] * len(local))
    rows = []
    for page, number in zip(pages, numbers, strict=True):
        row = PracticePage(pk=page.pk, page_ptr_id=page.pk, **values[number])
        if row.year is None:
            row.year = (row.live_on or row.started_on).year
        rows.append([field.get_db_prep_save(getattr(row, field.attname), connection) for field in local])
    with connection.cursor() as cursor:
        # Table and column names come from the model, values go as parameters.
        table = connection.ops.quote_name(PracticePage._meta.db_table)
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608
