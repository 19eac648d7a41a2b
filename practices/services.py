"""The rules of what members do with a practice: find it useful, record an adoption, write to the implementers.

Each change is one function, inside a transaction, with its checks; views and
the demo call these. The review workflow of submitted practices joins them.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from forums.permissions import is_verified
from portal.cache import clear_page_cache
from portal.models import Organisation, User
from portal.services import Refusal
from portal.spam import key_rate_exceeded, record_for_key
from portal.translated import row_for_page, source_page
from practices.models import Adoption, ContactMessage, Practice, PracticeMail, PracticePage, UsefulVote


class PracticeError(Refusal):
    """A rule of the practice library refused the change."""


def practice_of(page: PracticePage) -> Practice:
    """The row shared by `page` and its translations."""
    return row_for_page(Practice, page)


def _require_member(user: User, message) -> None:
    if not is_verified(user):
        raise PracticeError("forbidden", message)


def _counts_changed() -> None:
    """Visitors' cached pages show the counts of votes and adoptions: let them be built again."""
    transaction.on_commit(clear_page_cache)


# Useful votes ------------------------------------------------------------------------


def vote_useful(page: PracticePage, user: User) -> bool:
    """Count the member's "useful" once; True if it was new."""
    _require_member(user, _("Log in to say a practice was useful."))
    practice = practice_of(page)
    try:
        with transaction.atomic():
            UsefulVote.objects.create(practice=practice, user=user)
    except IntegrityError:  # voted already (perhaps in another tab): one vote per member
        return False
    _counts_changed()
    return True


def withdraw_vote(page: PracticePage, user: User) -> bool:
    _require_member(user, _("Log in to say a practice was useful."))
    deleted, _rows = UsefulVote.objects.filter(practice__translation_key=page.translation_key, user=user).delete()
    _counts_changed()
    return bool(deleted)


# Adoptions ------------------------------------------------------------------------------


def record_adoption(
    page: PracticePage,
    user: User,
    *,
    adopted_on: date,
    status: str,
    link: str = "",
    own_practice: PracticePage | None = None,
) -> Adoption:
    """The member's organisation says it repeated the practice; a second report from it updates the first."""
    _require_member(user, _("Log in to record that your organisation adopted this practice."))
    organisation: Organisation | None = user.organisation
    if organisation is None:
        raise PracticeError(
            "no_organisation",
            _("Add your organisation to your profile first: adoptions are recorded for an organisation."),
        )
    if page.organisations.filter(pk=organisation.pk).exists():
        raise PracticeError("own", _("Your organisation did this practice: it cannot adopt it as well."))
    if status not in Adoption.Status.values:
        raise PracticeError("status", _("Choose how far the adoption has got."))
    if not date(1990, 1, 1) <= adopted_on <= date(date.today().year + 5, 12, 31):
        raise PracticeError("date", _("Give the month the adoption started (or will start)."))
    if own_practice is not None and own_practice.translation_key == page.translation_key:
        raise PracticeError("same", _("A practice cannot be its own adoption."))
    practice = practice_of(page)
    with transaction.atomic():
        adoption, _created = Adoption.objects.update_or_create(
            practice=practice,
            organisation=organisation,
            defaults={
                "adopted_on": adopted_on.replace(day=1),
                "status": status,
                "link": link,
                "own_practice": own_practice,
                "recorded_by": user,
            },
        )
        _counts_changed()
    return adoption


def withdraw_adoption(page: PracticePage, user: User) -> bool:
    _require_member(user, _("Log in to record that your organisation adopted this practice."))
    if user.organisation_id is None:
        return False
    deleted, _rows = Adoption.objects.filter(
        practice__translation_key=page.translation_key, organisation_id=user.organisation_id
    ).delete()
    _counts_changed()
    return bool(deleted)


# Contact the implementers ------------------------------------------------------------------


def contact_rate_key(user: User) -> str:
    return f"practices:contact:{user.pk}"


def contact_implementers(page: PracticePage, user: User, body: str) -> ContactMessage:
    """Relay the member's message to the practice's contacts by mail; their addresses stay hidden from the member.

    Limited to PRACTICE_CONTACT_RATE messages per member and hour, and logged
    (sender, text, recipients) for abuse handling.
    """
    _require_member(user, _("Log in to write to the implementers."))
    body = body.strip()
    if not body:
        raise PracticeError("empty", _("Write your message."))
    contacts = list(page.contacts.all()) or list(source_page(page).specific.contacts.all())
    if not contacts:
        raise PracticeError("no_contacts", _("Nobody can be reached about this practice yet."))
    key = contact_rate_key(user)
    if key_rate_exceeded(key, settings.PRACTICE_CONTACT_RATE):
        raise PracticeError(
            "rate",
            _("You have sent %(count)s messages in the last hour; please try again later.")
            % {"count": settings.PRACTICE_CONTACT_RATE},
        )
    with transaction.atomic():
        message = ContactMessage.objects.create(
            practice=practice_of(page),
            page=page,
            sender=user,
            sender_name=user.display_name,
            sender_email=user.email,
            body=body[:4000],
            recipients="\n".join(contact.email for contact in contacts),
        )
        queue_mail(PracticeMail.Kind.CONTACT, message=message)
    record_for_key(key)
    return message


def queue_mail(kind: str, **fields) -> PracticeMail:
    """Write a mail to the outbox in the current transaction; a task sends it after commit."""
    mail = PracticeMail.objects.create(kind=kind, **fields)
    from practices.tasks import send_practice_mail

    transaction.on_commit(lambda: send_practice_mail.enqueue(mail.pk))
    return mail
