"""Mails to registrants: every kind, in the registrant's language, with what only seated people may see."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext
from wagtail.models import Locale

from events import services
from events.mails import CHECK_IN_FILENAME, build_message, check_in_qr_png
from events.models import EventPage, OutgoingMail, Registration
from events.tokens import CHECK_IN_SALT, make_token, registration_from_token

pytestmark = pytest.mark.django_db

Kind = OutgoingMail.Kind
BG_TITLE = "Форум „Електронно управление“"
ONLINE_URL = "https://meet.example.org/forum-42"
# Django's own Bulgarian month names (the portal's catalog may lower-case them).
BG_MONTHS = [
    "януари",
    "февруари",
    "март",
    "април",
    "май",
    "юни",
    "юли",
    "август",
    "септември",
    "октомври",
    "ноември",
    "декември",
]
# The subject of each kind, as the templates' msgids (so the check follows the catalogs once translated).
SUBJECTS = {
    Kind.CONFIRMED: "Registration confirmed: %(title)s",
    Kind.PENDING: "Registration received: %(title)s",
    Kind.WAITLISTED: "On the waiting list: %(title)s",
    Kind.PROMOTED: "A seat is yours: %(title)s",
    Kind.REJECTED: "Registration not accepted: %(title)s",
    Kind.CANCELLED: "Registration cancelled: %(title)s",
    Kind.CHANGED: "Time or place changed: %(title)s",
    Kind.MESSAGE: "%(subject)s – %(title)s",
    Kind.REMINDER: "Reminder: %(title)s on %(date)s",
}


# Helpers -------------------------------------------------------------------------------


def mails_to(mailoutbox, email: str) -> list:
    return [message for message in mailoutbox if message.to == [email]]


def last_mail_to(mailoutbox, email: str):
    mails = mails_to(mailoutbox, email)
    assert mails, f"no mail to {email}"
    return mails[-1]


def attachment(message, filename: str):
    return next((item for item in message.attachments if item.filename == filename), None)


def manage_url(registration: Registration, language: str) -> str:
    return f"http://testserver/{language}/registrations/{make_token(registration)}/"


def check_in_url(registration: Registration, language: str) -> str:
    return f"http://testserver/{language}/registrations/check-in/{make_token(registration, CHECK_IN_SALT)}/"


def translate_to_bulgarian(page: EventPage, *, publish: bool = True) -> EventPage:
    """The Bulgarian translation of `page` (its event index copied along), published unless told otherwise."""
    translated = page.copy_for_translation(Locale.objects.get(language_code="bg"), copy_parents=True).specific
    translated.title = BG_TITLE
    translated.slug = f"{page.slug}-bg"
    if publish:
        translated.save_revision().publish()
    else:
        translated.save_revision()
    return translated


def produce_mail(kind: str, page: EventPage, person, organiser, act) -> Registration:
    """Drive the services until `person` has been sent a mail of `kind` (their last mail)."""
    if kind == Kind.PENDING:
        page.requires_approval = True
        page.save_revision().publish()
        return act(services.register_for_event, page, person)
    if kind == Kind.REJECTED:
        page.requires_approval = True
        page.save_revision().publish()
        registration = act(services.register_for_event, page, person)
        return act(services.reject_registration, registration, by=organiser, reason="The hall is for mayors only.")
    if kind in (Kind.WAITLISTED, Kind.PROMOTED):
        page.capacity = 1
        page.save_revision().publish()
        first = act(
            services.register_for_event, page, services.Registrant(full_name="First", email="first@example.net")
        )
        registration = act(services.register_for_event, page, person)
        assert registration.state == Registration.State.WAITLISTED
        if kind == Kind.PROMOTED:
            act(services.cancel_registration, first)
        registration.refresh_from_db()
        return registration
    registration = act(services.register_for_event, page, person)
    assert registration.state == Registration.State.CONFIRMED
    if kind == Kind.CANCELLED:
        act(services.cancel_registration, registration)
    elif kind == Kind.CHANGED:
        act(services.notify_event_changed, page)
    elif kind == Kind.MESSAGE:
        event = services.event_for_page(page)
        act(services.send_message_to_confirmed, event, subject="Parking", body="Park behind the hall.", by=organiser)
    elif kind == Kind.REMINDER:
        queued = act(services.queue_due_reminders, now=page.starts_at - timedelta(days=1))
        assert queued == 1
    registration.refresh_from_db()
    return registration


def expected_subject(kind: str, language: str, title: str, page: EventPage) -> str:
    with translation.override(language):
        values = {"title": title, "subject": "Parking"}
        if kind == Kind.REMINDER:
            values["date"] = formats.date_format(page.local(page.starts_at), "DATE_FORMAT")
        return gettext(SUBJECTS[kind]) % values


# Every kind, in English and in Bulgarian -------------------------------------------------


@pytest.mark.parametrize("kind", list(Kind))
@pytest.mark.parametrize("language", ["en", "bg"])
def test_every_kind_of_mail_speaks_the_registrants_language(
    kind, language, make_event, registrant, organiser, act, mailoutbox
):
    page = make_event(attendance_mode=EventPage.Mode.HYBRID, online_url=ONLINE_URL, reminder_days=2)
    translate_to_bulgarian(page)
    person = registrant(full_name="Мария Иванова" if language == "bg" else "Mary Ivanova", language=language)

    registration = produce_mail(kind, page, person, organiser, act)

    message = last_mail_to(mailoutbox, person.email)
    assert OutgoingMail.objects.get(registration=registration, kind=kind).sent_at is not None
    title = BG_TITLE if language == "bg" else page.title
    assert message.subject == expected_subject(kind, language, title, page)
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert message.extra_headers["Content-Language"] == language
    with translation.override(language):
        greeting = gettext("Dear %(name)s,") % {"name": person.full_name}
    assert message.body.startswith(greeting)
    assert title in message.body
    assert manage_url(registration, language) in message.body
    assert "Town hall" in message.body and "Plovdiv" in message.body
    start = page.local(page.starts_at)
    with translation.override(language):
        assert formats.date_format(start, "DATETIME_FORMAT") in message.body
    if language == "bg":
        assert page.title not in message.body  # the Bulgarian page's title, not the original's
        assert BG_MONTHS[start.month - 1] in message.body.casefold()
        assert "/bg/events/" in message.body  # the link to the Bulgarian event page


# What each kind says -----------------------------------------------------------------


def test_confirmation_has_details_calendar_file_and_check_in_code(make_event, registrant, act, mailoutbox):
    page = make_event(venue_address="1 Main Street", attendance_mode=EventPage.Mode.HYBRID, online_url=ONLINE_URL)
    person = registrant()

    registration = act(services.register_for_event, page, person)

    [message] = mailoutbox
    assert message.to == [person.email]
    body = message.body
    assert "Town hall, 1 Main Street, Plovdiv, Bulgaria, or online" in body
    assert f"Link to join online: {ONLINE_URL}" in body
    assert "(time in Europe/Sofia)" in body
    assert str(registration.reference) in body
    assert "Show this code at the door" in body
    # The manage link in the mail leads back to this registration.
    token = re.search(r"/en/registrations/([^/\s]+)/", body).group(1)
    assert registration_from_token(token) == registration

    ics = attachment(message, "event.ics")
    assert ics.mimetype.startswith("text/calendar")
    assert 'method="PUBLISH"' in message.message().as_string()
    calendar = icalendar.Calendar.from_ical(ics.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == page.title
    assert vevent.decoded("DTSTART") == page.starts_at.replace(microsecond=0)

    qr = attachment(message, CHECK_IN_FILENAME)
    assert qr.mimetype == "image/png"
    assert qr.content.startswith(b"\x89PNG")
    # Same input, same image: the code stands for this registration's check-in link.
    assert qr.content == check_in_qr_png(check_in_url(registration, "en"))


def test_mails_before_a_seat_carry_no_online_link_calendar_or_check_in_code(make_event, registrant, act, mailoutbox):
    page = make_event(attendance_mode=EventPage.Mode.ONLINE, online_url=ONLINE_URL, capacity=1)
    seated = act(services.register_for_event, page, registrant())
    waiting = act(services.register_for_event, page, registrant())
    assert waiting.state == Registration.State.WAITLISTED
    approval_page = make_event(attendance_mode=EventPage.Mode.ONLINE, online_url=ONLINE_URL, requires_approval=True)
    pending = act(services.register_for_event, approval_page, registrant())
    assert pending.state == Registration.State.PENDING

    confirmation = last_mail_to(mailoutbox, seated.email)
    assert ONLINE_URL in confirmation.body
    for registration in (waiting, pending):
        message = last_mail_to(mailoutbox, registration.email)
        assert ONLINE_URL not in message.body
        assert "The link to join online is sent to confirmed participants." in message.body
        assert message.attachments == []
        assert "Where: online" in message.body


def test_promoted_registrant_gets_the_online_link_and_the_one_who_cancelled_does_not(
    make_event, registrant, act, mailoutbox
):
    page = make_event(attendance_mode=EventPage.Mode.ONLINE, online_url=ONLINE_URL, capacity=1)
    first = act(services.register_for_event, page, registrant())
    second = act(services.register_for_event, page, registrant())

    act(services.cancel_registration, first)

    cancelled = last_mail_to(mailoutbox, first.email)
    assert cancelled.subject.startswith("Registration cancelled")
    assert ONLINE_URL not in cancelled.body
    assert cancelled.attachments == []
    promoted = last_mail_to(mailoutbox, second.email)
    assert promoted.subject.startswith("A seat is yours")
    assert ONLINE_URL in promoted.body
    assert attachment(promoted, "event.ics") is not None
    # An online-only event has no door to show a code at.
    assert attachment(promoted, CHECK_IN_FILENAME) is None
    assert "Show this code at the door" not in promoted.body


def test_promoted_registrant_of_an_event_with_a_venue_gets_the_check_in_code(make_event, registrant, act, mailoutbox):
    page = make_event(capacity=1)
    first = act(services.register_for_event, page, registrant())
    second = act(services.register_for_event, page, registrant())

    act(services.cancel_registration, first)

    promoted = last_mail_to(mailoutbox, second.email)
    second.refresh_from_db()
    assert attachment(promoted, CHECK_IN_FILENAME).content == check_in_qr_png(check_in_url(second, "en"))


def test_rejection_gives_the_organisers_reason_when_there_is_one(make_event, registrant, organiser, act, mailoutbox):
    page = make_event(requires_approval=True)
    with_reason = act(services.register_for_event, page, registrant())
    without_reason = act(services.register_for_event, page, registrant())

    act(services.reject_registration, with_reason, by=organiser, reason="This training is for IT staff only.")
    act(services.reject_registration, without_reason, by=organiser)

    message = last_mail_to(mailoutbox, with_reason.email)
    assert "Their reason:\nThis training is for IT staff only." in message.body
    assert "Their reason" not in last_mail_to(mailoutbox, without_reason.email).body


def test_change_mail_tells_the_new_time_and_place(
    make_event, registrant, act, mailoutbox, django_capture_on_commit_callbacks
):
    page = make_event(capacity=1)
    seated = act(services.register_for_event, page, registrant())
    waiting = act(services.register_for_event, page, registrant())
    new_start = datetime(2031, 3, 12, 7, 30, tzinfo=UTC)  # 09:30 in Sofia

    page = EventPage.objects.get(pk=page.pk)
    page.starts_at, page.ends_at = new_start, new_start + timedelta(hours=3)
    page.venue_name = "Congress centre"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()  # the publish signal tells everyone registered

    for registration in (seated, waiting):
        message = last_mail_to(mailoutbox, registration.email)
        assert message.subject.startswith("Time or place changed")
        assert "Congress centre" in message.body
        assert "Wednesday, March 12, 2031, 9:30 a.m. – 12:30 p.m." in message.body
    ics = attachment(last_mail_to(mailoutbox, seated.email), "event.ics")
    [vevent] = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    assert vevent.decoded("DTSTART") == new_start
    assert "Congress centre" in str(vevent["LOCATION"])
    assert last_mail_to(mailoutbox, waiting.email).attachments == []


def test_organisers_message_reaches_the_confirmed_with_its_subject_and_body(
    make_event, registrant, organiser, act, mailoutbox
):
    page = make_event(capacity=1)
    seated = act(services.register_for_event, page, registrant())
    waiting = act(services.register_for_event, page, registrant())
    mailoutbox.clear()

    act(
        services.send_message_to_confirmed,
        services.event_for_page(page),
        subject="Parking & entrance",
        body="Use the side entrance <B>.\nParking is free.",
        by=organiser,
    )

    [message] = mailoutbox
    assert message.to == [seated.email]
    assert message.subject == f"Parking & entrance – {page.title}"
    assert "Use the side entrance <B>.\nParking is free." in message.body
    assert waiting.email not in [address for mail in mailoutbox for address in mail.to]


def test_plain_text_is_not_html_escaped(make_event, registrant, act, mailoutbox):
    page = make_event(title="Roads & bridges: O'Brien's \"open\" data")
    person = registrant(full_name="Seán O'Brien & Co")

    act(services.register_for_event, page, person)

    [message] = mailoutbox
    assert message.subject == "Registration confirmed: Roads & bridges: O'Brien's \"open\" data"
    assert "Dear Seán O'Brien & Co," in message.body
    assert "&amp;" not in message.body and "&#x27;" not in message.body and "&quot;" not in message.body


def test_times_are_shown_in_the_events_timezone(make_event, registrant, act, mailoutbox):
    start = datetime(2031, 6, 5, 13, 0, tzinfo=UTC)  # 09:00 in New York, 16:00 in Sofia
    page = make_event(starts_at=start, ends_at=start + timedelta(days=1, hours=2), timezone="America/New_York")

    act(services.register_for_event, page, registrant())

    [message] = mailoutbox
    assert (
        "When: Thursday, June 5, 2031, 9 a.m. – Friday, June 6, 2031, 11 a.m. (time in America/New York)"
        in message.body
    )
    assert "4 p.m." not in message.body


def test_colleague_registration_says_who_registered(make_event, registrant, member_with_organisation, act, mailoutbox):
    page = make_event()
    colleague = registrant(organisation=member_with_organisation.organisation)

    registration = act(services.register_for_event, page, colleague, registered_by=member_with_organisation)

    message = last_mail_to(mailoutbox, registration.email)
    assert f"{member_with_organisation.display_name} registered you for this event." in message.body


def test_a_mail_built_after_the_seat_was_lost_shows_nothing_for_the_seated(make_event, registrant, act, mailoutbox):
    page = make_event(attendance_mode=EventPage.Mode.HYBRID, online_url=ONLINE_URL)
    registration = act(services.register_for_event, page, registrant())
    confirmation = OutgoingMail.objects.get(registration=registration, kind=Kind.CONFIRMED)
    act(services.cancel_registration, registration)

    # The confirmation is sent late (say, after a mail server outage): by then there is no seat.
    message = build_message(OutgoingMail.objects.get(pk=confirmation.pk))

    assert ONLINE_URL not in message.body
    assert message.attachments == []
    assert "Your registration:\n" in message.body  # no offer to cancel what is already cancelled


def test_bulgarian_registrant_reads_the_original_title_while_the_translation_is_a_draft(
    make_event, registrant, act, mailoutbox
):
    page = make_event()
    translate_to_bulgarian(page, publish=False)

    registration = act(services.register_for_event, page, registrant(language="bg"))

    [message] = mailoutbox
    assert page.title in message.subject
    assert BG_TITLE not in message.body
    assert manage_url(registration, "bg") in message.body


def test_event_page_link_points_at_the_page_in_the_registrants_language(make_event, registrant, act, mailoutbox):
    page = make_event()
    translated = EventPage.objects.get(pk=translate_to_bulgarian(page).pk)

    act(services.register_for_event, page, registrant(language="bg"))
    act(services.register_for_event, page, registrant(language="en"))

    bg_mail, en_mail = mailoutbox
    assert f"http://testserver{translated.get_url()}" in bg_mail.body
    assert f"http://testserver{page.get_url()}" in en_mail.body
    assert translated.get_url().startswith("/bg/") and page.get_url().startswith("/en/")
