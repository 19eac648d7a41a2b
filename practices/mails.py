"""The mails of the practice library, built when sent, in the language of the practice they are about."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from portal.mail import absolute, tidy
from practices.models import PracticeMail


def build_message(mail: PracticeMail) -> EmailMessage | None:
    if mail.kind == PracticeMail.Kind.CONTACT:
        return _contact(mail)
    raise ValueError(f"Unknown practice mail kind {mail.kind!r}")


def _contact(mail: PracticeMail) -> EmailMessage | None:
    message = mail.message
    page = message.page
    recipients = [address for address in message.recipients.split() if address]
    if page is None or not recipients:
        return None
    # The implementers read the language they wrote the practice in.
    language = page.locale.language_code
    with translation.override(language):
        context = {"message": message, "page": page, "url": absolute(page.url)}
        subject = " ".join(render_to_string("practices/mail/contact_subject.txt", context).split())
        body = tidy(render_to_string("practices/mail/contact.txt", context))
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        reply_to=[message.sender_email],
        headers={"Auto-Submitted": "auto-generated", "Content-Language": language},
    )
