"""Background work of events: the outbox is sent once and survives mail server failures; reminders; purging."""

from __future__ import annotations

import smtplib
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone

from events import services
from events.models import Certificate, Event, EventPage, OutgoingMail, Registration
from events.tasks import deliver
from portal import outbox
from portal.outbox import CLAIM_SECONDS, MAX_ATTEMPTS, retry_failed_mails

pytestmark = pytest.mark.django_db

State = Registration.State
Kind = OutgoingMail.Kind


@pytest.fixture
def smtp_down():
    """Every mail send fails as when the mail server drops the connection."""
    with mock.patch.object(
        EmailMultiAlternatives, "send", side_effect=smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
    ) as send:
        yield send


def later(minutes: float):
    """Pretend the clock says `minutes` from now."""
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(minutes=minutes))


def registration_with_unsent_mail(page, registrant) -> tuple[Registration, OutgoingMail]:
    """A confirmed registration whose confirmation was queued but whose task has not run (callbacks not run)."""
    registration = services.register_for_event(page, registrant())
    return registration, OutgoingMail.objects.get(registration=registration)


# Sending the outbox ---------------------------------------------------------------------


def test_a_mail_is_sent_once_when_delivered_twice(make_event, registrant, mailoutbox):
    registration, mail = registration_with_unsent_mail(make_event(), registrant)

    assert deliver(mail.pk) is True
    assert deliver(mail.pk) is False

    assert [message.to for message in mailoutbox] == [[registration.email]]
    mail.refresh_from_db()
    assert mail.sent_at is not None
    assert mail.attempts == 1
    assert mail.claimed_until is None


def test_a_mail_claimed_by_another_worker_is_left_to_it(make_event, registrant, mailoutbox):
    _registration, mail = registration_with_unsent_mail(make_event(), registrant)
    OutgoingMail.objects.filter(pk=mail.pk).update(claimed_until=timezone.now() + timedelta(minutes=5))

    assert deliver(mail.pk) is False
    assert mailoutbox == []
    # The other worker died: once its claim runs out, the mail is taken again.
    with later(6):
        assert deliver(mail.pk) is True
    assert len(mailoutbox) == 1


def test_mail_server_failure_keeps_the_registration_and_the_mail_for_later(
    make_event, registrant, act, smtp_down, mailoutbox
):
    page = make_event()

    registration = act(services.register_for_event, page, registrant())

    assert smtp_down.call_count == 1
    registration.refresh_from_db()
    assert registration.state == State.CONFIRMED
    mail = OutgoingMail.objects.get(registration=registration)
    assert mail.sent_at is None
    assert mail.attempts == 1
    assert "SMTPServerDisconnected: Connection unexpectedly closed" in mail.last_error
    assert mail.claimed_until is None
    expected_retry = timezone.now() + outbox.retry_delay(1)
    assert abs(mail.next_attempt_at - expected_retry) < timedelta(seconds=30)
    assert mailoutbox == []


def test_failed_mail_is_sent_by_the_retry_once_the_server_is_back(make_event, registrant, act, mailoutbox):
    page = make_event()
    with mock.patch.object(EmailMultiAlternatives, "send", side_effect=smtplib.SMTPConnectError(421, "busy")):
        registration = act(services.register_for_event, page, registrant())
        # Still down at the retry time: the wait grows (1, then 2 minutes).
        with later(1.5):
            assert retry_failed_mails() == 0
    mail = OutgoingMail.objects.get(registration=registration)
    assert mail.attempts == 2
    assert mail.next_attempt_at > timezone.now() + timedelta(minutes=2)

    assert retry_failed_mails() == 0  # not yet time
    assert mailoutbox == []
    with later(5):
        assert retry_failed_mails() == 1
        assert retry_failed_mails() == 0  # sent means done

    [message] = mailoutbox
    assert message.to == [registration.email]
    mail.refresh_from_db()
    assert mail.sent_at is not None
    assert (mail.attempts, mail.last_error, mail.next_attempt_at) == (3, "", None)


def test_a_mail_failing_too_often_is_given_up(make_event, registrant, smtp_down, mailoutbox):
    _registration, mail = registration_with_unsent_mail(make_event(), registrant)
    OutgoingMail.objects.filter(pk=mail.pk).update(attempts=MAX_ATTEMPTS - 1, next_attempt_at=timezone.now())

    assert retry_failed_mails() == 0

    mail.refresh_from_db()
    assert mail.attempts == MAX_ATTEMPTS
    assert mail.next_attempt_at is None
    assert mail.last_error
    smtp_down.reset_mock()
    with later(24 * 60):
        assert retry_failed_mails() == 0
    assert smtp_down.call_count == 0


def test_a_mail_whose_task_was_lost_is_sent_by_the_retry(make_event, registrant, mailoutbox):
    registration, mail = registration_with_unsent_mail(make_event(), registrant)

    # A fresh mail may still be on its way through the queue: leave it.
    assert retry_failed_mails() == 0
    assert mailoutbox == []

    OutgoingMail.objects.filter(pk=mail.pk).update(created_at=timezone.now() - timedelta(seconds=CLAIM_SECONDS + 1))
    assert retry_failed_mails() == 1

    [message] = mailoutbox
    assert message.to == [registration.email]
    mail.refresh_from_db()
    assert mail.sent_at is not None


# Reminders -------------------------------------------------------------------------------


@pytest.fixture
def event_with_registrants(make_event, registrant, act):
    """An event for two with two confirmed, one waitlisted and one cancelled registration; mails cleared."""

    def make(**fields):
        # A year ahead, so that the demo's events are never due on the same days.
        start = timezone.now() + timedelta(days=400)
        fields = {"starts_at": start, "ends_at": start + timedelta(hours=6), **fields}
        page = make_event(capacity=2, reminder_days=2, **fields)
        confirmed = [act(services.register_for_event, page, registrant()) for _ in range(2)]
        waitlisted = act(services.register_for_event, page, registrant())
        gone = act(services.register_for_event, page, registrant())
        act(services.cancel_registration, gone)
        assert waitlisted.state == State.WAITLISTED
        return page, confirmed, [waitlisted, gone]

    return make


def test_reminder_goes_once_to_each_confirmed_registrant(event_with_registrants, act, mailoutbox):
    page, confirmed, others = event_with_registrants()
    mailoutbox.clear()
    reminder_day = page.starts_at - timedelta(days=1)

    assert act(services.queue_due_reminders, now=reminder_day) == 2
    assert act(services.queue_due_reminders, now=reminder_day + timedelta(hours=1)) == 0

    assert sorted(message.to[0] for message in mailoutbox) == sorted(r.email for r in confirmed)
    assert all(message.subject.startswith(f"Reminder: {page.title} on ") for message in mailoutbox)
    assert all(message.attachments[0].filename == "event.ics" for message in mailoutbox)
    assert not OutgoingMail.objects.filter(registration__in=others, kind=Kind.REMINDER).exists()
    assert Event.objects.get(pk=services.event_for_page(page).pk).reminders_sent_at == reminder_day


def test_no_reminder_before_the_reminder_day(event_with_registrants, act, mailoutbox):
    page, _confirmed, _others = event_with_registrants()
    mailoutbox.clear()

    assert act(services.queue_due_reminders, now=page.starts_at - timedelta(days=2, minutes=1)) == 0

    assert mailoutbox == []
    assert services.event_for_page(page).reminders_sent_at is None


def test_no_reminder_when_the_event_asks_for_none(event_with_registrants, act, mailoutbox):
    page, _confirmed, _others = event_with_registrants()
    page = EventPage.objects.get(pk=page.pk)
    page.reminder_days = 0
    page.save_revision().publish()
    mailoutbox.clear()

    assert act(services.queue_due_reminders, now=page.starts_at - timedelta(hours=1)) == 0

    assert mailoutbox == []


def test_send_event_reminders_command_sends_the_due_reminders(
    make_event, registrant, act, mailoutbox, django_capture_on_commit_callbacks
):
    page = make_event(starts_at=timezone.now() + timedelta(days=1), ends_at=timezone.now() + timedelta(days=1, hours=3))
    registration = act(services.register_for_event, page, registrant())
    mailoutbox.clear()
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_event_reminders", stdout=out)

    assert out.getvalue().strip() == "Reminders queued: 1."
    [message] = mailoutbox
    assert message.to == [registration.email]
    assert message.subject.startswith("Reminder:")


# Purging personal data --------------------------------------------------------------------


@pytest.fixture
def past_event(make_event, registrant, organiser):
    """past_event(days_ago) → a training that ended `days_ago` days ago, with three registrations, one attended."""

    def make(days_ago: int) -> tuple[EventPage, list[Registration]]:
        ends = timezone.now() - timedelta(days=days_ago)
        page = make_event(
            kind=EventPage.Kind.TRAINING,
            certificate_hours=6,
            capacity=2,
            starts_at=ends - timedelta(hours=6),
            ends_at=ends,
        )
        before = page.starts_at - timedelta(days=1)
        registrations = [services.register_for_event(page, registrant(), now=before) for _ in range(3)]
        services.mark_attended(registrations[0], by=organiser)
        return page, registrations

    return make


def test_purge_deletes_registrations_of_events_past_retention_and_keeps_counts_and_certificates(past_event, settings):
    settings.EVENT_REGISTRATION_RETENTION_DAYS = 180
    old_page, old_registrations = past_event(181)
    recent_page, recent_registrations = past_event(179)
    certificate = Certificate.objects.get(registration=old_registrations[0])

    assert services.purge_personal_data() == 3

    assert not Registration.objects.filter(pk__in=[r.pk for r in old_registrations]).exists()
    assert not OutgoingMail.objects.filter(registration_id__in=[r.pk for r in old_registrations]).exists()
    old_event = services.event_for_page(old_page)
    assert old_event.purged_counts == {"attended": 1, "confirmed": 1, "waitlisted": 1}
    assert old_event.purged_at is not None
    assert services.counts_by_state(old_event)["attended"] == 1
    certificate.refresh_from_db()
    assert certificate.registration is None
    assert certificate.full_name == old_registrations[0].full_name
    # Inside the retention period nothing changes.
    assert Registration.objects.filter(pk__in=[r.pk for r in recent_registrations]).count() == 3
    recent_event = services.event_for_page(recent_page)
    assert (recent_event.purged_counts, recent_event.purged_at) == ({}, None)
    # A second run finds nothing more and keeps the counts as they are.
    assert services.purge_personal_data() == 0
    assert services.event_for_page(old_page).purged_counts == {"attended": 1, "confirmed": 1, "waitlisted": 1}


def test_purge_registrations_dry_run_lists_and_deletes_nothing(past_event):
    page, registrations = past_event(200)
    out = StringIO()

    call_command("purge_registrations", "--dry-run", stdout=out)

    output = out.getvalue()
    assert f"{page.title} (ended " in output
    assert "3 (attended 1, confirmed 1, waitlisted 1)" in output
    assert "Would purge 3 registration(s)" in output
    assert Registration.objects.filter(pk__in=[r.pk for r in registrations]).count() == 3

    out = StringIO()
    call_command("purge_registrations", stdout=out)
    assert out.getvalue().strip() == "Registrations purged: 3."
    assert not Registration.objects.filter(pk__in=[r.pk for r in registrations]).exists()


# The scheduler ------------------------------------------------------------------------------


def test_run_scheduled_tasks_retries_reminds_and_purges_in_one_run(
    make_event, registrant, past_event, mailoutbox, django_capture_on_commit_callbacks
):
    _failed_registration, failed_mail = registration_with_unsent_mail(make_event(), registrant)
    OutgoingMail.objects.filter(pk=failed_mail.pk).update(
        attempts=1, last_error="SMTPServerDisconnected", next_attempt_at=timezone.now() - timedelta(seconds=1)
    )
    soon = make_event(starts_at=timezone.now() + timedelta(days=1), ends_at=timezone.now() + timedelta(days=1, hours=3))
    reminded = services.register_for_event(soon, registrant())
    OutgoingMail.objects.filter(registration=reminded).update(sent_at=timezone.now())
    _old_page, old_registrations = past_event(400)
    mailoutbox.clear()
    out = StringIO()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("run_scheduled_tasks", stdout=out)

    # Forums' digest job and search's jobs run in the same pass (nothing for them here: no engine, no alerts due).
    assert out.getvalue().strip() == (
        "Mails retried and sent: 1; reminders queued: 1; registrations purged: 3; digests sent: 0; "
        "search updates sent: 0; saved-search alerts written: 0."
    )
    failed_mail.refresh_from_db()
    assert failed_mail.sent_at is not None
    assert OutgoingMail.objects.get(registration=reminded, kind=Kind.REMINDER).sent_at is not None
    assert sorted(message.to[0] for message in mailoutbox) == sorted([failed_mail.registration.email, reminded.email])
    assert not Registration.objects.filter(pk__in=[r.pk for r in old_registrations]).exists()


def test_run_scheduled_tasks_every_keeps_running_after_a_failed_run():
    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 3:
            raise KeyboardInterrupt

    out, err = StringIO(), StringIO()
    with (
        mock.patch.object(outbox, "retry_failed_mails", side_effect=[RuntimeError("database restarting"), 2, 0]),
        mock.patch.object(services, "queue_due_reminders", return_value=0),
        mock.patch.object(services, "purge_personal_data", return_value=0),
        mock.patch("forums.notifications.send_due_digests", return_value=0),
        mock.patch("search.indexing.push_pending", return_value=0),
        mock.patch("search.saved.send_alerts", return_value=0),
        mock.patch("portal.management.commands.run_scheduled_tasks.time.sleep", side_effect=sleep),
    ):
        call_command("run_scheduled_tasks", "--every", "60", stdout=out, stderr=err)

    assert sleeps == [60, 60, 60]
    assert "Run failed; trying again in 60 s." in err.getvalue()
    lines = out.getvalue().strip().splitlines()
    assert lines == [
        "Mails retried and sent: 2; reminders queued: 0; registrations purged: 0; digests sent: 0; "
        "search updates sent: 0; saved-search alerts written: 0.",
        "Mails retried and sent: 0; reminders queued: 0; registrations purged: 0; digests sent: 0; "
        "search updates sent: 0; saved-search alerts written: 0.",
        "Stopped.",
    ]


def test_a_postponed_event_reminds_again_before_its_new_date(event_with_registrants, act, mailoutbox):
    page, confirmed, _others = event_with_registrants()
    first_reminder_day = page.starts_at - timedelta(days=1)
    assert act(services.queue_due_reminders, now=first_reminder_day) == 2
    # Postponed by a month: the reminder is due again before the new date, once.
    page = EventPage.objects.get(pk=page.pk)
    page.starts_at += timedelta(days=30)
    page.ends_at += timedelta(days=30)
    page.save_revision().publish()
    assert services.event_for_page(page).reminders_sent_at is None
    mailoutbox.clear()
    assert act(services.queue_due_reminders, now=first_reminder_day + timedelta(days=2)) == 0
    assert act(services.queue_due_reminders, now=page.starts_at - timedelta(days=1)) == 2
    assert act(services.queue_due_reminders, now=page.starts_at - timedelta(hours=12)) == 0
    assert sorted(m.to[0] for m in mailoutbox if m.subject.startswith("Reminder")) == sorted(r.email for r in confirmed)


def test_a_new_venue_alone_does_not_repeat_the_reminder(event_with_registrants, act):
    page, _confirmed, _others = event_with_registrants()
    assert act(services.queue_due_reminders, now=page.starts_at - timedelta(days=1)) == 2
    page = EventPage.objects.get(pk=page.pk)
    page.venue_name = "Another hall"
    page.save_revision().publish()
    assert services.event_for_page(page).reminders_sent_at is not None
