"""search_health: the engine, the alias, documents against the database, and how far updates lag."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from search.health import health


class Command(BaseCommand):
    help = "Report the search engine, its alias, document counts against the database and the update lag."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args, **options) -> None:
        import json

        report = health()
        if options["json"]:
            self.stdout.write(json.dumps(report, indent=2, default=str))
        else:
            for name, value in report.items():
                self.stdout.write(f"{name}: {value}")
        if not report["ok"]:
            self.stderr.write(self.style.ERROR("Search needs attention: " + "; ".join(report["problems"])))
            raise SystemExit(1)
