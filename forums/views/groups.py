"""The list of groups, a group's page, its members, joining and leaving, and the coordinators' desk."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from forums import services
from forums.forms import DecisionForm, InviteForm, JoinForm, RoleForm
from forums.models import Membership, Thread, WorkingGroup, WorkingGroupPage
from forums.permissions import group_access
from forums.services import ForumError, group_for_page

from .common import moderation_queue, paginate, refused, render

State = Membership.State


def index_context(request, index) -> dict:
    groups = list(WorkingGroupPage.objects.child_of(index).live().public().order_by("title"))
    counts = dict(
        WorkingGroup.objects.filter(translation_key__in=[g.translation_key for g in groups])
        .annotate(members=Count("memberships", filter=Q(memberships__state=State.ACTIVE)))
        .values_list("translation_key", "members")
    )
    for group in groups:
        group.member_count = counts.get(group.translation_key, 0)
    return {"groups": groups}


def group_context(request, page: WorkingGroupPage) -> dict:
    group = group_for_page(page)
    access = group_access(request.user, group)
    active = Membership.objects.filter(group=group, state=State.ACTIVE)
    context = {
        "group": group,
        "access": access,
        "coordinators": [
            m.user for m in active.filter(role=Membership.Role.COORDINATOR).select_related("user__organisation")
        ],
        "member_count": active.count(),
        "threads": [],
        "thread_base": page.url + page.reverse_subpage("threads"),
        "documents": page.documents.select_related("document"),
        "meetings": _meetings(page),
        "join_form": JoinForm(),
        "invitation": services.invitations_for(request.user).filter(group=group).first()
        if request.user.is_authenticated
        else None,
    }
    if access.can_read:
        context["threads"] = list(
            Thread.objects.filter(group=group, state=Thread.State.PUBLISHED).select_related("author")[:5]
        )
    return context


def _meetings(page: WorkingGroupPage) -> list:
    from events.models import EventPage

    return list(
        EventPage.objects.live()
        .public()
        .filter(working_group__translation_key=page.translation_key, locale=page.locale, ends_at__gt=timezone.now())
        .order_by("starts_at")[:5]
    )


def members(request, page: WorkingGroupPage):
    group = group_for_page(page)
    access = group_access(request.user, group)
    if not access.can_see_members:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    memberships = (
        Membership.objects.filter(group=group, state=State.ACTIVE)
        .select_related("user__organisation")
        .order_by("-role", "user__full_name", "pk")
    )
    return render(
        request,
        "forums/members.html",
        {"page": page, "group": group, "access": access, "page_obj": paginate(request, memberships, 50)},
    )


@require_http_methods(["GET", "POST"])
def membership(request, page: WorkingGroupPage):
    """The visitor's own membership: join (with a motivation), withdraw, leave, answer an invitation."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    group = group_for_page(page)
    access = group_access(request.user, group)
    invitation = services.invitations_for(request.user).filter(group=group).first()
    form = JoinForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "join" and form.is_valid():
                joined = services.request_to_join(group, request.user, form.cleaned_data["motivation"])
                if joined.is_active:
                    messages.success(request, _("Welcome to the group."))
                else:
                    messages.success(request, _("Your request was sent to the group's coordinators."))
                return redirect(page.url)
            if action == "cancel" and access.membership:
                services.cancel_request(access.membership, by=request.user)
                messages.success(request, _("Your request was withdrawn."))
                return redirect(page.url)
            if action == "leave" and access.membership:
                services.leave_group(access.membership, by=request.user)
                messages.success(request, _("You have left the group."))
                return redirect(page.url)
            if action == "accept" and invitation:
                services.accept_invitation(invitation, request.user)
                messages.success(request, _("Welcome to the group."))
                return redirect(page.url)
            if action == "decline" and invitation:
                services.decline_invitation(invitation, request.user)
                messages.success(request, _("You declined the invitation."))
                return redirect(page.url)
        except ForumError as error:
            refused(request, error)
            return redirect(page.url + page.reverse_subpage("membership"))
    return render(
        request,
        "forums/membership.html",
        {"page": page, "group": group, "access": access, "form": form, "invitation": invitation},
    )


@require_http_methods(["GET", "POST"])
def manage(request, page: WorkingGroupPage):
    """The coordinators' desk: join requests, invitations, members and roles, posts waiting or reported."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    group = group_for_page(page)
    access = group_access(request.user, group)
    if not access.can_manage:
        raise Http404
    here = page.url + page.reverse_subpage("manage")
    invite_form = InviteForm(request.POST if request.POST.get("action") == "invite" else None)
    if request.method == "POST":
        action = request.POST.get("action")
        target = Membership.objects.filter(group=group, pk=request.POST.get("membership") or 0).first()
        reason = DecisionForm(request.POST)
        reason_text = reason.cleaned_data["reason"] if reason.is_valid() else ""
        try:
            if action == "invite":
                if invite_form.is_valid():
                    services.invite(group, invite_form.cleaned_data["email"], by=request.user)
                    messages.success(request, _("The invitation was sent."))
                    return redirect(here)
            elif target is None:
                messages.error(request, _("That membership no longer exists."))
                return redirect(here)
            elif action == "approve":
                services.approve_request(target, by=request.user)
                messages.success(request, _("%(name)s is now a member.") % {"name": target.user.display_name})
                return redirect(here)
            elif action == "reject":
                services.reject_request(target, by=request.user, reason=reason_text)
                messages.success(request, _("The request was declined."))
                return redirect(here)
            elif action == "remove":
                services.remove_member(target, by=request.user, reason=reason_text)
                messages.success(request, _("The member was removed."))
                return redirect(here)
            elif action == "role":
                role = RoleForm(request.POST)
                if role.is_valid():
                    services.change_role(target, role.cleaned_data["role"], by=request.user)
                    messages.success(request, _("The role was changed."))
                return redirect(here)
        except ForumError as error:
            refused(request, error)
            return redirect(here)
    requests = Membership.objects.filter(group=group, state=State.REQUESTED).select_related("user__organisation")
    invitations = Membership.objects.filter(group=group, state=State.INVITED).select_related("user")
    members = (
        Membership.objects.filter(group=group, state=State.ACTIVE)
        .select_related("user__organisation")
        .order_by("-role", "user__full_name", "pk")
    )
    return render(
        request,
        "forums/manage.html",
        {
            "page": page,
            "group": group,
            "access": access,
            "requests": requests,
            "invitations": invitations,
            "page_obj": paginate(request, members, 50),
            "invite_form": invite_form,
            "role_choices": Membership.Role.choices,
            **moderation_queue(group=group),
            "thread_base": page.url + page.reverse_subpage("threads"),
        },
    )
