"""search_eval FILE: nDCG@10, recall@10 and MRR of the search per language, on the database and on the engine."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from search import documents
from search.evaluation import evaluate, load, summary


class Command(BaseCommand):
    help = (
        "Measure relevance on an evaluation set (e.g. search/eval/demo.json over the demo content): "
        "nDCG@10, recall@10 and MRR per language, for the database and (with ELASTICSEARCH_URL) the engine."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="The evaluation set (JSON).")
        parser.add_argument("--engine", choices=["all", "database", "elasticsearch"], default="all")
        parser.add_argument("--verbose", action="store_true", help="Print each query's figures and what it found.")
        parser.add_argument(
            "--fail-under", type=float, default=None, help="Exit with status 1 if a language's nDCG@10 is below this."
        )

    def handle(self, *args, **options) -> None:
        from search.fallback import DatabaseEngine
        from search.queries import ElasticsearchEngine

        try:
            queries = load(options["file"])
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        engines = []
        if options["engine"] in ("all", "database"):
            engines.append(DatabaseEngine())
        if options["engine"] in ("all", "elasticsearch"):
            if documents.client() is None:
                if options["engine"] == "elasticsearch":
                    raise CommandError("ELASTICSEARCH_URL is not set.")
                self.stdout.write("(no ELASTICSEARCH_URL: the engine is not measured)")
            else:
                engines.append(ElasticsearchEngine())
        failed = False
        for engine in engines:
            measured = evaluate(queries, engine)
            self.stdout.write(f"\nengine: {engine.name}")
            self.stdout.write(f"{'language':<9}{'queries':>8}{'nDCG@10':>10}{'recall@10':>11}{'MRR':>8}")
            for language, figures in summary(measured).items():
                self.stdout.write(
                    f"{language:<9}{figures['queries']:>8}{figures['ndcg@10']:>10.3f}"
                    f"{figures['recall@10']:>11.3f}{figures['mrr']:>8.3f}"
                )
                if (
                    options["fail_under"] is not None
                    and language != "all"
                    and figures["ndcg@10"] < options["fail_under"]
                ):
                    failed = True
            if options["verbose"]:
                for row in measured:
                    self.stdout.write(
                        f"  {row.query_id:<8} nDCG {row.ndcg:.2f} recall {row.recall:.2f} RR {row.rr:.2f}  "
                        + " ".join(row.found[:5])
                    )
        if failed:
            raise SystemExit(1)
