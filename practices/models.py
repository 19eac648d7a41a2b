"""Taxonomies shared by case studies, working groups and questions."""

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
