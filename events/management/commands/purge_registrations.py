"""Purge the personal data of registrations for events that ended more than the retention period ago."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db.models import Count
from django.utils import timezone

from events import services
from events.models import Event, Registration


class Command(BaseCommand):
    help = (
        "Delete the registrations of events that ended more than EVENT_REGISTRATION_RETENTION_DAYS ago. "
        "Each event keeps its counts by state; certificates of attendance stay. "
        "--dry-run lists what would be purged and changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="List what would be purged; delete nothing.")

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        if not dry_run:
            purged = services.purge_personal_data()
            self.stdout.write(f"Registrations purged: {purged}.")
            return
        # The same selection as services.purge_personal_data.
        cutoff = timezone.now() - timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
        events = (
            Event.objects.filter(page__ends_at__lt=cutoff, registrations__isnull=False)
            .distinct()
            .select_related("page")
            .order_by("page__ends_at", "pk")
        )
        total = 0
        for event in events:
            rows = Registration.objects.filter(event=event).values("state").annotate(n=Count("id")).order_by("state")
            counts = {row["state"]: row["n"] for row in rows}
            total += sum(counts.values())
            detail = ", ".join(f"{state} {n}" for state, n in counts.items())
            ended = timezone.localtime(event.page.ends_at).date().isoformat()
            self.stdout.write(f"{event.page.title} (ended {ended}): {sum(counts.values())} ({detail})")
        self.stdout.write(f"Would purge {total} registration(s); nothing was deleted (--dry-run).")
