"""Run the periodic work of events: retry failed mails, queue due reminders, purge old personal data."""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections

from events import services, tasks

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Retry outbox mails whose time has come (and mails whose task was lost), queue the reminders of events "
        "whose reminder day has come, and purge registrations of events past the retention period. Runs once "
        "(for cron or a systemd timer); with --every SECONDS it repeats forever (for a scheduler process). "
        "Prints one summary line per run."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            metavar="SECONDS",
            help="Repeat forever, sleeping this many seconds between runs.",
        )

    def handle(self, *args: Any, every: int | None = None, **options: Any) -> None:
        if every is None:
            self.stdout.write(self.run_once())
            return
        if every < 1:
            raise CommandError("--every needs at least 1 second.")
        try:
            while True:
                # A long-lived process must not hold on to a connection the database has dropped.
                close_old_connections()
                try:
                    self.stdout.write(self.run_once())
                except Exception:  # one failed run (database restarting…) must not stop the scheduler
                    logger.exception("Scheduled tasks of events failed; trying again in %s s", every)
                    self.stderr.write(f"Run failed; trying again in {every} s.")
                time.sleep(every)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")

    def run_once(self) -> str:
        """One run of the three jobs; returns the summary line."""
        sent = tasks.retry_failed_mails()
        # Reminder mails are queued with the task that sends them once each event's transaction commits.
        reminders = services.queue_due_reminders()
        purged = services.purge_personal_data()
        return f"Mails retried and sent: {sent}; reminders queued: {reminders}; registrations purged: {purged}."
