"""The outbox: mails written in the same transaction as the change they report, sent by a task after commit.

Each app keeps its own outbox table (events' `OutgoingMail`, forums' `ForumMail`,
practices' `PracticeMail`) on the abstract `OutboxMail` and registers it here, so
one task (`send_after_commit`) and one delivery routine claim, send, record
failures and retry them all, and `run_scheduled_tasks`
retries every outbox in one pass. A failure keeps the row with the error and a
time to try again, so a mail-server outage delays mail but loses none.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

logger = logging.getLogger(__name__)

# A claimed mail that was not marked sent within this time is tried again
# (the worker died while sending).
CLAIM_SECONDS = 600
MAX_ATTEMPTS = 12


class OutboxMail(models.Model):
    """Delivery bookkeeping of one outgoing mail; subclasses say what it is and build the message."""

    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    # Relations `build_message` reads, fetched with the claimed row.
    related_for_sending: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def build_message(self) -> EmailMessage:
        raise NotImplementedError


_outboxes: list[type[OutboxMail]] = []


def register_outbox(model: type[OutboxMail]) -> None:
    """Let `retry_failed_mails` look after this outbox too."""
    if model not in _outboxes:
        _outboxes.append(model)


def send_after_commit(mail: OutboxMail) -> None:
    """Have a task send `mail` once the transaction that wrote it commits (rolled back: nothing is sent)."""
    from portal.tasks import send_outbox_mail

    label, mail_id = mail._meta.label, mail.pk
    transaction.on_commit(lambda: send_outbox_mail.enqueue(label, mail_id))


def retry_delay(attempts: int) -> timedelta:
    """Wait longer after each failure: 1, 2, 4 … minutes, at most six hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


def _claim(model: type[OutboxMail], mail_id: int) -> OutboxMail | None:
    """Take the mail for this worker, unless it is sent, or being sent by another one."""
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            model.objects.filter(pk=mail_id, sent_at__isnull=True)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
        )
    if not claimed:
        return None
    return model.objects.select_related(*model.related_for_sending).get(pk=mail_id)


def deliver(model: type[OutboxMail], mail_id: int) -> bool:
    """Send one outbox mail; True when it went out now. A failure is recorded and retried later."""
    mail = _claim(model, mail_id)
    if mail is None:
        return False
    try:
        message = mail.build_message()
        if message is not None:
            message.send()
    except Exception as error:  # any failure of the mail server or of rendering: keep the mail, try later
        attempts = mail.attempts + 1
        logger.warning("Mail %s %s failed, attempt %s: %s", model.__name__, mail.pk, attempts, error)
        model.objects.filter(pk=mail.pk).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:2000],
            next_attempt_at=timezone.now() + retry_delay(attempts) if attempts < MAX_ATTEMPTS else None,
            claimed_until=None,
        )
        return False
    # A mail with nothing left to say (None: the reader unsubscribed meanwhile) counts as done, not sent.
    model.objects.filter(pk=mail.pk).update(
        sent_at=timezone.now(), attempts=mail.attempts + 1, last_error="", next_attempt_at=None, claimed_until=None
    )
    return message is not None


def retry_failed_mails() -> int:
    """Send every unsent mail of every outbox whose time to try again has come; returns how many went out."""
    now = timezone.now()
    retry_due = Q(attempts__gt=0, next_attempt_at__lte=now)
    # Also mails whose task never ran (queue lost, worker down) for more than a claim period.
    never_tried = Q(attempts=0, created_at__lte=now - timedelta(seconds=CLAIM_SECONDS))
    sent = 0
    for model in _outboxes:
        due = model.objects.filter(retry_due | never_tried, sent_at__isnull=True).order_by("pk")
        for mail_id in list(due.values_list("pk", flat=True)):
            sent += deliver(model, mail_id)
    return sent
