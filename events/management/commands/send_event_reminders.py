"""Queue the reminder mails of every event whose reminder day has come."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from events import services


class Command(BaseCommand):
    help = (
        "Queue one reminder per confirmed registrant of each live event whose reminder day (the event's "
        "'reminder (days before)') has come. Each event is reminded once, however often this runs; "
        "run_scheduled_tasks does this too."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        queued = services.queue_due_reminders()
        self.stdout.write(f"Reminders queued: {queued}.")
