"""What search keeps in the database: one entry per findable thing, the glossary, saved searches, query counts.

`SearchEntry` is the analysed form of a practice, event, group, public thread
or standard page (every published translation of it in one row): the text of
each language version, its lemmas and its facet values. The database fallback
searches these rows; the engine receives them as documents. A row whose
`synced_at` is empty (or older than `changed_at`) has not reached the engine
yet, so nothing is lost while the engine is down.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from portal.outbox import OutboxMail


class SearchEntry(models.Model):
    """One findable thing in every language it is published in, analysed for search."""

    class Type(models.TextChoices):
        PRACTICE = "practice", _("Practice")
        EVENT = "event", _("Event")
        GROUP = "group", _("Working group")
        THREAD = "thread", _("Discussion")
        PAGE = "page", _("Page")

    key = models.CharField(max_length=80, unique=True, help_text="type:translation key (pages) or type:pk (threads)")
    type = models.CharField(max_length=10, choices=Type.choices, db_index=True)
    # {language: {"id", "title", "url", "summary", "body"}} of each published version.
    versions = models.JSONField(default=dict)
    original_language = models.CharField(max_length=8)
    languages = models.CharField(max_length=40, help_text="' bg en ': the languages it can be read in")
    title_lemmas = models.TextField(blank=True)
    lemmas = models.TextField(blank=True, help_text="Lemmas of every version's text, in order")
    external_id = models.CharField(max_length=100, blank=True)
    topics = models.CharField(max_length=600, blank=True, help_text="' slug slug ': topic slugs")
    systems = models.CharField(max_length=600, blank=True)
    country = models.CharField(max_length=2, blank=True)
    region = models.CharField(max_length=120, blank=True)
    band = models.CharField(max_length=4, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=12, blank=True)
    date = models.DateTimeField(null=True, blank=True, help_text="Published (or, for events, when it starts)")
    changed_at = models.DateTimeField(db_index=True)
    synced_at = models.DateTimeField(null=True, blank=True)
    # Kept (without text) until the engine has forgotten it too.
    deleted = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["deleted", "type"], name="search_entry_live_type")]

    def __str__(self) -> str:
        return self.key


class SearchTerm(models.Model):
    """The database fallback's inverted index: how much a lemma weighs in an entry (title words count more)."""

    term = models.CharField(max_length=60)
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="terms")
    weight = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["term", "entry"], name="search_term_lookup")]
        constraints = [models.UniqueConstraint(fields=["entry", "term"], name="search_term_once_per_entry")]

    def __str__(self) -> str:
        return self.term


class GlossaryConcept(TranslatableMixin, models.Model):
    """An e-government concept and the words people use for it in one language (its translations: the others).

    A query that names the concept in any language also looks for the terms
    of every translation: "документообіг" finds "obieg dokumentów" and "EZD".
    """

    name = models.CharField(_("name"), max_length=120)
    terms = models.TextField(
        _("terms"),
        help_text=_("One word or phrase per line, as people type it: full names, short forms, acronyms."),
    )

    panels = [FieldPanel("name"), FieldPanel("terms")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("glossary concept")
        verbose_name_plural = _("glossary concepts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def term_list(self) -> list[str]:
        lines = [line.strip() for line in self.terms.splitlines()]
        return [line for line in [self.name.strip(), *lines] if line]


class SavedSearch(models.Model):
    """A member's search (query and filters) with a daily email alert and an Atom feed of new practices."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=120)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    query = models.CharField(max_length=200, blank=True)
    filters = models.JSONField(default=dict)
    alert = models.BooleanField(_("email me new practices daily"), default=True)
    feed_token = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Practices published after this moment are "new" for the next alert.
    checked_at = models.DateTimeField()

    class Meta:
        verbose_name = _("saved search")
        verbose_name_plural = _("saved searches")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name


class QueryStat(models.Model):
    """How often a query was searched in a language on a day and how often it found nothing — nobody's name."""

    day = models.DateField()
    language = models.CharField(max_length=8)
    query = models.CharField(max_length=200)
    searches = models.PositiveIntegerField(default=0)
    empty = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [models.UniqueConstraint(fields=["day", "language", "query"], name="search_querystat_unique")]

    def __str__(self) -> str:
        return self.query


class SearchAlertMail(OutboxMail):
    """A saved search's daily alert in the outbox: the new practices that match, listed when it was written."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="mails")
    # [{"title", "url", "language"}] of the new practices, in the search's language where they exist.
    items = models.JSONField(default=list)

    related_for_sending = ("saved_search__user",)

    class Meta:
        verbose_name = _("saved search alert")
        verbose_name_plural = _("saved search alerts")

    def __str__(self) -> str:
        return f"alert #{self.pk}"

    def build_message(self):
        from search.saved import alert_message

        return alert_message(self)
