"""Every change of a membership, one function each: join, approve, reject, cancel, leave, remove, invite, roles.

Each runs in one transaction that first locks the group's row, checks who
is acting, then changes the membership and queues the mails that tell the
people concerned. A partial unique index keeps one open membership per person
and group even if two requests race.
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forums.models import ForumMail, Membership, Subscription, WorkingGroup, WorkingGroupPage
from forums.permissions import group_access, is_moderator, is_verified
from portal.models import User

from .common import ForumError, coordinators_of, lock_group, mail_membership_news, preferences, queue_mail

State = Membership.State
Role = Membership.Role
Policy = WorkingGroupPage.Policy
MOTIVATION_MAX = 1000


def _open_membership(group: WorkingGroup, user: User) -> Membership | None:
    return Membership.objects.filter(group=group, user=user, state__in=Membership.OPEN_STATES).first()


def _lock_membership(membership: Membership) -> tuple[Membership, WorkingGroup]:
    group = lock_group(membership.group)
    return Membership.objects.select_related("user").get(pk=membership.pk), group


def _require_manager(group: WorkingGroup, actor: User) -> None:
    if not group_access(actor, group).can_manage:
        raise ForumError("forbidden", _("Only the group's coordinators can do this."))


def _activate(membership: Membership) -> None:
    membership.state = State.ACTIVE
    membership.joined_at = timezone.now()
    if membership.user is not None and preferences(membership.user).follow_on_join:
        Subscription.objects.get_or_create(user=membership.user, group=membership.group)


def request_to_join(group: WorkingGroup, user: User, motivation: str = "") -> Membership:
    """Ask to join: an open group takes the member at once, a group "on request" waits for a coordinator."""
    motivation = motivation.strip()
    if len(motivation) > MOTIVATION_MAX:
        raise ForumError("too_long", _("Please keep your motivation under 1,000 characters."))
    if not is_verified(user):
        raise ForumError("unverified", _("Verify your email address before joining a group."))
    with transaction.atomic():
        group = lock_group(group)
        existing = _open_membership(group, user)
        if existing is not None:
            if existing.state == State.ACTIVE:
                raise ForumError("already_member", _("You are already a member of this group."))
            if existing.state == State.REQUESTED:
                raise ForumError("already_requested", _("You have already asked to join; a coordinator will answer."))
            return accept_invitation(existing, user)
        invitation = invitations_for(user).filter(group=group).first()
        if invitation is not None:
            return accept_invitation(invitation, user)
        policy = group.page.membership_policy
        if policy == Policy.INVITATION:
            raise ForumError("invitation_only", _("This group takes new members by invitation only."))
        membership = Membership(group=group, user=user, email=user.email, motivation=motivation, role=Role.MEMBER)
        if policy == Policy.OPEN:
            _activate(membership)
        else:
            membership.state = State.REQUESTED
        try:
            with transaction.atomic():
                membership.save()
        except IntegrityError as error:  # a double click raced this request
            raise ForumError("already_requested", _("You have already asked to join.")) from error
        if policy == Policy.OPEN:
            mail_membership_news(ForumMail.Kind.JOINED, membership, coordinators_of(group))
        else:
            mail_membership_news(ForumMail.Kind.JOIN_REQUESTED, membership, coordinators_of(group))
    return membership


def approve_request(membership: Membership, *, by: User) -> Membership:
    with transaction.atomic():
        membership, group = _lock_membership(membership)
        _require_manager(group, by)
        if membership.state != State.REQUESTED:
            raise ForumError("not_requested", _("Only a pending request can be approved."))
        _activate(membership)
        membership.decided_by = by
        membership.save()
        mail_membership_news(ForumMail.Kind.APPROVED, membership, [membership.user])
    return membership


def reject_request(membership: Membership, *, by: User, reason: str = "") -> Membership:
    with transaction.atomic():
        membership, group = _lock_membership(membership)
        _require_manager(group, by)
        if membership.state != State.REQUESTED:
            raise ForumError("not_requested", _("Only a pending request can be declined."))
        membership.state = State.REJECTED
        membership.decision_reason = reason.strip()[:1000]
        membership.decided_by = by
        membership.save()
        mail_membership_news(ForumMail.Kind.REJECTED, membership, [membership.user])
    return membership


def cancel_request(membership: Membership, *, by: User) -> Membership:
    """The person who asked withdraws a request nobody has answered yet."""
    with transaction.atomic():
        membership, _group = _lock_membership(membership)
        if membership.user_id != by.pk:
            raise ForumError("forbidden", _("Only the person who asked can withdraw a request."))
        if membership.state != State.REQUESTED:
            raise ForumError("not_requested", _("There is no pending request to withdraw."))
        membership.state = State.CANCELLED
        membership.save()
    return membership


def _is_last_coordinator(membership: Membership) -> bool:
    return (
        membership.is_coordinator
        and not Membership.objects.filter(group=membership.group, state=State.ACTIVE, role=Role.COORDINATOR)
        .exclude(pk=membership.pk)
        .exists()
    )


def leave_group(membership: Membership, *, by: User) -> Membership:
    with transaction.atomic():
        membership, _group = _lock_membership(membership)
        if membership.user_id != by.pk:
            raise ForumError("forbidden", _("Only the member can leave; coordinators remove members."))
        if membership.state != State.ACTIVE:
            raise ForumError("not_member", _("You are not a member of this group."))
        if _is_last_coordinator(membership):
            raise ForumError(
                "last_coordinator", _("You are the group's only coordinator: make another member coordinator first.")
            )
        membership.state = State.LEFT
        membership.role = Role.MEMBER
        membership.save()
        Subscription.objects.filter(user=by, group=membership.group).delete()
    return membership


def remove_member(membership: Membership, *, by: User, reason: str = "") -> Membership:
    """A coordinator (or staff) removes a member; only staff remove a coordinator."""
    with transaction.atomic():
        membership, group = _lock_membership(membership)
        _require_manager(group, by)
        if membership.state != State.ACTIVE:
            raise ForumError("not_member", _("This person is not a member of the group."))
        if membership.user_id == by.pk:
            raise ForumError("self", _("To leave the group yourself, use “Leave the group”."))
        if membership.role == Role.COORDINATOR and not is_moderator(by):
            raise ForumError("coordinator", _("Only staff can remove a coordinator."))
        membership.state = State.REMOVED
        membership.role = Role.MEMBER
        membership.decision_reason = reason.strip()[:1000]
        membership.decided_by = by
        membership.save()
        Subscription.objects.filter(user=membership.user, group=group).delete()
        mail_membership_news(ForumMail.Kind.REMOVED, membership, [membership.user])
    return membership


def change_role(membership: Membership, role: str, *, by: User) -> Membership:
    if role not in Role.values:
        raise ForumError("role", _("Choose member or coordinator."))
    with transaction.atomic():
        membership, group = _lock_membership(membership)
        _require_manager(group, by)
        if membership.state != State.ACTIVE:
            raise ForumError("not_member", _("Only members can be given a role."))
        if membership.role == role:
            return membership
        if role == Role.MEMBER and _is_last_coordinator(membership):
            raise ForumError(
                "last_coordinator", _("A group needs a coordinator: make another member coordinator first.")
            )
        membership.role = role
        membership.decided_by = by
        membership.save()
        mail_membership_news(ForumMail.Kind.ROLE_CHANGED, membership, [membership.user])
    return membership


def invite(group: WorkingGroup, email: str, *, by: User) -> Membership:
    """Invite someone by email: a member with that verified address sees it at once; anyone else after signing up."""
    email = email.strip()
    with transaction.atomic():
        group = lock_group(group)
        _require_manager(group, by)
        address = EmailAddress.objects.filter(email__iexact=email, verified=True).select_related("user").first()
        user = address.user if address else None
        if user is not None:
            existing = _open_membership(group, user)
            if existing is not None:
                message = {
                    State.ACTIVE: _("This person is already a member."),
                    State.INVITED: _("This person has already been invited."),
                    State.REQUESTED: _("This person has asked to join: approve the request instead."),
                }[existing.state]
                raise ForumError("already", message)
        membership = Membership(group=group, user=user, email=email.lower(), state=State.INVITED, decided_by=by)
        try:
            with transaction.atomic():
                membership.save()
        except IntegrityError as error:
            raise ForumError("already", _("This address has already been invited.")) from error
        if user is not None:
            mail_membership_news(ForumMail.Kind.INVITED, membership, [user])
        else:
            queue_mail(ForumMail.Kind.INVITED, email=membership.email, membership=membership)
    return membership


def invitations_for(user: User):
    """Open invitations addressed to the member, or to one of their verified addresses before they had an account."""
    addresses = list(EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True))
    from django.db.models import Q

    return Membership.objects.filter(
        Q(user=user) | Q(user__isnull=True, email__in=[a.lower() for a in addresses]), state=State.INVITED
    )


def accept_invitation(membership: Membership, user: User) -> Membership:
    with transaction.atomic():
        membership, group = _lock_membership(membership)
        if not invitations_for(user).filter(pk=membership.pk).exists():
            raise ForumError("not_invited", _("This invitation is not addressed to you, or it has been answered."))
        if _open_membership(group, user) not in (None, membership):
            raise ForumError("already_member", _("You are already a member of this group."))
        membership.user = user
        _activate(membership)
        membership.save()
        mail_membership_news(ForumMail.Kind.JOINED, membership, coordinators_of(group))
    return membership


def decline_invitation(membership: Membership, user: User) -> Membership:
    with transaction.atomic():
        membership, _group = _lock_membership(membership)
        if not invitations_for(user).filter(pk=membership.pk).exists():
            raise ForumError("not_invited", _("This invitation is not addressed to you, or it has been answered."))
        membership.user = user
        membership.state = State.DECLINED
        membership.save()
    return membership
