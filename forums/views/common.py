"""What the forum views share: per-visitor responses, refusals shown as messages, pagination."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from forums.models import Post, PostReport, Thread
from forums.permissions import group_access
from forums.services import ForumError
from portal.cache import personal  # forum pages change with every post: never cached

PER_PAGE = 20


def render(request, template: str, context: dict) -> TemplateResponse:
    return personal(TemplateResponse(request, template, context))


def paginate(request, queryset, per_page: int = PER_PAGE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def back(request, fallback: str):
    """Return to where the form was (a same-site `next`), else `fallback`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = fallback
    return redirect(target or fallback)


def refused(request, error: ForumError) -> None:
    messages.error(request, error.message)


def announce(request, published: bool, published_message) -> None:
    """Tell the author whether their post is out, or waits for a moderator (a new account's first posts)."""
    if published:
        messages.success(request, published_message)
    else:
        messages.info(request, _("Thank you. Your first posts are checked by a moderator before others see them."))


def post_reply(request, thread: Thread, form, *, moderates: bool, published_message):
    """Reply (or answer) from a valid `form`; the redirect to the new post, or None with the refusal on the form."""
    from django.utils.translation import get_language

    from forums import services
    from forums.links import thread_path

    from .threads import posts_of

    try:
        post = services.reply(thread, request.user, form.cleaned_data["body"], files=form.cleaned_data["attachments"])
    except ForumError as error:
        form.add_error(None, error.message)
        return None
    announce(request, post.is_published, published_message)
    last = posts_of(thread, request, moderates).paginator.num_pages
    return redirect(f"{thread_path(thread, get_language())}?page={last}#post-{post.pk}")


def readable_thread(request, thread_id: int, **filters) -> Thread:
    """The thread if the visitor may read it; 404 otherwise (its existence is not revealed)."""
    thread = (
        Thread.objects.select_related("group__page", "author", "accepted_post").filter(pk=thread_id, **filters).first()
    )
    if thread is None:
        raise Http404
    if thread.group_id is not None:
        access = group_access(request.user, thread.group)
        if not access.can_read:
            raise Http404
        visible_unpublished = access.can_manage
    else:
        from forums.permissions import is_moderator

        visible_unpublished = is_moderator(request.user)
    if not thread.is_published and not (visible_unpublished or thread.author_id == request.user.pk):
        raise Http404
    return thread


def moderation_queue(**thread_filter) -> dict:
    """Posts waiting for a moderator and unresolved reports, among the threads `thread_filter` selects.

    The coordinators' desk passes its group; the question board, for staff
    moderators, the questions. Both show them with forums/_moderation_queue.html.
    """
    threads = {f"thread__{key}": value for key, value in thread_filter.items()}
    reported = {f"post__thread__{key}": value for key, value in thread_filter.items()}
    return {
        "waiting_posts": Post.objects.filter(state=Post.State.PENDING, **threads)
        .select_related("thread", "author")
        .order_by("created_at", "pk"),
        "reports": PostReport.objects.filter(resolved_at__isnull=True, **reported)
        .select_related("post__thread", "post__author", "reporter")
        .order_by("created_at", "pk"),
    }
