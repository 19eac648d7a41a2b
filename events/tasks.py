"""Background work of events: send the outbox, retry what failed, remind, purge.

`send_outgoing_mail` is enqueued after each commit that wrote a mail. The
periodic tasks are run by `manage.py run_scheduled_tasks` (cron, a systemd
timer or the `scheduler` service of compose.yaml).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from events.models import OutgoingMail

logger = logging.getLogger(__name__)

# A claimed mail that was not marked sent within this time is tried again
# (the worker died while sending).
CLAIM_SECONDS = 600
MAX_ATTEMPTS = 12


def retry_delay(attempts: int) -> timedelta:
    """Wait longer after each failure: 1, 2, 4 … minutes, at most six hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def _claim(mail_id: int) -> OutgoingMail | None:
    """Take the mail for this worker, unless it is sent, or being sent by another one."""
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            OutgoingMail.objects.filter(pk=mail_id, sent_at__isnull=True)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
        )
    if not claimed:
        return None
    return OutgoingMail.objects.select_related("registration", "registration__event", "message").get(pk=mail_id)


def deliver(mail_id: int) -> bool:
    """Send one outbox mail; True when it went out now. A failure is recorded and retried later."""
    from events.mails import build_message

    mail = _claim(mail_id)
    if mail is None:
        return False
    try:
        build_message(mail).send()
    except Exception as error:  # any failure of the mail server or of rendering: keep the mail, try later
        attempts = mail.attempts + 1
        logger.warning("Mail %s (%s) failed, attempt %s: %s", mail.pk, mail.kind, attempts, error)
        OutgoingMail.objects.filter(pk=mail.pk).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=timezone.now() + retry_delay(attempts) if attempts < MAX_ATTEMPTS else None,
            claimed_until=None,
        )
        return False
    OutgoingMail.objects.filter(pk=mail.pk).update(
        sent_at=timezone.now(), attempts=mail.attempts + 1, last_error="", next_attempt_at=None, claimed_until=None
    )
    return True


@task()
def send_outgoing_mail(mail_id: int) -> bool:
    return deliver(mail_id)


def retry_failed_mails() -> int:
    """Send every unsent mail whose time to try again has come; returns how many went out."""
    now = timezone.now()
    retry_due = Q(attempts__gt=0, next_attempt_at__lte=now)
    # Also mails whose task never ran (queue lost, worker down) for more than a claim period.
    never_tried = Q(attempts=0, created_at__lte=now - timedelta(seconds=CLAIM_SECONDS))
    due = OutgoingMail.objects.filter(retry_due | never_tried, sent_at__isnull=True).order_by("pk")
    sent = 0
    for mail_id in list(due.values_list("pk", flat=True)):
        sent += deliver(mail_id)
    return sent


@task()
def retry_failed_mails_task() -> int:
    return retry_failed_mails()


@task()
def queue_due_reminders_task() -> int:
    from events.services import queue_due_reminders

    return queue_due_reminders()


@task()
def purge_personal_data_task() -> int:
    from events.services import purge_personal_data

    return purge_personal_data()
