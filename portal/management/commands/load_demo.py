"""Build the demo site: page tree in four languages, organisations, one user per role."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.demo.build import build_demo


class Command(BaseCommand):
    help = (
        "Create or refresh the demo content: home, about, privacy notice, accessibility statement, "
        "contact form and organisation directory in en, bg, uk and pl; demo organisations; one user per role. "
        "Idempotent. Refuses to run with production settings."
    )

    def handle(self, *args, **options):
        if settings.SETTINGS_MODULE.endswith(".production"):
            raise CommandError("The demo content must not be loaded with production settings.")
        with transaction.atomic():
            summary = build_demo()
        for line in summary:
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
