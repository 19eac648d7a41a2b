"""The directory of member bodies: municipalities, communities, ministries…"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index


class OrganisationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Organisation.Status.CONFIRMED)

    def name_contains(self, query: str):
        """Organisations whose name contains `query`, ignoring case in every alphabet."""
        return self.filter(search_name__contains=query.casefold())


class Organisation(index.Indexed, models.Model):
    """A member body of the network.

    Staff manage the directory in the Wagtail admin; members may propose a
    missing organisation from their profile, which waits for staff to confirm
    it before it appears in the public directory.
    """

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        COMMUNITY = "community", _("Territorial community")
        COUNTY = "county", _("County / region")
        MINISTRY = "ministry", _("Ministry")
        AGENCY = "agency", _("Agency")
        ASSOCIATION = "association", _("Association")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        PROPOSED = "proposed", _("Proposed by a member")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MUNICIPALITY)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=120, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The name case-folded in Python: SQLite's LIKE folds ASCII only and PostgreSQL's
    # ILIKE depends on the cluster's locale, so "ГРОМАДА" or "MAŁE" would not match.
    search_name = models.CharField(max_length=200, editable=False, db_index=True, default="")

    objects = OrganisationQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("region"), FieldPanel("population")],
            heading=_("Where"),
        ),
        FieldPanel("website"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="organisation_unique_name_per_country"),
        ]
        indexes = [models.Index(fields=["status", "country", "kind"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = self.name.casefold()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)
