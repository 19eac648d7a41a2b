"""What working groups add to "My account" and to a member's personal data."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal import account_sections, privacy


def groups_section(request) -> dict | None:
    """My groups, my pending requests, invitations waiting for my answer."""
    from forums.links import group_page_in
    from forums.models import Membership
    from forums.services import invitations_for

    user = request.user
    language = get_language()
    memberships = list(
        Membership.objects.filter(user=user, state__in=[Membership.State.ACTIVE, Membership.State.REQUESTED])
        .select_related("group__page")
        .order_by("state", "group__page__title")
    )
    invitations = list(invitations_for(user).select_related("group__page"))
    if not memberships and not invitations:
        return None
    for membership in memberships + invitations:
        membership.page = group_page_in(membership.group, language)
    return {
        "title": _("My working groups"),
        "template": "forums/account/groups_section.html",
        "context": {
            "active": [m for m in memberships if m.state == Membership.State.ACTIVE],
            "requested": [m for m in memberships if m.state == Membership.State.REQUESTED],
            "invitations": invitations,
            "settings_url": reverse("forums_notification_settings"),
        },
    }


def threads_section(request) -> dict | None:
    """The threads and questions I started, latest activity first."""
    from forums.links import thread_path
    from forums.models import Thread

    threads = list(
        Thread.objects.filter(author=request.user).select_related("group__page").order_by("-last_activity_at")[:10]
    )
    if not threads:
        return None
    language = get_language()
    for thread in threads:
        thread.path = thread_path(thread, language)
    return {
        "title": _("My threads and questions"),
        "template": "forums/account/threads_section.html",
        "context": {"threads": threads},
    }


def export_forums(user) -> dict[str, Any]:
    from forums.models import Membership, Post, Subscription

    return {
        "memberships": [
            {
                "group": m.group.page.title,
                "state": m.state,
                "role": m.role,
                "motivation": m.motivation,
                "since": m.created_at.isoformat(),
            }
            for m in Membership.objects.filter(user=user).select_related("group__page")
        ],
        "posts": [
            {
                "thread": p.thread.title,
                "text": p.source,
                "state": p.state,
                "written_at": p.created_at.isoformat(),
                "earlier_texts": [
                    {"text": r.source, "written_at": r.written_at.isoformat()} for r in p.revisions.all()
                ],
            }
            for p in Post.objects.filter(author=user).select_related("thread").prefetch_related("revisions")
        ],
        "subscriptions": [
            {
                "group": s.group.page.title if s.group_id else None,
                "thread": s.thread.title if s.thread_id else None,
                "mode": s.mode,
                "delivery": s.delivery,
            }
            for s in Subscription.objects.filter(user=user).select_related("group__page", "thread")
        ],
    }


def erase_forum_data(user) -> None:
    """On account deletion: memberships, subscriptions, notifications and reports go; posts stay as "Former member".

    The account itself is anonymised (portal/services.py), so discussions keep
    their replies in order without naming the person.
    """
    from forums.models import ForumMail, ForumPreferences, Membership, Notification, PostReport, Subscription

    Membership.objects.filter(user=user).delete()
    Subscription.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
    ForumMail.objects.filter(user=user).delete()
    ForumPreferences.objects.filter(user=user).delete()
    PostReport.objects.filter(reporter=user).update(reporter=None)


def connect() -> None:
    account_sections.register_section(groups_section)
    account_sections.register_section(threads_section)
    privacy.register_exporter("working_groups", export_forums)
    privacy.register_eraser(erase_forum_data)
