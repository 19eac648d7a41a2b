from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    """Working groups, their discussions, the network's question board, and notifications."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "forums"
    verbose_name = _("Working groups")

    def ready(self) -> None:
        from forums import account, signals
        from forums.models import ForumMail
        from portal import outbox, scheduler

        account.connect()
        signals.connect()
        outbox.register_outbox(ForumMail)
        scheduler.register_job("digests sent", lambda: _send_digests())

        from forums.demo import build_forums
        from portal.demo import register_builder

        register_builder(build_forums)


def _send_digests() -> int:
    from forums import notifications

    return notifications.send_due_digests()
