from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The portal's public search: index entries, the engine behind an alias, the database fallback, the glossary."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        from portal import outbox, scheduler
        from portal.demo import register_builder
        from search import account, indexing, saved
        from search.demo import build_glossary
        from search.models import SearchAlertMail

        indexing.connect()
        account.connect()
        outbox.register_outbox(SearchAlertMail)
        scheduler.register_job("search updates sent", lambda: indexing.push_pending())
        scheduler.register_job("saved-search alerts written", lambda: saved.send_alerts())
        register_builder(build_glossary)
