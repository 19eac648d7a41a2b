"""Views of the portal package: the member's account area and health check."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from portal.forms import DeleteAccountForm, ProfileForm
from portal.services import delete_account, export_user_data, update_profile


@never_cache
@login_required
def dashboard(request):
    """My account: the hub later apps extend (registrations, groups, drafts)."""
    return render(request, "portal/account/dashboard.html", {"sections": dashboard_sections(request)})


def dashboard_sections(request) -> list[dict]:
    """Sections other apps contribute to "My account"; the foundation has none yet."""
    from portal.account_sections import sections_for

    return sections_for(request)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """Edit name, organisation (pick or propose), role, country and preferred language."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        update_profile(request.user, form.cleaned_data)
        messages.success(request, _("Your profile has been saved."))
        return redirect("account_profile")
    return render(request, "portal/account/profile.html", {"form": form})


@never_cache
@login_required
def privacy(request):
    """Personal data: what we hold, download it, delete the account."""
    return render(
        request,
        "portal/account/privacy.html",
        {"consents": request.user.consents.all(), "delete_form": DeleteAccountForm(user=request.user)},
    )


@never_cache
@login_required
@require_POST
def download_data(request):
    """Download everything the portal holds about the member, as JSON."""
    payload = json.dumps(export_user_data(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
    return response


@never_cache
@login_required
@require_POST
def delete_account_view(request):
    """Erase the member's personal data after they confirm with their password."""
    form = DeleteAccountForm(request.POST, user=request.user, request=request)
    if not form.is_valid():
        return render(
            request,
            "portal/account/privacy.html",
            {"consents": request.user.consents.all(), "delete_form": form},
            status=400,
        )
    user = request.user
    logout(request)
    delete_account(user)
    messages.success(request, _("Your account has been deleted and your personal data erased."))
    # The home page in the member's current language ("/" would pick one from the browser).
    return redirect("wagtail_serve", "")


def health(request):
    """Liveness for load balancers: answers without touching templates."""
    return JsonResponse({"status": "ok"})


def language_root(request):
    """/: the home page in the visitor's language (language cookie, Accept-Language, else the default).

    LocaleMiddleware would give the same redirect for an unresolved /, but only
    after Wagtail's redirect middleware has looked the 404 up in the database:
    about twenty times the CPU of this view, on every first visit.
    """
    with translation.override(translation.get_language_from_request(request)):
        response = HttpResponseRedirect(reverse("wagtail_serve", args=[""]))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response
