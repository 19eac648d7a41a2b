from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from events import account, signals  # noqa: F401  (signals connects publish hooks)

        account.connect()

        from events.demo import build_events
        from portal.demo import register_builder

        register_builder(build_events)
