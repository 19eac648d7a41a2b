"""Import case studies from a JSON file, all or nothing (format: docs/import-practices.md)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from practices import importer


class Command(BaseCommand):
    help = (
        "Import case studies from a JSON file (format: docs/import-practices.md). The whole file is checked "
        "first: if anything is wrong, every problem is listed and nothing is imported. Practices are matched by "
        "external_id and language, so importing the same file again changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="The JSON file to import.")

    def handle(self, *args: Any, file: str, **options: Any) -> None:
        try:
            report = importer.import_practices(importer.read_import_file(file))
        except importer.ImportRefused as refusal:
            count = len(refusal.problems)
            raise CommandError(
                f"{file}: nothing was imported ({count} problem{'s' if count != 1 else ''}):\n"
                + "\n".join(refusal.problems)
            ) from refusal
        if options["verbosity"] > 1:
            for external_id, language, outcome in report.outcomes:
                self.stdout.write(f"{outcome}: {external_id} ({language})")
            self.stdout.write(f"Topic rows renamed: {report.topics_renamed}")
        self.stdout.write(self.style.SUCCESS(report.summary()))
