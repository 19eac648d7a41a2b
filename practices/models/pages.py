"""Page types of case studies: the library (one per language) and the case study itself."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.models.pages import BasePage
from portal.routes import view_route

TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]

# Population bands shown and filtered on: (key, lower bound inclusive, upper bound exclusive or None, label).
POPULATION_BANDS = [
    ("xs", 0, 5_000, _("under 5,000")),
    ("s", 5_000, 20_000, _("5,000–20,000")),
    ("m", 20_000, 50_000, _("20,000–50,000")),
    ("l", 50_000, 100_000, _("50,000–100,000")),
    ("xl", 100_000, None, _("over 100,000")),
]


def population_band(population: int | None) -> tuple[str, str] | None:
    """(key, label) of the band `population` falls in, or None when it is not known."""
    if population is None:
        return None
    for key, low, high, label in POPULATION_BANDS:
        if population >= low and (high is None or population < high):
            return key, str(label)
    return None


class PracticeIndexPage(RoutablePageMixin, BasePage):
    """The library of case studies in one language, under the home page; filters, comparison, feeds and exports.

    Routes: the filtered list (""), compare/, feed/ and feed/<topic>/ (Atom),
    export/csv/ and export/json/ (every published practice, open data); a
    member's submission: submit/, drafts/<id>/ (preview), drafts/<id>/step/<step>/,
    drafts/<id>/submit/; the reviewers' review/ and review/<id>/.
    """

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count_per_parent = 1
    template = "practices/practice_index_page.html"

    class Meta:
        verbose_name = _("practice library")

    index_route = view_route("", "index", "practices.views.library.library")
    compare_route = view_route("compare/", "compare", "practices.views.library.compare")
    feed_route = view_route("feed/", "feed", "practices.views.open_data.feed")
    topic_feed_route = view_route("feed/<slug:topic>/", "topic_feed", "practices.views.open_data.feed")
    export_csv_route = view_route("export/csv/", "export_csv", "practices.views.open_data.export", fmt="csv")
    submit_route = view_route("submit/", "submit", "practices.views.submission.start")
    draft_preview_route = view_route(
        "drafts/<int:page_id>/", "draft_preview", "practices.views.submission.draft_preview"
    )
    draft_step_route = view_route(
        "drafts/<int:page_id>/step/<slug:step>/", "draft_step", "practices.views.submission.draft_step"
    )
    draft_submit_route = view_route(
        "drafts/<int:page_id>/submit/", "draft_submit", "practices.views.submission.draft_submit"
    )
    review_list_route = view_route("review/", "review_list", "practices.views.submission.review_list")
    review_route = view_route("review/<int:page_id>/", "review_detail", "practices.views.submission.review_detail")
    export_json_route = view_route("export/json/", "export_json", "practices.views.open_data.export", fmt="json")


class PracticePage(RoutablePageMixin, BasePage):
    """A case study: what a community did, with structured facts that can be filtered and compared.

    Written in one language (the page's locale) and translated with
    wagtail-localize; the facts (dates, figures, place, systems) are the same
    in every translation. Adoptions, "useful" votes and messages to the
    implementers hang on the `Practice` row shared by the translations.
    """

    class Status(models.TextChoices):
        PILOT = "pilot", _("Pilot")
        IMPLEMENTED = "implemented", _("Implemented")
        SCALED = "scaled", _("Scaled up")

    summary = models.TextField(
        _("summary"), max_length=600, help_text=_("Two or three sentences: what and with what result.")
    )
    problem = RichTextField(_("the problem"), features=TEXT_FEATURES, blank=True)
    actions = RichTextField(_("what was done"), features=TEXT_FEATURES, blank=True)
    results = RichTextField(_("results"), features=TEXT_FEATURES, blank=True, help_text=_("With figures."))
    lessons = RichTextField(_("lessons learned"), features=TEXT_FEATURES, blank=True)

    started_on = models.DateField(_("start"), null=True, blank=True)
    live_on = models.DateField(_("go-live"), null=True, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        help_text=_("The year it went live (or started); filled in from the dates when left empty."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.IMPLEMENTED)

    cost = models.DecimalField(_("cost"), max_digits=14, decimal_places=2, null=True, blank=True)
    currency = models.CharField(
        _("currency"), max_length=3, default="EUR", help_text=_("ISO 4217 code: EUR, BGN, UAH, PLN…")
    )
    funding = models.CharField(_("funding source"), max_length=300, blank=True)

    # The rollout template of document-management and e-service projects (the "key facts").
    staff_trained = models.PositiveIntegerField(_("staff trained"), null=True, blank=True)
    electronic_share = models.PositiveSmallIntegerField(
        _("share of documents handled electronically (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    units_connected = models.PositiveIntegerField(
        _("units connected"), null=True, blank=True, help_text=_("Offices, schools, municipal companies…")
    )

    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=120, blank=True)
    population = models.PositiveIntegerField(
        _("population"), null=True, blank=True, help_text=_("Inhabitants served; shown as a size band.")
    )
    organisations = ParentalManyToManyField(
        "portal.Organisation", verbose_name=_("organisations"), blank=True, related_name="practices"
    )
    topics = ParentalManyToManyField("practices.Topic", verbose_name=_("topics"), blank=True, related_name="practices")
    systems = ParentalManyToManyField(
        "practices.System", verbose_name=_("systems and products"), blank=True, related_name="practices"
    )
    working_group = models.ForeignKey(
        "forums.WorkingGroupPage",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    origin = models.ForeignKey(
        "practices.Practice",
        verbose_name=_("adapted from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="adaptations",
        help_text=_("The practice this one repeated, when it began as an adoption."),
    )
    external_id = models.CharField(
        _("external identifier"), max_length=100, blank=True, db_index=True, help_text=_("Set by imports.")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practices",
        help_text=_("The member who submitted it from the site."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("problem"),
        FieldPanel("actions"),
        FieldPanel("results"),
        FieldPanel("lessons"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("started_on"), FieldPanel("live_on"), FieldPanel("year")]),
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("cost"), FieldPanel("currency")]),
                FieldPanel("funding"),
            ],
            heading=_("Timeline, cost and funding"),
        ),
        MultiFieldPanel(
            [FieldPanel("staff_trained"), FieldPanel("electronic_share"), FieldPanel("units_connected")],
            heading=_("Key facts of the rollout"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisations"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("population")]),
            ],
            heading=_("Who and where"),
        ),
        FieldPanel("topics"),
        FieldPanel("systems"),
        FieldPanel("working_group"),
        FieldPanel("origin"),
        InlinePanel("images", label=_("images")),
        InlinePanel("attachments", label=_("attachments")),
        InlinePanel("contacts", label=_("contacts"), help_text=_("Never shown: visitors write through a form.")),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("external_id"), FieldPanel("author")]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("problem"),
        index.SearchField("actions"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.FilterField("status"),
        index.FilterField("year"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types: list[str] = []
    template = "practices/practice_page.html"

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        permissions = [("review_practicepage", _("Can review the practices of every working group"))]

    def get_workflow(self):
        """The working-group review, wherever the page sits (set up by the practices migrations)."""
        from practices.review import review_workflow

        return review_workflow() or super().get_workflow()

    def save(self, *args, **kwargs):
        if self.year is None:
            day = self.live_on or self.started_on
            self.year = day.year if day else None
        return super().save(*args, **kwargs)

    @property
    def months_to_go_live(self) -> int | None:
        if not (self.started_on and self.live_on) or self.live_on < self.started_on:
            return None
        return (self.live_on.year - self.started_on.year) * 12 + self.live_on.month - self.started_on.month

    @property
    def population_band(self) -> tuple[str, str] | None:
        return population_band(self.population)

    practice_route = view_route("", "practice", "practices.views.practice.practice")
    useful_route = view_route("useful/", "useful", "practices.views.practice.useful")
    adopt_route = view_route("adopt/", "adopt", "practices.views.practice.adopt")
    contact_route = view_route("contact/", "contact", "practices.views.practice.contact")


class PracticeImage(Orderable):
    """A picture of the practice, with the text a screen reader says instead."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("text alternative"), max_length=250, help_text=_("What the picture shows, for people who cannot see it.")
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]


class PracticeAttachment(Orderable):
    """A document of the practice: a plan, a contract template, an internal rule."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("Shown instead of the file name."))

    panels = [FieldPanel("document"), FieldPanel("title")]


class PracticeContact(Orderable):
    """Someone who can tell more: their address is never shown, messages reach them through a form."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=160)
    role = models.CharField(_("role"), max_length=160, blank=True)
    email = models.EmailField(_("email"))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("email")]
