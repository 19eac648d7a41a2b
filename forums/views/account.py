"""The member's side: notification settings, one-click unsubscribe, and "My account" sections."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from forums import notifications
from forums.forms import PreferencesForm, SubscriptionForm
from forums.models import Subscription
from forums.services import preferences
from forums.tokens import read_unsubscribe_token
from portal.models import User

from .common import render


@login_required
@require_http_methods(["GET", "POST"])
def notification_settings(request):
    prefs = preferences(request.user)
    subscriptions = list(
        Subscription.objects.filter(user=request.user)
        .select_related("group__page", "thread__group__page")
        .order_by("group_id", "-created_at")
    )
    form = PreferencesForm(request.POST if request.POST.get("action") == "defaults" else None, instance=prefs)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "defaults" and form.is_valid():
            form.save()
            messages.success(request, _("Your notification settings are saved."))
            return redirect("forums_notification_settings")
        if action == "subscription":
            subscription = next((s for s in subscriptions if str(s.pk) == request.POST.get("subscription")), None)
            line = SubscriptionForm(request.POST)
            if subscription is not None and line.is_valid():
                target = {"group": subscription.group} if subscription.group_id else {"thread": subscription.thread}
                notifications.set_subscription(
                    request.user, mode=line.cleaned_data["mode"], delivery=line.cleaned_data["delivery"], **target
                )
                messages.success(request, _("Saved."))
            return redirect("forums_notification_settings")
    lines = [
        {
            "subscription": s,
            "form": SubscriptionForm(initial={"mode": s.mode, "delivery": s.delivery}, prefix=f"s{s.pk}"),
        }
        for s in subscriptions
    ]
    return render(request, "forums/account/notifications.html", {"form": form, "lines": lines})


@csrf_exempt  # the signed token is the authorisation; mail programs POST here without a session (RFC 8058)
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET: say what the link stops, with one button. POST (the button, or a mail program's one-click): stop it."""
    data = read_unsubscribe_token(token)
    user = User.objects.filter(pk=data[0]).first() if data else None
    if user is None:
        response = TemplateResponse(request, "forums/account/unsubscribe_invalid.html", {}, status=400)
        return response
    if request.method == "POST":
        kind = notifications.unsubscribe(user, data[1])
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=204)
        return render(request, "forums/account/unsubscribed.html", {"kind": kind, "scope_user": user})
    return render(request, "forums/account/unsubscribe.html", {"scope": data[1].split(":")[0], "token": token})
