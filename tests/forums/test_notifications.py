"""Who hears of what, how, and exactly once: followers, mutes, private groups, immediate mails and digests.

Digests are the delicate part: one per member and period, whatever runs
twice, crashes between the commit and the send, or restarts. Time is given
explicitly (`at`, local time in TIME_ZONE) so that periods are fixed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core import signing
from django.db.models import F
from django.test import override_settings
from django.utils import timezone

from forums import notifications, services
from forums.models import ForumMail, ForumPreferences, Membership, Notification, Post, Thread
from forums.notifications import period_key, send_due_digests, set_subscription
from forums.tasks import deliver
from forums.tokens import SALT, read_unsubscribe_token, unsubscribe_token
from portal.outbox import CLAIM_SECONDS, retry_failed_mails
from tests.forums.conftest import join, mails_to

pytestmark = pytest.mark.django_db

Reason = Notification.Reason


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in March 2030 (Monday 4 March begins ISO week 10), local time; no daylight-saving change."""
    return timezone.make_aware(datetime(2030, 3, day, hour, minute))


def heard(user) -> list[tuple[str, int]]:
    return list(Notification.objects.filter(user=user).order_by("id").values_list("reason", "post_id"))


def opening(thread: Thread) -> Post:
    return thread.posts.order_by("created_at", "id").first()


@pytest.fixture
def conversation(make_group, group_member):
    """A public group on request; the reader started a thread there (and so follows it): (thread, reader, writer)."""
    group = make_group()
    reader = group_member(group, full_name="Rada Reader")
    writer = group_member(group, full_name="Vasil Writer")
    thread = services.start_thread(group, reader, "Open data portal", "What did you publish first?")
    return thread, reader, writer


def replies(thread: Thread, writer, count: int, written_at: datetime | None = None) -> list[Post]:
    """`count` replies, each notified to the thread's followers as its after-commit task does."""
    posts = []
    for number in range(1, count + 1):
        post = services.reply(thread, writer, f"Reply number {number}.")
        notifications.notify_new_post(post.pk)
        posts.append(post)
    if written_at is not None:
        Notification.objects.filter(post__in=posts).update(created_at=written_at)
    return posts


def digests_of(user) -> list[ForumMail]:
    return list(ForumMail.objects.filter(user=user, kind=ForumMail.Kind.DIGEST).order_by("id"))


def unsubscribe_url(message) -> str:
    return message.extra_headers["List-Unsubscribe"].strip("<>")


def token_in(url: str) -> str:
    return re.search(r"/forums/unsubscribe/([^/]+)/$", url).group(1)


# Who hears of a new post ---------------------------------------------------------------


def test_group_followers_hear_of_new_threads_and_thread_followers_of_replies(make_group, group_member, act):
    group = make_group()
    follower = group_member(group)
    author = group_member(group)
    for user in (follower, author):
        set_subscription(user, group=group, mode="follow")
    thread = act(services.start_thread, group, author, "Cybersecurity drills", "Who runs them?")
    assert heard(follower) == [(Reason.NEW_THREAD, opening(thread).pk)]
    # The author is not told of their own thread.
    assert heard(author) == []
    reply = act(services.reply, thread, group_member(group), "We do, twice a year.")
    # The author follows the thread they started; the group's follower only hears of new threads.
    assert heard(author) == [(Reason.REPLY, reply.pk)]
    assert len(heard(follower)) == 1


def test_joining_an_open_group_follows_its_new_threads(make_group, member, group_member, act):
    group = make_group(policy="open")
    joiner = member()
    services.request_to_join(group, joiner)
    thread = act(services.start_thread, group, group_member(group), "First meeting", "Agenda")
    assert heard(joiner) == [(Reason.NEW_THREAD, opening(thread).pk)]


def test_the_author_of_a_reply_is_not_told_of_it(conversation, act):
    thread, reader, writer = conversation
    act(services.reply, thread, writer, "One")
    act(services.reply, thread, reader, "Two")
    assert [reason for reason, _post in heard(reader)] == [Reason.REPLY]
    # The writer follows the thread since replying, and hears of the reader's reply only.
    assert [reason for reason, _post in heard(writer)] == [Reason.REPLY]


def test_a_muted_thread_stays_silent_even_after_replying_in_it(conversation, act):
    thread, reader, writer = conversation
    set_subscription(reader, thread=thread, mode="mute")
    act(services.reply, thread, writer, "One")
    act(services.reply, thread, reader, "I still reply now and then")
    act(services.reply, thread, writer, "Two")
    assert heard(reader) == []


def test_a_muted_group_silences_its_threads_too(conversation, group_member, act):
    thread, reader, writer = conversation
    set_subscription(reader, group=thread.group, mode="mute")
    act(services.reply, thread, writer, "A reply")
    act(services.start_thread, thread.group, writer, "Another thread", "Text")
    assert heard(reader) == []


def test_who_can_no_longer_read_a_private_group_hears_nothing_of_it(make_group, coordinator, group_member, act):
    group = make_group(public=False)
    boss = coordinator(group)
    reader = group_member(group)
    thread = services.start_thread(group, reader, "Internal budget", "Figures inside")
    services.remove_member(Membership.objects.get(group=group, user=reader), by=boss)
    # Even a subscription made by hand does not open the group's discussions.
    set_subscription(reader, group=group, mode="follow")
    act(services.reply, thread, boss, "Confidential reply")
    act(services.start_thread, group, boss, "Another internal thread", "Text")
    assert heard(reader) == []


def test_a_former_member_still_hears_of_a_public_thread_they_follow(make_group, coordinator, group_member, act):
    group = make_group(public=True)
    boss = coordinator(group)
    reader = group_member(group)
    thread = services.start_thread(group, reader, "Public matters", "Text")
    services.remove_member(Membership.objects.get(group=group, user=reader), by=boss)
    reply = act(services.reply, thread, boss, "A public reply")
    assert heard(reader) == [(Reason.REPLY, reply.pk)]


def test_staff_moderators_following_a_private_group_hear_of_it(make_group, group_member, moderator, act):
    group = make_group(public=False)
    set_subscription(moderator, group=group, mode="follow")
    thread = act(services.start_thread, group, group_member(group), "Internal thread", "Text")
    assert heard(moderator) == [(Reason.NEW_THREAD, opening(thread).pk)]


def test_waiting_and_hidden_posts_notify_nobody(conversation, newcomer, moderator, act):
    thread, reader, writer = conversation
    late = newcomer()
    join(thread.group, late)
    waiting = act(services.reply, thread, late, "My first reply")
    assert waiting.state == Post.State.PENDING
    assert heard(reader) == []
    act(services.approve_post, waiting, moderator)
    assert heard(reader) == [(Reason.REPLY, waiting.pk)]


def test_answers_notify_the_asker_and_acceptance_the_answerer(member, act, mailoutbox):
    asker = member()
    answerer = member()
    ForumPreferences.objects.create(user=answerer, delivery="immediate")
    question = act(services.ask_question, asker, "Which EDM system?", "Looking for advice.")
    answer = act(services.reply, question, answerer, "We use an open-source one.")
    assert heard(asker) == [(Reason.ANSWER, answer.pk)]
    act(services.accept_answer, question, answer, asker)
    [message] = mails_to(mailoutbox, answerer)
    assert "Which EDM system?" in message.subject
    assert "accepted" in message.body


# Immediate delivery --------------------------------------------------------------------


def test_immediate_delivery_sends_one_mail_per_post_with_one_click_unsubscribe(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    ForumPreferences.objects.create(user=reader, delivery="immediate")
    act(services.reply, thread, writer, "First answer.")
    act(services.reply, thread, writer, "Second answer.")
    mails = list(ForumMail.objects.filter(user=reader))
    assert [mail.kind for mail in mails] == ["notification", "notification"]
    assert all(mail.sent_at is not None and mail.last_error == "" for mail in mails)
    assert [mail.notifications.count() for mail in mails] == [1, 1]
    first, second = mails_to(mailoutbox, reader)
    assert "Open data portal" in first.subject
    assert "First answer." in first.body and "Second answer." not in first.body
    assert "Vasil Writer" in first.body
    assert f"/threads/{thread.pk}/" in first.body
    url = unsubscribe_url(first)
    assert url.startswith("http://testserver/") and url in first.body
    assert first.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The link stops this thread's mails only.
    assert read_unsubscribe_token(token_in(url)) == (reader.pk, f"t:{thread.pk}")


def test_a_subscriptions_own_delivery_wins_over_the_members_default(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    set_subscription(reader, thread=thread, mode="follow", delivery="immediate")
    act(services.reply, thread, writer, "Straight to your inbox.")
    assert len(mails_to(mailoutbox, reader)) == 1
    assert not Notification.objects.filter(user=reader, mail__isnull=True).exists()


def test_daily_notifications_wait_for_the_digest(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    act(services.reply, thread, writer, "Not yet mailed.")
    assert mails_to(mailoutbox, reader) == []
    assert Notification.objects.get(user=reader).delivery == "daily"


# Digests: exactly once -----------------------------------------------------------------


def test_fifty_waiting_notifications_make_exactly_one_digest(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 50, written_at=at(4, 10))
    act(send_due_digests, at(5, 7))
    [digest] = digests_of(reader)
    assert digest.period == "daily:2030-03-05"
    assert digest.sent_at is not None and digest.last_error == ""
    assert digest.notifications.count() == 50
    [message] = mails_to(mailoutbox, reader)
    assert "50" in message.subject
    assert message.body.count("== Open data portal ==") == 1
    for number in range(1, 51):
        assert f"Reply number {number}." in message.body
    assert read_unsubscribe_token(token_in(unsubscribe_url(message))) == (reader.pk, "all")
    # A second worker, or the scheduler after a restart, in the same period: nothing more.
    act(send_due_digests, at(5, 7))
    act(send_due_digests, at(5, 23))
    assert len(digests_of(reader)) == 1
    assert len(mails_to(mailoutbox, reader)) == 1


def test_a_digest_gathers_the_past_period_and_waits_for_the_digest_hour(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 1, written_at=at(4, 10))
    # The scheduler runs every few minutes; the day's first post is no digest of its own.
    act(send_due_digests, at(4, 10, 5))
    act(send_due_digests, at(5, 5, 59))
    assert digests_of(reader) == [] and mails_to(mailoutbox, reader) == []
    act(send_due_digests, at(5, 6, 0))
    assert [digest.period for digest in digests_of(reader)] == ["daily:2030-03-05"]
    assert len(mails_to(mailoutbox, reader)) == 1


def test_a_notification_missing_this_periods_digest_waits_for_the_next(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 2, written_at=at(4, 10))
    act(send_due_digests, at(5, 7))
    # Written before the period began, but noticed only after its digest was made (a race between workers).
    late = replies(thread, writer, 1, written_at=at(4, 23))
    act(send_due_digests, at(5, 8))
    assert len(digests_of(reader)) == 1
    assert Notification.objects.get(post=late[0], user=reader).mail is None
    act(send_due_digests, at(6, 7))
    first, second = digests_of(reader)
    assert second.period == "daily:2030-03-06"
    assert list(second.notifications.values_list("post_id", flat=True)) == [late[0].pk]
    messages = mails_to(mailoutbox, reader)
    assert len(messages) == 2
    assert "Reply number 1." in messages[1].body and "Reply number 2." not in messages[1].body


def test_a_digest_whose_sending_task_was_lost_is_sent_once_by_the_retry(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 3, written_at=at(4, 10))
    # The digest is committed, but its task never runs (on-commit callbacks are not executed: a crash).
    send_due_digests(at(5, 7))
    [digest] = digests_of(reader)
    assert digest.sent_at is None and mails_to(mailoutbox, reader) == []
    # Too early to tell a lost task from a slow one: the retry leaves it alone.
    retry_failed_mails()
    assert mails_to(mailoutbox, reader) == []
    ForumMail.objects.filter(pk=digest.pk).update(created_at=F("created_at") - timedelta(seconds=CLAIM_SECONDS))
    retry_failed_mails()
    assert len(mails_to(mailoutbox, reader)) == 1
    # The lost task turns up after all, the scheduler runs again, the retry too: still one mail.
    assert deliver(digest.pk) is False
    act(send_due_digests, at(5, 8))
    retry_failed_mails()
    assert len(mails_to(mailoutbox, reader)) == 1
    assert len(digests_of(reader)) == 1


def test_a_digest_whose_worker_died_while_sending_goes_out_once_when_its_claim_expires(conversation, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 1, written_at=at(4, 10))
    send_due_digests(at(5, 7))
    [digest] = digests_of(reader)
    # A worker claimed it and died before sending.
    ForumMail.objects.filter(pk=digest.pk).update(
        created_at=F("created_at") - timedelta(seconds=CLAIM_SECONDS),
        claimed_until=timezone.now() + timedelta(seconds=CLAIM_SECONDS),
    )
    retry_failed_mails()
    assert mails_to(mailoutbox, reader) == []
    ForumMail.objects.filter(pk=digest.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))
    retry_failed_mails()
    retry_failed_mails()
    assert len(mails_to(mailoutbox, reader)) == 1


def test_weekly_digests_go_out_once_per_iso_week_from_monday_at_the_digest_hour(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    ForumPreferences.objects.create(user=reader, delivery="weekly")
    replies(thread, writer, 2, written_at=at(5, 10))  # Tuesday of week 10
    act(send_due_digests, at(6, 7))
    act(send_due_digests, at(11, 5, 59))  # Monday of week 11, before the digest hour
    assert digests_of(reader) == []
    act(send_due_digests, at(11, 6, 0))
    assert [digest.period for digest in digests_of(reader)] == ["weekly:2030-W11"]
    [message] = mails_to(mailoutbox, reader)
    assert "weekly" in message.subject.lower()
    replies(thread, writer, 1, written_at=at(12, 10))
    act(send_due_digests, at(17, 23))  # Sunday of week 11
    assert len(digests_of(reader)) == 1
    act(send_due_digests, at(18, 6, 30))
    assert [digest.period for digest in digests_of(reader)] == ["weekly:2030-W11", "weekly:2030-W12"]
    assert len(mails_to(mailoutbox, reader)) == 2


@override_settings(FORUM_DIGEST_HOUR=6)
def test_a_digest_period_begins_at_the_digest_hour_in_the_portals_time_zone():
    assert period_key("daily", at(5, 5, 59)) == "daily:2030-03-04"
    assert period_key("daily", at(5, 6, 0)) == "daily:2030-03-05"
    assert period_key("weekly", at(11, 5, 59)) == "weekly:2030-W10"
    assert period_key("weekly", at(11, 6, 0)) == "weekly:2030-W11"
    # 04:30 UTC is 06:30 in Sofia (UTC+2 in March).
    assert period_key("daily", datetime(2030, 3, 5, 4, 30, tzinfo=UTC)) == "daily:2030-03-05"
    assert period_key("daily", datetime(2030, 3, 5, 3, 30, tzinfo=UTC)) == "daily:2030-03-04"


@override_settings(FORUM_DIGEST_HOUR=20)
def test_the_digest_hour_is_a_setting():
    assert period_key("daily", at(5, 19, 59)) == "daily:2030-03-04"
    assert period_key("daily", at(5, 20, 0)) == "daily:2030-03-05"


# Digests: what is in them --------------------------------------------------------------


def test_a_post_hidden_before_the_digest_goes_out_is_left_out(conversation, moderator, act, mailoutbox):
    thread, reader, writer = conversation
    spam, good = replies(thread, writer, 2, written_at=at(4, 10))
    services.hide_post(spam, moderator)
    act(send_due_digests, at(5, 7))
    [message] = mails_to(mailoutbox, reader)
    assert "Reply number 2." in message.body and "Reply number 1." not in message.body
    assert "1 new post" in message.subject and "posts" not in message.subject


def test_a_digest_with_nothing_left_to_say_is_not_sent(conversation, moderator, act, mailoutbox):
    thread, reader, writer = conversation
    posts = replies(thread, writer, 2, written_at=at(4, 10))
    for post in posts:
        services.hide_post(post, moderator)
    act(send_due_digests, at(5, 7))
    [digest] = digests_of(reader)
    assert digest.sent_at is not None  # done, not waiting for a retry
    assert mails_to(mailoutbox, reader) == []
    ForumMail.objects.filter(pk=digest.pk).update(created_at=F("created_at") - timedelta(seconds=CLAIM_SECONDS))
    retry_failed_mails()
    assert mails_to(mailoutbox, reader) == []


def test_a_deleted_thread_is_left_out_of_the_digest(conversation, act, mailoutbox):
    thread, reader, writer = conversation
    other = services.start_thread(thread.group, writer, "Another thread", "Text")
    services.reply(other, reader, "I follow this one too.")
    replies(thread, writer, 1, written_at=at(4, 10))
    replies(other, writer, 1, written_at=at(4, 10))
    services.delete_post(opening(other), writer)
    act(send_due_digests, at(5, 7))
    [message] = mails_to(mailoutbox, reader)
    assert "Open data portal" in message.body and "Another thread" not in message.body


# Unsubscribing -------------------------------------------------------------------------


def test_unsubscribing_from_everything_stops_digests_and_membership_mails(conversation, member, act, mailoutbox):
    thread, reader, writer = conversation
    Membership.objects.filter(user=reader, group=thread.group).update(role=Membership.Role.COORDINATOR)
    replies(thread, writer, 2, written_at=at(4, 10))
    assert notifications.unsubscribe(reader, "all") == "all"
    replies(thread, writer, 1, written_at=at(4, 11))
    act(send_due_digests, at(5, 7))
    act(services.request_to_join, thread.group, member())
    assert mails_to(mailoutbox, reader) == []
    assert not ForumMail.objects.filter(user=reader).exists()


def test_a_digest_already_queued_is_not_sent_after_the_reader_unsubscribes(conversation, mailoutbox):
    thread, reader, writer = conversation
    replies(thread, writer, 2, written_at=at(4, 10))
    send_due_digests(at(5, 7))  # queued; its task has not run yet (or the mail server is down)
    notifications.unsubscribe(reader, "all")
    [digest] = digests_of(reader)
    ForumMail.objects.filter(pk=digest.pk).update(created_at=F("created_at") - timedelta(seconds=CLAIM_SECONDS))
    retry_failed_mails()
    assert mails_to(mailoutbox, reader) == []


def test_unsubscribing_from_a_thread_mutes_only_that_thread(conversation, act):
    thread, reader, writer = conversation
    other = services.start_thread(thread.group, reader, "Second thread", "Text")
    assert notifications.unsubscribe(reader, f"t:{thread.pk}") == "thread"
    act(services.reply, thread, writer, "Muted")
    reply = act(services.reply, other, writer, "Still heard")
    assert heard(reader) == [(Reason.REPLY, reply.pk)]


def test_unsubscribing_from_a_group_mutes_its_new_threads(make_group, group_member, act):
    group = make_group()
    reader = group_member(group)
    set_subscription(reader, group=group, mode="follow")
    assert notifications.unsubscribe(reader, f"g:{group.pk}") == "group"
    act(services.start_thread, group, group_member(group), "Unheard thread", "Text")
    assert heard(reader) == []


def test_unsubscribe_tokens_round_trip_and_tampered_ones_are_refused(member):
    user = member()
    token = unsubscribe_token(user, "all")
    assert read_unsubscribe_token(token) == (user.pk, "all")
    assert read_unsubscribe_token(unsubscribe_token(user, "t:42")) == (user.pk, "t:42")
    payload, signature = token.rsplit(":", 1)
    tampered_signature = payload + ":" + ("A" if signature[0] != "A" else "B") + signature[1:]
    assert read_unsubscribe_token(tampered_signature) is None
    # Another member's id under the original signature.
    other_payload = signing.dumps({"u": user.pk + 1, "s": "all"}, salt=SALT, compress=True).rsplit(":", 1)[0]
    assert read_unsubscribe_token(other_payload + ":" + signature) is None
    # Signed for another purpose, or well signed but not what a link carries.
    assert read_unsubscribe_token(signing.dumps({"u": user.pk, "s": "all"}, salt="elsewhere")) is None
    assert read_unsubscribe_token(signing.dumps({"u": str(user.pk), "s": "all"}, salt=SALT)) is None
    assert read_unsubscribe_token("not-a-token") is None


def test_a_membership_mail_already_queued_is_not_sent_after_the_reader_unsubscribes(
    make_group, coordinator, member, mailoutbox
):
    group = make_group(policy="request")
    boss = coordinator(group)
    services.request_to_join(group, member())  # the mail to the coordinator is queued, its task pending
    notifications.unsubscribe(boss, "all")
    ForumMail.objects.filter(user=boss).update(created_at=F("created_at") - timedelta(seconds=CLAIM_SECONDS))
    retry_failed_mails()
    assert mails_to(mailoutbox, boss) == []
