"""Who comes: the event behind all translations, registrations, their mails and certificates.

State changes go through `events.services`; these models only describe.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.outbox import OutboxMail

# Named in migration 0003; the function serves every page-shared row.
from portal.translated import move_to_a_remaining_translation


class Event(models.Model):
    """The event behind every translation of an `EventPage`.

    Registrations hang here, not on a page, so that the English and the
    Bulgarian page of one forum share their seats. The row is also what a
    registration locks (PostgreSQL row lock; SQLite's IMMEDIATE transactions
    serialise writers anyway), and it keeps anonymous counts once personal
    data has been purged.
    """

    translation_key = models.UUIDField(unique=True, editable=False)
    # The original page, whose settings count for every translation.
    page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event page"),
        on_delete=move_to_a_remaining_translation,
        related_name="+",
    )
    purged_at = models.DateTimeField(_("personal data purged"), null=True, blank=True)
    purged_counts = models.JSONField(_("counts kept after the purge"), default=dict, blank=True)
    reminders_sent_at = models.DateTimeField(null=True, blank=True)
    # When and where, as last published: a change tells registrants (events.signals).
    published_schedule = models.CharField(max_length=600, blank=True, editable=False)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return self.page.title


class Registration(models.Model):
    """One person's place (or wish for a place) at an event."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending approval")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        REJECTED = "rejected", _("Rejected")
        ATTENDED = "attended", _("Attended")

    # Registrations that hold the person's place in the event (one per email).
    ACTIVE_STATES = (State.PENDING, State.CONFIRMED, State.WAITLISTED, State.ATTENDED)
    # Registrations that take a seat.
    SEATED_STATES = (State.CONFIRMED, State.ATTENDED)

    event = models.ForeignKey(Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations")
    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)
    state = models.CharField(_("state"), max_length=12, choices=State.choices, db_index=True)

    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    # Lower-cased email: one active registration per address and event.
    email_key = models.CharField(max_length=254, editable=False)
    organisation = models.ForeignKey(
        "portal.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    # What the per-organisation quota counts: the directory entry, else the name as typed.
    organisation_key = models.CharField(max_length=220, blank=True, editable=False, db_index=True)
    role = models.CharField(_("role"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES, default="en")
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent_text = models.TextField(_("consent given to"), blank=True)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations_made",
    )

    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    attended_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email_key"],
                condition=Q(state__in=["pending", "confirmed", "waitlisted", "attended"]),
                name="one_active_registration_per_email",
            )
        ]
        indexes = [
            models.Index(fields=["event", "state"]),
            models.Index(fields=["event", "organisation_key", "state"]),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.get_state_display()})"

    @property
    def is_active(self) -> bool:
        return self.state in self.ACTIVE_STATES

    @property
    def has_seat(self) -> bool:
        return self.state in self.SEATED_STATES


class EventMessage(models.Model):
    """A message an organiser sends to everyone confirmed for an event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="messages")
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=10000)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("message to registrants")
        verbose_name_plural = _("messages to registrants")

    def __str__(self) -> str:
        return self.subject


class OutgoingMail(OutboxMail):
    """A mail owed to a registrant, written in the same transaction as the change it reports (portal/outbox.py)."""

    class Kind(models.TextChoices):
        CONFIRMED = "confirmed", _("Registration confirmed")
        PENDING = "pending", _("Registration received, awaiting approval")
        WAITLISTED = "waitlisted", _("On the waiting list")
        PROMOTED = "promoted", _("Moved from the waiting list")
        REJECTED = "rejected", _("Registration not accepted")
        CANCELLED = "cancelled", _("Registration cancelled")
        REMINDER = "reminder", _("Reminder")
        CHANGED = "changed", _("Event changed")
        MESSAGE = "message", _("Message from the organisers")

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="mails")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    message = models.ForeignKey(EventMessage, null=True, blank=True, on_delete=models.CASCADE, related_name="mails")

    related_for_sending = ("registration", "registration__event", "message")

    class Meta:
        verbose_name = _("outgoing mail")
        verbose_name_plural = _("outgoing mails")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} → {self.registration_id}"

    def build_message(self):
        from events.mails import build_message

        return build_message(self)


class Certificate(models.Model):
    """A certificate of attendance for a training, verifiable by anyone with its code.

    It copies what it certifies (name, event, date, hours) so that it stays
    verifiable after the registration's personal data is purged.
    """

    code = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registration = models.OneToOneField(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificate"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    # Kept (and verifiable) when the event and its registrations are gone.
    event = models.ForeignKey(Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="certificates")
    full_name = models.CharField(_("full name"), max_length=150)
    event_title = models.CharField(_("event"), max_length=255)
    event_date = models.DateField(_("date"))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    class Meta:
        verbose_name = _("certificate of attendance")
        verbose_name_plural = _("certificates of attendance")

    def __str__(self) -> str:
        return f"{self.full_name} — {self.event_title}"
