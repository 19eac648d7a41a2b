"""Every change of a thread or a post, one function each: start, reply, edit, delete, report, moderate, ask, accept.

Who may act is checked here (forums/permissions.py), limits too: posting
rates per member and hour, the text's length, attachments (forums/attachments.py).
A new account's first posts wait for a moderator; publishing a post (at once,
or when a moderator approves it) is what notifies followers.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forums import notifications, text
from forums.attachments import CheckedFile
from forums.models import Attachment, Post, PostReport, PostRevision, Thread, WorkingGroup
from forums.permissions import group_access, is_moderator, is_verified, may_edit_post, may_moderate_thread
from portal import spam
from portal.models import User

from .common import ForumError, lock_group

TITLE_MAX = 200
TITLE_MIN = 5


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) < TITLE_MIN:
        raise ForumError("title", _("Give the thread a title of at least 5 characters."))
    if len(title) > TITLE_MAX:
        raise ForumError("title", _("Keep the title under 200 characters."))
    return title


def _clean_source(source: str) -> tuple[str, str]:
    source = source.strip()
    if not source:
        raise ForumError("empty", _("Write something before you post."))
    if len(source) > text.MAX_LENGTH:
        raise ForumError("too_long", _("A post can have at most 20,000 characters."))
    return source, text.render(source)


def rate_key(user_id: int, scope: str) -> str:
    """The cache key counting a member's posts ("post") or new threads and questions ("thread") this hour."""
    return f"forum-{scope}:{user_id}"


def _check_rate(user: User, scope: str, limit: int) -> None:
    if spam.key_rate_exceeded(rate_key(user.pk, scope), limit):
        raise ForumError("rate", _("You have posted a lot in the last hour. Please wait a little and try again."))


def _count_rate(user: User, scope: str) -> None:
    transaction.on_commit(lambda: spam.record_for_key(rate_key(user.pk, scope)))


def needs_moderation(user: User, group: WorkingGroup | None = None) -> bool:
    """A new account's first posts wait for a moderator; coordinators and staff never wait."""
    if is_moderator(user):
        return False
    if group is not None and group_access(user, group).is_coordinator:
        return False
    if user.date_joined < timezone.now() - timedelta(days=settings.FORUM_NEW_ACCOUNT_DAYS):
        return False
    published = Post.objects.filter(author=user, state=Post.State.PUBLISHED).count()
    return published < settings.FORUM_MODERATED_POSTS


def _attach(post: Post, files: list[tuple[object, CheckedFile]]) -> None:
    if len(files) > settings.FORUM_ATTACHMENTS_PER_POST:
        raise ForumError("attachments", _("Attach at most 5 files to one post."))
    for upload, checked in files:
        Attachment.objects.create(
            post=post,
            kind=checked.kind,
            file=upload,
            original_name=upload.name[:200],
            content_type=checked.content_type,
            size=checked.size,
            width=checked.width,
            height=checked.height,
        )


def refresh_thread_counts(thread: Thread) -> None:
    """Replies and last activity as the public sees them (published posts only)."""
    published = thread.posts.filter(state=Post.State.PUBLISHED)
    last = published.order_by("-created_at").values_list("created_at", flat=True).first()
    Thread.objects.filter(pk=thread.pk).update(
        reply_count=max(published.count() - 1, 0), last_activity_at=last or thread.created_at
    )


def _publish_or_hold(post: Post, author: User, group: WorkingGroup | None) -> None:
    post.state = Post.State.PENDING if needs_moderation(author, group) else Post.State.PUBLISHED
    post.save()


# Threads in groups -----------------------------------------------------------------


def start_thread(group: WorkingGroup, author: User, title: str, source: str, files=(), language: str = "") -> Thread:
    access = group_access(author, group)
    if not access.can_post:
        raise ForumError("forbidden", _("Only members of the group can start a thread."))
    title = _clean_title(title)
    source, html = _clean_source(source)
    _check_rate(author, "thread", settings.FORUM_THREAD_RATE)
    with transaction.atomic():
        group = lock_group(group)
        thread = Thread.objects.create(
            group=group, title=title, author=author, language=language or settings.LANGUAGE_CODE
        )
        post = Post(thread=thread, author=author, source=source, html=html)
        _publish_or_hold(post, author, group)
        _attach(post, list(files))
        if post.state == Post.State.PENDING:
            Thread.objects.filter(pk=thread.pk).update(state=Thread.State.PENDING)
            thread.state = Thread.State.PENDING
        notifications.follow_thread_as_author(author, thread)
        if post.is_published:
            transaction.on_commit(lambda: notifications.notify_new_post(post.pk))
        _count_rate(author, "thread")
    return thread


def reply(thread: Thread, author: User, source: str, files=()) -> Post:
    """A reply to a group thread, or an answer to a question."""
    if thread.group_id is not None:
        access = group_access(author, thread.group)
        if not access.can_post:
            raise ForumError("forbidden", _("Only members of the group can reply."))
        manager = access.can_manage
    else:
        if not is_verified(author):
            raise ForumError("forbidden", _("Log in with a verified account to answer."))
        manager = is_moderator(author)
    if not thread.is_published and not manager:
        raise ForumError("closed", _("This thread is not open for replies."))
    if thread.is_locked and not manager:
        raise ForumError("locked", _("This thread is locked; no new replies."))
    source, html = _clean_source(source)
    _check_rate(author, "post", settings.FORUM_POST_RATE)
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=thread.pk)
        post = Post(thread=thread, author=author, source=source, html=html)
        _publish_or_hold(post, author, thread.group)
        _attach(post, list(files))
        notifications.follow_thread_as_author(author, thread)
        if post.is_published:
            refresh_thread_counts(thread)
            transaction.on_commit(lambda: notifications.notify_new_post(post.pk))
        _count_rate(author, "post")
    return post


def edit_post(post: Post, editor: User, source: str) -> Post:
    """The author changes their text; the earlier text is kept as a revision."""
    if not may_edit_post(editor, post):
        raise ForumError("forbidden", _("You can only edit your own posts."))
    source, html = _clean_source(source)
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.source == source:
            return post
        PostRevision.objects.create(
            post=post,
            source=post.source,
            html=post.html,
            written_at=post.edited_at or post.created_at,
            replaced_by=editor,
        )
        post.source, post.html, post.edited_at = source, html, timezone.now()
        post.save(update_fields=["source", "html", "edited_at"])
    return post


def edit_thread_title(thread: Thread, editor: User, title: str) -> Thread:
    opening = thread.posts.order_by("created_at", "id").first()
    if not (may_moderate_thread(editor, thread) or (opening and may_edit_post(editor, opening))):
        raise ForumError("forbidden", _("You can only edit your own threads."))
    thread.title = _clean_title(title)
    thread.save(update_fields=["title"])
    return thread


def delete_post(post: Post, by: User) -> Post:
    """The author withdraws a post: its text goes, a marker stays so replies keep their place."""
    if not may_edit_post(by, post):
        raise ForumError("forbidden", _("You can only delete your own posts."))
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        PostRevision.objects.create(
            post=post, source=post.source, html=post.html, written_at=post.edited_at or post.created_at, replaced_by=by
        )
        # The page and the row lose the text; the revision above keeps it for the author and the moderators
        # (a deleted insult can still be dealt with) until the account is erased.
        post.state, post.source, post.html = Post.State.DELETED, "", ""
        post.save(update_fields=["state", "source", "html"])
        for attachment in post.attachments.all():
            attachment.file.delete(save=False)
            attachment.delete()
        _after_visibility_change(post)
    return post


def report_post(post: Post, reporter: User, reason: str) -> PostReport:
    reason = reason.strip()
    if not reason:
        raise ForumError("empty", _("Say briefly what is wrong with this post."))
    if not is_verified(reporter):
        raise ForumError("forbidden", _("Log in to report a post."))
    thread = post.thread
    if thread.group_id is not None and not group_access(reporter, thread.group).can_read:
        raise ForumError("forbidden", _("You cannot see this post."))
    try:
        with transaction.atomic():
            return PostReport.objects.create(post=post, reporter=reporter, reason=reason[:1000])
    except IntegrityError as error:
        raise ForumError("already", _("You have already reported this post; a moderator will look at it.")) from error


# Moderation ------------------------------------------------------------------------


def _require_moderator(thread: Thread, by: User) -> None:
    if not may_moderate_thread(by, thread):
        raise ForumError("forbidden", _("Only the group's coordinators and staff moderators can do this."))


def _after_visibility_change(post: Post) -> None:
    thread = post.thread
    opening_id = thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first()
    if post.pk == opening_id:
        state = {
            Post.State.PUBLISHED: Thread.State.PUBLISHED,
            Post.State.PENDING: Thread.State.PENDING,
        }.get(post.state, Thread.State.HIDDEN)
        Thread.objects.filter(pk=thread.pk).update(state=state)
    if thread.accepted_post_id == post.pk and not post.is_published:
        Thread.objects.filter(pk=thread.pk).update(accepted_post=None)
    refresh_thread_counts(thread)


def approve_post(post: Post, by: User) -> Post:
    """A moderator lets a waiting post through; its followers hear of it then."""
    _require_moderator(post.thread, by)
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        if post.state != Post.State.PENDING:
            raise ForumError("not_pending", _("This post is not waiting for moderation."))
        post.state = Post.State.PUBLISHED
        post.save(update_fields=["state"])
        _after_visibility_change(post)
        transaction.on_commit(lambda: notifications.notify_new_post(post.pk))
    return post


def hide_post(post: Post, by: User, reason: str = "") -> Post:
    _require_moderator(post.thread, by)
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        if post.state == Post.State.DELETED:
            # Hiding it would let "restore" publish again a text its author withdrew.
            raise ForumError("deleted", _("Its author deleted this post; there is nothing to hide."))
        post.state = Post.State.HIDDEN
        post.moderation_note = reason.strip()[:500]
        post.save(update_fields=["state", "moderation_note"])
        post.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now(), resolved_by=by)
        _after_visibility_change(post)
    return post


def restore_post(post: Post, by: User) -> Post:
    _require_moderator(post.thread, by)
    with transaction.atomic():
        post = Post.objects.select_for_update().select_related("thread").get(pk=post.pk)
        if post.state != Post.State.HIDDEN:
            raise ForumError("not_hidden", _("This post is not hidden."))
        post.state = Post.State.PUBLISHED
        post.moderation_note = ""
        post.save(update_fields=["state", "moderation_note"])
        _after_visibility_change(post)
    return post


def dismiss_reports(post: Post, by: User) -> int:
    _require_moderator(post.thread, by)
    return post.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now(), resolved_by=by)


def set_locked(thread: Thread, locked: bool, by: User) -> Thread:
    _require_moderator(thread, by)
    Thread.objects.filter(pk=thread.pk).update(is_locked=locked)
    thread.is_locked = locked
    return thread


def set_pinned(thread: Thread, pinned: bool, by: User) -> Thread:
    _require_moderator(thread, by)
    Thread.objects.filter(pk=thread.pk).update(is_pinned=pinned)
    thread.is_pinned = pinned
    return thread


def move_thread(thread: Thread, target: WorkingGroup, by: User) -> Thread:
    """Move a thread to another group; the mover must be able to moderate both."""
    if thread.group_id is None:
        raise ForumError("question", _("Questions to the network belong to no group."))
    _require_moderator(thread, by)
    if not group_access(by, target).can_manage:
        raise ForumError("forbidden", _("You can only move threads to groups you coordinate."))
    if target.pk == thread.group_id:
        return thread
    Thread.objects.filter(pk=thread.pk).update(group=target)
    thread.group = target
    return thread


# Ask the network -------------------------------------------------------------------


def ask_question(author: User, title: str, source: str, topics=(), language: str = "", files=()) -> Thread:
    """Any verified member asks the whole network; the question is shared by every language's board."""
    if not is_verified(author):
        raise ForumError("forbidden", _("Log in with a verified account to ask a question."))
    title = _clean_title(title)
    source, html = _clean_source(source)
    _check_rate(author, "thread", settings.FORUM_THREAD_RATE)
    with transaction.atomic():
        thread = Thread.objects.create(
            kind=Thread.Kind.QUESTION, title=title, author=author, language=language or settings.LANGUAGE_CODE
        )
        thread.topics.set(list(topics))
        post = Post(thread=thread, author=author, source=source, html=html)
        _publish_or_hold(post, author, None)
        _attach(post, list(files))
        if post.state == Post.State.PENDING:
            Thread.objects.filter(pk=thread.pk).update(state=Thread.State.PENDING)
            thread.state = Thread.State.PENDING
        notifications.follow_thread_as_author(author, thread)
        _count_rate(author, "thread")
    return thread


def accept_answer(thread: Thread, post: Post | None, by: User) -> Thread:
    """The asker marks the answer that solved it (None clears the mark); the answerer hears of it."""
    if not thread.is_question:
        raise ForumError("not_question", _("Only questions have accepted answers."))
    if thread.author_id != by.pk:
        raise ForumError("forbidden", _("Only the person who asked can accept an answer."))
    if post is not None:
        opening_id = thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first()
        if post.thread_id != thread.pk or post.pk == opening_id or not post.is_published:
            raise ForumError("not_answer", _("Choose one of the published answers to this question."))
    with transaction.atomic():
        Thread.objects.filter(pk=thread.pk).update(accepted_post=post)
        thread.accepted_post = post
        if post is not None and post.author_id and post.author_id != by.pk:
            notifications.notify_accepted(post)
    return thread
