"""Discussions are found only when anyone may read them: published, in a group with public discussions, or asked
to the whole network. Each rule on both engines."""

from __future__ import annotations

import pytest

from forums.models import Thread
from forums.services import discussions

pytestmark = pytest.mark.django_db


def key(thread) -> str:
    return f"thread:{thread.pk}"


def test_a_public_groups_thread_is_found_by_its_words(either_engine, make_group, group_member, act, find):
    group = make_group(public=True)
    author = group_member(group)
    thread = act(discussions.start_thread, group, author, "Scanning old land registers", "We scan the cadastre.")
    assert thread.state == Thread.State.PUBLISHED
    assert key(thread) in find("land registers scanning")


def test_a_members_only_groups_thread_is_never_found(either_engine, make_group, group_member, act, find):
    group = make_group(public=False)
    author = group_member(group)
    thread = act(discussions.start_thread, group, author, "Salary scales of clerks", "Internal numbers.")
    assert key(thread) not in find("salary scales clerks")


def test_a_thread_waiting_for_a_moderator_is_found_only_once_approved(
    either_engine, make_group, newcomer, act, find, demo_users
):
    from tests.forums.conftest import join

    group = make_group(public=True)
    author = newcomer()
    join(group, author)
    thread = act(discussions.start_thread, group, author, "Kiosk terminals in the town hall", "Which kiosks work?")
    assert thread.state == Thread.State.PENDING
    assert key(thread) not in find("kiosk terminals")
    act(discussions.approve_post, thread.posts.order_by("pk").first(), demo_users["admin"])
    assert key(thread) in find("kiosk terminals")


def test_a_hidden_thread_leaves_search(either_engine, make_group, group_member, act, find, demo_users):
    group = make_group(public=True)
    author = group_member(group)
    thread = act(discussions.start_thread, group, author, "Budget for tablets in schools", "Tablets.")
    assert key(thread) in find("tablets schools")
    act(discussions.hide_post, thread.posts.order_by("pk").first(), demo_users["admin"], "off topic")
    assert key(thread) not in find("tablets schools")


def test_making_a_groups_discussions_private_takes_its_threads_out_of_search(
    either_engine, make_group, group_member, act, find
):
    from forums.models import WorkingGroupPage

    group = make_group(public=True)
    author = group_member(group)
    thread = act(discussions.start_thread, group, author, "Wayfinding signs in the office", "Signs.")
    assert key(thread) in find("wayfinding signs")
    page = WorkingGroupPage.objects.get(pk=group.page_id)
    page.discussions_public = False
    act(lambda: page.save_revision().publish())
    assert key(thread) not in find("wayfinding signs")


def test_a_question_to_the_network_is_found_in_any_language(either_engine, member, act, find):
    asker = member()
    question = act(discussions.ask_question, asker, "Хто обслуговує сервер СЕД у громаді?", "Питання.", language="uk")
    assert question.state == Thread.State.PUBLISHED
    assert key(question) in find("сервер", "bg")
