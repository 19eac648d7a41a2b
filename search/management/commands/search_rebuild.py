"""search_rebuild: rebuild every search entry from the content, fill a new index and swap the alias to it."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = (
        "Rebuild the search entries from the published content; with ELASTICSEARCH_URL, fill a new index "
        "and point the alias at it (searches keep answering from the old index meanwhile)."
    )

    def handle(self, *args, **options) -> None:
        summary = rebuild(report=lambda line: self.stdout.write(line))
        if summary["index"] is None:
            self.stdout.write("No ELASTICSEARCH_URL: the database answers searches from these entries.")
        self.stdout.write(self.style.SUCCESS("Search rebuilt."))
