"""The mails of the practice library, built when sent, in the language of the practice they are about."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import translation

from portal.mail import absolute, automatic_mail
from practices.models import PracticeMail


def build_message(mail: PracticeMail) -> EmailMessage | None:
    if mail.kind == PracticeMail.Kind.CONTACT:
        return _contact(mail)
    return _review_news(mail)


def _review_news(mail: PracticeMail) -> EmailMessage | None:
    """News of a submission: to a reviewer (submitted), or to the author (received, approved, changes requested,
    rejected)."""
    user, page = mail.user, mail.page
    if user is None or page is None or not user.is_active or getattr(user, "is_former_member", False):
        return None
    page = page.specific
    library = page.get_parent().specific
    language = user.preferred_language or settings.LANGUAGE_CODE
    if mail.kind == PracticeMail.Kind.SUBMITTED:
        link = library.url + library.reverse_subpage("review_detail", args=[page.pk])
    elif mail.kind == PracticeMail.Kind.APPROVED:
        link = page.url
    else:
        link = library.url + library.reverse_subpage("draft_preview", args=[page.pk])
    with translation.override(language):
        context = {
            "mail": mail,
            "name": user.display_name,
            "title": page.draft_title or page.title,
            "author": page.author.display_name if page.author else "",
            "group": page.working_group.title if page.working_group else "",
            "comment": mail.comment,
            "url": absolute(link),
        }
    templates = (f"practices/mail/{mail.kind}_subject.txt", "practices/mail/review.txt")
    return automatic_mail(language, templates, context, to=[user.email])


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
    templates = ("practices/mail/contact_subject.txt", "practices/mail/contact.txt")
    return automatic_mail(language, templates, context, to=recipients, reply_to=[message.sender_email])
