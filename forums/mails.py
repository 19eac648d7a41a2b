"""The mails of working groups: notices and digests of new posts, and news of memberships.

Each is built when it is sent, in the recipient's language, from what is
true then: a post hidden or deleted meanwhile is left out, and a mail with
nothing left to say (or to a reader who unsubscribed meanwhile) is not sent.
Every mail carries a signed link that stops it without logging in, and the
List-Unsubscribe headers (RFC 2369, RFC 8058) with which mail programs offer
the same in one click.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation

from forums.links import group_page_in, thread_path
from forums.models import Delivery, ForumMail, Post
from forums.services.common import preferences
from forums.tokens import ALL, unsubscribe_token
from portal.mail import absolute, automatic_mail

Kind = ForumMail.Kind
POST_KINDS = (Kind.NOTIFICATION, Kind.DIGEST)


def build_message(mail: ForumMail) -> EmailMessage | None:
    user = mail.user
    if user is not None and (user.is_former_member or not user.is_active):
        return None
    language = (user.preferred_language if user else "") or settings.LANGUAGE_CODE
    with translation.override(language):
        context = _context(mail, language)
    if context is None:
        return None
    headers = {}
    if context.get("unsubscribe_url"):
        headers["List-Unsubscribe"] = f"<{context['unsubscribe_url']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    templates = (f"forums/mail/{mail.kind}_subject.txt", f"forums/mail/{mail.kind}.txt")
    return automatic_mail(language, templates, context, to=[user.email if user else mail.email], headers=headers)


def _context(mail: ForumMail, language: str) -> dict | None:
    user = mail.user
    context = {
        "kind": mail.kind,
        "name": user.display_name if user else "",
        "settings_url": absolute(reverse("forums_notification_settings")),
    }
    if mail.kind in POST_KINDS:
        items = [
            n
            for n in mail.notifications.select_related("post__thread__group__page", "post__author").order_by(
                "created_at"
            )
            if n.post.is_published and n.post.thread.is_published and n.delivery != Delivery.NONE
        ]
        if not items:
            return None
        threads: dict[int, dict] = {}
        for notification in items:
            post = notification.post
            entry = threads.setdefault(
                post.thread_id,
                {
                    "thread": post.thread,
                    "url": absolute(thread_path(post.thread, language)),
                    "posts": [],
                    "reason": notification.reason,
                },
            )
            entry["posts"].append({"author": post.author.display_name if post.author else "", "text": _excerpt(post)})
        context["threads"] = list(threads.values())
        context["count"] = len(items)
        context["period"] = mail.period.split(":", 1)[0]
        scope = f"t:{items[0].post.thread_id}" if mail.kind == Kind.NOTIFICATION else ALL
        context["unsubscribe_url"] = _unsubscribe_url(user, scope)
        return context
    membership = mail.membership
    if membership is None:
        return None
    if user is not None and not preferences(user).mail_about_membership:
        return None  # they unsubscribed after this mail was queued
    group = membership.group
    page = group_page_in(group, language)
    context.update(
        {
            "group": page.title,
            "group_url": absolute(page.url),
            "member": membership.user.display_name if membership.user else membership.email,
            "motivation": membership.motivation,
            "reason": membership.decision_reason,
            "role": membership.get_role_display(),
            "manage_url": absolute(page.url + page.reverse_subpage("manage")),
            "membership_url": absolute(page.url + page.reverse_subpage("membership")),
            "signup_url": absolute(reverse("account_signup")),
        }
    )
    if user is not None:
        context["unsubscribe_url"] = _unsubscribe_url(user, ALL)
    return context


def _excerpt(post: Post) -> str:
    from forums.text import plain

    return plain(post.html, 400)


def _unsubscribe_url(user, scope: str) -> str:
    return absolute(reverse("forums_unsubscribe", args=[unsubscribe_token(user, scope)]))
