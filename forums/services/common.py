"""What every forum service shares: the refusal they raise, the group lock, the outbox."""

from __future__ import annotations

from forums.models import ForumMail, ForumPreferences, Membership, WorkingGroup, WorkingGroupPage
from portal import outbox, translated
from portal.services import Refusal


class ForumError(Refusal):
    """A rule of working groups refused the change (role, state, limits)."""


def group_for_page(page: WorkingGroupPage) -> WorkingGroup:
    """The `WorkingGroup` shared by `page` and its translations, created on first use."""
    return translated.row_for_page(WorkingGroup, page)


def lock_group(group: WorkingGroup) -> WorkingGroup:
    """Lock the group's row for this transaction (PostgreSQL; SQLite's IMMEDIATE transactions serialise anyway)."""
    return WorkingGroup.objects.select_for_update().select_related("page").get(pk=group.pk)


def preferences(user) -> ForumPreferences:
    """The member's forum preferences, or the defaults (unsaved) when they never changed them."""
    try:
        return user.forum_preferences
    except ForumPreferences.DoesNotExist:
        return ForumPreferences(user=user)


def queue_mail(
    kind: str, *, user=None, email: str = "", membership: Membership | None = None, period: str = ""
) -> ForumMail:
    """Write a mail to the outbox in the current transaction; a task sends it after commit."""
    mail = ForumMail.objects.create(kind=kind, user=user, email=email, membership=membership, period=period)
    outbox.send_after_commit(mail)
    return mail


def mail_membership_news(kind: str, membership: Membership, recipients) -> None:
    """Tell each recipient (a user) of a membership change, unless they asked not to hear of memberships."""
    for user in recipients:
        if user is None or getattr(user, "is_former_member", False):
            continue
        if preferences(user).mail_about_membership:
            queue_mail(kind, user=user, membership=membership)


def coordinators_of(group: WorkingGroup):
    from portal.models import User

    return User.objects.filter(
        memberships__group=group,
        memberships__state=Membership.State.ACTIVE,
        memberships__role=Membership.Role.COORDINATOR,
    )
