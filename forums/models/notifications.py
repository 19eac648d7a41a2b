"""What members follow or mute, how they want to hear of it, and the mails that tell them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from portal.outbox import OutboxMail

from .discussions import Post, Thread
from .groups import Membership, WorkingGroup


class Delivery(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately, one mail per post")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    NONE = "none", _("No mail (I read on the site)")


class ForumPreferences(models.Model):
    """A member's default for forum mail; a subscription may choose its own delivery."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_preferences")
    delivery = models.CharField(_("how to send news"), max_length=10, choices=Delivery.choices, default=Delivery.DAILY)
    follow_on_join = models.BooleanField(_("follow a group's new threads when I join it"), default=True)
    follow_on_post = models.BooleanField(_("follow the threads I start or reply to"), default=True)
    mail_about_membership = models.BooleanField(_("mail me about my memberships and join requests"), default=True)

    class Meta:
        verbose_name = _("forum preferences")
        verbose_name_plural = _("forum preferences")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.delivery}"


class Subscription(models.Model):
    """Follow or mute one group (its new threads) or one thread (its replies).

    A muted thread stays silent even in a followed group.
    """

    class Mode(models.TextChoices):
        FOLLOW = "follow", _("Following")
        MUTE = "mute", _("Muted")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_subscriptions")
    group = models.ForeignKey(
        WorkingGroup, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions"
    )
    thread = models.ForeignKey(Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="subscriptions")
    mode = models.CharField(_("mode"), max_length=6, choices=Mode.choices, default=Mode.FOLLOW)
    # Empty: the member's default delivery (ForumPreferences).
    delivery = models.CharField(_("delivery"), max_length=10, choices=Delivery.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.CheckConstraint(
                condition=Q(group__isnull=False, thread__isnull=True) | Q(group__isnull=True, thread__isnull=False),
                name="forums_subscription_to_group_or_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "group"], condition=Q(group__isnull=False), name="forums_one_group_subscription"
            ),
            models.UniqueConstraint(
                fields=["user", "thread"], condition=Q(thread__isnull=False), name="forums_one_thread_subscription"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.mode} {'g' if self.group_id else 't'}{self.group_id or self.thread_id}"


class Notification(models.Model):
    """One thing a member should hear of; sent alone or gathered into their next digest."""

    class Reason(models.TextChoices):
        NEW_THREAD = "new_thread", _("New thread in a group you follow")
        REPLY = "reply", _("New reply in a thread you follow")
        ANSWER = "answer", _("New answer to a question you follow")
        ACCEPTED = "accepted", _("Your answer was accepted")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_notifications")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="notifications")
    reason = models.CharField(max_length=12, choices=Reason.choices)
    delivery = models.CharField(max_length=10, choices=Delivery.choices)
    created_at = models.DateTimeField(auto_now_add=True)
    # The mail that carried it (its own, or a digest); empty while it waits for a digest.
    mail = models.ForeignKey(
        "forums.ForumMail", null=True, blank=True, on_delete=models.SET_NULL, related_name="notifications"
    )

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["delivery", "mail", "user"], name="forums_notification_waiting")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.reason} {self.post_id}"


class ForumMail(OutboxMail):
    """A forum mail in the outbox (portal/outbox.py): a notice, a digest, or news of a membership."""

    class Kind(models.TextChoices):
        NOTIFICATION = "notification", _("Notification")
        DIGEST = "digest", _("Digest")
        JOIN_REQUESTED = "join_requested", _("Join request")
        JOINED = "joined", _("New member")
        APPROVED = "approved", _("Request approved")
        REJECTED = "rejected", _("Request not accepted")
        INVITED = "invited", _("Invitation")
        REMOVED = "removed", _("Removed from the group")
        ROLE_CHANGED = "role_changed", _("Role changed")

    kind = models.CharField(max_length=16, choices=Kind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Invitations to an address without an account go to the address alone.
    email = models.EmailField(blank=True)
    membership = models.ForeignKey(Membership, null=True, blank=True, on_delete=models.CASCADE, related_name="mails")
    # Digests: "daily:2026-11-21" or "weekly:2026-W47"; one digest per member and period.
    period = models.CharField(max_length=20, blank=True)

    related_for_sending = ("user", "membership", "membership__group__page", "membership__user")

    class Meta:
        verbose_name = _("forum mail")
        verbose_name_plural = _("forum mails")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "period"], condition=Q(kind="digest"), name="forums_one_digest_per_member_and_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.user_id or self.email}"

    def build_message(self):
        from forums.mails import build_message

        return build_message(self)
