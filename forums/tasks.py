"""Background work of forums: send a mail of the outbox (digests are a scheduled job, see apps.py)."""

from __future__ import annotations

from django_tasks import task

from forums.models import ForumMail
from portal import outbox


def deliver(mail_id: int) -> bool:
    return outbox.deliver(ForumMail, mail_id)


@task()
def send_due_digests_task() -> int:
    from forums.notifications import send_due_digests

    return send_due_digests()
