"""The mails registrants get: one plain-text template pair per `OutgoingMail.Kind`, in the registrant's language.

A mail is built when it is sent, not when it is queued, so it tells the
event as it stands then (a retried mail carries the current time and place)
and shows what only seated people may see (the link to join online, the
calendar file, the check-in code) only while the registrant still has a seat.
"""

from __future__ import annotations

import io
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation

from events.calendar import event_calendar
from events.models import EventPage, OutgoingMail, Registration
from events.qr import qr_code
from events.tokens import CHECK_IN_SALT, make_token
from portal.mail import absolute, automatic_mail

Kind = OutgoingMail.Kind

# Mails that tell a seated registrant how to take part: the link to join
# online and the calendar file go only in these, and only while they have a seat.
SEATED_KINDS = frozenset({Kind.CONFIRMED, Kind.PROMOTED, Kind.REMINDER, Kind.CHANGED})
# Mails that carry the code to show at the door (events with a venue).
CHECK_IN_KINDS = frozenset({Kind.CONFIRMED, Kind.PROMOTED})
# The first answer to a registration says who made it, when a colleague did.
FIRST_KINDS = frozenset({Kind.CONFIRMED, Kind.PENDING, Kind.WAITLISTED})

CALENDAR_FILENAME = "event.ics"
# Django adds the charset parameter itself to text/* attachments; naming it
# here too would repeat it in the header.
CALENDAR_MIMETYPE = "text/calendar; method=PUBLISH"
CHECK_IN_FILENAME = "check-in-code.png"


def build_message(mail: OutgoingMail) -> EmailMultiAlternatives:
    """The mail for one outbox row, rendered in the registrant's language, with its attachments."""
    registration = mail.registration
    page = registration.event.page
    language = registration.language or settings.LANGUAGE_CODE
    with translation.override(language):
        context = mail_context(mail, registration, page, language)
    templates = (f"events/mail/{mail.kind}_subject.txt", f"events/mail/{mail.kind}.txt")
    message = automatic_mail(
        language, templates, context, to=[registration.email], message_class=EmailMultiAlternatives
    )
    if context["attach_calendar"]:
        message.attach(CALENDAR_FILENAME, event_calendar(page, registration=registration), CALENDAR_MIMETYPE)
    if context["check_in_url"]:
        message.attach(CHECK_IN_FILENAME, check_in_qr_png(context["check_in_url"]), "image/png")
    return message


def mail_context(mail: OutgoingMail, registration: Registration, page: EventPage, language: str) -> dict[str, Any]:
    """What the templates show; call inside `translation.override(language)` so URLs carry the language."""
    seated = registration.has_seat and mail.kind in SEATED_KINDS
    localized = page.in_language(language)
    starts, ends = page.local(page.starts_at), page.local(page.ends_at)
    check_in_url = ""
    if registration.has_seat and mail.kind in CHECK_IN_KINDS and page.has_venue:
        check_in_url = absolute(reverse("events_check_in_token", args=[make_token(registration, CHECK_IN_SALT)]))
    return {
        "kind": mail.kind,
        "registration": registration,
        "name": registration.full_name,
        "registered_by": _registered_by(registration) if mail.kind in FIRST_KINDS else "",
        "reference": str(registration.reference),
        "decision_reason": registration.decision_reason,
        "message": mail.message,
        "page": page,
        "title": localized.title,
        "event_url": _page_url(localized),
        "starts": starts,
        "ends": ends,
        "same_day": starts.date() == ends.date(),
        "zone": page.zone,
        "zone_name": page.timezone.replace("_", " "),
        "has_venue": page.has_venue,
        "venue": ", ".join(
            part
            for part in (page.venue_name, page.venue_address, page.venue_city, str(page.country.name or ""))
            if part
        ),
        "is_online": page.is_online,
        "online_url": page.online_url if seated and page.is_online else "",
        # Someone still waiting for a seat learns the link comes later; others need not hear of it.
        "online_link_later": page.is_online
        and not seated
        and registration.state in (Registration.State.PENDING, Registration.State.WAITLISTED),
        "attach_calendar": seated,
        "check_in_url": check_in_url,
        "manage_url": absolute(reverse("events_manage_registration", args=[make_token(registration)])),
        "is_active": registration.is_active,
    }


def check_in_qr_png(url: str) -> bytes:
    """A QR code of the check-in link, large enough for a phone camera at the door."""
    buffer = io.BytesIO()
    qr_code(url).save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


def _page_url(page: EventPage) -> str:
    parts = page.get_url_parts()
    return absolute(parts[2]) if parts else ""


def _registered_by(registration: Registration) -> str:
    """Who registered this person, when it was someone else (a colleague)."""
    by = registration.registered_by
    if by is None or by.pk == registration.user_id:
        return ""
    return by.display_name
