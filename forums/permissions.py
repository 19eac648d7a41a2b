"""Who may do what in working groups and on the question board.

Roles: anonymous visitor, verified member (a logged-in account with a
verified address), group member, group coordinator, staff moderator (the
`forums.moderate_workinggroup` permission: the Moderators group, from a data
migration) and administrator (superuser: every permission). The services
check these before every change; views ask them to decide what to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from forums.models import Membership, WorkingGroup

MODERATE = "forums.moderate_workinggroup"


def is_moderator(user) -> bool:
    """Staff who moderate every group and the question board."""
    return bool(user and user.is_authenticated and user.has_perm(MODERATE))


def is_verified(user) -> bool:
    """A logged-in member whose address is verified; the answer is remembered on the user for the request."""
    if not (user and user.is_authenticated) or getattr(user, "is_former_member", False):
        return False
    cached = getattr(user, "_forums_verified", None)
    if cached is None:
        from allauth.account.models import EmailAddress

        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._forums_verified = cached
    return cached


@dataclass
class GroupAccess:
    """What one person may do in one group, computed once per request."""

    user: object
    group: WorkingGroup
    discussions_public: bool

    @cached_property
    def membership(self) -> Membership | None:
        """The person's open membership (requested, invited or active), if any."""
        if not (self.user and self.user.is_authenticated):
            return None
        return (
            Membership.objects.filter(group=self.group, user=self.user, state__in=Membership.OPEN_STATES)
            .order_by("-pk")
            .first()
        )

    @cached_property
    def is_moderator(self) -> bool:
        return is_moderator(self.user)

    @property
    def is_member(self) -> bool:
        return self.membership is not None and self.membership.is_active

    @property
    def is_coordinator(self) -> bool:
        return self.membership is not None and self.membership.is_coordinator

    @property
    def can_manage(self) -> bool:
        """Approve and reject requests, invite, remove, change roles, moderate the group's threads."""
        return self.is_coordinator or self.is_moderator

    @property
    def can_read(self) -> bool:
        return self.discussions_public or self.is_member or self.is_moderator

    @property
    def can_post(self) -> bool:
        return (self.is_member or self.is_moderator) and is_verified(self.user)

    @property
    def can_see_members(self) -> bool:
        return self.is_member or self.is_moderator


def group_access(user, group: WorkingGroup) -> GroupAccess:
    return GroupAccess(user=user, group=group, discussions_public=group.page.discussions_public)


def may_edit_post(user, post) -> bool:
    """Authors edit and delete their own posts, while the thread is open."""
    return bool(
        user.is_authenticated
        and post.author_id == user.pk
        and post.state in ("published", "pending")
        and not post.thread.is_locked
    )


def may_see_history(user, post) -> bool:
    """A post's earlier texts (edits, and the text of a deleted post): its author and the thread's moderators."""
    return bool(user.is_authenticated and (post.author_id == user.pk or may_moderate_thread(user, post.thread)))


def may_moderate_thread(user, thread) -> bool:
    """Coordinators of the thread's group, and staff moderators (the only moderators of questions)."""
    if is_moderator(user):
        return True
    if thread.group_id is None or not user.is_authenticated:
        return False
    return Membership.objects.filter(
        group_id=thread.group_id, user=user, state=Membership.State.ACTIVE, role=Membership.Role.COORDINATOR
    ).exists()
