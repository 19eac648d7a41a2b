"""The rules of registration: every state change of a registration happens here.

Each function runs in one transaction that first locks the event's row, so
concurrent registrations, cancellations and promotions for one event take
turns: on PostgreSQL through `SELECT … FOR UPDATE`, on SQLite because the
project opens every transaction with `BEGIN IMMEDIATE` (one writer at a
time). Counting and inserting inside that turn is what keeps an event from
being overbooked; a partial unique index backs the one-registration-per-email
rule at the database level.

Mails are written to the outbox (`OutgoingMail`) in the same transaction and
sent by a task after commit, so a state change and its mail stand or fall
together.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Certificate, Event, EventMessage, EventPage, OutgoingMail, Registration
from portal import outbox, translated
from portal.models import Organisation, User
from portal.services import Refusal

State = Registration.State


class RegistrationError(Refusal):
    """A registration rule refused the change (capacity, window, quota, state)."""


@dataclass
class Registrant:
    """Who is being registered, as the form or the admin gives it."""

    full_name: str
    email: str
    organisation: Organisation | None = None
    organisation_name: str = ""
    role: str = ""
    language: str = "en"
    answers: dict[str, Any] = field(default_factory=dict)
    consent_text: str = ""


# Finding the event ---------------------------------------------------------------


def source_page(page: EventPage) -> EventPage:
    """The original of a translated event page (the first created): its settings count for all."""
    return translated.source_page(page)


def event_for_page(page: EventPage) -> Event:
    """The `Event` shared by `page` and its translations, created on first use."""
    return translated.row_for_page(Event, page)


def _locked(event: Event) -> tuple[Event, EventPage]:
    """Lock the event's row for this transaction and read its settings from the live source page."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    page = EventPage.objects.get(pk=event.page_id)
    return event, page


# Counting ------------------------------------------------------------------------


def seats_taken(event: Event) -> int:
    return Registration.objects.filter(event=event, state__in=Registration.SEATED_STATES).count()


def seats_left(event: Event, page: EventPage) -> int | None:
    """Free seats, or None when the event has no capacity limit."""
    if page.capacity is None:
        return None
    return max(page.capacity - seats_taken(event), 0)


def counts_by_state(event: Event) -> dict[str, int]:
    counts = dict.fromkeys(State.values, 0)
    for row in Registration.objects.filter(event=event).values("state").annotate(n=Count("id")):
        counts[row["state"]] = row["n"]
    for state, n in (event.purged_counts or {}).items():
        counts[state] = counts.get(state, 0) + n
    return counts


def availability(page: EventPage, now: datetime | None = None) -> str:
    """What a visitor sees: "open", "waitlist", "full", "not_yet", "closed" or "past"."""
    now = now or timezone.now()
    if page.ends_at <= now:
        return "past"
    window = page.registration_window(now)
    if window != "open":
        return window
    source = source_page(page) if page.pk else page
    event = event_for_page(source)
    left = seats_left(event, source)
    if left is None or left > 0:
        return "open"
    return "waitlist" if source.waitlist_enabled else "full"


def organisation_key(organisation: Organisation | None, name: str) -> str:
    if organisation is not None:
        return f"org:{organisation.pk}"
    name = " ".join(name.split()).casefold()
    return f"name:{name}" if name else ""


# Registering ---------------------------------------------------------------------


def register_for_event(
    page: EventPage,
    registrant: Registrant,
    *,
    user: User | None = None,
    registered_by: User | None = None,
    now: datetime | None = None,
) -> Registration:
    """Register someone: confirmed, waitlisted or pending approval, or a `RegistrationError`.

    `user` is the registrant's own account when they register themselves;
    `registered_by` is the member who registered a colleague.
    """
    now = now or timezone.now()
    email_key = registrant.email.strip().lower()
    if registered_by is not None:
        _check_may_register_colleagues(registered_by, registrant)
    with transaction.atomic():
        event, settings_page = _locked(event_for_page(page))
        if settings_page.ends_at <= now or settings_page.registration_window(now) != "open":
            raise RegistrationError("closed", _("Registration for this event is closed."))
        if Registration.objects.filter(event=event, email_key=email_key, state__in=Registration.ACTIVE_STATES).exists():
            raise RegistrationError(
                "duplicate", _("%(email)s is already registered for this event.") % {"email": registrant.email}
            )
        org_key = organisation_key(registrant.organisation, registrant.organisation_name)
        quota = settings_page.organisation_quota
        if quota and org_key:
            taken = Registration.objects.filter(
                event=event, organisation_key=org_key, state__in=Registration.ACTIVE_STATES
            ).count()
            if taken >= quota:
                raise RegistrationError(
                    "quota",
                    _("Your organisation already has %(count)d registration(s), the most this event allows.")
                    % {"count": taken},
                )
        left = seats_left(event, settings_page)
        if settings_page.requires_approval:
            state = State.PENDING
        elif left is None or left > 0:
            state = State.CONFIRMED
        elif settings_page.waitlist_enabled:
            state = State.WAITLISTED
        else:
            raise RegistrationError("full", _("This event is full and has no waiting list."))

        registration = Registration(
            event=event,
            state=state,
            full_name=registrant.full_name.strip(),
            email=registrant.email.strip(),
            email_key=email_key,
            organisation=registrant.organisation,
            organisation_name=(
                registrant.organisation.name if registrant.organisation else registrant.organisation_name
            ).strip(),
            organisation_key=org_key,
            role=registrant.role,
            language=registrant.language,
            answers=registrant.answers,
            consent_text=registrant.consent_text,
            user=user,
            registered_by=registered_by,
            confirmed_at=now if state == State.CONFIRMED else None,
            waitlisted_at=now if state == State.WAITLISTED else None,
        )
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError as error:  # the partial unique index: a concurrent duplicate got in first
            raise RegistrationError(
                "duplicate", _("%(email)s is already registered for this event.") % {"email": registrant.email}
            ) from error
        _queue_mail(registration, state)
        _refresh_if_availability_changed(event, settings_page, left)
    return registration


def _check_may_register_colleagues(member: User, registrant: Registrant) -> None:
    if member.organisation_id is None:
        raise RegistrationError("no_organisation", _("Add your organisation to your profile to register colleagues."))
    if registrant.organisation is None or registrant.organisation.pk != member.organisation_id:
        raise RegistrationError("other_organisation", _("You can register colleagues of your own organisation only."))


# Changing a registration -------------------------------------------------------------


def _lock_registration(registration: Registration) -> tuple[Registration, Event, EventPage]:
    event, page = _locked(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    return registration, event, page


def cancel_registration(registration: Registration, *, by: User | None = None) -> Registration:
    """The registrant (or a colleague who registered them, or an organiser) gives the place up.

    A freed seat goes to the first person on the waiting list, once.
    """
    with transaction.atomic():
        registration, event, page = _lock_registration(registration)
        if registration.state == State.CANCELLED:
            raise RegistrationError("already_cancelled", _("This registration was already cancelled."))
        if registration.state not in (State.PENDING, State.CONFIRMED, State.WAITLISTED):
            raise RegistrationError(
                "not_cancellable",
                _("A registration that is %(state)s cannot be cancelled.")
                % {"state": registration.get_state_display().lower()},
            )
        if page.ends_at <= timezone.now():
            raise RegistrationError("past", _("The event is over; its registrations can no longer change."))
        had_seat = registration.has_seat
        left = seats_left(event, page)
        registration.state = State.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.decided_by = by if by is not None and by.pk != registration.user_id else None
        registration.save()
        _queue_mail(registration, OutgoingMail.Kind.CANCELLED)
        if had_seat:
            promote_waitlisted(event, page)
        _refresh_if_availability_changed(event, page, left)
    return registration


def approve_registration(registration: Registration, *, by: User) -> Registration:
    """An organiser accepts a pending registration: confirmed if a seat is free, else waitlisted."""
    with transaction.atomic():
        registration, event, page = _lock_registration(registration)
        if registration.state != State.PENDING:
            raise RegistrationError("not_pending", _("Only a registration awaiting approval can be approved."))
        left = seats_left(event, page)
        now = timezone.now()
        if left is None or left > 0:
            registration.state = State.CONFIRMED
            registration.confirmed_at = now
        elif page.waitlist_enabled:
            registration.state = State.WAITLISTED
            registration.waitlisted_at = now
        else:
            raise RegistrationError("full", _("No seat is free; raise the capacity or cancel another registration."))
        registration.decided_by = by
        registration.save()
        _queue_mail(registration, registration.state)
        _refresh_if_availability_changed(event, page, left)
    return registration


def reject_registration(registration: Registration, *, by: User, reason: str = "") -> Registration:
    """An organiser turns a registration down, with a reason the registrant reads in the mail."""
    with transaction.atomic():
        registration, event, page = _lock_registration(registration)
        if registration.state not in (State.PENDING, State.WAITLISTED, State.CONFIRMED):
            raise RegistrationError(
                "not_rejectable",
                _("A registration that is %(state)s cannot be rejected.")
                % {"state": registration.get_state_display().lower()},
            )
        had_seat = registration.has_seat
        left = seats_left(event, page)
        registration.state = State.REJECTED
        registration.decision_reason = reason.strip()
        registration.decided_by = by
        registration.save()
        _queue_mail(registration, OutgoingMail.Kind.REJECTED)
        if had_seat:
            promote_waitlisted(event, page)
        _refresh_if_availability_changed(event, page, left)
    return registration


def move_from_waitlist(registration: Registration, *, by: User) -> Registration:
    """An organiser gives a free seat to this waitlisted person, ahead of the queue."""
    with transaction.atomic():
        registration, event, page = _lock_registration(registration)
        if registration.state != State.WAITLISTED:
            raise RegistrationError("not_waitlisted", _("This registration is not on the waiting list."))
        left = seats_left(event, page)
        if left is not None and left <= 0:
            raise RegistrationError("full", _("No seat is free; raise the capacity or cancel another registration."))
        _confirm_from_waitlist(registration, by=by)
        _refresh_if_availability_changed(event, page, left)
    return registration


def promote_waitlisted(event: Event, page: EventPage | None = None) -> list[Registration]:
    """Give every free seat to the waiting list, first come first served.

    Called inside the transaction that freed the seat (or after the capacity
    was raised); the event's row is locked, so a seat is given exactly once.
    """
    if page is None or not transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            event, page = _locked(event)
            return promote_waitlisted(event, page)
    if page.ends_at <= timezone.now():
        return []
    left = seats_left(event, page)
    queue = Registration.objects.select_for_update().filter(event=event, state=State.WAITLISTED)
    queue = queue.order_by("waitlisted_at", "id")
    promoted = []
    for registration in queue[:left] if left is not None else queue:
        _confirm_from_waitlist(registration)
        promoted.append(registration)
    return promoted


def _confirm_from_waitlist(registration: Registration, *, by: User | None = None) -> None:
    registration.state = State.CONFIRMED
    registration.confirmed_at = timezone.now()
    if by is not None:
        registration.decided_by = by
    registration.save()
    _queue_mail(registration, OutgoingMail.Kind.PROMOTED)


def mark_attended(registration: Registration, *, by: User | None = None) -> tuple[Registration, bool]:
    """Check someone in at the door. Returns the registration and whether this call changed it.

    Checking in twice (a second scan) changes nothing. Trainings with hours
    issue the certificate of attendance here.
    """
    with transaction.atomic():
        registration, event, page = _lock_registration(registration)
        if registration.state == State.ATTENDED:
            return registration, False
        if registration.state != State.CONFIRMED:
            raise RegistrationError(
                "not_confirmed",
                _("%(name)s is %(state)s, not confirmed: check with the organisers.")
                % {"name": registration.full_name, "state": registration.get_state_display().lower()},
            )
        registration.state = State.ATTENDED
        registration.attended_at = timezone.now()
        registration.decided_by = by
        registration.save()
        if page.issues_certificates:
            _issue_certificate(registration, page)
    return registration, True


def _issue_certificate(registration: Registration, page: EventPage) -> Certificate:
    certificate, _created = Certificate.objects.get_or_create(
        registration=registration,
        defaults={
            "event": registration.event,
            "user": registration.user,
            "full_name": registration.full_name,
            "event_title": page.title,
            "event_date": page.local(page.starts_at).date(),
            "hours": page.certificate_hours,
        },
    )
    return certificate


# Telling people ----------------------------------------------------------------------


def notify_event_changed(page: EventPage) -> int:
    """Tell everyone registered that the time or place changed; returns how many mails were queued."""
    event = event_for_page(page)
    with transaction.atomic():
        registrations = list(
            Registration.objects.filter(event=event, state__in=(State.PENDING, State.CONFIRMED, State.WAITLISTED))
        )
        for registration in registrations:
            _queue_mail(registration, OutgoingMail.Kind.CHANGED)
    return len(registrations)


def send_message_to_confirmed(event: Event, *, subject: str, body: str, by: User) -> EventMessage:
    """An organiser writes to everyone confirmed (and checked in) for the event."""
    with transaction.atomic():
        message = EventMessage.objects.create(event=event, subject=subject.strip(), body=body.strip(), sent_by=by)
        for registration in Registration.objects.filter(event=event, state__in=Registration.SEATED_STATES):
            _queue_mail(registration, OutgoingMail.Kind.MESSAGE, message=message)
    return message


def queue_due_reminders(now: datetime | None = None) -> int:
    """Queue the reminder of every event whose reminder day has come, once per event."""
    now = now or timezone.now()
    queued = 0
    horizon = now + timedelta(days=60)
    candidates = Event.objects.filter(reminders_sent_at__isnull=True, page__live=True)
    candidates = candidates.filter(page__starts_at__gt=now, page__starts_at__lte=horizon)
    for event in candidates.select_related("page"):
        page = event.page
        if not page.reminder_days or page.starts_at - timedelta(days=page.reminder_days) > now:
            continue
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event.pk)
            if event.reminders_sent_at is not None:
                continue
            for registration in Registration.objects.filter(event=event, state=State.CONFIRMED):
                _queue_mail(registration, OutgoingMail.Kind.REMINDER)
                queued += 1
            event.reminders_sent_at = now
            event.save(update_fields=["reminders_sent_at"])
    return queued


def _queue_mail(registration: Registration, kind: str, *, message: EventMessage | None = None) -> OutgoingMail:
    mail = OutgoingMail.objects.create(registration=registration, kind=kind, message=message)
    outbox.send_after_commit(mail)
    return mail


def _refresh_if_availability_changed(event: Event, page: EventPage, seats_left_before: int | None) -> None:
    """Anonymous event pages are cached; when "places available" turned to "full" or back, refresh them."""
    if seats_left_before is None:
        return
    if (seats_left_before == 0) != (seats_left(event, page) == 0):
        from portal.cache import clear_page_cache

        transaction.on_commit(clear_page_cache)


# Personal data ---------------------------------------------------------------------


def purge_personal_data(now: datetime | None = None) -> int:
    """Delete registrations of events that ended more than the retention period ago.

    Counts by state are kept on the event; certificates of attendance stay
    (they are what the attendee keeps). Returns how many registrations went.
    """
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
    purged = 0
    for event in Event.objects.filter(page__ends_at__lt=cutoff).filter(Q(registrations__isnull=False)).distinct():
        with transaction.atomic():
            event = Event.objects.select_for_update().get(pk=event.pk)
            counts = dict(event.purged_counts or {})
            rows = Registration.objects.filter(event=event).values("state").annotate(n=Count("id"))
            for row in rows:
                counts[row["state"]] = counts.get(row["state"], 0) + row["n"]
            deleted, _detail = Registration.objects.filter(event=event).delete()
            purged += sum(row["n"] for row in rows)
            event.purged_counts = counts
            event.purged_at = now
            event.save(update_fields=["purged_counts", "purged_at"])
    return purged


def erase_registrations_of(user: User) -> None:
    """On account deletion: give up upcoming places and erase the member's registrations."""
    for registration in Registration.objects.filter(
        user=user, state__in=(State.PENDING, State.CONFIRMED, State.WAITLISTED)
    ):
        # A past event's registration cannot be cancelled: there is nothing to give up.
        with contextlib.suppress(RegistrationError):
            cancel_registration(registration, by=user)
    for registration in Registration.objects.filter(user=user):
        registration.full_name = ""
        registration.email = ""
        registration.email_key = f"erased-{registration.pk}"
        registration.answers = {}
        registration.user = None
        registration.save()
    Registration.objects.filter(registered_by=user).update(registered_by=None)
    Certificate.objects.filter(user=user).delete()
