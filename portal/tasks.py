"""Background work every app shares: sending a mail of any app's outbox."""

from __future__ import annotations

from django.apps import apps
from django_tasks import task

from portal import outbox


@task()
def send_outbox_mail(model_label: str, mail_id: int) -> bool:
    """Send one mail of the outbox table `model_label` ("forums.ForumMail"…); True when it went out now."""
    return outbox.deliver(apps.get_model(model_label), mail_id)
