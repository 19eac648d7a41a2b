"""Membership rules: joining by each policy, deciding requests, leaving, removal, roles and invitations.

Every role is tried on every decision: the group's coordinator, a staff
moderator and an administrator may decide; a plain member, a verified
stranger and the coordinator of another group may not.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from forums import services
from forums.models import ForumMail, ForumPreferences, Membership, Subscription, WorkingGroupPage
from forums.services import ForumError
from tests.events.conftest import translate
from tests.factories import UserFactory
from tests.forums.conftest import mails_to

pytestmark = pytest.mark.django_db

State = Membership.State
Role = Membership.Role


def refused(code: str, function, *args, **kwargs) -> ForumError:
    with pytest.raises(ForumError) as error:
        function(*args, **kwargs)
    assert error.value.code == code, error.value.message
    return error.value


def state_of(membership: Membership) -> str:
    membership.refresh_from_db()
    return membership.state


# Joining -------------------------------------------------------------------------------


def test_joining_an_open_group_makes_a_member_at_once_and_tells_the_coordinator(
    make_group, coordinator, member, act, mailoutbox
):
    group = make_group(policy="open")
    boss = coordinator(group)
    newcomer = member(full_name="Ivana Open")
    membership = act(services.request_to_join, group, newcomer)
    assert membership.state == State.ACTIVE and membership.joined_at is not None
    # Joining follows the group's new threads (the default preference).
    assert Subscription.objects.filter(user=newcomer, group=group, mode="follow").exists()
    [mail] = mails_to(mailoutbox, boss)
    assert group.page.title in mail.subject
    assert "Ivana Open" in mail.body
    assert ForumMail.objects.get(user=boss).kind == ForumMail.Kind.JOINED


def test_joining_a_group_on_request_waits_for_a_coordinator_who_is_mailed(
    make_group, coordinator, member, act, mailoutbox
):
    group = make_group(policy="request")
    boss = coordinator(group)
    asker = member(full_name="Petar Asker")
    membership = act(services.request_to_join, group, asker, "I run our e-services.")
    assert membership.state == State.REQUESTED
    assert not Subscription.objects.filter(user=asker, group=group).exists()
    [mail] = mails_to(mailoutbox, boss)
    assert group.page.title in mail.subject
    assert "Petar Asker" in mail.body and "I run our e-services." in mail.body
    assert not mails_to(mailoutbox, asker)


def test_join_request_mail_is_in_each_coordinators_preferred_language(make_group, coordinator, member, act, mailoutbox):
    group = make_group(policy="request", title="Electronic documents")
    translate(group.page, "bg", title="Електронни документи", slug="elektronni-dokumenti")
    english = coordinator(group, preferred_language="en")
    bulgarian = coordinator(group, preferred_language="bg")
    act(services.request_to_join, group, member())
    [en_mail] = mails_to(mailoutbox, english)
    [bg_mail] = mails_to(mailoutbox, bulgarian)
    assert "Electronic documents" in en_mail.subject
    assert "Електронни документи" in bg_mail.subject and "Електронни документи" in bg_mail.body
    assert "/bg/" in bg_mail.body
    # The subject is translated, not only the group's title in it.
    assert bg_mail.subject.replace("Електронни документи", "") != en_mail.subject.replace("Electronic documents", "")
    assert bg_mail.extra_headers["Content-Language"] == "bg"


def test_an_invitation_only_group_refuses_join_requests(make_group, member):
    group = make_group(policy="invitation")
    user = member()
    refused("invitation_only", services.request_to_join, group, user)
    assert not Membership.objects.filter(group=group, user=user).exists()


def test_an_unverified_account_cannot_ask_to_join(make_group, unverified):
    group = make_group(policy="open")
    refused("unverified", services.request_to_join, group, unverified())
    assert not Membership.objects.filter(group=group).exists()


def test_a_second_join_request_is_refused_cleanly_and_the_first_stays(make_group, member):
    group = make_group(policy="request")
    user = member()
    first = services.request_to_join(group, user)
    refused("already_requested", services.request_to_join, group, user)
    assert list(Membership.objects.filter(group=group, user=user)) == [first]
    assert state_of(first) == State.REQUESTED


def test_a_member_asking_to_join_again_is_told_they_are_a_member(make_group, group_member):
    group = make_group(policy="open")
    user = group_member(group)
    refused("already_member", services.request_to_join, group, user)
    assert Membership.objects.filter(group=group, user=user).count() == 1


def test_a_motivation_over_the_limit_is_refused(make_group, member):
    group = make_group()
    refused("too_long", services.request_to_join, group, member(), "x" * 1001)


def test_who_has_been_rejected_may_ask_again(make_group, coordinator, member):
    group = make_group()
    boss = coordinator(group)
    user = member()
    services.reject_request(services.request_to_join(group, user), by=boss)
    again = services.request_to_join(group, user)
    assert again.state == State.REQUESTED


# Deciding requests ---------------------------------------------------------------------


@pytest.fixture
def request_in(make_group, coordinator, member):
    """A group on request with a coordinator and one pending request: (group, request)."""
    group = make_group(policy="request")
    coordinator(group)
    return group, services.request_to_join(group, member())


@pytest.mark.parametrize("role", ["coordinator", "moderator", "admin"])
def test_coordinators_staff_moderators_and_admins_approve_requests(role, request_in, someone, act, mailoutbox):
    group, request = request_in
    by = someone(role, group)
    approved = act(services.approve_request, request, by=by)
    assert approved.state == State.ACTIVE and approved.decided_by == by
    assert Subscription.objects.filter(user=request.user, group=group).exists()
    [mail] = mails_to(mailoutbox, request.user)
    assert group.page.title in mail.subject


@pytest.mark.parametrize("role", ["coordinator", "moderator", "admin"])
def test_coordinators_staff_moderators_and_admins_reject_requests_with_a_reason_the_asker_reads(
    role, request_in, someone, act, mailoutbox
):
    group, request = request_in
    by = someone(role, group)
    rejected = act(services.reject_request, request, by=by, reason="The group is for municipal staff.")
    assert rejected.state == State.REJECTED
    [mail] = mails_to(mailoutbox, request.user)
    assert "The group is for municipal staff." in mail.body
    assert group.page.title in mail.body


@pytest.mark.parametrize("role", ["member", "stranger", "other_coordinator"])
@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_members_strangers_and_other_groups_coordinators_cannot_decide_requests(role, decision, request_in, someone):
    group, request = request_in
    by = someone(role, group)
    function = services.approve_request if decision == "approve" else services.reject_request
    refused("forbidden", function, request, by=by)
    assert state_of(request) == State.REQUESTED
    assert not ForumMail.objects.filter(membership=request).exclude(kind="join_requested").exists()


def test_a_decided_request_cannot_be_decided_again(request_in, moderator):
    _group, request = request_in
    services.approve_request(request, by=moderator)
    refused("not_requested", services.reject_request, request, by=moderator)
    assert state_of(request) == State.ACTIVE


def test_only_the_asker_can_withdraw_a_request(request_in, moderator, member):
    group, request = request_in
    refused("forbidden", services.cancel_request, request, by=member())
    refused("forbidden", services.cancel_request, request, by=moderator)
    assert state_of(request) == State.REQUESTED
    assert services.cancel_request(request, by=request.user).state == State.CANCELLED
    refused("not_requested", services.cancel_request, request, by=request.user)


# Leaving, removing, roles --------------------------------------------------------------


def test_a_member_leaves_and_stops_following_the_group(make_group, member):
    group = make_group(policy="open")
    user = member()
    membership = services.request_to_join(group, user)
    assert services.leave_group(membership, by=user).state == State.LEFT
    assert not Subscription.objects.filter(user=user, group=group).exists()
    # Leaving is for oneself only, and once.
    refused("not_member", services.leave_group, membership, by=user)


def test_nobody_leaves_on_someone_elses_behalf(make_group, group_member, coordinator):
    group = make_group()
    user = group_member(group)
    membership = Membership.objects.get(group=group, user=user)
    refused("forbidden", services.leave_group, membership, by=coordinator(group))
    assert state_of(membership) == State.ACTIVE


def test_the_last_coordinator_cannot_leave_but_one_of_two_can(make_group, coordinator):
    group = make_group()
    first = coordinator(group)
    first_membership = Membership.objects.get(group=group, user=first)
    refused("last_coordinator", services.leave_group, first_membership, by=first)
    coordinator(group)
    assert services.leave_group(first_membership, by=first).state == State.LEFT


def test_a_coordinator_removes_a_member_who_is_told_why(make_group, coordinator, group_member, act, mailoutbox):
    group = make_group()
    boss = coordinator(group)
    user = group_member(group)
    membership = Membership.objects.get(group=group, user=user)
    removed = act(services.remove_member, membership, by=boss, reason="Inactive for two years.")
    assert removed.state == State.REMOVED and removed.decided_by == boss
    [mail] = mails_to(mailoutbox, user)
    assert "Inactive for two years." in mail.body


def test_a_coordinator_cannot_remove_another_coordinator_but_staff_can(make_group, coordinator, moderator):
    group = make_group()
    boss = coordinator(group)
    other = coordinator(group)
    other_membership = Membership.objects.get(group=group, user=other)
    refused("coordinator", services.remove_member, other_membership, by=boss)
    assert state_of(other_membership) == State.ACTIVE
    assert services.remove_member(other_membership, by=moderator).state == State.REMOVED
    other_membership.refresh_from_db()
    assert other_membership.role == Role.MEMBER


def test_nobody_removes_themselves(make_group, coordinator):
    group = make_group()
    boss = coordinator(group)
    coordinator(group)
    refused("self", services.remove_member, Membership.objects.get(group=group, user=boss), by=boss)


@pytest.mark.parametrize("role", ["member", "stranger", "other_coordinator"])
def test_members_strangers_and_other_groups_coordinators_cannot_remove_members(
    role, make_group, coordinator, group_member, someone
):
    group = make_group()
    coordinator(group)
    membership = Membership.objects.get(group=group, user=group_member(group))
    by = someone(role, group)
    refused("forbidden", services.remove_member, membership, by=by)
    assert state_of(membership) == State.ACTIVE


def test_a_coordinator_makes_a_member_coordinator_and_they_are_told(
    make_group, coordinator, group_member, act, mailoutbox
):
    group = make_group()
    boss = coordinator(group)
    user = group_member(group)
    membership = Membership.objects.get(group=group, user=user)
    assert act(services.change_role, membership, Role.COORDINATOR, by=boss).role == Role.COORDINATOR
    [mail] = mails_to(mailoutbox, user)
    assert group.page.title in mail.subject and "Coordinator" in mail.body


def test_the_last_coordinator_cannot_be_made_a_plain_member(make_group, coordinator, moderator):
    group = make_group()
    boss = coordinator(group)
    membership = Membership.objects.get(group=group, user=boss)
    refused("last_coordinator", services.change_role, membership, Role.MEMBER, by=boss)
    refused("last_coordinator", services.change_role, membership, Role.MEMBER, by=moderator)
    membership.refresh_from_db()
    assert membership.role == Role.COORDINATOR
    # With a second coordinator, the first may step down.
    coordinator(group)
    assert services.change_role(membership, Role.MEMBER, by=boss).role == Role.MEMBER


def test_a_plain_member_cannot_change_roles(make_group, coordinator, group_member):
    group = make_group()
    coordinator(group)
    user = group_member(group)
    membership = Membership.objects.get(group=group, user=user)
    refused("forbidden", services.change_role, membership, Role.COORDINATOR, by=user)
    refused("role", services.change_role, membership, "owner", by=user)
    membership.refresh_from_db()
    assert membership.role == Role.MEMBER


# Invitations ---------------------------------------------------------------------------


def test_inviting_a_verified_member_addresses_the_invitation_to_them(make_group, coordinator, member, act, mailoutbox):
    group = make_group(policy="invitation")
    boss = coordinator(group)
    guest = member()
    invitation = act(services.invite, group, guest.email.upper(), by=boss)
    assert invitation.state == State.INVITED and invitation.user == guest
    assert list(services.invitations_for(guest)) == [invitation]
    [mail] = mails_to(mailoutbox, guest)
    assert group.page.title in mail.subject
    accepted = act(services.accept_invitation, invitation, guest)
    assert accepted.state == State.ACTIVE
    assert Subscription.objects.filter(user=guest, group=group).exists()
    assert len(mails_to(mailoutbox, boss)) == 1  # "has joined"


def test_an_invitation_to_an_unknown_address_waits_for_an_account_with_that_address(
    make_group, coordinator, act, mailoutbox
):
    group = make_group(policy="invitation")
    boss = coordinator(group)
    invitation = act(services.invite, group, "  New.Person@Example.net ", by=boss)
    assert invitation.state == State.INVITED and invitation.user is None
    [mail] = mails_to(mailoutbox, "new.person@example.net")
    assert group.page.title in mail.body
    assert reverse("account_signup") in mail.body
    # Someone else cannot take it.
    stranger = UserFactory()
    assert not services.invitations_for(stranger).exists()
    refused("not_invited", services.accept_invitation, invitation, stranger)
    # An account whose verified address matches finds and accepts it.
    newcomer = UserFactory(email="new.person@example.net")
    assert list(services.invitations_for(newcomer)) == [invitation]
    accepted = act(services.accept_invitation, invitation, newcomer)
    assert accepted.state == State.ACTIVE and accepted.user == newcomer


def test_an_invitation_is_not_found_through_an_unverified_address(make_group, coordinator, unverified):
    group = make_group(policy="invitation")
    services.invite(group, "claimed@example.net", by=coordinator(group))
    user = unverified(email="claimed@example.net")
    assert not services.invitations_for(user).exists()


def test_a_declined_invitation_is_closed(make_group, coordinator, member):
    group = make_group(policy="invitation")
    guest = member()
    invitation = services.invite(group, guest.email, by=coordinator(group))
    assert services.decline_invitation(invitation, guest).state == State.DECLINED
    assert not services.invitations_for(guest).exists()
    refused("not_invited", services.accept_invitation, invitation, guest)


def test_inviting_a_current_member_or_an_invited_person_is_refused(make_group, coordinator, group_member, member):
    group = make_group()
    boss = coordinator(group)
    refused("already", services.invite, group, group_member(group).email, by=boss)
    guest = member()
    services.invite(group, guest.email, by=boss)
    refused("already", services.invite, group, guest.email, by=boss)
    services.invite(group, "nobody@example.net", by=boss)
    refused("already", services.invite, group, "NOBODY@example.net", by=boss)


def test_only_coordinators_and_staff_invite(make_group, coordinator, group_member, moderator, member):
    group = make_group(policy="invitation")
    coordinator(group)
    refused("forbidden", services.invite, group, "someone@example.net", by=group_member(group))
    refused("forbidden", services.invite, group, "someone@example.net", by=coordinator(make_group()))
    assert services.invite(group, "someone@example.net", by=moderator).state == State.INVITED


def test_asking_to_join_with_an_open_invitation_accepts_it(make_group, coordinator, member):
    group = make_group(policy="invitation")
    boss = coordinator(group)
    guest = member()
    invitation = services.invite(group, guest.email, by=boss)
    joined = services.request_to_join(group, guest)
    assert joined.pk == invitation.pk and joined.state == State.ACTIVE


def test_asking_to_join_with_an_invitation_to_ones_address_accepts_it(make_group, coordinator):
    group = make_group(policy="invitation")
    invitation = services.invite(group, "later@example.net", by=coordinator(group))
    user = UserFactory(email="later@example.net")
    joined = services.request_to_join(group, user)
    assert joined.pk == invitation.pk and joined.state == State.ACTIVE and joined.user == user


def test_a_member_who_turned_off_membership_mail_is_not_mailed(make_group, coordinator, member, act, mailoutbox):
    group = make_group(policy="request")
    boss = coordinator(group)
    ForumPreferences.objects.create(user=boss, mail_about_membership=False)
    act(services.request_to_join, group, member())
    assert not mails_to(mailoutbox, boss)


def test_the_group_page_policy_of_the_original_counts_for_its_translations(make_group, member):
    group = make_group(policy="invitation")
    bg_page = translate(group.page, "bg", membership_policy=WorkingGroupPage.Policy.OPEN, slug="bg-group")
    assert services.group_for_page(bg_page) == group
    refused("invitation_only", services.request_to_join, services.group_for_page(bg_page), member())


def test_every_membership_mail_is_sent_without_error(make_group, coordinator, member, act, mailoutbox):
    group = make_group(policy="request")
    boss = coordinator(group)
    request = act(services.request_to_join, group, member())
    act(services.approve_request, request, by=boss)
    act(services.change_role, request, Role.COORDINATOR, by=boss)
    act(services.invite, group, "guest@example.net", by=boss)
    mails = ForumMail.objects.filter(membership__group=group)
    assert mails.count() == 4
    assert all(mail.sent_at is not None and mail.last_error == "" for mail in mails)
    assert len(mailoutbox) == 4
