"""Fixtures for the forums tests: working groups made to measure, and people in every role."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.utils import timezone

from forums.models import Membership, WorkingGroup, WorkingGroupIndexPage, WorkingGroupPage
from forums.services import group_for_page
from tests.conftest import index_under
from tests.factories import UserFactory

_numbers = itertools.count(1)


def group_index_for(home) -> WorkingGroupIndexPage:
    return index_under(WorkingGroupIndexPage, home, "Working groups", "working-groups")


@pytest.fixture
def make_group(home_pages):
    """make_group(policy, public, language, **fields) → the `WorkingGroup` of a new published group page."""

    def make(policy: str = "request", public: bool = True, language: str = "en", **fields) -> WorkingGroup:
        number = next(_numbers)
        index = group_index_for(home_pages[language])
        values = {"title": f"Test working group {number}", "slug": f"test-working-group-{number}"}
        values.update(fields)
        page = WorkingGroupPage(locale=index.locale, membership_policy=policy, discussions_public=public, **values)
        index.add_child(instance=page)
        page.save_revision().publish()
        return group_for_page(WorkingGroupPage.objects.get(pk=page.pk))

    return make


@pytest.fixture
def member(db):
    """member(**fields) → a verified account 30 days old: past the new-account moderation."""

    def make(**fields):
        fields.setdefault("date_joined", timezone.now() - timedelta(days=30))
        return UserFactory(**fields)

    return make


@pytest.fixture
def newcomer(db):
    """newcomer(**fields) → a verified account made today: its first posts wait for a moderator."""

    def make(**fields):
        return UserFactory(**fields)

    return make


@pytest.fixture
def unverified(member):
    """unverified() → an account whose address was never confirmed."""

    def make(**fields):
        user = member(**fields)
        EmailAddress.objects.filter(user=user).update(verified=False)
        return user

    return make


def join(group: WorkingGroup, user, role: str = Membership.Role.MEMBER) -> Membership:
    """Make `user` an active member (or coordinator) of `group` directly, without the join services."""
    return Membership.objects.create(
        group=group,
        user=user,
        email=user.email,
        state=Membership.State.ACTIVE,
        role=role,
        joined_at=timezone.now(),
    )


@pytest.fixture
def group_member(member):
    """group_member(group, **fields) → a new account that is an active member of `group`."""

    def make(group: WorkingGroup, **fields):
        user = member(**fields)
        join(group, user)
        return user

    return make


@pytest.fixture
def coordinator(member):
    """coordinator(group, **fields) → a new account that coordinates `group`."""

    def make(group: WorkingGroup, **fields):
        user = member(**fields)
        join(group, user, Membership.Role.COORDINATOR)
        return user

    return make


@pytest.fixture
def moderator(member):
    """A staff moderator: in the Moderators group, which may moderate every working group."""
    user = member(is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def admin(member):
    """An administrator: a superuser, with every permission."""
    return member(is_staff=True, is_superuser=True)


def mails_to(mailoutbox, user_or_email) -> list:
    email = getattr(user_or_email, "email", user_or_email)
    return [message for message in mailoutbox if message.to == [email]]


@pytest.fixture
def someone(make_group, coordinator, group_member, member, moderator, admin):
    """someone(role, group) → a person standing in `role` towards `group`.

    Roles: coordinator, moderator (staff), admin, member (of the group),
    stranger (verified, not a member), other_coordinator (of another group).
    """

    def make(role: str, group: WorkingGroup):
        return {
            "coordinator": lambda: coordinator(group),
            "moderator": lambda: moderator,
            "admin": lambda: admin,
            "member": lambda: group_member(group),
            "stranger": lambda: member(),
            "other_coordinator": lambda: coordinator(make_group()),
        }[role]()

    return make
