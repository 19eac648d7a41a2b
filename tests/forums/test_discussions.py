"""Discussion rules: who starts, replies, edits, deletes, reports and moderates; new accounts wait; questions.

Each action is tried by every role: the group's members and coordinators,
staff moderators and administrators, verified strangers, unverified accounts
and the coordinator of another group.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.test import override_settings
from django.utils import timezone

from forums import services
from forums.models import Membership, Notification, Post, PostReport, PostRevision, Subscription, Thread
from forums.services import ForumError
from tests.forums.conftest import join

pytestmark = pytest.mark.django_db

MANAGERS = ["coordinator", "moderator", "admin"]
OUTSIDERS = ["member", "stranger", "other_coordinator"]


def refused(code: str, function, *args, **kwargs) -> ForumError:
    with pytest.raises(ForumError) as error:
        function(*args, **kwargs)
    assert error.value.code == code, error.value.message
    return error.value


def fresh(instance):
    instance.refresh_from_db()
    return instance


@pytest.fixture
def discussion(make_group, coordinator, group_member):
    """A public group with a coordinator, a member, and a thread the member started: (group, thread)."""
    group = make_group()
    coordinator(group)
    author = group_member(group)
    return group, services.start_thread(group, author, "Document management rollout", "How did you *start*?")


def opening(thread: Thread) -> Post:
    return thread.posts.order_by("created_at", "id").first()


# Starting threads ----------------------------------------------------------------------


def test_a_member_starts_a_published_thread_and_follows_it(make_group, group_member):
    group = make_group()
    author = group_member(group)
    thread = services.start_thread(group, author, "  Broadband   in villages ", "Who has **done** it?")
    thread = fresh(thread)
    assert thread.state == Thread.State.PUBLISHED and thread.group == group
    assert thread.title == "Broadband in villages"
    assert thread.language == "en" and thread.reply_count == 0
    post = opening(thread)
    assert post.author == author and post.is_published
    assert post.html == "<p>Who has <strong>done</strong> it?</p>"
    assert Subscription.objects.filter(user=author, thread=thread, mode="follow").exists()


@pytest.mark.parametrize("role", ["stranger", "other_coordinator"])
def test_who_is_not_a_member_cannot_start_a_thread(role, make_group, coordinator, someone):
    group = make_group()
    coordinator(group)
    refused("forbidden", services.start_thread, group, someone(role, group), "A thread title", "Text")
    assert not Thread.objects.filter(group=group).exists()


def test_a_member_without_a_verified_address_cannot_start_a_thread(make_group, unverified):
    group = make_group()
    user = unverified()
    join(group, user)
    refused("forbidden", services.start_thread, group, user, "A thread title", "Text")


def test_an_anonymous_visitor_can_neither_post_nor_ask(discussion):
    group, thread = discussion
    visitor = AnonymousUser()
    refused("forbidden", services.start_thread, group, visitor, "A thread title", "Text")
    refused("forbidden", services.reply, thread, visitor, "Text")
    refused("forbidden", services.ask_question, visitor, "A question title", "Text")
    refused("forbidden", services.report_post, opening(thread), visitor, "Spam")
    assert Thread.objects.filter(group=group).count() == 1 and fresh(thread).reply_count == 0


def test_a_member_who_asked_to_join_cannot_post_before_approval(make_group, member):
    group = make_group(policy="request")
    user = member()
    services.request_to_join(group, user)
    refused("forbidden", services.start_thread, group, user, "A thread title", "Text")


@pytest.mark.parametrize("role", MANAGERS)
def test_coordinators_staff_moderators_and_admins_start_threads(role, make_group, someone):
    group = make_group(public=False)
    thread = services.start_thread(group, someone(role, group), "Agenda of the next meeting", "Proposals?")
    assert fresh(thread).state == Thread.State.PUBLISHED


def test_a_thread_needs_a_real_title_and_some_text(make_group, group_member):
    group = make_group()
    author = group_member(group)
    refused("title", services.start_thread, group, author, " abc ", "Text")
    refused("title", services.start_thread, group, author, "x" * 201, "Text")
    refused("empty", services.start_thread, group, author, "A proper title", "   \n ")
    refused("too_long", services.start_thread, group, author, "A proper title", "x" * 20_001)
    assert not Thread.objects.filter(group=group).exists()


# Replies and thread counts -------------------------------------------------------------


def test_replies_keep_the_reply_count_and_last_activity_right(discussion, group_member):
    group, thread = discussion
    first = services.reply(thread, group_member(group), "We started with the registry.")
    second = services.reply(thread, group_member(group), "We trained the staff first.")
    thread = fresh(thread)
    assert thread.reply_count == 2
    assert thread.last_activity_at == fresh(second).created_at
    services.delete_post(second, second.author)
    thread = fresh(thread)
    assert thread.reply_count == 1
    assert thread.last_activity_at == fresh(first).created_at


@pytest.mark.parametrize("role", ["stranger", "other_coordinator"])
def test_who_is_not_a_member_cannot_reply(role, discussion, someone):
    group, thread = discussion
    refused("forbidden", services.reply, thread, someone(role, group), "Me too")
    assert fresh(thread).reply_count == 0


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_staff_reply_in_any_group(role, discussion, someone):
    group, thread = discussion
    services.reply(thread, someone(role, group), "Staff here.")
    assert fresh(thread).reply_count == 1


def test_a_locked_thread_refuses_members_replies_but_not_its_coordinators(discussion, group_member, coordinator):
    group, thread = discussion
    boss = Membership.objects.get(group=group, role="coordinator").user
    services.set_locked(thread, True, boss)
    refused("locked", services.reply, fresh(thread), group_member(group), "One more thing")
    refused("locked", services.reply, fresh(thread), thread.author, "One more thing")
    services.reply(fresh(thread), boss, "Closing remarks.")
    assert fresh(thread).reply_count == 1
    # The author cannot edit their text in a locked thread either.
    refused("forbidden", services.edit_post, opening(thread), thread.author, "Changed")
    services.set_locked(thread, False, boss)
    services.reply(fresh(thread), thread.author, "Thanks")
    assert fresh(thread).reply_count == 2


def test_a_thread_waiting_for_moderation_takes_no_replies_from_members(make_group, group_member, newcomer, moderator):
    group = make_group()
    author = newcomer()
    join(group, author)
    thread = services.start_thread(group, author, "My first thread", "Hello all")
    refused("closed", services.reply, thread, group_member(group), "Welcome")
    services.reply(thread, moderator, "Checking this one.")


# Editing and deleting ------------------------------------------------------------------


def test_the_author_edits_and_every_earlier_text_is_kept(discussion):
    _group, thread = discussion
    post = opening(thread)
    services.edit_post(post, thread.author, "How did you begin?")
    services.edit_post(post, thread.author, "How did you begin, and what did it cost?")
    post = fresh(post)
    assert post.source == "How did you begin, and what did it cost?" and post.edited_at is not None
    assert "what did it cost" in post.html
    revisions = list(PostRevision.objects.filter(post=post).order_by("id").values_list("source", flat=True))
    assert revisions == ["How did you *start*?", "How did you begin?"]


@pytest.mark.parametrize("role", ["member", "coordinator", "moderator", "admin"])
def test_nobody_but_the_author_edits_a_post(role, discussion, someone):
    group, thread = discussion
    post = opening(thread)
    refused("forbidden", services.edit_post, post, someone(role, group), "Rewritten by someone else")
    assert fresh(post).source == "How did you *start*?"
    assert not PostRevision.objects.filter(post=post).exists()


def test_the_author_deletes_a_reply_whose_text_stays_only_in_its_history(discussion, group_member):
    group, thread = discussion
    replier = group_member(group)
    post = services.reply(thread, replier, "Our supplier was ACME.")
    assert fresh(thread).reply_count == 1
    services.delete_post(post, replier)
    deleted = fresh(post)
    assert deleted.state == Post.State.DELETED
    assert deleted.source == "" and deleted.html == ""  # gone from the row the pages, feeds and digests read
    assert PostRevision.objects.get(post=post).source == "Our supplier was ACME."
    assert fresh(thread).reply_count == 0
    # A deleted post cannot be edited or deleted again.
    refused("forbidden", services.edit_post, post, replier, "Back again")


@pytest.mark.parametrize("role", ["member", "coordinator", "moderator"])
def test_nobody_but_the_author_deletes_a_post(role, discussion, someone):
    group, thread = discussion
    post = opening(thread)
    refused("forbidden", services.delete_post, post, someone(role, group))
    assert fresh(post).is_published


def test_deleting_the_opening_post_takes_the_thread_out_of_view(discussion):
    _group, thread = discussion
    services.delete_post(opening(thread), thread.author)
    assert not fresh(thread).is_published


# Reports and moderation ----------------------------------------------------------------


def test_a_member_reports_a_post_once(discussion, group_member):
    group, thread = discussion
    post = opening(thread)
    reporter = group_member(group)
    services.report_post(post, reporter, "Advertising.")
    refused("already", services.report_post, post, reporter, "Still advertising.")
    services.report_post(post, group_member(group), "Spam.")
    assert PostReport.objects.filter(post=post).count() == 2
    refused("empty", services.report_post, post, group_member(group), "   ")


def test_who_cannot_read_a_private_group_cannot_report_in_it(make_group, group_member, member):
    group = make_group(public=False)
    thread = services.start_thread(group, group_member(group), "Internal matters", "Text")
    refused("forbidden", services.report_post, opening(thread), member(), "Spam")


def test_an_unverified_account_cannot_report(discussion, unverified):
    _group, thread = discussion
    refused("forbidden", services.report_post, opening(thread), unverified(), "Spam")


@pytest.mark.parametrize("role", MANAGERS)
def test_coordinators_and_staff_hide_and_restore_posts(role, discussion, someone, group_member):
    group, thread = discussion
    by = someone(role, group)
    post = services.reply(thread, group_member(group), "Buy cheap watches")
    services.report_post(post, thread.author, "Spam")
    services.hide_post(post, by, reason="Spam")
    post = fresh(post)
    assert post.state == Post.State.HIDDEN and post.moderation_note == "Spam"
    assert fresh(thread).reply_count == 0
    report = PostReport.objects.get(post=post)
    assert report.resolved_at is not None and report.resolved_by == by
    services.restore_post(post, by)
    assert fresh(post).is_published and fresh(post).moderation_note == ""
    assert fresh(thread).reply_count == 1
    refused("not_hidden", services.restore_post, post, by)


@pytest.mark.parametrize("role", OUTSIDERS)
def test_members_strangers_and_other_groups_coordinators_cannot_moderate(role, discussion, someone, moderator):
    group, thread = discussion
    by = someone(role, group)
    post = opening(thread)
    refused("forbidden", services.hide_post, post, by)
    assert fresh(post).is_published
    services.hide_post(post, moderator)
    refused("forbidden", services.restore_post, post, by)
    assert fresh(post).state == Post.State.HIDDEN
    refused("forbidden", services.set_locked, thread, True, by)
    refused("forbidden", services.set_pinned, thread, True, by)
    refused("forbidden", services.dismiss_reports, post, by)
    thread = fresh(thread)
    assert not thread.is_locked and not thread.is_pinned


@pytest.mark.parametrize("role", OUTSIDERS)
def test_members_strangers_and_other_groups_coordinators_cannot_approve_waiting_posts(
    role, make_group, newcomer, someone
):
    group = make_group()
    author = newcomer()
    join(group, author)
    thread = services.start_thread(group, author, "Waiting thread", "Hello")
    refused("forbidden", services.approve_post, opening(thread), someone(role, group))
    assert fresh(thread).state == Thread.State.PENDING


def test_hiding_the_opening_post_hides_the_thread_and_restoring_brings_it_back(discussion, moderator):
    _group, thread = discussion
    services.hide_post(opening(thread), moderator)
    assert fresh(thread).state == Thread.State.HIDDEN
    services.restore_post(opening(thread), moderator)
    assert fresh(thread).state == Thread.State.PUBLISHED


def test_a_post_its_author_deleted_cannot_be_brought_back_by_a_moderator(discussion, group_member, moderator):
    group, thread = discussion
    replier = group_member(group)
    post = services.reply(thread, replier, "I take this back.")
    services.delete_post(post, replier)
    refused("deleted", services.hide_post, post, moderator)
    assert fresh(post).state == Post.State.DELETED
    refused("not_hidden", services.restore_post, post, moderator)
    assert fresh(post).state == Post.State.DELETED and fresh(thread).reply_count == 0


@pytest.mark.parametrize("role", MANAGERS)
def test_coordinators_and_staff_pin_and_lock_threads(role, discussion, someone):
    group, thread = discussion
    by = someone(role, group)
    services.set_pinned(thread, True, by)
    services.set_locked(thread, True, by)
    thread = fresh(thread)
    assert thread.is_pinned and thread.is_locked


def test_pinned_threads_come_first(discussion, group_member, moderator):
    group, first = discussion
    second = services.start_thread(group, group_member(group), "A later thread", "Text")
    assert list(Thread.objects.filter(group=group)) == [second, first]
    services.set_pinned(first, True, moderator)
    assert list(Thread.objects.filter(group=group)) == [first, second]


def test_a_coordinator_of_both_groups_moves_a_thread(discussion, make_group, coordinator, moderator):
    group, thread = discussion
    boss = Membership.objects.get(group=group, role="coordinator").user
    target = make_group()
    refused("forbidden", services.move_thread, thread, target, boss)
    assert fresh(thread).group == group
    join(target, boss, Membership.Role.COORDINATOR)
    services.move_thread(thread, target, boss)
    assert fresh(thread).group == target
    # Staff move anywhere; a coordinator of the target alone cannot take a thread from another group.
    services.move_thread(thread, group, moderator)
    assert fresh(thread).group == group
    refused("forbidden", services.move_thread, thread, target, coordinator(target))
    assert fresh(thread).group == group


def test_a_member_cannot_move_a_thread(discussion, make_group):
    group, thread = discussion
    target = make_group()
    join(target, thread.author)
    refused("forbidden", services.move_thread, thread, target, thread.author)


# New accounts wait for a moderator -----------------------------------------------------


def test_a_new_accounts_first_posts_wait_for_a_moderator(make_group, coordinator, newcomer, group_member):
    group = make_group()
    boss = coordinator(group)
    author = newcomer()
    join(group, author)
    thread = services.start_thread(group, author, "Hello from a new member", "First post")
    assert thread.state == Thread.State.PENDING and fresh(thread).state == Thread.State.PENDING
    assert opening(thread).state == Post.State.PENDING
    services.approve_post(opening(thread), boss)
    assert fresh(thread).state == Thread.State.PUBLISHED
    # The second post waits too (FORUM_MODERATED_POSTS is 2); it is not counted until approved.
    second = services.reply(fresh(thread), author, "A second post")
    assert second.state == Post.State.PENDING and fresh(thread).reply_count == 0
    services.approve_post(second, boss)
    assert fresh(thread).reply_count == 1
    refused("not_pending", services.approve_post, second, boss)
    # Two posts published: the third goes straight out.
    assert services.reply(fresh(thread), author, "A third post").is_published


def test_accounts_older_than_the_new_account_days_post_at_once(make_group, newcomer):
    group = make_group()
    author = newcomer(date_joined=timezone.now() - timedelta(days=8))
    join(group, author)
    assert fresh(services.start_thread(group, author, "No waiting here", "Text")).is_published


def test_new_coordinators_and_staff_never_wait(make_group, newcomer):
    group = make_group()
    boss = newcomer()
    join(group, boss, Membership.Role.COORDINATOR)
    assert fresh(services.start_thread(group, boss, "Coordinator's thread", "Text")).is_published
    staff = newcomer()
    staff.groups.add(Group.objects.get(name="Moderators"))
    assert fresh(services.start_thread(group, staff, "Staff thread", "Text")).is_published


def test_approving_a_waiting_thread_notifies_the_groups_followers(make_group, newcomer, group_member, moderator, act):
    group = make_group()
    follower = group_member(group)
    Subscription.objects.create(user=follower, group=group)
    author = newcomer()
    join(group, author)
    thread = act(services.start_thread, group, author, "Waiting to be seen", "Text")
    assert not Notification.objects.filter(user=follower).exists()
    act(services.approve_post, opening(thread), moderator)
    notification = Notification.objects.get(user=follower)
    assert notification.post == opening(thread) and notification.reason == Notification.Reason.NEW_THREAD


# Questions to the network --------------------------------------------------------------


def test_any_verified_member_asks_and_any_verified_member_answers(member, unverified):
    asker = member()
    question = services.ask_question(asker, "How to digitise archives?", "Any experience?", language="uk")
    question = fresh(question)
    assert question.is_question and question.group is None and question.language == "uk"
    assert question.is_published
    answer = services.reply(question, member(), "We scanned in batches.")
    assert answer.is_published and fresh(question).reply_count == 1
    refused("forbidden", services.ask_question, unverified(), "How to digitise archives?", "Text")
    refused("forbidden", services.reply, question, unverified(), "An answer")


def test_only_the_asker_accepts_an_answer_and_the_answerer_hears_of_it(member, moderator, act):
    asker = member()
    answerer = member()
    question = services.ask_question(asker, "Which EDM system?", "Looking for advice.")
    answer = services.reply(question, answerer, "We use an open-source one.")
    refused("forbidden", services.accept_answer, question, answer, answerer)
    refused("forbidden", services.accept_answer, question, answer, moderator)
    assert fresh(question).accepted_post is None
    act(services.accept_answer, question, answer, asker)
    assert fresh(question).accepted_post == answer
    notification = Notification.objects.get(user=answerer)
    assert notification.post == answer and notification.reason == Notification.Reason.ACCEPTED
    services.accept_answer(question, None, asker)
    assert fresh(question).accepted_post is None


def test_the_question_itself_or_a_post_of_another_thread_cannot_be_accepted(member):
    asker = member()
    question = services.ask_question(asker, "Which EDM system?", "Looking for advice.")
    other = services.ask_question(member(), "Another question", "Text")
    elsewhere = services.reply(other, member(), "An answer elsewhere")
    refused("not_answer", services.accept_answer, question, opening(question), asker)
    refused("not_answer", services.accept_answer, question, elsewhere, asker)
    assert fresh(question).accepted_post is None


def test_a_hidden_answer_loses_its_acceptance(member, moderator):
    asker = member()
    question = services.ask_question(asker, "Which EDM system?", "Looking for advice.")
    answer = services.reply(question, member(), "Ours.")
    services.accept_answer(question, answer, asker)
    services.hide_post(answer, moderator)
    assert fresh(question).accepted_post is None
    refused("not_answer", services.accept_answer, fresh(question), fresh(answer), asker)


def test_discussions_have_no_accepted_answers(discussion, group_member):
    group, thread = discussion
    post = services.reply(thread, group_member(group), "A reply")
    refused("not_question", services.accept_answer, thread, post, thread.author)


def test_only_staff_moderate_questions(member, moderator):
    question = services.ask_question(member(), "A question to all", "Text")
    answer = services.reply(question, member(), "Spam answer")
    refused("forbidden", services.hide_post, answer, member())
    services.hide_post(answer, moderator)
    assert fresh(answer).state == Post.State.HIDDEN


# Rate limits ---------------------------------------------------------------------------


@override_settings(FORUM_POST_RATE=2)
def test_the_third_reply_within_the_hour_is_refused(discussion, group_member, act):
    group, thread = discussion
    replier = group_member(group)
    act(services.reply, thread, replier, "One")
    act(services.reply, thread, replier, "Two")
    refused("rate", act, services.reply, thread, replier, "Three")
    assert fresh(thread).reply_count == 2
    # The limit is per member.
    act(services.reply, thread, group_member(group), "Someone else")
    assert fresh(thread).reply_count == 3


@override_settings(FORUM_THREAD_RATE=1)
def test_threads_and_questions_share_an_hourly_limit(make_group, group_member, act):
    group = make_group()
    author = group_member(group)
    act(services.start_thread, group, author, "The first thread", "Text")
    refused("rate", act, services.start_thread, group, author, "The second thread", "Text")
    refused("rate", act, services.ask_question, author, "A question now", "Text")
    assert Thread.objects.filter(author=author).count() == 1


# Attachments limit ---------------------------------------------------------------------


@override_settings(FORUM_ATTACHMENTS_PER_POST=1)
def test_too_many_attachments_are_refused_and_nothing_is_saved(make_group, group_member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from forums.attachments import check_upload

    group = make_group()
    author = group_member(group)
    files = []
    for number in range(2):
        upload = SimpleUploadedFile(f"minutes-{number}.pdf", b"%PDF-1.4\n%minimal\n", content_type="application/pdf")
        files.append((upload, check_upload(upload)))
    refused("attachments", services.start_thread, group, author, "Two attachments", "Text", files=files)
    assert not Thread.objects.filter(group=group).exists()
