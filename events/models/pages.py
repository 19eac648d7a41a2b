"""Event pages: the listing of events and each event with its programme and registration settings."""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from events.blocks import MaterialsBlock, ProgrammeBlock, RegistrationQuestionsBlock
from portal.blocks import BodyBlock
from portal.models.pages import BasePage
from portal.models.users import User
from portal.routes import view_route


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones()) if "/" in name]


class EventIndexPage(RoutablePageMixin, BasePage):
    """The list of events under a home page: upcoming first, past on request, with filters."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    index_route = view_route("", "index", "events.views.pages.event_index")
    feed_route = view_route("calendar/", "feed", "events.views.calendar.calendar_feed")


class EventPageForm(WagtailAdminPageForm):
    """Times in the admin are the wall-clock times of the event's own timezone.

    An organiser in Sofia setting up a training in Kyiv types "09:00" and
    means nine in Kyiv, whatever the admin's own timezone is.
    """

    WALL_CLOCK_FIELDS = ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")

    audience_roles = forms.MultipleChoiceField(
        label=_("audience"), choices=User.Role.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk and instance.timezone:
            event_zone = zoneinfo.ZoneInfo(instance.timezone)
            for name in self.WALL_CLOCK_FIELDS:
                value = getattr(instance, name, None)
                if name in self.fields and value is not None:
                    wall = timezone.localtime(value, event_zone).replace(tzinfo=None)
                    self.initial[name] = timezone.make_aware(wall, timezone.get_current_timezone())

    @staticmethod
    def in_event_zone(value: datetime, zone_name: str) -> datetime:
        """The wall-clock time typed in the admin (read in the admin's timezone) as a time of the event's."""
        wall = timezone.localtime(value, timezone.get_current_timezone()).replace(tzinfo=None)
        return timezone.make_aware(wall, zoneinfo.ZoneInfo(zone_name))

    def clean(self):
        cleaned = super().clean()
        zone_name = cleaned.get("timezone")
        if zone_name:
            for name in self.WALL_CLOCK_FIELDS:
                if cleaned.get(name) is not None:
                    cleaned[name] = self.in_event_zone(cleaned[name], zone_name)
        starts, ends = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The event must end after it starts."))
        opens, closes = cleaned.get("registration_opens_at"), cleaned.get("registration_closes_at")
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        if cleaned.get("attendance_mode") in (EventPage.Mode.ONLINE, EventPage.Mode.HYBRID) and not cleaned.get(
            "online_url"
        ):
            self.add_error("online_url", _("An online or hybrid event needs the link to join."))
        return cleaned


class EventPage(RoutablePageMixin, BasePage):
    """A forum, conference, training, info session, webinar or working-group meeting.

    Lives under the event index of each language. Every translation of an
    event shares one `Event` row, so seats, quotas and registrations are
    counted once, whatever language people register in.
    """

    class Kind(models.TextChoices):
        FORUM = "forum", _("Forum")
        CONFERENCE = "conference", _("Conference")
        TRAINING = "training", _("Training")
        INFO_SESSION = "info_session", _("Info session")
        WEBINAR = "webinar", _("Webinar")
        GROUP_MEETING = "group_meeting", _("Working-group meeting")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.FORUM)
    # A working-group meeting is listed on its group's page.
    working_group = models.ForeignKey(
        "forums.WorkingGroupPage",
        verbose_name=_("working group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    timezone = models.CharField(_("timezone"), max_length=64, choices=timezone_choices, default=settings.TIME_ZONE)
    languages = ParentalManyToManyField(
        "wagtailcore.Locale", verbose_name=_("languages spoken"), blank=True, related_name="+"
    )
    audience_roles = models.JSONField(_("audience"), default=list, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    programme = StreamField(ProgrammeBlock(), blank=True, verbose_name=_("programme"))

    attendance_mode = models.CharField(_("attendance"), max_length=12, choices=Mode.choices, default=Mode.IN_PERSON)
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    venue_city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(
        _("link to join online"), blank=True, help_text=_("Shown only to confirmed registrants.")
    )

    registration_enabled = models.BooleanField(_("registration on the portal"), default=True)
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Seats for confirmed registrants; empty for no limit.")
    )
    waitlist_enabled = models.BooleanField(_("waiting list"), default=True)
    organisation_quota = models.PositiveSmallIntegerField(
        _("places per organisation"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("At most this many people of one organisation; empty for no limit."),
    )
    requires_approval = models.BooleanField(_("organiser approves each registration"), default=False)
    questions = StreamField(RegistrationQuestionsBlock(), blank=True, verbose_name=_("extra questions"))
    consent_text = models.TextField(
        _("consent text"),
        blank=True,
        help_text=_("What registrants agree to, e.g. how their data is used; empty for the standard text."),
    )
    reminder_days = models.PositiveSmallIntegerField(
        _("reminder (days before)"),
        default=2,
        validators=[MaxValueValidator(60)],
        help_text=_("0 for no reminder."),
    )
    certificate_hours = models.DecimalField(
        _("hours on the certificate"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Trainings only: attendees get a certificate of attendance with these hours."),
    )
    materials = StreamField(MaterialsBlock(), blank=True, verbose_name=_("materials after the event"))

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("programme"),
        index.FilterField("kind"),
        index.FilterField("starts_at"),
    ]

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("attendance_mode")]),
        FieldPanel("working_group"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("timezone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldRowPanel([FieldPanel("venue_city"), FieldPanel("country")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audience_roles"),
        FieldPanel("body"),
        FieldPanel("programme"),
        InlinePanel("speakers", label=_("Speakers")),
        InlinePanel("partners", label=_("Organisers and partners")),
        FieldPanel("materials"),
    ]
    registration_panels = [
        FieldPanel("registration_enabled"),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("organisation_quota")]),
        FieldRowPanel([FieldPanel("waitlist_enabled"), FieldPanel("requires_approval")]),
        FieldPanel("questions"),
        FieldPanel("consent_text"),
        FieldRowPanel([FieldPanel("reminder_days"), FieldPanel("certificate_hours")]),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(registration_panels, heading=_("Registration")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
        ]
    )

    class Meta:
        verbose_name = _("event page")
        ordering = ["starts_at"]

    def clean(self):
        super().clean()
        unknown = set(self.audience_roles or []) - set(User.Role.values)
        if unknown:
            raise ValidationError({"audience_roles": _("Unknown role: %(roles)s") % {"roles": ", ".join(unknown)}})
        if self.kind != self.Kind.TRAINING and self.certificate_hours:
            raise ValidationError({"certificate_hours": _("Certificates of attendance are for trainings only.")})

    # What the pages and services ask ------------------------------------------------

    def in_language(self, language: str | None = None) -> EventPage:
        """This event's page in `language` (by default the active one) when that translation is live, else this page."""
        language = language or get_language()
        if self.locale.language_code == language:
            return self
        translated = (
            EventPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language)
            .select_related("locale")
            .first()
        )
        return translated or self

    @cached_property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def local(self, moment: datetime | None) -> datetime | None:
        """A moment as the wall-clock time of the event's timezone."""
        return timezone.localtime(moment, self.zone) if moment else None

    @property
    def ends_same_day(self) -> bool:
        return self.local(self.starts_at).date() == self.local(self.ends_at).date()

    @property
    def timezone_label(self) -> str:
        return self.timezone.replace("_", " ")

    @property
    def is_past(self) -> bool:
        return self.ends_at <= timezone.now()

    @property
    def is_online(self) -> bool:
        return self.attendance_mode in (self.Mode.ONLINE, self.Mode.HYBRID)

    @property
    def has_venue(self) -> bool:
        return self.attendance_mode in (self.Mode.IN_PERSON, self.Mode.HYBRID)

    @property
    def issues_certificates(self) -> bool:
        return self.kind == self.Kind.TRAINING and bool(self.certificate_hours)

    def registration_window(self, now: datetime | None = None) -> str:
        """ "open", "not_yet" or "closed" at `now` (registration closes when the event starts at the latest)."""
        now = now or timezone.now()
        if not self.registration_enabled:
            return "closed"
        if self.registration_opens_at and now < self.registration_opens_at:
            return "not_yet"
        closes = self.registration_closes_at or self.starts_at
        if now >= min(closes, self.ends_at):
            return "closed"
        return "open"

    def audience_role_labels(self) -> list[str]:
        labels = dict(User.Role.choices)
        return [str(labels[role]) for role in self.audience_roles or [] if role in labels]

    def get_context(self, request, *args, **kwargs):
        from events.views.pages import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(request, self))
        return context

    register_route = view_route("register/", "register", "events.views.pages.register")
    ics_route = view_route("calendar/", "ics", "events.views.calendar.event_ics")
    check_in_route = view_route("check-in/", "check_in", "events.views.attendance.check_in")


class EventSpeaker(Orderable):
    """A speaker of the event, with a photo and their organisation."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    name = models.CharField(_("name"), max_length=150)
    position = models.CharField(_("position"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short biography"), blank=True, max_length=800)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organisation")]),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self) -> str:
        return self.name


class EventPartner(Orderable):
    """An organiser or partner of the event: from the directory, or named with a link."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        PARTNER = "partner", _("Partner")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="partners")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.ORGANISER)
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation from the directory"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("or its name"), max_length=200, blank=True)
    url = models.URLField(_("website"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("role"), FieldPanel("organisation")]),
        FieldRowPanel([FieldPanel("name"), FieldPanel("url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("organiser or partner")
        verbose_name_plural = _("organisers and partners")

    def clean(self):
        if not self.organisation_id and not self.name.strip():
            raise ValidationError({"name": _("Choose an organisation from the directory or enter a name.")})

    @property
    def display_name(self) -> str:
        return self.organisation.name if self.organisation_id else self.name

    @property
    def link(self) -> str:
        return self.url or (self.organisation.website if self.organisation_id else "")

    def __str__(self) -> str:
        return self.display_name
