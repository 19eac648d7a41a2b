"""Taxonomies shared by case studies, working groups and questions: topics and systems."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class Topic(TranslatableMixin, models.Model):
    """A theme of e-government work (e-services, document management…), one row per language.

    Translations share a `translation_key`; the slug is the same in every
    language, so a filter or an import names a topic the same way everywhere.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="practices_topic_unique_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name


class System(TranslatableMixin, models.Model):
    """A product or system used in practices (a document-management system, a payment gateway…), per language.

    The name is usually the same everywhere; the description and licence
    wording are what translations change. The slug names it in filters and
    imports in every language.
    """

    class Licence(models.TextChoices):
        OPEN_SOURCE = "open_source", _("Open source")
        PROPRIETARY = "proprietary", _("Proprietary")
        PUBLIC = "public", _("Provided free by the state")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=False)
    vendor = models.CharField(_("vendor"), max_length=160, blank=True)
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("vendor"),
        FieldPanel("licence"),
        FieldPanel("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("system")
        verbose_name_plural = _("systems")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="practices_system_unique_slug_per_locale"),
        ]

    def __str__(self) -> str:
        return self.name
