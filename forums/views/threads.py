"""A group's threads: the list, starting one, reading and replying; and what people do to posts and threads."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from forums import services
from forums.forms import EditPostForm, ReplyForm, ReportForm, ThreadForm
from forums.links import thread_path
from forums.models import Attachment, Post, Subscription, Thread, WorkingGroup, WorkingGroupPage
from forums.permissions import group_access, is_moderator, may_edit_post, may_see_history
from forums.services import ForumError, group_for_page

from .common import announce, back, paginate, post_reply, readable_thread, refused, render


def thread_list(request, page: WorkingGroupPage):
    group = group_for_page(page)
    access = group_access(request.user, group)
    if not access.can_read:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    threads = Thread.objects.filter(group=group, state=Thread.State.PUBLISHED).select_related("author")
    return render(
        request,
        "forums/thread_list.html",
        {
            "page": page,
            "group": group,
            "access": access,
            "page_obj": paginate(request, threads),
            "thread_base": page.url + page.reverse_subpage("threads"),
        },
    )


@require_http_methods(["GET", "POST"])
def new_thread(request, page: WorkingGroupPage):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    group = group_for_page(page)
    access = group_access(request.user, group)
    if not access.can_post:
        raise Http404
    form = ThreadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.start_thread(
                group,
                request.user,
                form.cleaned_data["title"],
                form.cleaned_data["body"],
                files=form.cleaned_data["attachments"],
                language=get_language(),
            )
        except ForumError as error:
            form.add_error(None, error.message)
        else:
            announce(request, thread.is_published, _("Your thread is published."))
            return redirect(thread_path(thread, get_language()))
    return render(request, "forums/thread_form.html", {"page": page, "group": group, "access": access, "form": form})


def posts_of(thread: Thread, request, viewer_moderates: bool):
    """The thread's posts a visitor sees, paginated, with their authors and attachments in constant queries."""
    visible = Post.objects.filter(thread=thread)
    if not viewer_moderates:
        from django.db.models import Q

        shown = Q(state__in=[Post.State.PUBLISHED, Post.State.HIDDEN, Post.State.DELETED])
        if request.user.is_authenticated:
            shown |= Q(author=request.user, state=Post.State.PENDING)
        visible = visible.filter(shown)
    visible = visible.select_related("author__organisation").prefetch_related(
        Prefetch("attachments", queryset=Attachment.objects.order_by("id"))
    )
    return paginate(request, visible.order_by("created_at", "id"))


def subscription_mode(user, thread: Thread) -> str:
    if not user.is_authenticated:
        return ""
    return Subscription.objects.filter(user=user, thread=thread).values_list("mode", flat=True).first() or ""


@require_http_methods(["GET", "POST"])
def thread_detail(request, page: WorkingGroupPage, thread_id: int):
    group = group_for_page(page)
    thread = readable_thread(request, thread_id, group=group)
    access = group_access(request.user, group)
    form = ReplyForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if form.is_valid():
            done = post_reply(
                request, thread, form, moderates=access.can_manage, published_message=_("Your reply is published.")
            )
            if done is not None:
                return done
    return render(
        request,
        "forums/thread.html",
        {
            "page": page,
            "group": group,
            "thread": thread,
            "access": access,
            "page_obj": posts_of(thread, request, access.can_manage),
            "form": form,
            "can_reply": access.can_post and (not thread.is_locked or access.can_manage),
            "can_moderate": access.can_manage,
            "following": subscription_mode(request.user, thread),
            "opening_id": thread.posts.order_by("created_at", "id").values_list("pk", flat=True).first(),
            "other_groups": _move_targets(request.user, group) if access.can_manage else [],
        },
    )


def _move_targets(user, group: WorkingGroup) -> list:
    groups = WorkingGroup.objects.exclude(pk=group.pk).select_related("page").order_by("page__title")
    if is_moderator(user):
        return list(groups)
    return [g for g in groups if group_access(user, g).is_coordinator]


# Actions on posts and threads (outside the page tree: a post belongs to a group, not to a language) --------


def _redirect_to(thread: Thread, post: Post | None = None):
    anchor = f"#post-{post.pk}" if post else ""
    return redirect(thread_path(thread, get_language()) + anchor)


@login_required
@require_http_methods(["GET", "POST"])
def edit_post(request, post_id: int):
    post = Post.objects.select_related("thread__group__page").filter(pk=post_id).first()
    if post is None or not may_edit_post(request.user, post):
        raise Http404
    form = EditPostForm(request.POST or None, initial={"body": post.source})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(post, request.user, form.cleaned_data["body"])
        except ForumError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Your post was updated. The earlier text is kept in its history."))
            return _redirect_to(post.thread, post)
    return render(request, "forums/post_edit.html", {"post": post, "thread": post.thread, "form": form})


@login_required
def post_history(request, post_id: int):
    """The post's earlier texts, newest first, for its author and the thread's moderators."""
    post = Post.objects.select_related("thread__group__page", "author").filter(pk=post_id).first()
    if post is None or not may_see_history(request.user, post):
        raise Http404
    revisions = post.revisions.select_related("replaced_by")
    back_to = thread_path(post.thread, get_language()) + f"#post-{post.pk}"
    return render(
        request,
        "forums/post_history.html",
        {"post": post, "thread": post.thread, "revisions": revisions, "back_to": back_to},
    )


@login_required
@require_http_methods(["GET", "POST"])
def report_post(request, post_id: int):
    post = Post.objects.select_related("thread__group__page").filter(pk=post_id, state=Post.State.PUBLISHED).first()
    if post is None:
        raise Http404
    readable_thread(request, post.thread_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_post(post, request.user, form.cleaned_data["reason"])
        except ForumError as error:
            refused(request, error)
        else:
            messages.success(request, _("Thank you. A moderator will look at this post."))
        return _redirect_to(post.thread, post)
    return render(request, "forums/post_report.html", {"post": post, "thread": post.thread, "form": form})


POST_ACTIONS = {
    "delete": lambda post, user, reason: services.delete_post(post, user),
    "hide": lambda post, user, reason: services.hide_post(post, user, reason),
    "restore": lambda post, user, reason: services.restore_post(post, user),
    "approve": lambda post, user, reason: services.approve_post(post, user),
    "dismiss": lambda post, user, reason: services.dismiss_reports(post, user),
}


@login_required
@require_POST
def post_action(request, post_id: int, action: str):
    post = Post.objects.select_related("thread__group__page").filter(pk=post_id).first()
    if post is None or action not in POST_ACTIONS:
        raise Http404
    try:
        POST_ACTIONS[action](post, request.user, request.POST.get("reason", ""))
    except ForumError as error:
        refused(request, error)
    else:
        messages.success(request, _("Done."))
    if request.POST.get("next"):  # from a moderation queue: back to it
        return back(request, thread_path(post.thread, get_language()))
    return _redirect_to(post.thread, post if action != "delete" else None)


@login_required
@require_POST
def thread_action(request, thread_id: int, action: str):
    thread = readable_thread(request, thread_id)
    user = request.user
    try:
        if action in ("lock", "unlock"):
            services.set_locked(thread, action == "lock", user)
            messages.success(
                request, _("The thread is locked.") if action == "lock" else _("The thread is open again.")
            )
        elif action in ("pin", "unpin"):
            services.set_pinned(thread, action == "pin", user)
            messages.success(
                request, _("The thread is pinned.") if action == "pin" else _("The thread is no longer pinned.")
            )
        elif action == "move":
            target = WorkingGroup.objects.filter(pk=request.POST.get("group") or 0).first()
            if target is None:
                raise ForumError("group", _("Choose the group to move the thread to."))
            services.move_thread(thread, target, user)
            messages.success(request, _("The thread was moved."))
        elif action == "accept":
            post = Post.objects.filter(pk=request.POST.get("post") or 0, thread=thread).first()
            services.accept_answer(thread, post, user)
            messages.success(request, _("Answer accepted.") if post else _("The accepted answer was cleared."))
        elif action in ("follow", "mute", "unfollow"):
            from forums.notifications import set_subscription

            set_subscription(user, thread=thread, mode="" if action == "unfollow" else action)
            messages.success(
                request,
                {
                    "follow": _("You follow this thread."),
                    "mute": _("This thread is muted."),
                    "unfollow": _("You no longer follow this thread."),
                }[action],
            )
        else:
            raise Http404
    except ForumError as error:
        refused(request, error)
    return _redirect_to(thread)
