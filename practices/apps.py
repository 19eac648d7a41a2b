from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """Best-practice case studies: pages, topics and systems, adoptions, votes and messages to implementers."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "practices"
    verbose_name = _("Practices")

    def ready(self) -> None:
        from portal import outbox
        from portal.demo import register_builder
        from practices import account
        from practices.demo import build_practices
        from practices.models import PracticeMail

        account.connect()
        outbox.register_outbox(PracticeMail)

        register_builder(build_practices)  # after the forums' (INSTALLED_APPS order): practices belong to groups
