"""Run the periodic jobs of every app once, or forever with --every."""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import close_old_connections

from portal import scheduler

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Run every app's periodic jobs: retry outbox mails whose time has come (and mails whose task was lost), "
        "queue due event reminders, purge registrations past the retention period, send forum digests. Runs "
        "once (for cron or a systemd timer); with --every SECONDS it repeats forever (for a scheduler process). "
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
                    logger.exception("Scheduled jobs failed; trying again in %s s", every)
                    self.stderr.write(f"Run failed; trying again in {every} s.")
                time.sleep(every)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")

    def run_once(self) -> str:
        """One run of every registered job; returns the summary line."""
        counts = [f"{label}: {job()}" for label, job in scheduler.jobs().items()]
        summary = "; ".join(counts)
        return summary[:1].upper() + summary[1:] + "."
