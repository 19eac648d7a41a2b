"""Background work of events: send the outbox, retry what failed, remind, purge.

Mails are sent by the portal's outbox task after each commit that wrote one
(portal/outbox.py). The periodic jobs are run by `manage.py
run_scheduled_tasks` (cron, a systemd timer or the `scheduler` service of
compose.yaml).
"""

from __future__ import annotations

from django_tasks import task

from events.models import OutgoingMail
from portal import outbox


def deliver(mail_id: int) -> bool:
    """Send one registrant's mail from the outbox; True when it went out now."""
    return outbox.deliver(OutgoingMail, mail_id)


@task()
def retry_failed_mails_task() -> int:
    return outbox.retry_failed_mails()


@task()
def queue_due_reminders_task() -> int:
    from events.services import queue_due_reminders

    return queue_due_reminders()


@task()
def purge_personal_data_task() -> int:
    from events.services import purge_personal_data

    return purge_personal_data()
