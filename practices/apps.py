from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    """Best-practice case studies and their taxonomies (topics now; practices follow)."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "practices"
    verbose_name = _("Practices")
