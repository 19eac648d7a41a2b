"""Who hears of a new post, and when: at once, in a daily or weekly digest, or not by mail.

Following a group means hearing of its new threads; following a thread means
hearing of its replies (people follow the threads they start or reply to,
unless they turned that off). A muted thread or group stays silent. Each
notification takes the delivery of the subscription that caused it, or the
member's default.

Digests: `send_due_digests` (a scheduled job) gathers each member's waiting
notifications into one mail per period. The period's digest row is unique
per member, so a second run, a second worker or a restart after a crash can
never create a second digest for the same period; the outbox then sends it
exactly once (portal/outbox.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from forums.models import Delivery, ForumMail, Membership, Notification, Post, Subscription, Thread
from forums.permissions import MODERATE
from forums.services.common import preferences, queue_mail
from portal import outbox

Mode = Subscription.Mode
Reason = Notification.Reason
DIGESTS = (Delivery.DAILY, Delivery.WEEKLY)


def follow_thread_as_author(user, thread: Thread) -> None:
    """Start following a thread one starts or replies to, unless the member turned that off (a mute stays)."""
    if preferences(user).follow_on_post:
        Subscription.objects.get_or_create(user=user, thread=thread, defaults={"mode": Mode.FOLLOW})


def _may_read(user, thread: Thread, members: set[int]) -> bool:
    if thread.group_id is None or thread.group.page.discussions_public:
        return True
    return user.pk in members or user.has_perm(MODERATE)


def notify_new_post(post_id: int) -> int:
    """Notify the followers of a newly published post; returns how many notifications were made."""
    post = Post.objects.select_related("thread__group__page", "author").get(pk=post_id)
    thread = post.thread
    if not (post.is_published and thread.is_published):
        return 0
    opening_id = thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first()
    is_opening = post.pk == opening_id
    muted = set(Subscription.objects.filter(thread=thread, mode=Mode.MUTE).values_list("user_id", flat=True))
    if thread.group_id is not None:
        muted |= set(Subscription.objects.filter(group=thread.group, mode=Mode.MUTE).values_list("user_id", flat=True))
    if is_opening and thread.group_id is not None:
        reason = Reason.NEW_THREAD
        subscriptions = Subscription.objects.filter(group=thread.group, mode=Mode.FOLLOW)
    elif is_opening:
        return 0  # a new question: nobody follows the whole board
    else:
        reason = Reason.ANSWER if thread.is_question else Reason.REPLY
        subscriptions = Subscription.objects.filter(thread=thread, mode=Mode.FOLLOW)
    members = set()
    if thread.group_id is not None:
        members = set(
            Membership.objects.filter(group=thread.group, state=Membership.State.ACTIVE).values_list(
                "user_id", flat=True
            )
        )
    made = 0
    with transaction.atomic():
        for subscription in subscriptions.select_related("user", "user__forum_preferences"):
            user = subscription.user
            if user.pk == post.author_id or user.pk in muted or user.is_former_member:
                continue
            if not user.is_active or not _may_read(user, thread, members):
                continue
            made += _notify(user, post, reason, subscription.delivery or preferences(user).delivery)
    return made


def notify_accepted(post: Post) -> None:
    """Tell the author of an answer that the asker accepted it."""
    user = post.author
    if user is None or user.is_former_member:
        return
    _notify(user, post, Reason.ACCEPTED, preferences(user).delivery)


def _notify(user, post: Post, reason: str, delivery: str) -> int:
    notification = Notification.objects.create(user=user, post=post, reason=reason, delivery=delivery)
    if delivery == Delivery.IMMEDIATE:
        mail = queue_mail(ForumMail.Kind.NOTIFICATION, user=user)
        Notification.objects.filter(pk=notification.pk).update(mail=mail)
    return 1


def period_start(delivery: str, now: datetime) -> datetime:
    """When the digest period `now` falls in began: the digest hour of that day, or of that ISO week's Monday."""
    local = timezone.localtime(now)
    start = local.replace(hour=settings.FORUM_DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if start > local:
        start -= timedelta(days=1)
    if delivery == Delivery.WEEKLY:
        start -= timedelta(days=start.weekday())
    return start


def period_key(delivery: str, now: datetime) -> str:
    """The digest period `now` falls in: a day (or an ISO week) that begins at the digest hour."""
    start = period_start(delivery, now)
    if delivery == Delivery.DAILY:
        return f"daily:{start.date().isoformat()}"
    year, week, _weekday = start.isocalendar()
    return f"weekly:{year}-W{week:02d}"


def send_due_digests(now: datetime | None = None) -> int:
    """Create this period's digest for every member with notifications from before it began; returns how many.

    The scheduler runs every few minutes: only what waited when the period
    began (at the digest hour) is due, so a digest gathers the past day or
    week instead of going out with the period's first post. A member who
    already had this period's digest waits for the next period: one digest
    per member and period, never two.
    """
    now = now or timezone.now()
    queued = 0
    for delivery in DIGESTS:
        period = period_key(delivery, now)
        waiting = Notification.objects.filter(
            delivery=delivery, mail__isnull=True, created_at__lt=period_start(delivery, now)
        )
        for user_id in list(waiting.values_list("user_id", flat=True).distinct().order_by("user_id")):
            try:
                with transaction.atomic():
                    mail = ForumMail.objects.create(kind=ForumMail.Kind.DIGEST, user_id=user_id, period=period)
                    waiting.filter(user_id=user_id).update(mail=mail)
                    outbox.send_after_commit(mail)
            except IntegrityError:
                continue  # this period's digest exists: the rest waits for the next one
            queued += 1
    return queued


def set_subscription(
    user, *, group=None, thread=None, mode: str = "", delivery: str | None = None
) -> Subscription | None:
    """Follow, mute or forget (mode "") a group or thread; `delivery` None keeps the current one."""
    lookup = {"user": user, "group": group} if group is not None else {"user": user, "thread": thread}
    if not mode:
        Subscription.objects.filter(**lookup).delete()
        return None
    subscription, _created = Subscription.objects.get_or_create(**lookup, defaults={"mode": mode})
    subscription.mode = mode
    if delivery is not None:
        subscription.delivery = delivery
    subscription.save()
    return subscription


def unsubscribe(user, scope: str) -> str:
    """Stop what a signed unsubscribe link names: a thread's mails, a group's, or every forum mail."""
    from forums.services.common import preferences

    kind, _sep, ident = scope.partition(":")
    if kind == "t" and ident.isdigit():
        thread = Thread.objects.filter(pk=int(ident)).first()
        if thread is not None:
            set_subscription(user, thread=thread, mode=Mode.MUTE)
            return "thread"
    if kind == "g" and ident.isdigit():
        from forums.models import WorkingGroup

        group = WorkingGroup.objects.filter(pk=int(ident)).first()
        if group is not None:
            set_subscription(user, group=group, mode=Mode.MUTE)
            return "group"
    prefs = preferences(user)
    prefs.delivery = Delivery.NONE
    prefs.mail_about_membership = False
    prefs.save()
    Subscription.objects.filter(user=user).exclude(delivery="").update(delivery=Delivery.NONE)
    # Also those already in a mail not yet sent (its task pending, or retrying): build_message leaves them out.
    Notification.objects.filter(user=user, mail__sent_at__isnull=True).update(delivery=Delivery.NONE)
    return "all"
