"""Background work of practices: send a mail of the outbox."""

from __future__ import annotations

from django_tasks import task

from portal import outbox
from practices.models import PracticeMail


@task()
def send_practice_mail(mail_id: int) -> bool:
    return outbox.deliver(PracticeMail, mail_id)
