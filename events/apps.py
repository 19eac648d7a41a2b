from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Events")

    def ready(self) -> None:
        from events import account, signals  # noqa: F401  (signals connects publish hooks)

        account.connect()

        from events import services
        from events.models import OutgoingMail
        from portal import outbox, scheduler

        outbox.register_outbox(OutgoingMail)
        # Looked up at each run, so a test can stand in for a job.
        scheduler.register_job("reminders queued", lambda: services.queue_due_reminders())
        scheduler.register_job("registrations purged", lambda: services.purge_personal_data())

        from events.demo import build_events
        from portal.demo import register_builder

        register_builder(build_events)
