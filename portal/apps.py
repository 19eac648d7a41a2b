from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project package: accounts, organisations, shared pages and layout."""

    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal import cache, outbox, scheduler, services  # noqa: F401  (signal handlers, privacy exporters)

        # First in every run's summary: the outboxes of all apps, retried together.
        scheduler.register_job("mails retried and sent", lambda: outbox.retry_failed_mails())
